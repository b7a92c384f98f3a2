import { LightningElement, api } from 'lwc';
import { focusedElement, trapFocus } from 'c/focusManagement';
import getReportLimits from '@salesforce/apex/ModerationController.getReportLimits';
import reportContent from '@salesforce/apex/ModerationController.reportContent';
import type { ReportReason, ReportTargetKind } from '@dto/enumerations';
import type { ReportLimits } from '@dto/moderation';
import { runAction } from 'c/containerAction';
import { characterCount } from 'c/labelFormat';
import { reasonOptions } from 'c/moderationLabels';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_DETAILS from '@salesforce/label/c.Report_Details_Label';
import LABEL_REASON from '@salesforce/label/c.Report_Reason_Label';
import LABEL_SUBMIT from '@salesforce/label/c.Report_Submit';

/**
 * Reports a message, a file or a member to the Alliance moderators, inline (a modal is
 * not available in every site runtime). Sends the report itself and fires
 * `reported` with the report Id, or `cancel`; nothing typed is lost on failure.
 */
export default class ReportForm extends LightningElement {
    /** The form's heading, naming what is reported. */
    @api heading = '';
    @api targetKind: ReportTargetKind = 'Message';
    @api messageId?: string;
    @api groupId?: string;
    @api userId?: string;
    @api fileId?: string;

    readonly labels = { reason: LABEL_REASON, details: LABEL_DETAILS, submit: LABEL_SUBMIT, cancel: LABEL_CANCEL };
    private opener: HTMLElement | null = null;
    private opened = false;

    /** Opened from a post's Report link: focus moves into the form, and back to the link when it closes. */
    override connectedCallback(): void {
        this.opener = focusedElement();
        // Cacheable, so an imperative call is answered from the client-side cache after the first
        // (https://developer.salesforce.com/docs/platform/lwc/guide/apex-call-imperative.html).
        // Without an answer the details are not limited here; the server still refuses on Send.
        getReportLimits()
            .then((limits) => {
                this.limits = limits ?? undefined;
            })
            .catch(() => undefined);
    }

    override renderedCallback(): void {
        if (!this.opened) {
            this.opened = true;
            this.template?.querySelector<HTMLElement>('[data-id="report-heading"]')?.focus();
        }
    }

    override disconnectedCallback(): void {
        if (this.opener?.isConnected) {
            this.opener.focus();
        }
    }

    /** Tab stays in the form and Escape closes it, as in a dialog. */
    handleKeyDown(event: KeyboardEvent): void {
        const focusables = this.template?.querySelectorAll<HTMLElement>(
            'lightning-radio-group, lightning-textarea, lightning-button'
        );
        trapFocus(event, [...(focusables ?? [])], () => this.handleCancel());
    }

    readonly reasons = reasonOptions();

    /** What the server keeps of the details, so the field counts against its own limit. */
    limits?: ReportLimits;
    reason?: ReportReason;
    details = '';
    busy = false;
    actionError: unknown;
    successMessage = '';

    get detailsLength(): number | undefined {
        return this.limits?.detailsLength;
    }

    get detailsCount(): string {
        return characterCount(LABEL_CHARACTERS, this.details, this.detailsLength);
    }

    get cannotSend(): boolean {
        return this.busy || !this.reason;
    }

    handleReason(event: CustomEvent<{ value: ReportReason }>): void {
        this.reason = event.detail.value;
    }

    handleDetails(event: Event): void {
        this.details = (event.target as HTMLTextAreaElement).value ?? '';
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    async handleSubmit(): Promise<void> {
        let reportId = '';
        const sent = await runAction(this, async () => {
            reportId = await reportContent({
                request: {
                    targetKind: this.targetKind,
                    messageId: this.messageId ?? null,
                    groupId: this.groupId ?? null,
                    userId: this.userId ?? null,
                    fileId: this.fileId ?? null,
                    reason: this.reason ?? 'Other',
                    details: this.details.trim() || null
                }
            });
            return '';
        });
        if (sent) {
            this.dispatchEvent(new CustomEvent('reported', { detail: reportId }));
        }
    }
}
