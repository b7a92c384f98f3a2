import { LightningElement, api } from 'lwc';
import type { InvitationStatus } from '@dto/enumerations';
import type { ColleagueInvitation } from '@dto/people';
import LABEL_APPROVED from '@salesforce/label/c.Invitation_Status_Approved';
import LABEL_COMPLETED from '@salesforce/label/c.Invitation_Status_Completed';
import LABEL_EMPTY from '@salesforce/label/c.Invitations_Empty';
import LABEL_FAILED from '@salesforce/label/c.Invitation_Status_Failed';
import LABEL_PENDING from '@salesforce/label/c.Invitation_Status_Pending';
import LABEL_REJECTED from '@salesforce/label/c.Invitation_Status_Rejected';
import LABEL_TITLE from '@salesforce/label/c.Invitations_Title';

const STATUS_LABELS: Record<InvitationStatus, string> = {
    Pending: LABEL_PENDING,
    Approved: LABEL_APPROVED,
    Completed: LABEL_COMPLETED,
    Rejected: LABEL_REJECTED,
    Failed: LABEL_FAILED
};

/** Badge colours from SLDS: waiting is neutral, refused and failed stand out. */
const STATUS_CLASSES: Record<InvitationStatus, string> = {
    Pending: 'slds-badge',
    Approved: 'slds-badge slds-theme_info',
    Completed: 'slds-badge slds-theme_success',
    Rejected: 'slds-badge slds-theme_warning',
    Failed: 'slds-badge slds-theme_error'
};

interface InvitationRow {
    id: string;
    name: string;
    email: string;
    statusLabel: string;
    statusClass: string;
    requestedAt: string;
    decisionNote: string | null;
}

/** An organisation's colleague invitations and where each stands. */
export default class InvitationList extends LightningElement {
    @api invitations: ColleagueInvitation[] = [];

    readonly labels = { title: LABEL_TITLE, empty: LABEL_EMPTY };

    get rows(): InvitationRow[] {
        return (this.invitations ?? []).map((invitation) => ({
            id: invitation.id,
            name: [invitation.firstName, invitation.lastName].filter(Boolean).join(' '),
            email: invitation.email,
            statusLabel: STATUS_LABELS[invitation.status] ?? invitation.status,
            statusClass: STATUS_CLASSES[invitation.status] ?? 'slds-badge',
            requestedAt: invitation.requestedAt,
            decisionNote: invitation.decisionNote
        }));
    }

    get isEmpty(): boolean {
        return this.rows.length === 0;
    }
}
