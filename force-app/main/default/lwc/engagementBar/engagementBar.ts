import { LightningElement, api } from 'lwc';

/**
 * A bar whose length shows a value against the largest value beside it. It only
 * decorates the number printed next to it, so assistive technology skips it.
 */
export default class EngagementBar extends LightningElement {
    @api value = 0;
    @api max = 0;

    /** Logical size, so the bar grows from the start of the line in right-to-left languages too. */
    get barStyle(): string {
        const share = this.max > 0 ? Math.min(1, Math.max(0, this.value / this.max)) : 0;
        return `inline-size: ${Math.round(share * 100)}%`;
    }
}
