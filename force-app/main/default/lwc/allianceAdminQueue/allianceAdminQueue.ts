import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import approveInvitations from '@salesforce/apex/AllianceAdminController.approveInvitations';
import completeErasure from '@salesforce/apex/AllianceAdminController.completeErasure';
import getDecisionLimits from '@salesforce/apex/AllianceAdminController.getDecisionLimits';
import getErasureQueue from '@salesforce/apex/AllianceAdminController.getErasureQueue';
import getInvitationQueue from '@salesforce/apex/AllianceAdminController.getInvitationQueue';
import rejectInvitations from '@salesforce/apex/AllianceAdminController.rejectInvitations';
import type { ColleagueInvitation, InvitationDecisionLimits } from '@dto/people';
import type { ErasureRequest } from '@dto/privacy';
import { runAction } from 'c/containerAction';
import { characterCount, formatLabel } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import LABEL_APPROVE from '@salesforce/label/c.Admin_Approve';
import LABEL_APPROVED from '@salesforce/label/c.Admin_Approved';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_COLUMN_EMAIL from '@salesforce/label/c.Colleagues_Column_Email';
import LABEL_COLUMN_FAILURE from '@salesforce/label/c.Admin_Column_Failure';
import LABEL_COLUMN_INVITED_BY from '@salesforce/label/c.Admin_Column_Invited_By';
import LABEL_COLUMN_NAME from '@salesforce/label/c.Colleagues_Column_Name';
import LABEL_COLUMN_ORGANISATION from '@salesforce/label/c.Admin_Column_Organisation';
import LABEL_COLUMN_REQUESTED from '@salesforce/label/c.Admin_Column_Requested';
import LABEL_COLUMN_STATUS from '@salesforce/label/c.Colleagues_Column_Status';
import LABEL_COMPLETE_ERASURE from '@salesforce/label/c.Admin_Complete_Erasure';
import LABEL_ERASURE_CONFIRM from '@salesforce/label/c.Admin_Erasure_Confirm';
import LABEL_ERASURE_DONE from '@salesforce/label/c.Admin_Erasure_Done';
import LABEL_ERASURE_EMPTY from '@salesforce/label/c.Admin_Erasure_Empty';
import LABEL_ERASURE_TAB from '@salesforce/label/c.Admin_Erasure_Tab';
import LABEL_FAILURE_DUPLICATE_USERNAME from '@salesforce/label/c.Admin_Failure_Duplicate_Username';
import LABEL_FAILURE_LICENCE_LIMIT from '@salesforce/label/c.Admin_Failure_Licence_Limit';
import LABEL_FAILURE_OTHER from '@salesforce/label/c.Admin_Failure_Other';
import LABEL_INVITATIONS_EMPTY from '@salesforce/label/c.Admin_Invitations_Empty';
import LABEL_INVITATIONS_TAB from '@salesforce/label/c.Admin_Invitations_Tab';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_NOTE from '@salesforce/label/c.Admin_Note';
import LABEL_REJECT from '@salesforce/label/c.Admin_Reject';
import LABEL_REJECTED from '@salesforce/label/c.Admin_Rejected';
import LABEL_SELECT_HINT from '@salesforce/label/c.Admin_Select_Hint';
import LABEL_TITLE from '@salesforce/label/c.Admin_Queue_Title';

interface InvitationRow extends ColleagueInvitation {
    name: string;
}

/**
 * What an administrator can do about each failure the provisioning job records. The job stores
 * "STATUS_CODE: platform message" in English, whatever the reader's language.
 */
const FAILURE_BY_STATUS_CODE: Record<string, string> = {
    DUPLICATE_USERNAME: LABEL_FAILURE_DUPLICATE_USERNAME,
    LICENSE_LIMIT_EXCEEDED: LABEL_FAILURE_LICENCE_LIMIT
};

/** A stored failure in the reader's language; an unforeseen one keeps only its code, for support. */
function failureMessage(reason: string | null): string | null {
    if (!reason) {
        return null;
    }
    const statusCode = (reason.split(':')[0] ?? '').trim();
    return FAILURE_BY_STATUS_CODE[statusCode] ?? formatLabel(LABEL_FAILURE_OTHER, statusCode);
}

interface ErasureRow {
    id: string;
    requesterName: string;
    organisationName: string;
    requestedAt: string;
    actionLabel: string;
}

interface SelectionEvent {
    detail: { selectedRows: InvitationRow[] };
}

/**
 * The Alliance admin queue in the console: approve or reject colleague
 * invitations (several at once, with a note for the organisation admin), and
 * carry out members' erasure requests after a confirmation.
 */
