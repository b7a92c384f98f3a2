import { LightningElement, api } from 'lwc';
import type { MonthActivity } from '@dto/insights';
import { pageLanguage } from 'c/labelFormat';
import LABEL_ACTIVE_MEMBERS from '@salesforce/label/c.Engagement_Column_Active_Members';
import LABEL_CAPTION from '@salesforce/label/c.Engagement_Months_Caption';
import LABEL_DECISIONS from '@salesforce/label/c.Engagement_Column_Decisions';
import LABEL_MONTH from '@salesforce/label/c.Engagement_Column_Month';
import LABEL_POSTS from '@salesforce/label/c.Engagement_Column_Posts';
import LABEL_SUBMISSIONS from '@salesforce/label/c.Engagement_Column_Submissions';

type Measure = 'posts' | 'activeMembers' | 'submissions' | 'decisions';

/** The measures in the order of the columns, with their headings. */
const MEASURES: Record<Measure, string> = {
    posts: LABEL_POSTS,
    activeMembers: LABEL_ACTIVE_MEMBERS,
    submissions: LABEL_SUBMISSIONS,
    decisions: LABEL_DECISIONS
};
const MEASURE_NAMES = Object.keys(MEASURES) as Measure[];

interface Cell {
    key: Measure;
    /** The column's heading, shown beside the number when a narrow screen stacks the table. */
    label: string;
    text: string;
    value: number;
    max: number;
}

interface MonthRow {
    key: string;
    name: string;
    cells: Cell[];
}

/**
 * "Nov 2026" in the page's language for a 'YYYY-MM' month; the text itself when it is not one.
 * Read in UTC: the first of a month at local midnight can fall in the previous month west of Greenwich.
 */
export function monthName(month: string): string {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    if (!match) {
        return month;
    }
    const first = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
    return new Intl.DateTimeFormat(pageLanguage(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(first);
}

/** The activity of each month as a table, a bar beside each number against that measure's busiest month. */
export default class EngagementMonths extends LightningElement {
    @api months: MonthActivity[] = [];

    readonly labels = { caption: LABEL_CAPTION, month: LABEL_MONTH };
    readonly headings = MEASURE_NAMES.map((key) => ({ key, label: MEASURES[key] }));

    get rows(): MonthRow[] {
        const months = this.months ?? [];
        const number = new Intl.NumberFormat(pageLanguage());
        const maxima = Object.fromEntries(
            MEASURE_NAMES.map((measure) => [measure, Math.max(0, ...months.map((month) => month[measure]))])
        ) as Record<Measure, number>;
        return months.map((month) => ({
            key: month.month,
            name: monthName(month.month),
            cells: MEASURE_NAMES.map((measure) => ({
                key: measure,
                label: MEASURES[measure],
                text: number.format(month[measure]),
                value: month[measure],
                max: maxima[measure]
            }))
        }));
    }
}
