import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import decideSubmission from '@salesforce/apex/RepositoryReviewController.decideSubmission';
import openForReview from '@salesforce/apex/RepositoryReviewController.openForReview';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { ReviewDecision } from '@dto/enumerations';
import type { SubmissionReview, SimilarItem } from '@dto/repository';
import type { VerificationStage } from '@dto/taxonomy';
import { runAction } from 'c/containerAction';
import { errorCode } from 'c/exchangeErrors';
import { characterCount, formatLabel, labelIn, optionsOf, type Option } from 'c/labelFormat';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import { countryOptions } from 'c/groupLabels';
import { languageOptions } from 'c/organisationLabels';
import { ORGANISATION_TYPE_LABELS, RESOURCE_TYPE_LABELS, SOURCE_LABELS, languageName } from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_CHOOSE from '@salesforce/label/c.Common_Choose';
import LABEL_CONFIRM_CHANGES from '@salesforce/label/c.Review_Confirm_Changes';
import LABEL_CONFIRM_PUBLISH from '@salesforce/label/c.Review_Confirm_Publish';
import LABEL_CONFIRM_REJECT from '@salesforce/label/c.Review_Confirm_Reject';
import LABEL_COUNTRY from '@salesforce/label/c.Review_Field_Country';
import LABEL_DECISION from '@salesforce/label/c.Review_Decision_Heading';
import LABEL_DUPLICATES from '@salesforce/label/c.Review_Possible_Duplicates';
import LABEL_ERROR_COUNTRY from '@salesforce/label/c.Review_Error_Country';
import LABEL_ERROR_LANGUAGE from '@salesforce/label/c.Intake_Error_Language';
import LABEL_ERROR_MESSAGE from '@salesforce/label/c.Review_Error_Message';
import LABEL_ERROR_ORGANISATION_TYPE from '@salesforce/label/c.Review_Error_Organisation_Type';
import LABEL_ERROR_STAGE from '@salesforce/label/c.Review_Error_Stage';
import LABEL_ERROR_TAGS from '@salesforce/label/c.Review_Error_Tags';
import LABEL_ERROR_TITLE from '@salesforce/label/c.Intake_Error_Title';
import LABEL_ERROR_TYPE from '@salesforce/label/c.Review_Error_Type';
import LABEL_ERROR_YEAR from '@salesforce/label/c.Intake_Error_Year';
import LABEL_HEADING from '@salesforce/label/c.Review_Panel_Heading';
import LABEL_LANGUAGE from '@salesforce/label/c.Review_Field_Language';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MESSAGE_CHANGES from '@salesforce/label/c.Review_Message_Changes';
import LABEL_MESSAGE_REJECT from '@salesforce/label/c.Review_Message_Reject';
import LABEL_NO_SIMILAR from '@salesforce/label/c.Review_Similar_None';
import LABEL_OPEN_FILE from '@salesforce/label/c.Review_Open_File';
import LABEL_ORGANISATION from '@salesforce/label/c.Admin_Column_Organisation';
import LABEL_ORGANISATION_TYPE from '@salesforce/label/c.Repository_Facet_Organisation_Type';
import LABEL_PUBLISH from '@salesforce/label/c.Review_Publish';
import LABEL_REJECT from '@salesforce/label/c.Review_Reject';
import LABEL_RELOAD from '@salesforce/label/c.Review_Reload';
import LABEL_REPLACES from '@salesforce/label/c.Review_Replaces';
import LABEL_REPLACES_NONE from '@salesforce/label/c.Review_Replaces_None';
import LABEL_REQUEST_CHANGES from '@salesforce/label/c.Review_Request_Changes';
import LABEL_SIMILAR from '@salesforce/label/c.Review_Similar_Heading';
import LABEL_SIMILAR_ITEM from '@salesforce/label/c.Review_Similar_Item';
import LABEL_SOURCE from '@salesforce/label/c.Review_Column_Source';
import LABEL_STAGE from '@salesforce/label/c.Repository_Facet_Stage';
import LABEL_SUMMARY from '@salesforce/label/c.Review_Field_Summary';
import LABEL_TITLE from '@salesforce/label/c.Group_Field_Title';
import LABEL_TYPE from '@salesforce/label/c.Repository_Facet_Type';
import LABEL_YEAR from '@salesforce/label/c.Repository_Facet_Year';

