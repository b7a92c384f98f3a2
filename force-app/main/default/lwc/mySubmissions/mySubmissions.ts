import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getMySubmissions from '@salesforce/apex/RepositorySubmissionController.getMySubmissions';
import withdrawSubmission from '@salesforce/apex/RepositorySubmissionController.withdrawSubmission';
import type { SubmissionStatus } from '@dto/enumerations';
import type { MySubmission } from '@dto/repository';
import { runAction } from 'c/containerAction';
import { formatDay, formatLabel, labelIn } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import { SUBMISSION_STATUS_LABELS } from 'c/repositoryLabels';
import LABEL_EMPTY from '@salesforce/label/c.Submissions_Empty';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MODERATOR_SAYS from '@salesforce/label/c.Submissions_Moderator_Says';
import LABEL_TITLE from '@salesforce/label/c.Submissions_Title';
import LABEL_WITHDRAW from '@salesforce/label/c.Submissions_Withdraw';
import LABEL_WITHDRAW_CONFIRM from '@salesforce/label/c.Submissions_Withdraw_Confirm';
import LABEL_WITHDRAWN_DONE from '@salesforce/label/c.Submissions_Withdrawn';
import LABEL_SEND_BACK from '@salesforce/label/c.Submissions_Send_Back';
import LABEL_SENT from '@salesforce/label/c.Submit_Sent';

const WITHDRAWABLE: SubmissionStatus[] = ['Submitted', 'Changes_Requested'];

interface SubmissionRow extends MySubmission {
    statusLabel: string;
    submittedOn: string;
    canWithdraw: boolean;
    withdrawLabel: string;
    canSendBack: boolean;
    sendBackLabel: string;
}

/**
 * The documents the signed-in member offered to the repository: their status,
 * the Alliance's message when changes are asked for or the document is not
 * accepted, withdrawal of one not yet decided, after confirming, and sending one
 * back, changed, when the Alliance asked for changes.
 */
export default class MySubmissions extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        empty: LABEL_EMPTY,
        loading: LABEL_LOADING,
        moderatorSays: LABEL_MODERATOR_SAYS
    };

    submissions = wiredValue<MySubmission[]>();
    pending?: MySubmission;
    /** The submission being changed to send back, shown in the submit form instead of the list. */
    changingId?: string;
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredSubmissions?: ApexWireResult<MySubmission[]>;

    @wire(getMySubmissions)
    wiredMySubmissions(result: ApexWireResult<MySubmission[]>): void {
        this.wiredSubmissions = result;
        this.submissions = wiredValue(result);
    }

    get rows(): SubmissionRow[] {
        return (this.submissions.data ?? []).map((submission) => ({
            ...submission,
            statusLabel: labelIn(SUBMISSION_STATUS_LABELS, submission.status),
            submittedOn: formatDay(submission.submittedAt),
            canWithdraw: WITHDRAWABLE.includes(submission.status),
            withdrawLabel: formatLabel(LABEL_WITHDRAW, submission.title ?? submission.name),
            canSendBack: submission.status === 'Changes_Requested',
            sendBackLabel: formatLabel(LABEL_SEND_BACK, submission.title ?? submission.name)
        }));
    }

    get isEmpty(): boolean {
        return this.submissions.hasData && this.rows.length === 0;
    }

    get question(): string {
        return formatLabel(LABEL_WITHDRAW_CONFIRM, this.pending?.title ?? this.pending?.name ?? '');
    }

    handleWithdraw(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.submissionId;
        this.pending = this.submissions.data?.find((submission) => submission.id === id);
    }

    handleCancel(): void {
        this.pending = undefined;
    }

    async handleConfirm(): Promise<void> {
        const submissionId = this.pending?.id ?? '';
        await runAction(
            this,
            async () => {
                await withdrawSubmission({ submissionId });
                this.pending = undefined;
                return LABEL_WITHDRAWN_DONE;
            },
            () => refreshApex(this.wiredSubmissions)
        );
    }

    handleSendBack(event: Event): void {
        this.successMessage = '';
        this.changingId = (event.currentTarget as HTMLElement).dataset.submissionId;
    }

    handleChangeCancelled(): void {
        this.changingId = undefined;
    }

    handleSentBack(): void {
        this.changingId = undefined;
        this.successMessage = LABEL_SENT;
        refreshApex(this.wiredSubmissions).catch((error: unknown) => {
            this.actionError = error;
        });
    }
}
