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
import LABEL_SHOW_LESS from '@salesforce/label/c.Discussion_Show_Less';
import LABEL_SHOW_MORE from '@salesforce/label/c.Discussion_Show_More';

/**
 * Characters of text past which a message opens folded: a long post (up to the server's
 * maximum) would otherwise push every reply and later post screens away, on a phone most.
 */
const FOLDED_FROM = 1200;

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

    /** A long message opens folded until the reader unfolds it. */
    expanded = false;

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

    /** Measured on the text a reader sees, without the rich-text markup. */
    get isLong(): boolean {
        const text = (this.message?.body ?? '').replace(/<[^>]*>/g, '');
        return text.length > FOLDED_FROM;
    }

    get isFolded(): boolean {
        return this.isLong && !this.expanded;
    }

    get bodyClass(): string {
        return this.isFolded ? 'slds-m-top_xx-small message-body message-body_folded' : 'slds-m-top_xx-small';
    }

    get foldLabel(): string {
        return this.expanded ? LABEL_SHOW_LESS : LABEL_SHOW_MORE;
    }

    get ariaExpanded(): string {
        return String(this.expanded);
    }

    handleFold(): void {
        this.expanded = !this.expanded;
    }

    get showHiddenBadge(): boolean {
        return this.message?.isHidden === true && this.canModerate;
    }

    handleAction(event: Event): void {
        const action = (event.currentTarget as HTMLElement).dataset.action;
        this.dispatchEvent(new CustomEvent('messageaction', { detail: `${action}:${this.message?.id ?? ''}` }));
    }
}