const QUESTIONS: Record<ReviewDecision, string> = {
    Publish: LABEL_CONFIRM_PUBLISH,
    Request_Changes: LABEL_CONFIRM_CHANGES,
    Reject: LABEL_CONFIRM_REJECT
};
const MESSAGE_LABELS: Record<ReviewDecision, string> = {
    Publish: '',
    Request_Changes: LABEL_MESSAGE_CHANGES,
    Reject: LABEL_MESSAGE_REJECT
};

/** The server's limits, checked here first so the moderator fixes everything at once. */
const TWO_LETTERS = /^[A-Za-z]{2}$/;
const FIRST_YEAR = 1990;
/**
 * A year is typed as text: a number field shows 2025 as "2,025" in its locale's grouping.
 * lightning-input checks `pattern` against the text
 * (https://developer.salesforce.com/docs/component-library/bundle/lightning-input/).
 */
const YEAR_PATTERN = '[0-9]{4}';
interface Problem {
    field: string;
    message: string;
}

interface FormField extends HTMLElement {
    reportValidity(): boolean;
    /** Base components only; the element picker reports its own requirement. */
    setCustomValidity?(message: string): void;
}

interface SimilarRow {
    id: string;
    label: string;
}

function isValidYear(year: number | null): boolean {
    return year === null || (Number.isInteger(year) && year >= FIRST_YEAR && year <= new Date().getFullYear());
}

/** What must change before a submission can be published, field by field, in form order. */
function problemsToPublish(review: SubmissionReview): Problem[] {
    const checks: [string, boolean, string][] = [
        ['title', !review.title?.trim(), LABEL_ERROR_TITLE],
        ['resourceType', !review.resourceType, LABEL_ERROR_TYPE],
        ['stage', !review.stage, LABEL_ERROR_STAGE],
        ['tags', review.tags.length === 0, LABEL_ERROR_TAGS],
        ['organisationType', !ORGANISATION_TYPE_LABELS[review.organisationType ?? ''], LABEL_ERROR_ORGANISATION_TYPE],
        ['country', !TWO_LETTERS.test(review.country ?? ''), LABEL_ERROR_COUNTRY],
        ['language', !TWO_LETTERS.test(review.language ?? ''), LABEL_ERROR_LANGUAGE],
        ['year', !isValidYear(review.year), LABEL_ERROR_YEAR]
    ];
    return checks.filter(([, failed]) => failed).map(([field, , message]) => ({ field, message }));
}

/** A year typed in a number field arrives as text; empty means "not known". */
function fieldValue(field: string, value: unknown): unknown {
    if (field !== 'year') {
        return value;
    }
    return value === '' || value === null || value === undefined ? null : Number(value);
}

function similarRow(item: SimilarItem): SimilarRow {
    const title = item.title ?? '';
    return {
        id: item.id,
        label: item.organisationName ? formatLabel(LABEL_SIMILAR_ITEM, title, item.organisationName) : title
    };
}

/**
 * One submission under review in the console. Opening it claims it for this
 * moderator; the moderator checks and tags it, looks at similar documents, and
 * publishes it, asks for changes or rejects it after confirming. The decision
 * carries the version opened, so a change by another moderator meanwhile is
 * refused; the moderator then reloads. Fires `decided` with the decision, or
 * `cancel`.
 */
export default class RepositoryReviewPanel extends NavigationMixin(LightningElement) {
    /** The submission to review; setting it opens (and claims) it. */
    @api
    get submissionId(): string {
        return this.openedId;
    }
    set submissionId(value: string | undefined) {
        const id = value ?? '';
        if (id !== this.openedId) {
            this.openedId = id;
            // Not awaited: load keeps its own failure to show it.
            this.load();
        }
    }

