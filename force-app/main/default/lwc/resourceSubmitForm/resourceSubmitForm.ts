import { LightningElement, api, wire } from 'lwc';
import findSimilar from '@salesforce/apex/RepositorySubmissionController.findSimilar';
import getSubmissionDraft from '@salesforce/apex/RepositorySubmissionController.getSubmissionDraft';
import getSubmissionRules from '@salesforce/apex/RepositorySubmissionController.getSubmissionRules';
import resubmitResource from '@salesforce/apex/RepositorySubmissionController.resubmitResource';
import submitResource from '@salesforce/apex/RepositorySubmissionController.submitResource';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import { refreshApex } from '@salesforce/apex';
import type { ResourceType } from '@dto/enumerations';
import type { ResourceRequest, SimilarItem, SubmissionRules } from '@dto/repository';
import type { VerificationStage } from '@dto/taxonomy';
import { clearFixedError, reportAllValid, runAction, warnWhileUnsaved } from 'c/containerAction';
import { characterCount, formatLabel, formatSize, optionsOf, type Option } from 'c/labelFormat';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import { RESOURCE_TYPE_LABELS, languageName } from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_FILE from '@salesforce/label/c.Submit_File';
import LABEL_FILE_CHOSEN from '@salesforce/label/c.Submit_File_Chosen';
import LABEL_FILE_REQUIRED from '@salesforce/label/c.Submit_Error_File';
import LABEL_FILE_TYPE from '@salesforce/label/c.Files_Error_Type';
import LABEL_HEADING from '@salesforce/label/c.Submit_Heading';
import LABEL_HEADING_AGAIN from '@salesforce/label/c.Submit_Heading_Again';
import LABEL_INTRO from '@salesforce/label/c.Submit_Intro';
import LABEL_LANGUAGE from '@salesforce/label/c.Submit_Language';
import LABEL_LIMITS from '@salesforce/label/c.Files_Limits';
import LABEL_SEND from '@salesforce/label/c.Submit_Send';
import LABEL_SEND_ANYWAY from '@salesforce/label/c.Submit_Send_Anyway';
import LABEL_SENT from '@salesforce/label/c.Submit_Sent';
import LABEL_SIMILAR from '@salesforce/label/c.Submit_Similar';
import LABEL_SIMILAR_PUBLISHED from '@salesforce/label/c.Submit_Similar_Published';
import LABEL_SIMILAR_WAITING from '@salesforce/label/c.Submit_Similar_Waiting';
import LABEL_STAGE from '@salesforce/label/c.Submit_Stage';
import LABEL_SUMMARY from '@salesforce/label/c.Submit_Summary';
import LABEL_TAGS from '@salesforce/label/c.Submit_Tags';
import LABEL_TITLE from '@salesforce/label/c.Submit_Title';
import LABEL_TYPE from '@salesforce/label/c.Submit_Type';
import LABEL_YEAR from '@salesforce/label/c.Submit_Year';
import LABEL_YEAR_RANGE from '@salesforce/label/c.Intake_Error_Year';
import LABEL_CHOOSE from '@salesforce/label/c.Common_Choose';

interface UploadFinished {
    files: { documentId: string; name: string }[];
}

/** Languages offered first; any two-letter code the survey sends is accepted too. */
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt'];
const FIRST_YEAR = 1990;
const NO_RULES: SubmissionRules = {
    allowedTypes: [],
    maxSizeBytes: 0,
    mustAcceptConduct: false,
    titleLength: 0,
    summaryLength: 0
};

function emptyRequest(): ResourceRequest {
    return {
        externalReference: null,
        organisationId: null,
        submittedById: null,
        title: '',
        summary: null,
        resourceType: 'Good_Practice',
        proposedStage: null,
        proposedTags: [],
        language: 'en',
        year: null,
        documentId: null
    };
}

/**
 * A member offers a document to the repository: the file (their own upload,
 * within the settings' types and size), a description and proposed tags. Before
 * sending, what already looks like it is shown (same file, or a title like this
 * one, published or waiting) and the member decides to send anyway or not. With
 * `submission-id`, it sends back a submission the Alliance asked to change.
 * Fires `submitted` with the submission Id, or `cancel`.
 */
