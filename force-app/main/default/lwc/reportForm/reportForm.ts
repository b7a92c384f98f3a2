import { LightningElement, api } from 'lwc';
import { focusedElement, trapFocus } from 'c/focusManagement';
import reportContent from '@salesforce/apex/ModerationController.reportContent';
import type { ReportReason, ReportTargetKind } from '@dto/enumerations';
import { runAction } from 'c/containerAction';
import { reasonOptions } from 'c/moderationLabels';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_DETAILS from '@salesforce/label/c.Report_Details_Label';
import LABEL_REASON from '@salesforce/label/c.Report_Reason_Label';
import LABEL_SUBMIT from '@salesforce/label/c.Report_Submit';

/** Most characters the server accepts in a report's details. */
const DETAILS_LENGTH = 2000;

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
    readonly detailsLength = DETAILS_LENGTH;

    reason?: ReportReason;
    details = '';
    busy = false;
    actionError: unknown;
    successMessage = '';

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
