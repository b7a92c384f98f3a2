import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getMyConversations from '@salesforce/apex/DirectConversationController.getMyConversations';
import setContactable from '@salesforce/apex/DirectConversationController.setContactable';
import respondToInvitation from '@salesforce/apex/GroupController.respondToInvitation';
import type {
    DirectConversationParticipant,
    DirectConversationSummary,
    MyDirectConversations as MyConversationsData
} from '@dto/directconversations';
import { runAction } from 'c/containerAction';
import { formatDay, formatLabel } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import LABEL_ACCEPT from '@salesforce/label/c.Group_Accept';
import LABEL_ACCEPTED from '@salesforce/label/c.Group_Accepted';
import LABEL_ARCHIVED from '@salesforce/label/c.Conversation_Archived';
import LABEL_ARCHIVES_ON from '@salesforce/label/c.Conversation_Archives_On';
import LABEL_CONTACTABLE from '@salesforce/label/c.Conversation_Contactable';
import LABEL_CONTACTABLE_HELP from '@salesforce/label/c.Conversation_Contactable_Help';
import LABEL_CONTACTABLE_OFF from '@salesforce/label/c.Conversation_Contactable_Off';
import LABEL_CONTACTABLE_ON from '@salesforce/label/c.Conversation_Contactable_On';
import LABEL_DECLINE from '@salesforce/label/c.Group_Decline';
import LABEL_DECLINED from '@salesforce/label/c.Group_Declined';
import LABEL_EMPTY from '@salesforce/label/c.Conversation_My_Empty';
import LABEL_INVITED from '@salesforce/label/c.Group_Status_Invited';
import LABEL_LAST_ACTIVITY from '@salesforce/label/c.Group_Last_Activity';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_OPEN from '@salesforce/label/c.Group_Open';
import LABEL_START from '@salesforce/label/c.Conversation_Start';
import LABEL_STARTED_BY from '@salesforce/label/c.Conversation_Started_By';
import LABEL_TITLE from '@salesforce/label/c.Conversation_My_Title';
import LABEL_TOGGLE_OFF from '@salesforce/label/c.Conversation_Toggle_Off';
import LABEL_TOGGLE_ON from '@salesforce/label/c.Conversation_Toggle_On';

interface ConversationRow {
    id: string;
    subject: string;
    opening: string | null;
    participants: DirectConversationParticipant[];
    lastActivityAt: string | null;
    startedBy: string;
    isArchived: boolean;
    /** "Will be archived on …" once a quiet conversation was warned; empty otherwise. */
    archivesOn: string;
    /** The running user's own invitation, still to answer. */
    isInvited: boolean;
    membershipId: string;
    openLabel: string;
}

function rowOf(conversation: DirectConversationSummary): ConversationRow {
    return {
        id: conversation.id,
        subject: conversation.subject,
        opening: conversation.opening,
        participants: conversation.participants,
        lastActivityAt: conversation.lastActivityAt,
        startedBy: conversation.startedByName ? formatLabel(LABEL_STARTED_BY, conversation.startedByName) : '',
        isArchived: conversation.status === 'Archived',
        archivesOn: conversation.archivesOn ? formatLabel(LABEL_ARCHIVES_ON, formatDay(conversation.archivesOn)) : '',
        isInvited: conversation.status === 'Active' && conversation.myStatus === 'Invited',
        membershipId: conversation.myMembershipId ?? '',
        openLabel: formatLabel(LABEL_OPEN, conversation.subject)
    };
}

/**
 * The running member's direct conversations: who is in each, how recent, whether
 * it is archived or about to be, and their own invitations to accept or decline.
 * Above them, whether other members may start conversations with them, and a
 * way to start one. Fires `open` with a conversation's Id, to show it on the group
 * page. Alliance staff, who start none, see nothing unless they are in one.
 */
export default class MyDirectConversations extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        start: LABEL_START,
        empty: LABEL_EMPTY,
        loading: LABEL_LOADING,
        contactable: LABEL_CONTACTABLE,
        contactableHelp: LABEL_CONTACTABLE_HELP,
        toggleOn: LABEL_TOGGLE_ON,
        toggleOff: LABEL_TOGGLE_OFF,
        archived: LABEL_ARCHIVED,
        invited: LABEL_INVITED,
        lastActivity: LABEL_LAST_ACTIVITY,
        accept: LABEL_ACCEPT,
        decline: LABEL_DECLINE
    };

    mine = wiredValue<MyConversationsData>();
    rows: ConversationRow[] = [];
    /** What the switch shows: the saved preference, or the one being saved. */
    contactable = false;
    starting = false;
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredMine?: ApexWireResult<MyConversationsData>;

    @wire(getMyConversations)
    wiredConversations(result: ApexWireResult<MyConversationsData>): void {
        this.wiredMine = result;
        this.mine = wiredValue(result);
        if (result.data) {
            this.contactable = result.data.contactable;
            this.rows = result.data.conversations.map(rowOf);
        }
    }

    get isShown(): boolean {
        const data = this.mine.data;
        return !data || data.canStart || data.conversations.length > 0;
    }

    get canStart(): boolean {
        return this.mine.data?.canStart === true;
    }

    get isEmpty(): boolean {
        return this.mine.data?.conversations.length === 0;
    }

    async handleContactable(event: CustomEvent<{ checked: boolean }>): Promise<void> {
        const contactable = event.detail.checked;
        this.contactable = contactable;
        const saved = await runAction(
            this,
            async () => {
                await setContactable({ contactable });
                return contactable ? LABEL_CONTACTABLE_ON : LABEL_CONTACTABLE_OFF;
            },
            () => refreshApex(this.wiredMine)
        );
        if (!saved) {
            this.contactable = !contactable;
        }
    }

    handleStart(): void {
        this.starting = true;
    }

    handleStartCancel(): void {
        this.starting = false;
    }

    /** The list is read again for the return from the new conversation. */
    handleStarted(event: CustomEvent<string>): void {
        this.starting = false;
        this.dispatchEvent(new CustomEvent('open', { detail: event.detail }));
        refreshApex(this.wiredMine).catch(() => undefined);
    }

    handleOpen(event: Event): void {
        const conversationId = (event.currentTarget as HTMLElement).dataset.conversationId;
        this.dispatchEvent(new CustomEvent('open', { detail: conversationId }));
    }

    async handleRespond(event: Event): Promise<void> {
        const target = event.currentTarget as HTMLElement;
        const accept = target.dataset.accept === 'true';
        const row = this.rows.find((candidate) => candidate.id === target.dataset.conversationId)!;
        const answered = await runAction(
            this,
            async () => {
                await respondToInvitation({ membershipId: row.membershipId, accept });
                return accept ? formatLabel(LABEL_ACCEPTED, row.subject) : LABEL_DECLINED;
            },
            () => refreshApex(this.wiredMine)
        );
        if (answered && accept) {
            this.dispatchEvent(new CustomEvent('open', { detail: row.id }));
        }
    }
}
