import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getMyInvitations from '@salesforce/apex/GroupController.getMyInvitations';
import respondToInvitation from '@salesforce/apex/GroupController.respondToInvitation';
import type { MyGroupInvitation } from '@dto/groups';
import { runAction } from 'c/containerAction';
import { formatLabel } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import LABEL_ACCEPT from '@salesforce/label/c.Group_Accept';
import LABEL_ACCEPTED from '@salesforce/label/c.Group_Accepted';
import LABEL_BY from '@salesforce/label/c.My_Invitations_By';
import LABEL_DECLINE from '@salesforce/label/c.Group_Decline';
import LABEL_DECLINED from '@salesforce/label/c.Group_Declined';
import LABEL_EMPTY from '@salesforce/label/c.My_Invitations_Empty';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_OPEN from '@salesforce/label/c.Group_Open';
import LABEL_TITLE from '@salesforce/label/c.My_Invitations_Title';

interface InvitationRow {
    membershipId: string;
    groupId: string;
    title: string;
    description: string | null;
    invitedBy: string;
    openLabel: string;
}

/**
 * Invitations waiting for the running user's answer. Accepting fires `open` with
 * the group Id, so a page can take the person there.
 */
export default class MyGroupInvitations extends LightningElement {
    /** In the directory, nothing is shown when no invitation waits. */
    @api hideWhenEmpty = false;
    /** Where My conversations shows them, invitations to direct conversations are left to it. */
    @api skipConversations = false;

    readonly labels = {
        title: LABEL_TITLE,
        empty: LABEL_EMPTY,
        loading: LABEL_LOADING,
        accept: LABEL_ACCEPT,
        decline: LABEL_DECLINE
    };

    invitations = wiredValue<MyGroupInvitation[]>();
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredInvitations?: ApexWireResult<MyGroupInvitation[]>;

    @wire(getMyInvitations)
    wiredMyInvitations(result: ApexWireResult<MyGroupInvitation[]>): void {
        this.wiredInvitations = result;
        this.invitations = wiredValue(result);
    }

    get rows(): InvitationRow[] {
        return (this.invitations.data ?? [])
            .filter((invitation) => !this.skipConversations || invitation.card.kind !== 'Conversation')
            .map((invitation) => ({
                membershipId: invitation.membershipId,
                groupId: invitation.card.id,
                title: invitation.card.title,
                description: invitation.card.description,
                invitedBy: formatLabel(LABEL_BY, invitation.invitedByName ?? ''),
                openLabel: formatLabel(LABEL_OPEN, invitation.card.title)
            }));
    }

    get isEmpty(): boolean {
        return this.invitations.hasData && this.rows.length === 0;
    }

    get isShown(): boolean {
        const nothingToShow = this.isEmpty || this.invitations.isLoading;
        return !this.hideWhenEmpty || !nothingToShow || Boolean(this.successMessage);
    }

    async handleRespond(event: Event): Promise<void> {
        const target = event.currentTarget as HTMLElement;
        const row = this.rows.find((candidate) => candidate.membershipId === target.dataset.membershipId);
        const accept = target.dataset.accept === 'true';
        if (!row) {
            return;
        }
        const done = await runAction(
            this,
            async () => {
                await respondToInvitation({ membershipId: row.membershipId, accept });
                return accept ? formatLabel(LABEL_ACCEPTED, row.title) : LABEL_DECLINED;
            },
            () => refreshApex(this.wiredInvitations)
        );
        if (done && accept) {
            this.dispatchEvent(new CustomEvent('open', { detail: row.groupId }));
        }
    }
}
