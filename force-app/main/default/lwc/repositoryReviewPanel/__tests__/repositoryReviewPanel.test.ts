import { createElement } from 'lwc';
import RepositoryReviewPanel from 'c/repositoryReviewPanel';
import decideSubmission from '@salesforce/apex/RepositoryReviewController.decideSubmission';
import openForReview from '@salesforce/apex/RepositoryReviewController.openForReview';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { SubmissionReview } from '@dto/repository';
import { navigate as mockNavigate } from '../../../../../test/jest-mocks/lightning/navigation';

jest.mock('@salesforce/apex/RepositoryReviewController.openForReview', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RepositoryReviewController.decideSubmission', () => ({ default: jest.fn() }), {
    virtual: true
});
/** Wired Apex reads, driven by each test. */
function mockWireAdapter(): { default: unknown } {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
}

jest.mock('@salesforce/apex/TaxonomyController.getVerificationStages', () => mockWireAdapter(), { virtual: true });
jest.mock('@salesforce/apex/TaxonomyController.getFrameworks', () => mockWireAdapter(), { virtual: true });
jest.mock('@salesforce/label/c.Review_Confirm_Publish', () => ({ default: 'Publish {0}?' }), { virtual: true });
jest.mock('@salesforce/label/c.Review_Confirm_Changes', () => ({ default: 'Send {0} back?' }), { virtual: true });
jest.mock('@salesforce/label/c.Review_Confirm_Reject', () => ({ default: 'Reject {0}?' }), { virtual: true });
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Review_Similar_Item', () => ({ default: '{0} ({1})' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const stagesAdapter = getVerificationStages as unknown as WireAdapterMock;
const open = openForReview as unknown as jest.Mock;
const decide = decideSubmission as unknown as jest.Mock;

type PanelElement = HTMLElement & { submissionId: string };
type Field = HTMLElement & {
    value: unknown;
    label: string;
    options: { label: string; value: string }[];
    setCustomValidity: (message: string) => void;
};

