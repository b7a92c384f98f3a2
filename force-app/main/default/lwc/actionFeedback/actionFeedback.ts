import { LightningElement, api } from 'lwc';

/**
 * What came of the last action: a success message, announced politely to screen
 * readers, or the error in the shared error panel. A toast is not available in
 * LWR sites, so containers show this inline. A new outcome takes the focus, so
 * keyboard and screen-reader users land on the result of what they did.
 */
export default class ActionFeedback extends LightningElement {
    /** Success message; empty for none. */
    @api
    get message(): string {
        return this.shownMessage;
    }
    set message(value: string | undefined) {
        const message = value ?? '';
        this.mustFocus = this.mustFocus || (message !== '' && message !== this.shownMessage);
        this.shownMessage = message;
    }

    /** Error of the last action; undefined for none. */
    @api
    get error(): unknown {
        return this.shownError;
    }
    set error(value: unknown) {
        this.mustFocus = this.mustFocus || (value !== undefined && value !== null && value !== this.shownError);
        this.shownError = value;
    }

    shownMessage = '';
    shownError: unknown;
    private mustFocus = false;

    get hasError(): boolean {
        return this.shownError !== undefined && this.shownError !== null;
    }

    override renderedCallback(): void {
        if (this.mustFocus) {
            this.mustFocus = false;
            this.template?.querySelector<HTMLElement>('[data-id="feedback"]')?.focus();
        }
    }
}
