import { LightningElement, api } from 'lwc';
import type { DiscussionMessage as DiscussionMessageData } from '@dto/discussion';
import LABEL_DELETE from '@salesforce/label/c.Discussion_Delete';
import LABEL_DELETED from '@salesforce/label/c.Discussion_Deleted';
import LABEL_EDIT from '@salesforce/label/c.Discussion_Edit';
import LABEL_EDITED from '@salesforce/label/c.Discussion_Edited';
import LABEL_REPLY from '@salesforce/label/c.Discussion_Reply';

/**
 * One post or reply. Fires `messageaction` with `detail` "<action>:<messageId>",
 * the action being reply, edit or delete; the container acts.
 */
export default class DiscussionMessage extends LightningElement {
    @api message?: DiscussionMessageData;
    /** Posts can be replied to by people who may post; replies cannot. */
    @api canReply = false;

    readonly labels = {
        reply: LABEL_REPLY,
        edit: LABEL_EDIT,
        delete: LABEL_DELETE,
        edited: LABEL_EDITED,
        deleted: LABEL_DELETED
    };

    get isEditable(): boolean {
        return this.message?.isMine === true && !this.message.isDeleted;
    }

    get showReply(): boolean {
        return this.canReply && this.message?.isDeleted !== true;
    }

    handleAction(event: Event): void {
        const action = (event.currentTarget as HTMLElement).dataset.action;
        this.dispatchEvent(new CustomEvent('messageaction', { detail: `${action}:${this.message?.id ?? ''}` }));
    }
}