export default class AllianceAdminQueue extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        loading: LABEL_LOADING,
        invitationsTab: LABEL_INVITATIONS_TAB,
        erasureTab: LABEL_ERASURE_TAB,
        invitationsEmpty: LABEL_INVITATIONS_EMPTY,
        erasureEmpty: LABEL_ERASURE_EMPTY,
        note: LABEL_NOTE,
        approve: LABEL_APPROVE,
        reject: LABEL_REJECT,
        selectHint: LABEL_SELECT_HINT
    };

    readonly invitationColumns = [
        { label: LABEL_COLUMN_NAME, fieldName: 'name' },
        { label: LABEL_COLUMN_EMAIL, fieldName: 'email', type: 'email' },
        { label: LABEL_COLUMN_ORGANISATION, fieldName: 'organisationName' },
        { label: LABEL_COLUMN_INVITED_BY, fieldName: 'invitedByName' },
        {
            label: LABEL_COLUMN_REQUESTED,
            fieldName: 'requestedAt',
            type: 'date',
            typeAttributes: { year: 'numeric', month: 'short', day: 'numeric' }
        },
        { label: LABEL_COLUMN_STATUS, fieldName: 'status' },
        { label: LABEL_COLUMN_FAILURE, fieldName: 'failureReason', wrapText: true }
    ];

    note = '';
    /** What the server keeps of the note, so the field counts against its own limit. */
    limits?: InvitationDecisionLimits;
    selectedIds: string[] = [];
    busy = false;
    actionError: unknown;
    successMessage = '';
    pendingErasure?: ErasureRow;

    invitations = wiredValue<ColleagueInvitation[]>();
    erasures = wiredValue<ErasureRequest[]>();
    private wiredInvitations?: ApexWireResult<ColleagueInvitation[]>;
    private wiredErasures?: ApexWireResult<ErasureRequest[]>;

    @wire(getInvitationQueue)
    wiredInvitationQueue(result: ApexWireResult<ColleagueInvitation[]>): void {
        this.wiredInvitations = result;
        this.invitations = wiredValue(result);
    }

    @wire(getErasureQueue)
    wiredErasureQueue(result: ApexWireResult<ErasureRequest[]>): void {
        this.wiredErasures = result;
        this.erasures = wiredValue(result);
    }

    override connectedCallback(): void {
        // Cacheable, so an imperative call is answered from the client-side cache after the first
        // (https://developer.salesforce.com/docs/platform/lwc/guide/apex-call-imperative.html).
        // Without an answer the note is not limited here; the server keeps what fits.
        getDecisionLimits()
            .then((limits) => {
                this.limits = limits ?? undefined;
            })
            .catch(() => undefined);
    }

    get noteLength(): number | undefined {
        return this.limits?.noteLength;
    }

    get noteCount(): string {
        return characterCount(LABEL_CHARACTERS, this.note, this.noteLength);
    }

    get invitationRows(): InvitationRow[] {
        return (this.invitations.data ?? []).map((invitation) => ({
            ...invitation,
            name: [invitation.firstName, invitation.lastName].filter(Boolean).join(' '),
            failureReason: failureMessage(invitation.failureReason)
        }));
    }

    get hasInvitations(): boolean {
        return this.invitationRows.length > 0;
    }

    get nothingSelected(): boolean {
        return this.selectedIds.length === 0 || this.busy;
    }

    get erasureRows(): ErasureRow[] {
        return (this.erasures.data ?? []).map((request) => ({
            id: request.id,
            requesterName: request.requesterName ?? '',
            organisationName: request.organisationName ?? '',
            requestedAt: request.requestedAt,
            actionLabel: formatLabel(LABEL_COMPLETE_ERASURE, request.requesterName ?? '')
        }));
    }

    get hasErasures(): boolean {
        return this.erasureRows.length > 0;
    }

    get erasureQuestion(): string {
        return formatLabel(LABEL_ERASURE_CONFIRM, this.pendingErasure?.requesterName ?? '');
    }

    handleSelection(event: SelectionEvent): void {
        this.selectedIds = event.detail.selectedRows.map((row) => row.id);
    }

    handleNoteChange(event: Event): void {
        this.note = (event.target as HTMLInputElement).value ?? '';
    }

    async handleApprove(): Promise<void> {
        await this.decide(approveInvitations, LABEL_APPROVED);
    }

    async handleReject(): Promise<void> {
        await this.decide(rejectInvitations, LABEL_REJECTED);
    }

    handleAskErasure(event: Event): void {
        const requestId = (event.currentTarget as HTMLElement).dataset.requestId;
        this.successMessage = '';
        this.pendingErasure = this.erasureRows.find((row) => row.id === requestId);
    }

    handleCancelErasure(): void {
        this.pendingErasure = undefined;
    }

    async handleConfirmErasure(): Promise<void> {
        const request = this.pendingErasure;
        if (!request) {
            return;
        }
        await runAction(
            this,
            async () => {
                await completeErasure({ requestId: request.id });
                this.pendingErasure = undefined;
                return LABEL_ERASURE_DONE;
            },
            () => refreshApex(this.wiredErasures)
        );
    }

    private async decide(
        action: (params: { invitationIds: string[]; note: string }) => Promise<void>,
        doneLabel: string
    ): Promise<void> {
        const invitationIds = [...this.selectedIds];
        if (invitationIds.length === 0) {
            return;
        }
        await runAction(
            this,
            async () => {
                await action({ invitationIds, note: this.note.trim() });
                this.selectedIds = [];
                this.note = '';
                return formatLabel(doneLabel, invitationIds.length);
            },
            () => refreshApex(this.wiredInvitations)
        );
    }
}
