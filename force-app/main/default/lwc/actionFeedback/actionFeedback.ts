import { LightningElement, api } from 'lwc';

/**
 * What came of the last action: a success message, announced politely to screen
 * readers, or the error in the shared error panel. A toast is not available in
 * LWR sites, so containers show this inline.
 */
export default class ActionFeedback extends LightningElement {
    /** Success message; empty for none. */
    @api message = '';
    /** Error of the last action; undefined for none. */
    @api error: unknown;

    get hasError(): boolean {
        return this.error !== undefined && this.error !== null;
    }
}
