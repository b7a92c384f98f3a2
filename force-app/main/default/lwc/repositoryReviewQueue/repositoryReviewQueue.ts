import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getReviewQueue from '@salesforce/apex/RepositoryReviewController.getReviewQueue';
import type { ReviewDecision } from '@dto/enumerations';
import type { ReviewQueueItem } from '@dto/repository';
import { runAction } from 'c/containerAction';
import { formatDay, labelIn, optionsOf, pageLanguage, type Option } from 'c/labelFormat';
import { SOURCE_LABELS, SUBMISSION_STATUS_LABELS } from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_ALL_SOURCES from '@salesforce/label/c.Review_Filter_All_Sources';
import LABEL_BACK from '@salesforce/label/c.Review_Back_To_Queue';
import LABEL_CHANGES_REQUESTED from '@salesforce/label/c.Review_Outcome_Changes_Requested';
import LABEL_EMPTY from '@salesforce/label/c.Review_Queue_Empty';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_NONE_FROM_SOURCE from '@salesforce/label/c.Review_Queue_None_From_Source';
import LABEL_ORGANISATION from '@salesforce/label/c.Admin_Column_Organisation';
import LABEL_PUBLISHED from '@salesforce/label/c.Review_Published';
import LABEL_REJECTED from '@salesforce/label/c.Review_Outcome_Rejected';
import LABEL_REVIEWER from '@salesforce/label/c.Review_Column_Reviewer';
import LABEL_SORT from '@salesforce/label/c.Groups_Sort';
import LABEL_SORT_OLDEST from '@salesforce/label/c.Review_Sort_Oldest';
import LABEL_SOURCE from '@salesforce/label/c.Review_Column_Source';
import LABEL_STATUS from '@salesforce/label/c.Colleagues_Column_Status';
import LABEL_SUBMITTED from '@salesforce/label/c.Review_Column_Submitted';
import LABEL_TITLE from '@salesforce/label/c.Review_Queue_Title';
import LABEL_TITLE_COLUMN from '@salesforce/label/c.Group_Field_Title';

type QueueOrder = 'age' | 'organisation' | 'source';

const ORDER_LABELS: Record<QueueOrder, string> = {
    age: LABEL_SORT_OLDEST,
    organisation: LABEL_ORGANISATION,
    source: LABEL_SOURCE
};
const OUTCOME_LABELS: Record<ReviewDecision, string> = {
    Publish: LABEL_PUBLISHED,
    Request_Changes: LABEL_CHANGES_REQUESTED,
    Reject: LABEL_REJECTED
};

function byText(text: (item: ReviewQueueItem) => string): (left: ReviewQueueItem, right: ReviewQueueItem) => number {
    return (left, right) => text(left).localeCompare(text(right), pageLanguage());
}

/** Within any order, the submission waiting longest comes first. */
const COMPARE: Record<QueueOrder, (left: ReviewQueueItem, right: ReviewQueueItem) => number> = {
    age: () => 0,
    organisation: byText((item) => item.organisationName ?? ''),
    source: byText((item) => labelIn(SOURCE_LABELS, item.source))
};

interface QueueRow extends ReviewQueueItem {
    displayTitle: string;
    sourceLabel: string;
    statusLabel: string;
    submittedOn: string;
}

/**
 * The repository's validation queue in the console: submissions waiting for the
 * Alliance, oldest first, to sort and filter by source. Choosing one opens it
 * for review (which claims it); after the decision the queue is read again and
 * the outcome shown.
 */
export default class RepositoryReviewQueue extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        loading: LABEL_LOADING,
        empty: LABEL_EMPTY,
        noneFromSource: LABEL_NONE_FROM_SOURCE,
        sort: LABEL_SORT,
        source: LABEL_SOURCE,
        back: LABEL_BACK,
        titleColumn: LABEL_TITLE_COLUMN,
        organisation: LABEL_ORGANISATION,
        status: LABEL_STATUS,
        submitted: LABEL_SUBMITTED,
        reviewer: LABEL_REVIEWER
    };
    readonly orderOptions = optionsOf(ORDER_LABELS);
    readonly sourceOptions: Option[] = [{ label: LABEL_ALL_SOURCES, value: '' }, ...optionsOf(SOURCE_LABELS)];

    queue = wiredValue<ReviewQueueItem[]>();
    /** The submissions last read; none while loading or after an error. */
    items: ReviewQueueItem[] = [];
    order: QueueOrder = 'age';
    /** '' for every source. */
    source = '';
    selectedId = '';
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredQueue?: ApexWireResult<ReviewQueueItem[]>;

    @wire(getReviewQueue)
    wiredReviewQueue(result: ApexWireResult<ReviewQueueItem[]>): void {
        this.wiredQueue = result;
        this.queue = wiredValue(result);
        this.items = result.data ?? [];
    }

    get rows(): QueueRow[] {
        const compare = COMPARE[this.order];
        return this.items
            .filter((item) => !this.source || item.source === this.source)
            .sort((left, right) => compare(left, right) || left.submittedAt.localeCompare(right.submittedAt))
            .map((item) => ({
                ...item,
                displayTitle: item.title || item.name,
                sourceLabel: labelIn(SOURCE_LABELS, item.source),
                statusLabel: labelIn(SUBMISSION_STATUS_LABELS, item.status),
                submittedOn: formatDay(item.submittedAt)
            }));
    }

    get isEmpty(): boolean {
        return this.queue.hasData && this.items.length === 0;
    }

    get isFilteredEmpty(): boolean {
        return this.queue.hasData && !this.isEmpty && this.rows.length === 0;
    }

    handleOrder(event: CustomEvent<{ value: QueueOrder }>): void {
        this.order = event.detail.value;
    }

    handleSource(event: CustomEvent<{ value: string }>): void {
        this.source = event.detail.value;
    }

    handleSelect(event: Event): void {
        this.selectedId = (event.currentTarget as HTMLElement).dataset.submissionId as string;
        this.successMessage = '';
        this.actionError = undefined;
    }

    /** The submission was claimed on opening: read the queue again to show who reviews it. */
    async handleBack(): Promise<void> {
        await this.showQueue('');
    }

    async handleDecided(event: CustomEvent<ReviewDecision>): Promise<void> {
        await this.showQueue(OUTCOME_LABELS[event.detail]);
    }

    private async showQueue(outcome: string): Promise<void> {
        this.selectedId = '';
        await runAction(
            this,
            async () => outcome,
            () => refreshApex(this.wiredQueue)
        );
    }
}
