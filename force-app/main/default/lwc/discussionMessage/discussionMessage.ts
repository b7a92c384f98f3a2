import { LightningElement, api } from 'lwc';
import type { DiscussionMessage as DiscussionMessageData } from '@dto/conversations';
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
        edited: LABEL_EDITED,
        deleted: LABEL_DELETED,
        hiddenNotice: LABEL_HIDDEN_NOTICE,
        hiddenBadge: LABEL_HIDDEN_BADGE
    };

    /** The actions open to the reader on this message, in the order they are shown. */
    get actions(): { name: string; label: string }[] {
        const message = this.message;
        if (!message) {
            return [];
        }
        const shown = !message.isDeleted && !message.isHidden;
        const offered: [boolean, string, string][] = [
            [this.canReply && shown, 'reply', LABEL_REPLY],
            [message.isMine && shown, 'edit', LABEL_EDIT],
            [message.isMine && shown, 'delete', LABEL_DELETE],
            [message.canReport, 'report', LABEL_REPORT],
            [this.canModerate && shown, 'hide', LABEL_HIDE],
            [this.canModerate && message.isHidden, 'restore', LABEL_RESTORE]
        ];
        return offered.filter(([allowed]) => allowed).map(([, name, label]) => ({ name, label }));
    }

    /** Hidden, and its text did not reach this reader: they are told a moderator hid it. */
    get isWithheld(): boolean {
        return this.message?.isHidden === true && this.message.body === null;
    }

    get showHiddenBadge(): boolean {
        return this.message?.isHidden === true && this.canModerate;
    }

    handleAction(event: Event): void {
        const action = (event.currentTarget as HTMLElement).dataset.action;
        this.dispatchEvent(new CustomEvent('messageaction', { detail: `${action}:${this.message?.id ?? ''}` }));
    }
}