    readonly labels = {
        heading: LABEL_HEADING,
        loading: LABEL_LOADING,
        title: LABEL_TITLE,
        summary: LABEL_SUMMARY,
        type: LABEL_TYPE,
        stage: LABEL_STAGE,
        organisation: LABEL_ORGANISATION,
        organisationType: LABEL_ORGANISATION_TYPE,
        country: LABEL_COUNTRY,
        language: LABEL_LANGUAGE,
        year: LABEL_YEAR,
        source: LABEL_SOURCE,
        openFile: LABEL_OPEN_FILE,
        similar: LABEL_SIMILAR,
        noSimilar: LABEL_NO_SIMILAR,
        replaces: LABEL_REPLACES,
        duplicates: LABEL_DUPLICATES,
        decision: LABEL_DECISION,
        publish: LABEL_PUBLISH,
        requestChanges: LABEL_REQUEST_CHANGES,
        reject: LABEL_REJECT,
        reload: LABEL_RELOAD,
        cancel: LABEL_CANCEL,
        choose: LABEL_CHOOSE,
        yearRange: LABEL_ERROR_YEAR
    };
    readonly typeOptions = optionsOf(RESOURCE_TYPE_LABELS);
    /** Pickers, as on the member's own forms: a typed code could silently become another country. */
    readonly organisationTypeOptions = optionsOf(ORGANISATION_TYPE_LABELS);
    readonly countryOptions = countryOptions();
    readonly yearPattern = YEAR_PATTERN;

    review?: SubmissionReview;
    loading = false;
    loadError: unknown;
    stages = wiredValue<VerificationStage[]>();
    pendingDecision: ReviewDecision | null = null;
    /** Asks to confirm the pending decision, naming the submission. */
    question = '';
    /** Label of the message to the submitter; '' when the decision needs none. */
    messageLabel = '';
    message = '';
    problems: string[] = [];
    busy = false;
    actionError: unknown;
    successMessage = '';
    private openedId = '';

    @wire(getVerificationStages)
    wiredStages(result: ApexWireResult<VerificationStage[]>): void {
        this.stages = wiredValue(result);
    }

    get stageOptions(): Option[] {
        return (this.stages.data ?? []).map((stage) => ({ label: stage.title, value: stage.code }));
    }

    /** The working languages, and the document's own when an intake sent another one, so it is not lost. */
    get languageOptions(): Option[] {
        const options = languageOptions();
        const current = this.review?.language?.toLowerCase();
        return current && !options.some((option) => option.value === current)
            ? [...options, { label: languageName(current), value: current }]
            : options;
    }

    /** The limits openForReview sent: what publishing and the message to the submitter keep. */
    get titleLength(): number | undefined {
        return this.review?.titleLength ?? undefined;
    }

    get summaryLength(): number | undefined {
        return this.review?.summaryLength ?? undefined;
    }

    get messageLength(): number | undefined {
        return this.review?.messageLength ?? undefined;
    }

    get titleCount(): string {
        return characterCount(LABEL_CHARACTERS, this.review?.title, this.titleLength);
    }

    get summaryCount(): string {
        return characterCount(LABEL_CHARACTERS, this.review?.summary, this.summaryLength);
    }

    get messageCount(): string {
        return characterCount(LABEL_CHARACTERS, this.message, this.messageLength);
    }

    get yearText(): string {
        return this.review?.year === null || this.review?.year === undefined ? '' : String(this.review.year);
    }

    get sourceLabel(): string {
        return labelIn(SOURCE_LABELS, this.review?.source);
    }

    get replaceOptions(): Option[] {
        return [
            { label: LABEL_REPLACES_NONE, value: '' },
            ...this.similarWhere(true).map((row) => ({ label: row.label, value: row.id }))
        ];
    }

    get replacesValue(): string {
        return this.review?.replacesResourceId ?? '';
    }

    get hasPublishedSimilar(): boolean {
        return this.similarWhere(true).length > 0;
    }

    get duplicates(): SimilarRow[] {
        return this.similarWhere(false);
    }

