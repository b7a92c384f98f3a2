import { createElement } from 'lwc';
import ResourceSubmitForm from 'c/resourceSubmitForm';
import { refreshApex } from '@salesforce/apex';
import findSimilar from '@salesforce/apex/RepositorySubmissionController.findSimilar';
import getSubmissionDraft from '@salesforce/apex/RepositorySubmissionController.getSubmissionDraft';
import getSubmissionRules from '@salesforce/apex/RepositorySubmissionController.getSubmissionRules';
import resubmitResource from '@salesforce/apex/RepositorySubmissionController.resubmitResource';
import submitResource from '@salesforce/apex/RepositorySubmissionController.submitResource';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { ResourceRequest, SubmissionRules } from '@dto/repository';

function mockWire(): { default: unknown } {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
}
jest.mock('@salesforce/apex/RepositorySubmissionController.getSubmissionRules', () => mockWire(), { virtual: true });
jest.mock('@salesforce/apex/TaxonomyController.getVerificationStages', () => mockWire(), { virtual: true });
jest.mock('@salesforce/apex/RepositorySubmissionController.findSimilar', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RepositorySubmissionController.submitResource', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RepositorySubmissionController.resubmitResource', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RepositorySubmissionController.getSubmissionDraft', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Files_Limits', () => ({ default: 'Accepted: {0}. Up to {1} each.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Submit_File_Chosen', () => ({ default: 'Uploaded: {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Submit_Similar_Published', () => ({ default: '{0} by {1}, published' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Submit_Similar_Waiting', () => ({ default: '{0} by {1}, waiting' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Submit_Heading', () => ({ default: 'Offer a document' }), { virtual: true });
jest.mock('@salesforce/label/c.Submit_Heading_Again', () => ({ default: 'Send it back' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
type Field = HTMLElement & { value: unknown; reportValidity: () => boolean };
type FormElement = HTMLElement & { submissionId?: string };

const rulesAdapter = getSubmissionRules as unknown as WireAdapterMock;
const stagesAdapter = getVerificationStages as unknown as WireAdapterMock;
const similar = findSimilar as unknown as jest.Mock;
const submit = submitResource as unknown as jest.Mock;
const resubmit = resubmitResource as unknown as jest.Mock;
const draftOf = getSubmissionDraft as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

const RULES: SubmissionRules = {
    allowedTypes: ['docx', 'pdf'],
    maxSizeBytes: 25 * 1024 * 1024,
    mustAcceptConduct: false,
    titleLength: 255,
    summaryLength: 4000
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(rules: SubmissionRules = RULES, submissionId?: string): Promise<FormElement> {
    const element = createElement('c-resource-submit-form', { is: ResourceSubmitForm }) as FormElement;
    if (submissionId) {
        element.submissionId = submissionId;
    }
    document.body.appendChild(element);
    rulesAdapter.emit(rules);
    stagesAdapter.emit([
        { code: 'REVIEW', title: 'Review', sortOrder: 2 },
        { code: 'SELF_ASSESSMENT', title: 'Self-assessment', sortOrder: 1 }
    ]);
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);

function type(element: HTMLElement, field: string, value: string): void {
    find(element, `[data-field="${field}"]`)!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function allValid(element: HTMLElement, valid = true): void {
    element.shadowRoot!.querySelectorAll('[data-field]').forEach((node) => {
        (node as Field).reportValidity = () => valid;
    });
}

function click(element: HTMLElement, id: string): void {
    find(element, `[data-id="${id}"]`)!.click();
}

async function fillIn(element: HTMLElement): Promise<void> {
    find(element, 'lightning-file-upload')!.dispatchEvent(
        new CustomEvent('uploadfinished', { detail: { files: [{ documentId: '069A', name: 'toolkit.pdf' }] } })
    );
    type(element, 'title', '  Feedback toolkit ');
    type(element, 'summary', '  ');
    type(element, 'proposedStage', 'REVIEW');
    find(element, '[data-field="year"]')!.dispatchEvent(new CustomEvent('change', { detail: { value: '2024' } }));
    find(element, 'c-standard-element-picker')!.dispatchEvent(
        new CustomEvent('change', { detail: { value: ['CHS2014:4', 'CHS2014:4.1'] } })
    );
    await flush();
    allValid(element);
}

describe('c-resource-submit-form', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('waits for the rules, shows an error, and asks for the code of conduct first', async () => {
        const element = createElement('c-resource-submit-form', { is: ResourceSubmitForm });
        document.body.appendChild(element);
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        rulesAdapter.error({ message: 'Members only' });
        await flush();
        expect(find(element, 'c-error-panel')).not.toBeNull();

        rulesAdapter.emit({ ...RULES, mustAcceptConduct: true });
        await flush();
        expect(find(element, 'lightning-file-upload')).toBeNull();
        find(element, 'c-code-of-conduct')!.dispatchEvent(new CustomEvent('accepted'));
        expect(refresh).toHaveBeenCalled();
    });

    it('shows the file rules, the stages in order and the uploaded file', async () => {
        const element = await render();
        expect(find(element, 'h2')!.textContent).toBe('Offer a document');
        expect((find(element, 'lightning-file-upload') as unknown as { accept: string }).accept).toBe('.docx,.pdf');
        const stage = find(element, '[data-field="proposedStage"]') as unknown as { options: { value: string }[] };
        expect(stage.options.map((option) => option.value)).toEqual(['SELF_ASSESSMENT', 'REVIEW']);
        await fillIn(element);
        expect(find(element, '[data-id="chosen-file"]')!.textContent).toBe('Uploaded: toolkit.pdf');
        find(element, 'lightning-file-upload')!.dispatchEvent(
            new CustomEvent('uploadfinished', { detail: { files: [] } })
        );
        await flush();
        expect(find(element, '[data-id="chosen-file"]')!.textContent).toBe('Uploaded: toolkit.pdf');
    });

    it('refuses a file of a type the settings do not allow as soon as it is uploaded (B7)', async () => {
        const element = await render();
        await fillIn(element);
        find(element, 'lightning-file-upload')!.dispatchEvent(
            new CustomEvent('uploadfinished', { detail: { files: [{ documentId: '069X', name: 'tool.EXE' }] } })
        );
        await flush();

        expect(find(element, '[data-id="chosen-file"]')).toBeNull();
        expect(find(element, '[data-id="file-error"]')!.textContent).toBe('c.Files_Error_Type');
        click(element, 'send-submission');
        await flush();
        expect(similar).not.toHaveBeenCalled();

        find(element, 'lightning-file-upload')!.dispatchEvent(
            new CustomEvent('uploadfinished', { detail: { files: [{ documentId: '069B', name: 'Guide.PDF' }] } })
        );
        await flush();
        expect(find(element, '[data-id="file-error"]')).toBeNull();
        expect(find(element, '[data-id="chosen-file"]')!.textContent).toBe('Uploaded: Guide.PDF');
    });

    it('asks for the document before sending an offer without one (B8)', async () => {
        const element = await render();
        allValid(element);

        click(element, 'send-submission');
        await flush();

        expect(find(element, '[data-id="file-error"]')!.textContent).toBe('c.Submit_Error_File');
        expect(similar).not.toHaveBeenCalled();
    });

    it('sends nothing while a field is invalid', async () => {
        const element = await render();
        allValid(element, false);
        click(element, 'send-submission');
        await flush();
        expect(similar).not.toHaveBeenCalled();
        expect(submit).not.toHaveBeenCalled();
    });

    it('checks for similar documents, then sends at once when there are none', async () => {
        const element = await render();
        const submitted = jest.fn();
        element.addEventListener('submitted', submitted);
        similar.mockResolvedValue([]);
        submit.mockResolvedValue('a0S1');
        await fillIn(element);
        click(element, 'send-submission');
        await flush();

        expect(similar).toHaveBeenCalledWith({ title: 'Feedback toolkit', documentId: '069A' });
        const request = submit.mock.calls[0][0].request as ResourceRequest;
        expect(request).toMatchObject({
            title: 'Feedback toolkit',
            summary: null,
            resourceType: 'Good_Practice',
            proposedStage: 'REVIEW',
            proposedTags: ['CHS2014:4', 'CHS2014:4.1'],
            language: 'en',
            year: 2024,
            documentId: '069A'
        });
        expect(submitted.mock.calls[0][0].detail).toBe('a0S1');
    });

    it('shows what looks like the document and sends only when the member says it is different', async () => {
        const element = await render();
        similar.mockResolvedValue([
            { id: 'a0R1', title: 'Feedback toolkit', organisationName: 'Relief Kenya', isPublished: true },
            { id: 'a0S9', title: null, organisationName: null, isPublished: false }
        ]);
        submit.mockResolvedValue('a0S2');
        await fillIn(element);
        click(element, 'send-submission');
        await flush();

        const items = [...element.shadowRoot!.querySelectorAll('[data-id="similar-item"]')].map(
            (node) => node.textContent
        );
        expect(items).toEqual(['Feedback toolkit by Relief Kenya, published', ' by , waiting']);
        expect(submit).not.toHaveBeenCalled();
        expect(find(element, '[data-id="send-submission"]')).toBeNull();

        click(element, 'send-anyway');
        await flush();
        expect(submit).toHaveBeenCalledTimes(1);
        expect(find(element, '[data-id="similar"]')).toBeNull();
    });

    it('keeps the form and shows the error when the check or the sending fails', async () => {
        const element = await render();
        similar.mockRejectedValueOnce({ body: { message: 'Try again' } });
        await fillIn(element);
        click(element, 'send-submission');
        await flush();
        expect(submit).not.toHaveBeenCalled();
        expect((find(element, 'c-action-feedback') as unknown as { error: unknown }).error).toBeTruthy();

        similar.mockResolvedValue([]);
        submit.mockRejectedValue({ body: { message: 'The file type is not accepted' } });
        const submitted = jest.fn();
        element.addEventListener('submitted', submitted);
        click(element, 'send-submission');
        await flush();
        expect(submitted).not.toHaveBeenCalled();
        expect((find(element, '[data-field="title"]') as Field).value).toBe('  Feedback toolkit ');
    });

    it('changing the form clears the similar items, and an emptied year is no year', async () => {
        const element = await render();
        similar.mockResolvedValue([{ id: 'a0R1', title: 'Toolkit', organisationName: 'A', isPublished: true }]);
        await fillIn(element);
        click(element, 'send-submission');
        await flush();
        expect(find(element, '[data-id="similar"]')).not.toBeNull();
        type(element, 'title', 'A different toolkit');
        find(element, '[data-field="year"]')!.dispatchEvent(new CustomEvent('change', { detail: { value: ' ' } }));
        await flush();
        expect(find(element, '[data-id="similar"]')).toBeNull();
        expect((find(element, '[data-field="year"]') as Field).value).toBe('');
    });

    it('shows the year as typed, checks its range while typing, and clears the message once it is fixed', async () => {
        const element = await render();
        const year = find(element, '[data-field="year"]') as Field & {
            validity: { valid: boolean };
            pattern: string;
            setCustomValidity: (message: string) => void;
        };
        expect(year.getAttribute('type')).toBeNull();
        expect(year.pattern).toBe('[0-9]{4}');
        const setMessage = jest.fn();
        const report = jest.fn();
        year.setCustomValidity = setMessage;
        year.reportValidity = report;

        year.validity = { valid: false };
        year.dispatchEvent(new CustomEvent('change', { detail: { value: '1890' } }));
        await flush();
        expect(setMessage).toHaveBeenLastCalledWith('c.Intake_Error_Year');
        expect(report).not.toHaveBeenCalled();

        year.validity = { valid: true };
        year.dispatchEvent(new CustomEvent('change', { detail: { value: '2025' } }));
        await flush();
        expect(setMessage).toHaveBeenLastCalledWith('');
        expect(report).toHaveBeenCalledTimes(1);
        expect(year.value).toBe('2025');
    });

    it('sends back a submission with changes asked for, starting from what was sent', async () => {
        draftOf.mockResolvedValue({
            externalReference: null,
            organisationId: null,
            submittedById: null,
            title: 'Old title',
            summary: 'Old summary',
            resourceType: 'Tool',
            proposedStage: null,
            proposedTags: null,
            language: 'fr',
            year: 2020,
            documentId: '069B'
        });
        similar.mockResolvedValue([]);
        resubmit.mockResolvedValue(undefined);
        const element = await render(RULES, 'a0S5');
        await flush();
        expect(find(element, 'h2')!.textContent).toBe('Send it back');
        expect((find(element, '[data-field="title"]') as Field).value).toBe('Old title');
        const submitted = jest.fn();
        element.addEventListener('submitted', submitted);
        allValid(element);
        click(element, 'send-submission');
        await flush();

        expect(draftOf).toHaveBeenCalledWith({ submissionId: 'a0S5' });
        expect(resubmit.mock.calls[0][0]).toMatchObject({
            submissionId: 'a0S5',
            request: { title: 'Old title', summary: 'Old summary', proposedTags: [], documentId: '069B' }
        });
        expect(submit).not.toHaveBeenCalled();
        expect(submitted.mock.calls[0][0].detail).toBe('a0S5');
        expect(element.submissionId).toBe('a0S5');
    });

    it('says so when the submission to change cannot be read', async () => {
        draftOf.mockRejectedValue({ body: { message: 'Not found' } });
        const element = await render(RULES, 'a0S6');
        await flush();
        expect((find(element, 'c-action-feedback') as unknown as { error: unknown }).error).toEqual({
            body: { message: 'Not found' }
        });
    });

    it('cancels', async () => {
        const element = await render();
        const cancelled = jest.fn();
        element.addEventListener('cancel', cancelled);
        click(element, 'cancel-submit');
        expect(cancelled).toHaveBeenCalled();
    });

    it('asks before the page is left with an offer filled in and not sent (point 8)', async () => {
        const element = await render();
        const leave = (): boolean => {
            const event = new CustomEvent('beforeunload', { cancelable: true });
            window.dispatchEvent(event);
            return event.defaultPrevented;
        };
        expect(leave()).toBe(false);
        await fillIn(element);
        expect(leave()).toBe(true);
        element.remove();
        expect(leave()).toBe(false);
    });

    it('limits and counts title and summary against the rules the server sent (B18)', async () => {
        const element = await render({ ...RULES, titleLength: 90, summaryLength: 1500 });

        const maxLength = (name: string): number =>
            (find(element, `[data-field="${name}"]`) as HTMLElement & { maxLength: number }).maxLength;
        expect(maxLength('title')).toBe(90);
        expect(maxLength('summary')).toBe(1500);
        expect(find(element, '[data-id="title-count"]')!.textContent).toBe('0 of 90');

        type(element, 'title', 'Toolkit');
        type(element, 'summary', 'Two');
        await flush();
        expect(find(element, '[data-id="title-count"]')!.textContent).toBe('7 of 90');
        expect(find(element, '[data-id="summary-count"]')!.textContent).toBe('3 of 1,500');
    });
});
