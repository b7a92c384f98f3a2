import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/exchangeErrors';
import LABEL_ERROR from '@salesforce/label/c.Common_Error';

interface MessageLine {
    key: string;
    text: string;
}

/** Shows what went wrong, in the user's language, as an alert. */
export default class ErrorPanel extends LightningElement {
    /** Any error: a wire or Apex error, an Error, a string, or a list of them. */
    @api error: unknown;

    readonly iconLabel = LABEL_ERROR;

    get messages(): MessageLine[] {
        return reduceErrors(this.error).map((text, index) => ({ key: `message-${index}`, text }));
    }

    get hasMessages(): boolean {
        return this.messages.length > 0;
    }
}
