import { createElement } from 'lwc';
import ModerationQueue from 'c/moderationQueue';
import { refreshApex } from '@salesforce/apex';
import decideReport from '@salesforce/apex/ModerationController.decideReport';
import getQueue from '@salesforce/apex/ModerationController.getQueue';
import setContentHidden from '@salesforce/apex/ModerationController.setContentHidden';
import type { ModerationQueueItem } from '@dto/moderation';

jest.mock(
    '@salesforce/apex/ModerationController.getQueue',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/ModerationController.decideReport', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ModerationController.setContentHidden', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Moderation_Confirm_Decision', () => ({ default: 'Confirm: {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Moderation_Confirm_Suspend_Exchange', () => ({ default: 'Suspend {0}?' }), {
    virtual: true
});

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): { status: string };
}
const adapter = getQueue as unknown as WireAdapterMock;
const decide = decideReport as unknown as jest.Mock;
const hide = setContentHidden as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

const ITEM = {
    id: 'r1',
    name: 'REP-000001',
    targetKind: 'Message',
    reason: 'Spam',
    reportedUserName: 'Carlos Mendes',
    messageId: 'm1',
    status: 'Open'
} as ModerationQueueItem;

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-moderation-queue', { is: ModerationQueue });
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const feedback = (element: HTMLElement): { message: string; error: unknown } =>
    find(element, 'c-action-feedback') as unknown as { message: string; error: unknown };

async function choose(element: HTMLElement, decision: string, note: string): Promise<void> {
    find(element, 'c-moderation-report-card')!.dispatchEvent(new CustomEvent('decide', { detail: `${decision}:r1` }));
    await flush();
    const textarea = find(element, '[data-id="decision-note"]') as HTMLElement & { value: string };
    textarea.value = note;
    textarea.dispatchEvent(new CustomEvent('change'));
    await flush();
}

describe('c-moderation-queue', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads open reports first, says when none are left, and shows an error', async () => {
        const element = render();
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        await flush();
        expect(adapter.getLastConfig()).toEqual({ status: 'Open' });

        adapter.emit({ items: [], hasMore: false });
        await flush();
        expect(find(element, '[data-id="queue-empty"]')).not.toBeNull();

        adapter.error({ message: 'Not a moderator' });
        await flush();
        expect(find(element, 'c-error-panel')).not.toBeNull();
    });

    it('switches to decided reports', async () => {
        const element = render();
        adapter.emit({ items: [ITEM], hasMore: true });
        await flush();
        expect(find(element, '[data-id="queue-more"]')).not.toBeNull();

        find(element, '[data-id="status-filter"]')!.dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Dismissed' } })
        );
        await flush();
        expect(adapter.getLastConfig()).toEqual({ status: 'Dismissed' });
    });

    it('confirms a decision with a note, then reads the queue again', async () => {
        const element = render();
        adapter.emit({ items: [ITEM], hasMore: false });
        await flush();
        decide.mockResolvedValue(undefined);

        await choose(element, 'Content_Hidden', '  Spam link  ');
        expect((find(element, 'c-confirm-panel') as unknown as { question: string }).question).toBe(
            'Confirm: c.Report_Outcome_Content_Hidden'
        );
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(decide).toHaveBeenCalledWith({ reportId: 'r1', decision: 'Content_Hidden', note: 'Spam link' });
        expect(refresh).toHaveBeenCalled();
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(feedback(element).message).toBe('c.Moderation_Decided');
    });

    it('names the person before a suspension from the Exchange, and can be cancelled', async () => {
        const element = render();
        adapter.emit({ items: [ITEM], hasMore: false });
        await flush();

        await choose(element, 'Suspended_From_Exchange', '');
        expect((find(element, 'c-confirm-panel') as unknown as { question: string }).question).toBe(
            'Suspend Carlos Mendes?'
        );
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();

        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(decide).not.toHaveBeenCalled();
    });

    it('asks about a suspension even when the person is not named', async () => {
        const element = render();
        adapter.emit({ items: [{ ...ITEM, reportedUserName: null }], hasMore: false });
        await flush();

        await choose(element, 'Suspended_From_Exchange', '');
        expect((find(element, 'c-confirm-panel') as unknown as { question: string }).question).toBe('Suspend ?');
    });

    it('reads the queue again when another moderator decided first', async () => {
        const element = render();
        adapter.emit({ items: [ITEM], hasMore: false });
        await flush();
        const refused = { body: { message: 'Already decided' } };
        decide.mockRejectedValue(refused);

        await choose(element, 'Dismissed', '');
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(decide).toHaveBeenCalledWith({ reportId: 'r1', decision: 'Dismissed', note: null });
        expect(feedback(element).error).toEqual(refused);
        expect(refresh).toHaveBeenCalled();
        expect(find(element, 'c-confirm-panel')).toBeNull();
    });

    it('restores hidden content from a decided report', async () => {
        const element = render();
        adapter.emit({ items: [ITEM], hasMore: false });
        await flush();
        hide.mockResolvedValue(undefined);

        find(element, 'c-moderation-report-card')!.dispatchEvent(new CustomEvent('restore', { detail: 'm1' }));
        await flush();

        expect(hide).toHaveBeenCalledWith({ contentId: 'm1', hidden: false });
        expect(feedback(element).message).toBe('c.Moderation_Restored');
    });

    it('limits and counts the note against the length the queue answer gives (B18)', async () => {
        const element = render();
        adapter.emit({ items: [ITEM], hasMore: false, noteLength: 500 });
        await flush();

        await choose(element, 'Dismissed', 'Not spam');
        const note = find(element, '[data-id="decision-note"]') as HTMLElement & { maxLength: number };
        expect(note.maxLength).toBe(500);
        expect(find(element, '[data-id="note-count"]')!.textContent).toBe('8 of 500');

        adapter.emit({ items: [ITEM], hasMore: false, noteLength: 1200 });
        await flush();
        expect(note.maxLength).toBe(1200);
        expect(find(element, '[data-id="note-count"]')!.textContent).toBe('8 of 1,200');
    });
});