    get hasDuplicates(): boolean {
        return this.duplicates.length > 0;
    }

    get hasNoSimilar(): boolean {
        return (this.review?.similar ?? []).length === 0;
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    /** The server refuses a decision on a version someone else changed; only reloading helps. */
    get isConflict(): boolean {
        return errorCode(this.actionError) === 'CONFLICT';
    }

    handleChange(event: CustomEvent<{ value?: unknown } | null>): void {
        const target = event.target as HTMLInputElement;
        const field = target.dataset.field as string;
        this.review = { ...this.review!, [field]: fieldValue(field, event.detail?.value ?? target.value) };
    }

    handleTagsChange(event: CustomEvent<{ value: string[] }>): void {
        this.review = { ...this.review!, tags: event.detail.value };
    }

    handleReplacesChange(event: CustomEvent<{ value: string }>): void {
        this.review = { ...this.review!, replacesResourceId: event.detail.value || null };
    }

    handleMessage(event: CustomEvent<{ value?: string } | null>): void {
        this.message = event.detail?.value ?? (event.target as HTMLTextAreaElement).value;
    }

    handleDecision(event: Event): void {
        const decision = (event.currentTarget as HTMLElement).dataset.decision as ReviewDecision;
        const problems = decision === 'Publish' ? problemsToPublish(this.review!) : [];
        this.markFields(problems);
        this.problems = problems.map((problem) => problem.message);
        this.pendingDecision = problems.length === 0 ? decision : null;
        this.question = formatLabel(QUESTIONS[decision], this.review!.title ?? '');
        this.messageLabel = MESSAGE_LABELS[decision];
        this.message = '';
        this.successMessage = '';
        this.actionError = undefined;
    }

    handleCancelDecision(): void {
        this.pendingDecision = null;
        this.problems = [];
    }

    async handleConfirm(): Promise<void> {
        const decision = this.pendingDecision!;
        const message = this.message.trim();
        const needsMessage = decision !== 'Publish';
        if (needsMessage && (!message || message.length > (this.messageLength ?? Number.POSITIVE_INFINITY))) {
            this.problems = [LABEL_ERROR_MESSAGE];
            return;
        }
        this.problems = [];
        const review: SubmissionReview = { ...this.review!, decision, message: needsMessage ? message : null };
        const decided = await runAction(this, async () => {
            await decideSubmission({ review });
            return '';
        });
        if (decided) {
            this.pendingDecision = null;
            this.dispatchEvent(new CustomEvent('decided', { detail: decision }));
        }
    }

    async handleReload(): Promise<void> {
        await this.load();
    }

    handleOpenFile(): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__namedPage',
            attributes: { pageName: 'filePreview' },
            state: { selectedRecordId: this.review!.documentId! }
        });
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    private similarWhere(isPublished: boolean): SimilarRow[] {
        return (this.review?.similar ?? []).filter((item) => item.isPublished === isPublished).map(similarRow);
    }

    /** Shows each problem on its field too, so the moderator finds it without reading the list. */
    private markFields(problems: Problem[]): void {
        this.template?.querySelectorAll<FormField>('[data-field]').forEach((field) => {
            const problem = problems.find((candidate) => candidate.field === field.dataset.field);
            field.setCustomValidity?.(problem?.message ?? '');
            field.reportValidity();
        });
    }

    /** Opens the submission afresh: a reload after a conflict drops what this moderator changed. */
    private async load(): Promise<void> {
        const submissionId = this.openedId;
        this.review = undefined;
        this.loadError = undefined;
        this.pendingDecision = null;
        this.problems = [];
        this.actionError = undefined;
        this.successMessage = '';
        this.loading = submissionId !== '';
        if (!submissionId) {
            return;
        }
        let review: SubmissionReview | undefined;
        let error: unknown;
        try {
            review = await openForReview({ submissionId });
        } catch (failure) {
            error = failure;
        }
        // Another submission may have been chosen while this one opened.
        if (submissionId === this.openedId) {
            this.review = review;
            this.loadError = error;
            this.loading = false;
        }
    }
}