export default class ResourceSubmitForm extends LightningElement {
    /** A submission with changes asked for, to change and send back; nothing to offer a new document. */
    @api
    get submissionId(): string | undefined {
        return this.changingId;
    }
    set submissionId(value: string | undefined) {
        this.changingId = value;
        if (value) {
            this.loadDraft(value).catch(() => undefined);
        }
    }

    readonly labels = {
        choose: LABEL_CHOOSE,
        cancel: LABEL_CANCEL,
        loading: LABEL_LOADING,
        intro: LABEL_INTRO,
        title: LABEL_TITLE,
        summary: LABEL_SUMMARY,
        type: LABEL_TYPE,
        stage: LABEL_STAGE,
        tags: LABEL_TAGS,
        language: LABEL_LANGUAGE,
        year: LABEL_YEAR,
        file: LABEL_FILE,
        send: LABEL_SEND,
        sendAnyway: LABEL_SEND_ANYWAY,
        similar: LABEL_SIMILAR
    };

    readonly typeOptions: Option<ResourceType>[] = optionsOf(RESOURCE_TYPE_LABELS);
    readonly languageOptions: Option[] = LANGUAGES.map((code) => ({ label: languageName(code), value: code }));
    readonly lastYear = new Date().getFullYear();
    readonly yearPattern = '[0-9]{4}';

    values: ResourceRequest = emptyRequest();
    fileName = '';
    /** Why the file is not accepted: a type the settings refuse, or no file at all. */
    fileError = '';
    similar: SimilarItem[] = [];
    loadingDraft = false;
    busy = false;
    actionError: unknown;
    successMessage = '';
    rules = wiredValue<SubmissionRules>();
    stages = wiredValue<VerificationStage[]>();
    private changingId?: string;
    private stopWarning?: () => void;
    private sent = false;

    /** Leaving the page with a description or a file not yet sent asks first. */
    override connectedCallback(): void {
        this.stopWarning = warnWhileUnsaved(
            () => !this.sent && (this.fileName !== '' || JSON.stringify(this.values) !== JSON.stringify(emptyRequest()))
        );
    }

    override disconnectedCallback(): void {
        this.stopWarning?.();
    }
    private wiredRules?: ApexWireResult<SubmissionRules>;

    @wire(getSubmissionRules)
    wiredSubmissionRules(result: ApexWireResult<SubmissionRules>): void {
        this.wiredRules = result;
        this.rules = wiredValue(result);
    }

    @wire(getVerificationStages)
    wiredStages(result: ApexWireResult<VerificationStage[]>): void {
        this.stages = wiredValue(result);
    }

    get heading(): string {
        return this.changingId ? LABEL_HEADING_AGAIN : LABEL_HEADING;
    }

    get isLoading(): boolean {
        return this.rules.isLoading || this.loadingDraft;
    }

    get mustAcceptConduct(): boolean {
        return this.rules.data?.mustAcceptConduct === true;
    }

    /** The form shows only once the rules arrived; until then nothing is accepted. */
    private get fileRules(): SubmissionRules {
        return this.rules.data ?? NO_RULES;
    }

    get accept(): string {
        return this.fileRules.allowedTypes.map((type) => `.${type}`).join(',');
    }

    get limits(): string {
        return formatLabel(
            LABEL_LIMITS,
            this.fileRules.allowedTypes.join(', '),
            formatSize(this.fileRules.maxSizeBytes)
        );
    }

    /** The title's limit as the server keeps it (counted after trimming), shown while typing. */
    get titleLength(): number | undefined {
        return this.rules.data?.titleLength;
    }

    get summaryLength(): number | undefined {
        return this.rules.data?.summaryLength;
    }

    get titleCount(): string {
        return characterCount(LABEL_CHARACTERS, this.values.title, this.titleLength);
    }

    get summaryCount(): string {
        return characterCount(LABEL_CHARACTERS, this.values.summary, this.summaryLength);
    }

    get chosenFile(): string {
        return this.fileName ? formatLabel(LABEL_FILE_CHOSEN, this.fileName) : '';
    }

    get stageOptions(): Option[] {
        return [...(this.stages.data ?? [])]
            .sort((left, right) => left.sortOrder - right.sortOrder)
            .map((stage) => ({ label: stage.title, value: stage.code }));
    }

    get yearText(): string {
        return this.values.year === null ? '' : String(this.values.year);
    }