const REVIEW: SubmissionReview = {
    submissionId: 's1',
    version: '1700000000000',
    decision: null,
    message: null,
    title: 'Safe feedback channels',
    summary: 'How we listen to communities.',
    resourceType: 'Good_Practice',
    stage: 'Self_Assessment',
    tags: ['CHS2014:4'],
    organisationType: 'National NGO',
    country: 'KE',
    language: 'en',
    year: 2024,
    documentId: '069000000000001',
    organisationName: 'Aid Kenya',
    source: 'Direct_Upload',
    similar: [],
    replacesResourceId: null,
    titleLength: 255,
    summaryLength: 4000,
    messageLength: 4000
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(review: Partial<SubmissionReview> = {}, submissionId = 's1'): Promise<PanelElement> {
    open.mockResolvedValue({ ...REVIEW, ...review });
    const element = createElement('c-repository-review-panel', { is: RepositoryReviewPanel }) as PanelElement;
    element.submissionId = submissionId;
    document.body.appendChild(element);
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): Field | null =>
    element.shadowRoot!.querySelector(selector) as Field | null;
const field = (element: HTMLElement, name: string): Field => find(element, `[data-field="${name}"]`)!;
const problems = (element: HTMLElement): unknown =>
    (find(element, '[data-id="problems"]') as unknown as { error: unknown } | null)?.error;
const feedbackError = (element: HTMLElement): unknown =>
    (find(element, 'c-action-feedback') as unknown as { error: unknown }).error;

async function change(element: HTMLElement, name: string, value: unknown): Promise<void> {
    field(element, name).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    find(element, selector)!.click();
    await flush();
}

async function choose(element: HTMLElement, decision: string): Promise<void> {
    await click(element, `[data-decision="${decision}"]`);
}

async function confirm(element: HTMLElement): Promise<void> {
    find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
    await flush();
}

async function writeMessage(element: HTMLElement, value: string): Promise<void> {
    find(element, '[data-id="decision-message"]')!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

function question(element: HTMLElement): string {
    return (find(element, 'c-confirm-panel') as unknown as { question: string }).question;
}

describe('c-repository-review-panel', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('claims the submission while showing that it loads, then shows it to check', async () => {
        open.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-repository-review-panel', { is: RepositoryReviewPanel }) as PanelElement;
        element.submissionId = 's1';
        document.body.appendChild(element);
        await flush();
        expect(open).toHaveBeenCalledWith({ submissionId: 's1' });
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        expect(element.submissionId).toBe('s1');

        const loaded = await render();
        expect(find(loaded, 'lightning-spinner')).toBeNull();
        expect(field(loaded, 'title').value).toBe('Safe feedback channels');
        expect(field(loaded, 'resourceType').options.map((option) => option.value)).toEqual([
            'Good_Practice',
            'Tool',
            'Guidance'
        ]);
        expect((field(loaded, 'tags') as unknown as { value: string[] }).value).toEqual(['CHS2014:4']);
        expect(find(loaded, '[data-id="organisation"]')!.textContent).toBe('Aid Kenya');
        expect(find(loaded, '[data-id="source"]')!.textContent).toBe('c.Review_Source_Direct_Upload');
        expect(find(loaded, '[data-id="no-similar"]')).not.toBeNull();
        expect(find(loaded, '[data-id="replaces"]')).toBeNull();
        expect(find(loaded, '[data-id="reload"]')).toBeNull();
    });

    it('tags country, language and organisation type from pickers named in the page language, not typed codes', async () => {
        document.documentElement.lang = 'fr';
        try {
            const element = await render({ language: 'de' });
            const country = field(element, 'country');
            expect(country.tagName).toBe('LIGHTNING-COMBOBOX');
            expect(country.value).toBe('KE');
            expect(country.options.find((option) => option.value === 'ML')!.label).toBe('Mali');
            expect(country.options.find((option) => option.value === 'MA')!.label).toBe('Maroc');
            const language = field(element, 'language');
            expect(language.tagName).toBe('LIGHTNING-COMBOBOX');
            expect(language.options.find((option) => option.value === 'ar')!.label).toBe('arabe');
            expect(language.options.at(-1)).toEqual({ label: 'allemand', value: 'de' });
            const organisationType = field(element, 'organisationType');
            expect(organisationType.tagName).toBe('LIGHTNING-COMBOBOX');
            expect(organisationType.options.map((option) => option.value)).toContain(
                'Local NGO / community-based organisation'
            );

            await change(element, 'country', 'ML');
            await choose(element, 'Publish');
            await confirm(element);
            expect(decide.mock.calls[0][0].review).toMatchObject({ country: 'ML', language: 'de' });
        } finally {
            document.documentElement.lang = '';
        }
    });

    it('shows the year as typed, without digit grouping', async () => {
        const element = await render({ year: 2025 });
        const year = field(element, 'year');
        expect(year.value).toBe('2025');
        expect(year.getAttribute('type')).toBeNull();
        expect((year as unknown as { pattern: string }).pattern).toBe('[0-9]{4}');
        const empty = await render({ year: null });
        expect(field(empty, 'year').value).toBe('');
    });

    it('offers the verification stages and says when they cannot be read', async () => {
        const element = await render();
        stagesAdapter.emit([{ code: 'Self_Assessment', title: 'Self-assessment', sortOrder: 1 }]);
        await flush();
        expect(field(element, 'stage').options).toEqual([{ label: 'Self-assessment', value: 'Self_Assessment' }]);
        expect(find(element, '[data-id="stages-error"]')).toBeNull();

        stagesAdapter.error({ message: 'Taxonomy unavailable' });
        await flush();
        expect(field(element, 'stage').options).toEqual([]);
        expect(find(element, '[data-id="stages-error"]')).not.toBeNull();
    });

    it('shows why the submission could not be opened', async () => {
        const refused = { body: { message: 'This submission is no longer waiting for a decision.' } };
        open.mockRejectedValue(refused);
        const element = createElement('c-repository-review-panel', { is: RepositoryReviewPanel }) as PanelElement;
        element.submissionId = 's1';
        document.body.appendChild(element);
        await flush();

        expect((find(element, '[data-id="load-error"]') as unknown as { error: unknown }).error).toEqual(refused);
        expect(find(element, '[data-field="title"]')).toBeNull();
    });

    it('opens nothing without a submission, and keeps the one already open when given it again', async () => {
        const element = await render({}, '');
        expect(open).not.toHaveBeenCalled();
        expect(find(element, 'lightning-spinner')).toBeNull();
        expect(find(element, '[data-field="title"]')).toBeNull();

        element.submissionId = 's1';
        await flush();
        element.submissionId = 's1';
        await flush();
        expect(open).toHaveBeenCalledTimes(1);
        expect(find(element, '[data-field="title"]')).not.toBeNull();

        (element as unknown as { submissionId: undefined }).submissionId = undefined;
        await flush();
        expect(element.submissionId).toBe('');
        expect(find(element, '[data-field="title"]')).toBeNull();
    });

    it('shows only the submission chosen last when an earlier one opens late', async () => {
        let finishFirst: (review: SubmissionReview) => void = () => undefined;
        open.mockReturnValueOnce(new Promise((resolve) => (finishFirst = resolve)));
        open.mockResolvedValueOnce({ ...REVIEW, submissionId: 's2', title: 'Second' });
        const element = createElement('c-repository-review-panel', { is: RepositoryReviewPanel }) as PanelElement;
        element.submissionId = 's1';
        document.body.appendChild(element);
        element.submissionId = 's2';
        await flush();
        finishFirst({ ...REVIEW, title: 'First' });
        await flush();

        expect(field(element, 'title').value).toBe('Second');
    });

    it('opens the file in the file preview', async () => {
        const element = await render();
        await click(element, '[data-id="open-file"]');

        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__namedPage',
            attributes: { pageName: 'filePreview' },
            state: { selectedRecordId: '069000000000001' }
        });
    });

    it('offers no file to open when there is none, nor anything similar when nothing was looked for', async () => {
        const element = await render({ documentId: null, source: 'Self_Assessment', similar: null });
        expect(find(element, '[data-id="open-file"]')).toBeNull();
        expect(find(element, '[data-id="no-similar"]')).not.toBeNull();
        expect(find(element, '[data-id="source"]')!.textContent).toBe('c.Review_Source_Self_Assessment');
    });

    it('lists published look-alikes to replace and waiting ones as possible duplicates', async () => {
        const element = await render({
            similar: [
                { id: 'r1', title: 'Feedback channels 2022', organisationName: 'Aid Kenya', isPublished: true },
                { id: 's9', title: 'Safe feedback', organisationName: null, isPublished: false },
                { id: 's8', title: null, organisationName: 'Relief Co', isPublished: false }
            ]
        });

        expect(find(element, '[data-id="no-similar"]')).toBeNull();
        expect(find(element, '[data-id="replaces"]')!.options).toEqual([
            { label: 'c.Review_Replaces_None', value: '' },
            { label: 'Feedback channels 2022 (Aid Kenya)', value: 'r1' }
        ]);
        expect(find(element, '[data-id="replaces"]')!.value).toBe('');
        const duplicates = [...element.shadowRoot!.querySelectorAll('[data-id="duplicates"] li')];
        expect(duplicates.map((item) => item.textContent)).toEqual(['Safe feedback', ' (Relief Co)']);
    });

    it('publishes the submission as tagged, with the version it opened, after confirming', async () => {
        const element = await render({
            similar: [{ id: 'r1', title: 'Older', organisationName: 'Aid Kenya', isPublished: true }]
        });
        const decided = jest.fn();
        element.addEventListener('decided', (event) => decided((event as CustomEvent<string>).detail));
        decide.mockResolvedValue('a01000000000001');

        await change(element, 'title', 'Listening to communities');
        await change(element, 'year', '2023');
        field(element, 'summary').dispatchEvent(new CustomEvent('change', { detail: null }));
        await flush();
        field(element, 'tags').dispatchEvent(
            new CustomEvent('change', { detail: { value: ['CHS2014:4', 'CHS2014:4.1'] } })
        );
        find(element, '[data-id="replaces"]')!.dispatchEvent(new CustomEvent('change', { detail: { value: 'r1' } }));
        await flush();
        expect(find(element, '[data-id="replaces"]')!.value).toBe('r1');

        await choose(element, 'Publish');
        expect(problems(element)).toBeUndefined();
        expect(question(element)).toBe('Publish Listening to communities?');
        expect(find(element, '[data-id="decision-message"]')).toBeNull();
        await confirm(element);

        expect(decide).toHaveBeenCalledWith({
            review: {
                ...REVIEW,
                similar: [{ id: 'r1', title: 'Older', organisationName: 'Aid Kenya', isPublished: true }],
                title: 'Listening to communities',
                year: 2023,
                tags: ['CHS2014:4', 'CHS2014:4.1'],
                replacesResourceId: 'r1',
                decision: 'Publish',
                message: null
            }
        });
        expect(decided).toHaveBeenCalledWith('Publish');
        expect(find(element, 'c-confirm-panel')).toBeNull();
    });

    it('publishes a new resource when the replacement is taken back, and a year left empty', async () => {
        const element = await render({
            similar: [{ id: 'r1', title: 'Older', organisationName: 'Aid Kenya', isPublished: true }]
        });
        decide.mockResolvedValue('a01000000000001');
        const replaces = find(element, '[data-id="replaces"]')!;
        replaces.dispatchEvent(new CustomEvent('change', { detail: { value: 'r1' } }));
        replaces.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        await change(element, 'year', '');

        await choose(element, 'Publish');
        await confirm(element);

        expect(decide.mock.calls[0][0].review).toMatchObject({ replacesResourceId: null, year: null });
    });

    it('says everything that must change before publishing, on each field and in a list', async () => {
        const element = await render({
            title: '  ',
            resourceType: null,
            stage: null,
            tags: [],
            organisationType: null,
            country: null,
            language: null,
            year: 1850
        });
        const titleValidity = jest.fn();
        const summaryValidity = jest.fn();
        field(element, 'title').setCustomValidity = titleValidity;
        field(element, 'summary').setCustomValidity = summaryValidity;

        await choose(element, 'Publish');

        expect(problems(element)).toEqual([
            'c.Intake_Error_Title',
            'c.Review_Error_Type',
            'c.Review_Error_Stage',
            'c.Review_Error_Tags',
            'c.Review_Error_Organisation_Type',
            'c.Review_Error_Country',
            'c.Intake_Error_Language',
            'c.Intake_Error_Year'
        ]);
        expect(titleValidity).toHaveBeenCalledWith('c.Intake_Error_Title');
        expect(summaryValidity).toHaveBeenCalledWith('');
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(decide).not.toHaveBeenCalled();
    });

    it.each([
        ['country', 'Kenya', 'c.Review_Error_Country'],
        ['language', 'eng', 'c.Intake_Error_Language'],
        ['organisationType', '   ', 'c.Review_Error_Organisation_Type'],
        ['organisationType', 'NGO', 'c.Review_Error_Organisation_Type'],
        ['year', 'soon', 'c.Intake_Error_Year'],
        ['year', String(new Date().getFullYear() + 1), 'c.Intake_Error_Year'],
        ['year', '2020.5', 'c.Intake_Error_Year']
    ])('refuses %s "%s"', async (name, value, message) => {
        const element = await render();
        await change(element, name, value);

        await choose(element, 'Publish');

        expect(problems(element)).toEqual([message]);
    });

    it('asks the submitter for changes with a message, and requires one', async () => {
        const element = await render({ title: 'Draft' });
        const decided = jest.fn();
        element.addEventListener('decided', (event) => decided((event as CustomEvent<string>).detail));
        decide.mockResolvedValue(null);

        await choose(element, 'Request_Changes');
        expect(question(element)).toBe('Send Draft back?');
        expect(find(element, '[data-id="decision-message"]')!.label).toBe('c.Review_Message_Changes');
        await confirm(element);
        expect(problems(element)).toEqual(['c.Review_Error_Message']);
        expect(decide).not.toHaveBeenCalled();

        await writeMessage(element, '  Add the year of publication.  ');
        await confirm(element);

        expect(problems(element)).toBeUndefined();
        expect(decide.mock.calls[0][0].review).toMatchObject({
            submissionId: 's1',
            version: '1700000000000',
            decision: 'Request_Changes',
            message: 'Add the year of publication.'
        });
        expect(decided).toHaveBeenCalledWith('Request_Changes');
    });

    it('rejects with a reason, not one too long, and whatever the form still lacks', async () => {
        const element = await render({ title: null, tags: [] });
        const decided = jest.fn();
        element.addEventListener('decided', (event) => decided((event as CustomEvent<string>).detail));
        decide.mockResolvedValue(null);

        await choose(element, 'Reject');
        expect(question(element)).toBe('Reject ?');
        expect(find(element, '[data-id="decision-message"]')!.label).toBe('c.Review_Message_Reject');
        await writeMessage(element, 'x'.repeat(4001));
        await confirm(element);
        expect(problems(element)).toEqual(['c.Review_Error_Message']);

        const textarea = find(element, '[data-id="decision-message"]')!;
        textarea.value = 'Not about humanitarian standards.';
        textarea.dispatchEvent(new CustomEvent('change', { detail: null }));
        await flush();
        await confirm(element);

        expect(decide.mock.calls[0][0].review).toMatchObject({
            decision: 'Reject',
            message: 'Not about humanitarian standards.'
        });
        expect(decided).toHaveBeenCalledWith('Reject');
    });

    it('sends nothing when the moderator changes their mind', async () => {
        const element = await render();
        await choose(element, 'Reject');
        await confirm(element);
        expect(problems(element)).toEqual(['c.Review_Error_Message']);

        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();

        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(problems(element)).toBeUndefined();
        expect(decide).not.toHaveBeenCalled();
    });

    it('offers to reload when another moderator changed the submission meanwhile', async () => {
        const element = await render();
        const decided = jest.fn();
        element.addEventListener('decided', decided);
        const conflict = {
            body: { message: JSON.stringify({ code: 'CONFLICT', message: 'c.Review_Error_Conflict' }) }
        };
        decide.mockRejectedValue(conflict);

        await change(element, 'title', 'My edit');
        await choose(element, 'Publish');
        await confirm(element);

        expect(feedbackError(element)).toEqual(conflict);
        expect(decided).not.toHaveBeenCalled();
        open.mockResolvedValue({ ...REVIEW, version: '1700000000999' });
        await click(element, '[data-id="reload"]');

        expect(open).toHaveBeenCalledTimes(2);
        expect(field(element, 'title').value).toBe('Safe feedback channels');
        expect(feedbackError(element)).toBeUndefined();
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(find(element, '[data-id="reload"]')).toBeNull();
    });

    it('shows any other refusal without offering to reload', async () => {
        const element = await render();
        const refused = { body: { message: 'c.Review_Error_Decided' } };
        decide.mockRejectedValue(refused);

        await choose(element, 'Publish');
        await confirm(element);

        expect(feedbackError(element)).toEqual(refused);
        expect(find(element, '[data-id="reload"]')).toBeNull();
        expect(find(element, 'c-confirm-panel')).not.toBeNull();
    });

    it('tells the queue when the moderator leaves without deciding', async () => {
        const element = await render();
        const cancelled = jest.fn();
        element.addEventListener('cancel', cancelled);

        await click(element, '[data-id="cancel"]');

        expect(cancelled).toHaveBeenCalled();
        expect(decide).not.toHaveBeenCalled();
    });

    it('puts Cancel first and Publish last, in a row that can wrap (B20)', async () => {
        const element = await render();
        const row = find(element, '[data-id="decision-actions"]')!;
        const buttons = [...row.querySelectorAll('lightning-button')] as HTMLElement[];
        expect(buttons.map((button) => button.dataset.id ?? button.dataset.decision)).toEqual([
            'cancel',
            'Reject',
            'Request_Changes',
            'Publish'
        ]);
        expect(row.classList.contains('slds-button-group-row')).toBe(false);
    });

    it('limits and counts title, summary and message against what openForReview sent (B18)', async () => {
        const element = await render({ titleLength: 120, summaryLength: 900, messageLength: 300 });

        const maxLength = (target: Field): number => (target as Field & { maxLength: number }).maxLength;
        expect(maxLength(field(element, 'title'))).toBe(120);
        expect(maxLength(field(element, 'summary'))).toBe(900);
        expect(find(element, '[data-id="title-count"]')!.textContent).toBe('22 of 120');
        expect(find(element, '[data-id="summary-count"]')!.textContent).toBe('29 of 900');

        await choose(element, 'Reject');
        expect(maxLength(find(element, '[data-id="decision-message"]')!)).toBe(300);
        await writeMessage(element, 'Off topic');
        expect(find(element, '[data-id="message-count"]')!.textContent).toBe('9 of 300');

        await writeMessage(element, 'x'.repeat(301));
        await confirm(element);
        expect(problems(element)).toEqual(['c.Review_Error_Message']);
        expect(decide).not.toHaveBeenCalled();
    });
});
