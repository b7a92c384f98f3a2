import { createElement } from 'lwc';
import RepositoryReviewQueue from 'c/repositoryReviewQueue';
import { refreshApex } from '@salesforce/apex';
import getReviewQueue from '@salesforce/apex/RepositoryReviewController.getReviewQueue';
import openForReview from '@salesforce/apex/RepositoryReviewController.openForReview';
import type { ReviewQueueItem } from '@dto/repository';

/** Wired Apex reads, driven by each test. */
function mockWireAdapter(): { default: unknown } {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
}

jest.mock('@salesforce/apex/RepositoryReviewController.getReviewQueue', () => mockWireAdapter(), { virtual: true });
jest.mock('@salesforce/apex/RepositoryReviewController.openForReview', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RepositoryReviewController.decideSubmission', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/TaxonomyController.getVerificationStages', () => mockWireAdapter(), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getReviewQueue as unknown as WireAdapterMock;
const open = openForReview as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

const OLDEST: ReviewQueueItem = {
    id: 's1',
    name: 'SUB-000001',
    title: 'Safe feedback channels',
    organisationName: 'Zambezi Relief',
    source: 'Self_Assessment',
    status: 'In_Review',
    submittedAt: '2026-01-05T09:00:00.000Z',
    reviewerName: 'Amina Diallo'
};
const MIDDLE: ReviewQueueItem = {
    id: 's2',
    name: 'SUB-000002',
    title: null,
    organisationName: null,
    source: 'Direct_Upload',
    status: 'Submitted',
    submittedAt: '2026-02-10T09:00:00.000Z',
    reviewerName: null
};
const NEWEST: ReviewQueueItem = {
    id: 's3',
    name: 'SUB-000003',
    title: 'Complaints toolkit',
    organisationName: 'Aid Kenya',
    source: 'Direct_Upload',
    status: 'Submitted',
    submittedAt: '2026-03-15T09:00:00.000Z',
    reviewerName: null
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-repository-review-queue', { is: RepositoryReviewQueue });
    document.body.appendChild(element);
    return element;
}

async function renderWith(items: ReviewQueueItem[]): Promise<HTMLElement> {
    const element = render();
    adapter.emit(items);
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const panel = (element: HTMLElement): (HTMLElement & { submissionId: string }) | null =>
    find(element, 'c-repository-review-panel') as (HTMLElement & { submissionId: string }) | null;
const feedbackMessage = (element: HTMLElement): string =>
    (find(element, 'c-action-feedback') as unknown as { message: string }).message;

function titles(element: HTMLElement): string[] {
    return [...element.shadowRoot!.querySelectorAll('[data-id="queue-row"] lightning-button')].map(
        (button) => (button as unknown as { label: string }).label
    );
}

function cells(element: HTMLElement, row: number): string[] {
    const rows = element.shadowRoot!.querySelectorAll('[data-id="queue-row"]');
    return [...rows[row]!.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
}

async function choose(element: HTMLElement, selector: string, value: string): Promise<void> {
    find(element, selector)!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

async function openSubmission(element: HTMLElement, title: string): Promise<void> {
    const buttons = [...element.shadowRoot!.querySelectorAll('[data-id="queue-row"] lightning-button')];
    (buttons.find((button) => (button as unknown as { label: string }).label === title) as HTMLElement).click();
    await flush();
}

describe('c-repository-review-queue', () => {
    beforeEach(() => {
        // Opening a submission claims it; the panel's own tests cover what follows.
        open.mockReturnValue(new Promise(() => undefined));
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows that it loads, then that nothing waits, or why it cannot be read', async () => {
        const element = render();
        expect(find(element, 'lightning-spinner')).not.toBeNull();

        adapter.emit([]);
        await flush();
        expect(find(element, 'lightning-spinner')).toBeNull();
        expect(find(element, '[data-id="queue-empty"]')).not.toBeNull();
        expect(find(element, '[data-id="queue-none-from-source"]')).toBeNull();

        adapter.error({ message: 'Not a moderator' });
        await flush();
        expect(find(element, 'c-error-panel')).not.toBeNull();
        expect(find(element, '[data-id="queue-empty"]')).toBeNull();
    });

    it('lists waiting submissions oldest first, with their source, status, date and reviewer', async () => {
        const element = await renderWith([NEWEST, OLDEST, MIDDLE]);

        expect(titles(element)).toEqual(['Safe feedback channels', 'SUB-000002', 'Complaints toolkit']);
        const [organisation, source, status, submitted, reviewer] = cells(element, 0);
        expect(organisation).toBe('Zambezi Relief');
        expect(source).toBe('c.Review_Source_Self_Assessment');
        expect(status).toBe('c.Submissions_Status_In_Review');
        expect(submitted).toContain('2026');
        expect(reviewer).toBe('Amina Diallo');
        expect(cells(element, 1).slice(2)).toEqual(['c.Submissions_Status_Submitted', expect.any(String), '']);
    });

    it('sorts by organisation or source, the longest waiting first within each', async () => {
        const element = await renderWith([NEWEST, OLDEST, MIDDLE]);

        await choose(element, '[data-id="order"]', 'organisation');
        expect(titles(element)).toEqual(['SUB-000002', 'Complaints toolkit', 'Safe feedback channels']);

        await choose(element, '[data-id="order"]', 'source');
        expect(titles(element)).toEqual(['SUB-000002', 'Complaints toolkit', 'Safe feedback channels']);

        await choose(element, '[data-id="order"]', 'age');
        expect(titles(element)).toEqual(['Safe feedback channels', 'SUB-000002', 'Complaints toolkit']);
    });

    it('filters by source and says when none comes from it', async () => {
        const element = await renderWith([NEWEST, MIDDLE]);

        await choose(element, '[data-id="source-filter"]', 'Direct_Upload');
        expect(titles(element)).toEqual(['SUB-000002', 'Complaints toolkit']);

        await choose(element, '[data-id="source-filter"]', 'Self_Assessment');
        expect(titles(element)).toEqual([]);
        expect(find(element, '[data-id="queue-none-from-source"]')).not.toBeNull();
        expect(find(element, '[data-id="queue-empty"]')).toBeNull();

        await choose(element, '[data-id="source-filter"]', '');
        expect(titles(element)).toHaveLength(2);
    });

    it('opens a submission for review and goes back to the queue read again', async () => {
        const element = await renderWith([OLDEST, NEWEST]);

        await openSubmission(element, 'Complaints toolkit');
        expect(panel(element)!.submissionId).toBe('s3');
        expect(open).toHaveBeenCalledWith({ submissionId: 's3' });
        expect(find(element, 'table')).toBeNull();

        find(element, '[data-id="back"]')!.click();
        await flush();
        expect(panel(element)).toBeNull();
        expect(refresh).toHaveBeenCalled();
        expect(titles(element)).toHaveLength(2);
        expect(feedbackMessage(element)).toBe('');
    });

    it('goes back to the queue when the moderator leaves the review', async () => {
        const element = await renderWith([OLDEST]);
        await openSubmission(element, 'Safe feedback channels');

        panel(element)!.dispatchEvent(new CustomEvent('cancel'));
        await flush();

        expect(panel(element)).toBeNull();
        expect(refresh).toHaveBeenCalled();
    });

    it.each([
        ['Publish', 'c.Review_Published'],
        ['Request_Changes', 'c.Review_Outcome_Changes_Requested'],
        ['Reject', 'c.Review_Outcome_Rejected']
    ])('after %s, shows the outcome and the queue read again', async (decision, outcome) => {
        const element = await renderWith([OLDEST]);
        await openSubmission(element, 'Safe feedback channels');

        panel(element)!.dispatchEvent(new CustomEvent('decided', { detail: decision }));
        await flush();

        expect(panel(element)).toBeNull();
        expect(refresh).toHaveBeenCalled();
        expect(feedbackMessage(element)).toBe(outcome);

        await openSubmission(element, 'Safe feedback channels');
        expect(feedbackMessage(element)).toBe('');
    });

    it('keeps the outcome and shows the error when the queue cannot be read again', async () => {
        const element = await renderWith([OLDEST]);
        const failure = { body: { message: 'Network down' } };
        refresh.mockRejectedValueOnce(failure);
        await openSubmission(element, 'Safe feedback channels');

        panel(element)!.dispatchEvent(new CustomEvent('decided', { detail: 'Publish' }));
        await flush();

        expect(feedbackMessage(element)).toBe('c.Review_Published');
        expect((find(element, 'c-action-feedback') as unknown as { error: unknown }).error).toEqual(failure);
    });
});
