import { LightningElement, api } from 'lwc';
import { focusedElement, trapFocus } from 'c/focusManagement';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_CONFIRM from '@salesforce/label/c.Common_Confirm';

/**
 * Asks before a destructive action, inline: a modal is not available in every
 * site runtime. Anything placed inside it (a note field, say) shows under the
 * question. Like a dialog, it takes the focus when it opens, keeps Tab inside,
 * cancels on Escape, and gives the focus back to what opened it when it closes.
 * Fires `confirm` or `cancel`; the container acts.
 */
export default class ConfirmPanel extends LightningElement {
    /** The question, naming what will happen. */
    @api question = '';
    /** Disables the confirm button while the container works. */
    @api busy = false;

    readonly labels = { cancel: LABEL_CANCEL, confirm: LABEL_CONFIRM };
    private opener: HTMLElement | null = null;
    private opened = false;

    override connectedCallback(): void {
        this.opener = focusedElement();
    }

    override renderedCallback(): void {
        if (!this.opened) {
            this.opened = true;
            this.focusables()[0]?.focus();
        }
    }

    override disconnectedCallback(): void {
        if (this.opener?.isConnected) {
            this.opener.focus();
        }
    }

    handleKeyDown(event: KeyboardEvent): void {
        trapFocus(event, this.focusables(), () => this.handleCancel());
    }

    /** A field placed inside comes first, then Cancel and Confirm. */
    private focusables(): HTMLElement[] {
        const fields = [
            ...this.querySelectorAll<HTMLElement>('lightning-textarea, lightning-input, lightning-combobox')
        ];
        const buttons = [...(this.template?.querySelectorAll<HTMLElement>('lightning-button') ?? [])];
        return [...fields, ...buttons];
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleConfirm(): void {
        this.dispatchEvent(new CustomEvent('confirm'));
    }
}
