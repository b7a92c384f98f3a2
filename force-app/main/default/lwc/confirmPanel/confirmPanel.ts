import { LightningElement, api } from 'lwc';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_CONFIRM from '@salesforce/label/c.Common_Confirm';

/**
 * Asks before a destructive action, inline: a modal is not available in every
 * site runtime. Anything placed inside it (a note field, say) shows under the
 * question. Fires `confirm` or `cancel`; the container acts.
 */
export default class ConfirmPanel extends LightningElement {
    /** The question, naming what will happen. */
    @api question = '';
    /** Disables the confirm button while the container works. */
    @api busy = false;

    readonly labels = { cancel: LABEL_CANCEL, confirm: LABEL_CONFIRM };

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleConfirm(): void {
        this.dispatchEvent(new CustomEvent('confirm'));
    }
}
