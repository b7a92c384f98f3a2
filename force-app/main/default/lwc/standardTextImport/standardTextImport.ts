import { LightningElement, wire } from 'lwc';
import getImportCodes from '@salesforce/apex/TaxonomyTextImportController.getImportCodes';
import getLoadOutcome from '@salesforce/apex/TaxonomyTextImportController.getLoadOutcome';
import loadTexts from '@salesforce/apex/TaxonomyTextImportController.loadTexts';
import type { TaxonomyTextCodes, TaxonomyTextLoadJob, TaxonomyTextLoadOutcome } from '@dto/taxonomy';
import { runAction } from 'c/containerAction';
import { focusWhenShown } from 'c/focusManagement';
import { formatLabel } from 'c/labelFormat';
import { checkTexts, type RowProblem, type TextRow } from 'c/standardTextRules';
import { wiredValue } from 'c/wiredValue';
import LABEL_CHOOSE from '@salesforce/label/c.Taxonomy_Import_Choose';
import LABEL_EMPTY from '@salesforce/label/c.Taxonomy_Import_Empty';
import LABEL_FAILED from '@salesforce/label/c.Taxonomy_Import_Failed';
import LABEL_FILE from '@salesforce/label/c.Taxonomy_Import_File';
import LABEL_INTRO from '@salesforce/label/c.Taxonomy_Import_Intro';
import LABEL_LOAD from '@salesforce/label/c.Taxonomy_Import_Load';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_PARTIAL from '@salesforce/label/c.Taxonomy_Import_Partial';
import LABEL_QUEUED from '@salesforce/label/c.Taxonomy_Import_Queued';
import LABEL_SUCCEEDED from '@salesforce/label/c.Taxonomy_Import_Succeeded';
import LABEL_TITLE from '@salesforce/label/c.Taxonomy_Import_Title';

/** How often the page asks whether the deployment has reported; deployments take seconds to minutes. */
export const POLL_INTERVAL_MS = 3000;

interface MessageLine {
    key: string;
    text: string;
}

/** A chosen file's text, read as UTF-8 as the layout requires. */
function readText(file: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
        reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
        reader.readAsText(file, 'utf-8');
    });
}

/**
 * For Alliance admins in the console: load the standards' texts from a CSV or
 * JSON file (decision 0040). The file is checked in the browser with the rules
 * the import command uses (c/standardTextRules) against the org's codes; every
 * refused row is shown with its reason and nothing can load until the file is
 * clean. Load sends the rows once; the server checks them again, queues one
 * metadata deployment, and this page follows it until its callback reports.
 */
export default class StandardTextImport extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        intro: LABEL_INTRO,
        file: LABEL_FILE,
        choose: LABEL_CHOOSE,
        empty: LABEL_EMPTY,
        loading: LABEL_LOADING,
        queued: LABEL_QUEUED,
        failed: LABEL_FAILED,
        partial: LABEL_PARTIAL
    };

    codes = wiredValue<TaxonomyTextCodes>();
    fileName = '';
    rows: TextRow[] = [];
    problems: RowProblem[] = [];
    isChecked = false;
    busy = false;
    actionError: unknown;
    successMessage = '';
    job?: TaxonomyTextLoadJob;
    outcome?: TaxonomyTextLoadOutcome;
    private pollTimer?: ReturnType<typeof setTimeout>;

    @wire(getImportCodes)
    wiredCodes(result: ApexWireResult<TaxonomyTextCodes>): void {
        this.codes = wiredValue(result);
    }

    override disconnectedCallback(): void {
        clearTimeout(this.pollTimer);
    }

    get isQueued(): boolean {
        return this.outcome?.status === 'Queued';
    }

    get isSucceeded(): boolean {
        return this.outcome?.status === 'Succeeded';
    }

    get isFailed(): boolean {
        return this.outcome?.status === 'Failed';
    }

    get isPartial(): boolean {
        return this.outcome?.status === 'SucceededPartial';
    }

    get hasReport(): boolean {
        return this.isChecked && (this.problems.length > 0 || this.rows.length > 0);
    }

    get isEmptyFile(): boolean {
        return this.isChecked && this.problems.length === 0 && this.rows.length === 0;
    }

    get canLoad(): boolean {
        return this.isChecked && this.problems.length === 0 && this.rows.length > 0 && !this.job;
    }

    get isFileDisabled(): boolean {
        return this.busy || this.isQueued;
    }

    get loadLabel(): string {
        return formatLabel(LABEL_LOAD, this.rows.length);
    }

    get succeededMessage(): string {
        return formatLabel(LABEL_SUCCEEDED, this.job?.recordCount ?? 0);
    }

    get outcomeMessages(): MessageLine[] {
        return (this.outcome?.messages ?? []).map((text, index) => ({ key: `message-${index}`, text }));
    }

    get hasOutcomeMessages(): boolean {
        return this.outcomeMessages.length > 0;
    }

    async handleFileChange(event: CustomEvent<{ files: File[] }>): Promise<void> {
        const file = event.detail.files[0];
        const codes = this.codes.data;
        if (!file || !codes) {
            return;
        }
        clearTimeout(this.pollTimer);
        this.job = undefined;
        this.outcome = undefined;
        this.actionError = undefined;
        let content: string;
        try {
            content = await readText(file);
        } catch (error) {
            this.actionError = error;
            return;
        }
        const checked = checkTexts(file.name, content, codes);
        this.fileName = file.name;
        this.rows = checked.rows;
        this.problems = checked.problems;
        this.isChecked = true;
        await focusWhenShown(this.template, this.hasReport ? 'c-standard-text-import-report' : '[data-id="empty"]');
    }

    async handleLoad(): Promise<void> {
        const loaded = await runAction(this, async () => {
            this.job = await loadTexts({ rows: this.rows });
            this.outcome = { status: 'Queued', messages: [], completedAt: null };
            return '';
        });
        if (loaded) {
            this.schedulePoll();
            await focusWhenShown(this.template, '[data-id="progress"]');
        }
    }

    private schedulePoll(): void {
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- polling: a deployment's callback has no push channel to the page
        this.pollTimer = setTimeout(() => {
            this.poll().catch(() => undefined);
        }, POLL_INTERVAL_MS);
    }

    private async poll(): Promise<void> {
        const jobId = this.job?.jobId;
        if (!jobId) {
            return;
        }
        try {
            this.outcome = await getLoadOutcome({ jobId });
        } catch (error) {
            this.actionError = error;
            return;
        }
        if (this.isQueued) {
            this.schedulePoll();
        } else {
            await focusWhenShown(this.template, '[data-id="progress"]');
        }
    }
}