    get yearMessage(): string {
        return LABEL_YEAR_RANGE;
    }

    get hasSimilar(): boolean {
        return this.similar.length > 0;
    }

    /** Once similar items are shown, the member answers them with "send anyway" or by changing the form. */
    get showSend(): boolean {
        return !this.hasSimilar;
    }

    get similarRows(): { id: string; text: string }[] {
        return this.similar.map((item) => ({
            id: item.id,
            text: formatLabel(
                item.isPublished ? LABEL_SIMILAR_PUBLISHED : LABEL_SIMILAR_WAITING,
                item.title ?? '',
                item.organisationName ?? ''
            )
        }));
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        const target = event.target as HTMLElement;
        const field = target.dataset.field as 'title' | 'summary' | 'resourceType' | 'proposedStage' | 'language';
        this.values = { ...this.values, [field]: event.detail.value };
        this.similar = [];
        clearFixedError(event);
    }

    /** The year is typed as text (a number field shows 2025 as "2,025"), so its range is checked here. */
    handleYearChange(event: CustomEvent<{ value: string }>): void {
        const text = event.detail.value.trim();
        const year = text === '' ? null : Number(text);
        this.values = { ...this.values, year };
        const inRange = year === null || (year >= FIRST_YEAR && year <= this.lastYear);
        (event.target as HTMLElement & { setCustomValidity(message: string): void }).setCustomValidity(
            inRange ? '' : LABEL_YEAR_RANGE
        );
        clearFixedError(event);
    }

    handleTagsChange(event: CustomEvent<{ value: string[] }>): void {
        this.values = { ...this.values, proposedTags: event.detail.value };
    }

    /**
     * The type is checked as soon as the file is uploaded, not at Send, so the member does not
     * fill in the whole form for a file that will be refused. The size is the server's to check:
     * the upload does not report it.
     */
    handleUploadFinished(event: CustomEvent<UploadFinished>): void {
        const [file] = event.detail.files;
        if (!file) {
            return;
        }
        const dot = file.name.lastIndexOf('.');
        const extension = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
        const allowed = this.fileRules.allowedTypes.some((type) => type.toLowerCase() === extension);
        this.values = { ...this.values, documentId: allowed ? file.documentId : null };
        this.fileName = allowed ? file.name : '';
        this.fileError = allowed ? '' : formatLabel(LABEL_FILE_TYPE, file.name);
        this.similar = [];
    }

    handleConductAccepted(): void {
        refreshApex(this.wiredRules).catch(() => undefined);
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    /** Checks the fields, then shows what looks like this document before anything is sent. */
    async handleSend(): Promise<void> {
        const hasFile = this.values.documentId !== null;
        if (!hasFile) {
            this.fileError = LABEL_FILE_REQUIRED;
        }
        if (!reportAllValid(this.template, '[data-field]') || !hasFile) {
            return;
        }
        let found: SimilarItem[] = [];
        const checked = await runAction(this, async () => {
            found = await findSimilar({ title: this.values.title.trim(), documentId: this.values.documentId });
            return '';
        });
        if (!checked) {
            return;
        }
        this.similar = found;
        if (found.length === 0) {
            await this.send();
        }
    }

    async handleSendAnyway(): Promise<void> {
        await this.send();
    }

    private async send(): Promise<void> {
        const request: ResourceRequest = {
            ...this.values,
            title: this.values.title.trim(),
            summary: this.values.summary?.trim() || null
        };
        let submissionId = this.changingId ?? '';
        const sent = await runAction(this, async () => {
            if (this.changingId) {
                await resubmitResource({ submissionId: this.changingId, request });
            } else {
                submissionId = await submitResource({ request });
            }
            return LABEL_SENT;
        });
        if (sent) {
            this.sent = true;
            this.similar = [];
            this.dispatchEvent(new CustomEvent('submitted', { detail: submissionId }));
        }
    }

    private async loadDraft(submissionId: string): Promise<void> {
        this.loadingDraft = true;
        this.actionError = undefined;
        try {
            const draft = await getSubmissionDraft({ submissionId });
            this.values = { ...emptyRequest(), ...draft, proposedTags: draft.proposedTags ?? [] };
            this.fileName = '';
            this.fileError = '';
        } catch (error) {
            this.actionError = error;
        } finally {
            this.loadingDraft = false;
        }
    }
}
