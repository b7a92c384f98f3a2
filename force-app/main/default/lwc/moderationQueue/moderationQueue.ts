import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import decideReport from '@salesforce/apex/ModerationController.decideReport';
import getQueue from '@salesforce/apex/ModerationController.getQueue';
import setContentHidden from '@salesforce/apex/ModerationController.setContentHidden';
import type { ModerationDecision, ReportStatus } from '@dto/enumerations';
import type { ModerationQueue as Queue } from '@dto/moderation';
import { runAction } from 'c/containerAction';
import { characterCount, formatLabel } from 'c/labelFormat';
import { outcomeLabel, statusOptions } from 'c/moderationLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_CONFIRM_DECISION from '@salesforce/label/c.Moderation_Confirm_Decision';
import LABEL_CONFIRM_SUSPEND_EXCHANGE from '@salesforce/label/c.Moderation_Confirm_Suspend_Exchange';
import LABEL_DECIDED from '@salesforce/label/c.Moderation_Decided';
import LABEL_EMPTY from '@salesforce/label/c.Moderation_Empty';
import LABEL_FILTER from '@salesforce/label/c.Moderation_Filter_Label';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MORE from '@salesforce/label/c.Moderation_More';
import LABEL_NOTE from '@salesforce/label/c.Moderation_Note_Label';
import LABEL_RESTORED from '@salesforce/label/c.Moderation_Restored';
import LABEL_TITLE from '@salesforce/label/c.Moderation_Title';

/**
 * The moderation queue in the console: open reports oldest first, or the
 * decided ones. A moderator confirms each decision, with an optional note kept
 * for moderators; the reporter then sees the outcome. When another moderator
 * decided first, the queue is read again so nobody decides twice.
 */
export default class ModerationQueue extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        filter: LABEL_FILTER,
        loading: LABEL_LOADING,
        empty: LABEL_EMPTY,
        more: LABEL_MORE,
        note: LABEL_NOTE
    };
    readonly statuses = statusOptions();

    status: ReportStatus = 'Open';
    queue = wiredValue<Queue>();
    /** The report a moderator is deciding, with the decision and the question asking to confirm it. */
    pendingReportId = '';
    pendingDecision: ModerationDecision = 'Dismissed';
    question = '';
    note = '';
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredQueue?: ApexWireResult<Queue>;

    @wire(getQueue, { status: '$status' })
    wiredModerationQueue(result: ApexWireResult<Queue>): void {
        this.wiredQueue = result;
        this.queue = wiredValue(result);
    }

    /** The longest note a decision keeps, as the queue's answer gives it. */
    get noteLength(): number | undefined {
        return this.queue.data?.noteLength;
    }

    get noteCount(): string {
        return characterCount(LABEL_CHARACTERS, this.note, this.noteLength);
    }

    get items(): Queue['items'] {
        return this.queue.data?.items ?? [];
    }

    get isEmpty(): boolean {
        return this.queue.hasData && this.items.length === 0;
    }

    get hasMore(): boolean {
        return this.queue.data?.hasMore === true;
    }

    handleStatus(event: CustomEvent<{ value: ReportStatus }>): void {
        this.status = event.detail.value;
        this.pendingReportId = '';
    }

    handleDecide(event: CustomEvent<string>): void {
        const [decision = '', reportId = ''] = event.detail.split(':');
        const item = this.items.find((candidate) => candidate.id === reportId);
        this.pendingReportId = reportId;
        this.pendingDecision = decision as ModerationDecision;
        this.question =
            decision === 'Suspended_From_Exchange'
                ? formatLabel(LABEL_CONFIRM_SUSPEND_EXCHANGE, item?.reportedUserName ?? '')
                : formatLabel(LABEL_CONFIRM_DECISION, outcomeLabel(decision));
        this.note = '';
        this.successMessage = '';
        this.actionError = undefined;
    }

    handleNote(event: Event): void {
        this.note = (event.target as HTMLTextAreaElement).value ?? '';
    }

    handleCancel(): void {
        this.pendingReportId = '';
    }

    async handleConfirm(): Promise<void> {
        const reportId = this.pendingReportId;
        const decision = this.pendingDecision;
        const note = this.note.trim() || null;
        const decided = await runAction(
            this,
            async () => {
                await decideReport({ reportId, decision, note });
                this.pendingReportId = '';
                return LABEL_DECIDED;
            },
            () => refreshApex(this.wiredQueue)
        );
        if (!decided) {
            // Another moderator may have decided first: show the queue as it now is.
            this.pendingReportId = '';
            await refreshApex(this.wiredQueue);
        }
    }

    async handleRestore(event: CustomEvent<string>): Promise<void> {
        const contentId = event.detail;
        await runAction(
            this,
            async () => {
                await setContentHidden({ contentId, hidden: false });
                return LABEL_RESTORED;
            },
            () => refreshApex(this.wiredQueue)
        );
    }
}
