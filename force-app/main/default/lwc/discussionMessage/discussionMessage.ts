import { LightningElement, api } from 'lwc';
import type { DiscussionMessage as DiscussionMessageData } from '@dto/discussion';
import LABEL_DELETE from '@salesforce/label/c.Discussion_Delete';
import LABEL_DELETED from '@salesforce/label/c.Discussion_Deleted';
import LABEL_EDIT from '@salesforce/label/c.Discussion_Edit';
import LABEL_EDITED from '@salesforce/label/c.Discussion_Edited';
import LABEL_HIDDEN_BADGE from '@salesforce/label/c.Discussion_Hidden_Badge';
import LABEL_HIDDEN_NOTICE from '@salesforce/label/c.Discussion_Hidden_Notice';
import LABEL_HIDE from '@salesforce/label/c.Discussion_Hide';
import LABEL_REPLY from '@salesforce/label/c.Discussion_Reply';
import LABEL_REPORT from '@salesforce/label/c.Discussion_Report';
import LABEL_RESTORE from '@salesforce/label/c.Discussion_Restore';

/**
 * One post or reply. Fires `messageaction` with `detail` "<action>:<messageId>",
 * the action being reply, edit, delete, report, hide or restore; the container acts.
 */
export default class DiscussionMessage extends LightningElement {
    @api message?: DiscussionMessageData;
    /** Posts can be replied to by people who may post; replies cannot. */
    @api canReply = false;
    /** Moderators may hide and restore; they still see a hidden message's text. */
    @api canModerate = false;

    readonly labels = {
        reply: LABEL_REPLY,
        edit: LABEL_EDIT,
        delete: LABEL_DELETE,
        edited: LABEL_EDITED,
        deleted: LABEL_DELETED,
        report: LABEL_REPORT,
        hide: LABEL_HIDE,
        restore: LABEL_RESTORE,
        hiddenNotice: LABEL_HIDDEN_NOTICE,
        hiddenBadge: LABEL_HIDDEN_BADGE
    };

    get isEditable(): boolean {
        return this.message?.isMine === true && !this.message.isDeleted && !this.message.isHidden;
    }

    get showReply(): boolean {
        return this.canReply && this.message?.isDeleted !== true && this.message?.isHidden !== true;
    }

    /** Hidden, and its text did not reach this reader: they are told a moderator hid it. */
    get isWithheld(): boolean {
        return this.message?.isHidden === true && this.message.body === null;
    }

    get showHiddenBadge(): boolean {
        return this.message?.isHidden === true && this.canModerate;
    }

    get showHide(): boolean {
        return this.canModerate && this.message?.isHidden === false && !this.message.isDeleted;
    }

    get showRestore(): boolean {
        return this.canModerate && this.message?.isHidden === true;
    }

    handleAction(event: Event): void {
        const action = (event.currentTarget as HTMLElement).dataset.action;
        this.dispatchEvent(new CustomEvent('messageaction', { detail: `${action}:${this.message?.id ?? ''}` }));
    }
}
