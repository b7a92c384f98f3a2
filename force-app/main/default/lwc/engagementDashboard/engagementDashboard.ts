import { LightningElement, wire } from 'lwc';
import getEngagement from '@salesforce/apex/InsightsController.getEngagement';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { Engagement, KeyCount } from '@dto/insights';
import type { StandardFramework } from '@dto/taxonomy';
import type { BreakdownRow } from 'c/engagementBreakdown';
import { formatLabel, labelIn, pageLanguage } from 'c/labelFormat';
import { compareValues, taxonomyOf, valueLabel, SUBMISSION_STATUS_LABELS } from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_ACTIVE_GROUPS from '@salesforce/label/c.Engagement_Active_Groups';
import LABEL_ARCHIVED_GROUPS from '@salesforce/label/c.Engagement_Archived_Groups';
import LABEL_AVERAGE_RATING from '@salesforce/label/c.Engagement_Average_Rating';
import LABEL_COMMITMENT from '@salesforce/label/c.Repository_Facet_Commitment';
import LABEL_COMMITMENTS_CAPTION from '@salesforce/label/c.Engagement_Commitments_Caption';
import LABEL_DORMANT_GROUPS from '@salesforce/label/c.Engagement_Dormant_Groups';
import LABEL_DORMANT_HINT from '@salesforce/label/c.Engagement_Dormant_Hint';
import LABEL_DOWNLOADS from '@salesforce/label/c.Engagement_Downloads';
import LABEL_EMPTY from '@salesforce/label/c.Engagement_Empty';
import LABEL_KEY_FIGURES from '@salesforce/label/c.Engagement_Key_Figures';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MEDIAN_DAYS from '@salesforce/label/c.Engagement_Median_Days';
import LABEL_MEDIAN_HINT from '@salesforce/label/c.Engagement_Median_Hint';
import LABEL_NO_DECISION from '@salesforce/label/c.Engagement_No_Decision';
import LABEL_NOT_RATED from '@salesforce/label/c.Repository_Not_Rated';
import LABEL_RATINGS from '@salesforce/label/c.Engagement_Ratings';
import LABEL_STATUS from '@salesforce/label/c.Colleagues_Column_Status';
import LABEL_STATUSES_CAPTION from '@salesforce/label/c.Engagement_Statuses_Caption';
import LABEL_SUBMISSIONS from '@salesforce/label/c.Engagement_Column_Submissions';
import LABEL_TITLE from '@salesforce/label/c.Engagement_Title';

/** Statuses in the order a submission passes through them. */
const STATUS_ORDER = Object.keys(SUBMISSION_STATUS_LABELS);

/** A headline figure: what it measures, its value, and a line saying how to read it. */
interface Tile {
    key: string;
    label: string;
    value: string;
    hint: string;
}

/** What the figures read before the measures arrive; never shown, the spinner is. */
const NO_ENGAGEMENT: Engagement = {
    activeGroups: 0,
    dormantGroups: 0,
    archivedGroups: 0,
    months: [],
    groupsPerCommitment: [],
    submissionsByStatus: [],
    medianDaysToDecision: null,
    downloads: 0,
    ratings: 0,
    averageRating: null
};

function sum(counts: KeyCount[]): number {
    return counts.reduce((total, item) => total + item.count, 0);
}

/**
 * Whether the communities of practice and the repository are alive, for Alliance
 * staff in the console: groups active, dormant and archived; posts, active
 * members, submissions and decisions per month; active groups per commitment;
 * submissions per status; time to a decision; downloads and ratings.
 */
export default class EngagementDashboard extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        loading: LABEL_LOADING,
        empty: LABEL_EMPTY,
        keyFigures: LABEL_KEY_FIGURES,
        commitmentsCaption: LABEL_COMMITMENTS_CAPTION,
        commitment: LABEL_COMMITMENT,
        activeGroups: LABEL_ACTIVE_GROUPS,
        statusesCaption: LABEL_STATUSES_CAPTION,
        status: LABEL_STATUS,
        submissions: LABEL_SUBMISSIONS
    };

    engagement = wiredValue<Engagement>();
    /** Until the standards arrive, commitments show as their keys. */
    private frameworks?: StandardFramework[];

    @wire(getEngagement)
    wiredEngagement(result: ApexWireResult<Engagement>): void {
        this.engagement = wiredValue(result);
    }

    @wire(getFrameworks)
    wiredFrameworks({ data }: ApexWireResult<StandardFramework[]>): void {
        this.frameworks = data;
    }

    private get data(): Engagement {
        return this.engagement.data ?? NO_ENGAGEMENT;
    }

    get months(): Engagement['months'] {
        return this.data.months;
    }

    /** Nothing has happened yet: no group, post, submission, download or rating. */
    get isEmpty(): boolean {
        const data = this.data;
        const monthly = data.months.reduce(
            (total, month) => total + month.posts + month.activeMembers + month.submissions + month.decisions,
            0
        );
        const groups = data.activeGroups + data.dormantGroups + data.archivedGroups;
        return groups + monthly + sum(data.submissionsByStatus) + data.downloads + data.ratings === 0;
    }

    get tiles(): Tile[] {
        const data = this.data;
        const count = new Intl.NumberFormat(pageLanguage());
        const decimal = new Intl.NumberFormat(pageLanguage(), { maximumFractionDigits: 1 });
        const tile = (key: string, label: string, value: string, hint = ''): Tile => ({ key, label, value, hint });
        return [
            tile('active', LABEL_ACTIVE_GROUPS, count.format(data.activeGroups)),
            tile('dormant', LABEL_DORMANT_GROUPS, count.format(data.dormantGroups), LABEL_DORMANT_HINT),
            tile('archived', LABEL_ARCHIVED_GROUPS, count.format(data.archivedGroups)),
            tile(
                'median',
                LABEL_MEDIAN_DAYS,
                data.medianDaysToDecision === null ? LABEL_NO_DECISION : decimal.format(data.medianDaysToDecision),
                LABEL_MEDIAN_HINT
            ),
            tile('downloads', LABEL_DOWNLOADS, count.format(data.downloads)),
            tile(
                'ratings',
                LABEL_RATINGS,
                count.format(data.ratings),
                data.averageRating === null
                    ? LABEL_NOT_RATED
                    : formatLabel(LABEL_AVERAGE_RATING, decimal.format(data.averageRating))
            )
        ];
    }

    /** Commitments and pillars in the standards' order, named as the repository names them. */
    get commitmentRows(): BreakdownRow[] {
        const taxonomy = taxonomyOf(undefined, this.frameworks);
        return this.data.groupsPerCommitment
            .map((item) => ({
                key: item.key,
                value: item.key,
                label: valueLabel('commitment', item.key, taxonomy),
                count: item.count
            }))
            .sort(compareValues('commitment', taxonomy))
            .map(({ key, label, count }) => ({ key, label, count }));
    }

    /** Statuses in the order a submission passes through them; one added since goes last, under its own name. */
    get statusRows(): BreakdownRow[] {
        const rank = (status: string): number => {
            const index = STATUS_ORDER.indexOf(status);
            return index < 0 ? STATUS_ORDER.length : index;
        };
        return [...this.data.submissionsByStatus]
            .sort((left, right) => rank(left.key) - rank(right.key))
            .map((item) => ({ key: item.key, label: labelIn(SUBMISSION_STATUS_LABELS, item.key), count: item.count }));
    }
}
