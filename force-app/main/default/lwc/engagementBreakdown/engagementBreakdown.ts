import { LightningElement, api } from 'lwc';
import { pageLanguage } from 'c/labelFormat';
import LABEL_NONE_YET from '@salesforce/label/c.Engagement_None_Yet';

/** One line of a breakdown: what is counted, named in the reader's language, and how many. */
export interface BreakdownRow {
    key: string;
    label: string;
    count: number;
}

/**
 * A count per name as a table (groups per commitment, submissions per status),
 * in the order given, a bar beside each number against the largest.
 */
export default class EngagementBreakdown extends LightningElement {
    @api caption = '';
    /** Heading of the column of names. */
    @api nameHeading = '';
    /** Heading of the column of counts. */
    @api countHeading = '';
    @api rows: BreakdownRow[] = [];

    readonly noneYet = LABEL_NONE_YET;

    get lines(): (BreakdownRow & { text: string; max: number })[] {
        const rows = this.rows ?? [];
        const number = new Intl.NumberFormat(pageLanguage());
        const max = Math.max(0, ...rows.map((row) => row.count));
        return rows.map((row) => ({ ...row, text: number.format(row.count), max }));
    }

    get isEmpty(): boolean {
        return this.lines.length === 0;
    }
}
