import { createElement } from 'lwc';
import StandardTextImport, { POLL_INTERVAL_MS } from 'c/standardTextImport';
import getImportCodes from '@salesforce/apex/TaxonomyTextImportController.getImportCodes';
import getLoadOutcome from '@salesforce/apex/TaxonomyTextImportController.getLoadOutcome';
import loadTexts from '@salesforce/apex/TaxonomyTextImportController.loadTexts';

jest.mock(
    '@salesforce/apex/TaxonomyTextImportController.getImportCodes',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/TaxonomyTextImportController.getLoadOutcome', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/TaxonomyTextImportController.loadTexts', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Taxonomy_Import_Load', () => ({ default: 'Load {0} text(s)' }), { virtual: true });
jest.mock('@salesforce/label/c.Taxonomy_Import_Succeeded', () => ({ default: 'Loaded {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
interface ReportElement extends HTMLElement {
    fileName: string;
    rows: { row: number }[];
    problems: { row: number; reason: string }[];
}
const adapter = getImportCodes as unknown as WireAdapterMock;
const load = loadTexts as unknown as jest.Mock;
const outcome = getLoadOutcome as unknown as jest.Mock;

const CODES = {
    frameworkCodes: ['CHS2014'],
    elementCodes: [{ frameworkCode: 'CHS2014', code: '5.1' }],
    stageCodes: ['PREPARATION']
};
const HEADER = 'subject,framework,code,language,title,description\n';
const CLEAN = HEADER + 'Element,CHS2014,5.1,fr,Titre,Description\nStage,,PREPARATION,ar,عنوان,\n';

/** Node's own setImmediate, which jsdom's FileReader also uses; the page's timers stay fake for the polling. */
const { setImmediate: nextTurn } = jest.requireActual<{ setImmediate(callback: () => void): unknown }>('timers');

/** Lets FileReader, the Apex promises and the re-render run, a few turns deep. */
async function settle(rounds = 5): Promise<void> {
    await new Promise<void>((resolve) => nextTurn(resolve));
    if (rounds > 1) {
        await settle(rounds - 1);
    }
}

function render(): HTMLElement {
    const element = createElement('c-standard-text-import', { is: StandardTextImport });
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);

async function chooseFile(element: HTMLElement, name: string, content: string): Promise<void> {
    const file = new File([content], name, { type: 'text/plain' });
    find(element, '[data-id="file"]')!.dispatchEvent(new CustomEvent('change', { detail: { files: [file] } }));
    await settle();
}

async function renderWithCodes(): Promise<HTMLElement> {
    const element = render();
    adapter.emit(CODES);
    await settle();
    return element;
}

describe('c-standard-text-import', () => {
    beforeEach(() => {
        jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('loads the codes first, then explains a refusal', async () => {
        const element = render();
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        adapter.error({ message: 'Admins only' });
        await settle();
        expect(find(element, 'c-error-panel')).not.toBeNull();
        expect(find(element, '[data-id="file"]')).toBeNull();
    });

    it('asks for a file and offers nothing to load before one is checked', async () => {
        const element = await renderWithCodes();
        const input = find(element, '[data-id="file"]') as HTMLElement & { accept: string; type: string };
        expect(input.type).toBe('file');
        expect(input.accept).toBe('.csv,.json');
        expect(find(element, '[data-id="choose"]')!.textContent).toBe('c.Taxonomy_Import_Choose');
        expect(find(element, '[data-id="load"]')).toBeNull();
    });

    it('shows every refused row and never offers to load a wrong file', async () => {
        const element = await renderWithCodes();
        await chooseFile(element, 'texts.csv', HEADER + 'Element,CHS2014,5.9,fr,T,\nElement,CHS2014,5.1,de,T,\n');

        const report = find(element, 'c-standard-text-import-report') as ReportElement;
        expect(report.fileName).toBe('texts.csv');
        expect(report.problems.map((problem) => [problem.row, problem.reason])).toEqual([
            [2, 'unknownElement'],
            [3, 'unknownLanguage']
        ]);
        expect(find(element, '[data-id="load"]')).toBeNull();
        expect(load).not.toHaveBeenCalled();
    });

    it('says when a file has no rows', async () => {
        const element = await renderWithCodes();
        await chooseFile(element, 'texts.json', '{"texts": []}');

        expect(find(element, '[data-id="empty"]')!.textContent).toBe('c.Taxonomy_Import_Empty');
        expect(find(element, 'c-standard-text-import-report')).toBeNull();
        expect(find(element, '[data-id="load"]')).toBeNull();
    });

    it('loads a clean file once and follows the deployment until it succeeds', async () => {
        const element = await renderWithCodes();
        await chooseFile(element, 'texts.csv', CLEAN);
        const report = find(element, 'c-standard-text-import-report') as ReportElement;
        expect(report.rows).toHaveLength(2);
        const button = find(element, '[data-id="load"]') as HTMLElement & { label: string };
        expect(button.label).toBe('Load 2 text(s)');

        load.mockResolvedValue({ jobId: '0Af000000000001AAA', recordCount: 2 });
        outcome
            .mockResolvedValueOnce({ status: 'Queued', messages: [], completedAt: null })
            .mockResolvedValueOnce({ status: 'Succeeded', messages: [], completedAt: '2026-12-02T03:00:00.000Z' });
        button.click();
        await settle();

        expect(load).toHaveBeenCalledTimes(1);
        expect(load.mock.calls[0][0].rows.map((row: { row: number }) => row.row)).toEqual([2, 3]);
        expect(find(element, '[data-id="queued"]')!.textContent).toBe('c.Taxonomy_Import_Queued');
        expect(find(element, '[data-id="load"]')).toBeNull();
        expect((find(element, '[data-id="file"]') as HTMLElement & { disabled: boolean }).disabled).toBe(true);

        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await settle();
        expect(outcome).toHaveBeenCalledWith({ jobId: '0Af000000000001AAA' });
        expect(find(element, '[data-id="queued"]')).not.toBeNull();

        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await settle();
        expect(outcome).toHaveBeenCalledTimes(2);
        expect(find(element, '[data-id="succeeded"]')!.textContent).toBe('Loaded 2');
        expect(element.shadowRoot!.activeElement).toBe(find(element, '[data-id="progress"]'));

        jest.advanceTimersByTime(POLL_INTERVAL_MS * 3);
        await settle();
        expect(outcome).toHaveBeenCalledTimes(2);
    });

    it('shows the platform messages when the deployment fails', async () => {
        const element = await renderWithCodes();
        await chooseFile(element, 'texts.csv', CLEAN);
        load.mockResolvedValue({ jobId: '0Af000000000001AAA', recordCount: 2 });
        outcome.mockResolvedValue({
            status: 'Failed',
            messages: ['Standard_Text.E_CHS2014_5_1_fr: value too long'],
            completedAt: '2026-12-02T03:00:00.000Z'
        });
        find(element, '[data-id="load"]')!.click();
        await settle();
        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await settle();

        expect(find(element, '[data-id="failed"]')!.textContent).toBe('c.Taxonomy_Import_Failed');
        const messages = [...element.shadowRoot!.querySelectorAll('[data-id="outcome-message"]')];
        expect(messages.map((node) => node.textContent)).toEqual(['Standard_Text.E_CHS2014_5_1_fr: value too long']);
        expect((find(element, '[data-id="file"]') as HTMLElement & { disabled: boolean }).disabled).toBe(false);
    });

    it('says when the platform deployed only part of the file', async () => {
        const element = await renderWithCodes();
        await chooseFile(element, 'texts.csv', CLEAN);
        load.mockResolvedValue({ jobId: '0Af000000000001AAA', recordCount: 2 });
        outcome.mockResolvedValue({
            status: 'SucceededPartial',
            messages: ['Standard_Text.S_PREPARATION_ar: locked'],
            completedAt: '2026-12-02T03:00:00.000Z'
        });
        find(element, '[data-id="load"]')!.click();
        await settle();
        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await settle();

        expect(find(element, '[data-id="partial"]')!.textContent).toBe('c.Taxonomy_Import_Partial');
        expect(find(element, '[data-id="succeeded"]')).toBeNull();
        expect(find(element, '[data-id="outcome-message"]')!.textContent).toBe(
            'Standard_Text.S_PREPARATION_ar: locked'
        );
    });

    it('keeps the file and shows the server refusal when the load is refused', async () => {
        const element = await renderWithCodes();
        await chooseFile(element, 'texts.csv', CLEAN);
        load.mockRejectedValue({ body: { message: 'Customize Application needed' } });
        find(element, '[data-id="load"]')!.click();
        await settle();

        const feedback = find(element, 'c-action-feedback') as unknown as { error: unknown };
        expect(feedback.error).toEqual({ body: { message: 'Customize Application needed' } });
        expect(find(element, '[data-id="load"]')).not.toBeNull();
        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await settle();
        expect(outcome).not.toHaveBeenCalled();
    });

    it('shows why it cannot tell how the deployment went, and ignores a choice without a file', async () => {
        const element = await renderWithCodes();
        await chooseFile(element, 'texts.csv', CLEAN);
        load.mockResolvedValue({ jobId: '0Af000000000001AAA', recordCount: 2 });
        outcome.mockRejectedValue({ body: { message: 'Admins only' } });
        find(element, '[data-id="load"]')!.click();
        await settle();
        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await settle();

        const feedback = find(element, 'c-action-feedback') as unknown as { error: unknown };
        expect(feedback.error).toEqual({ body: { message: 'Admins only' } });
        find(element, '[data-id="file"]')!.dispatchEvent(new CustomEvent('change', { detail: { files: [] } }));
        await settle();
        expect(find(element, '[data-id="queued"]')).not.toBeNull();
    });

    it('stops following the deployment when the page goes away', async () => {
        const element = await renderWithCodes();
        await chooseFile(element, 'texts.csv', CLEAN);
        load.mockResolvedValue({ jobId: '0Af000000000001AAA', recordCount: 2 });
        find(element, '[data-id="load"]')!.click();
        await settle();
        element.remove();
        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await settle();
        expect(outcome).not.toHaveBeenCalled();
    });
});
