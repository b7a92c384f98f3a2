import { createElement } from 'lwc';
import MySubmissions from 'c/mySubmissions';
import { refreshApex } from '@salesforce/apex';
import getMySubmissions from '@salesforce/apex/RepositorySubmissionController.getMySubmissions';
import withdrawSubmission from '@salesforce/apex/RepositorySubmissionController.withdrawSubmission';
import type { MySubmission } from '@dto/repository';

jest.mock(
    '@salesforce/apex/RepositorySubmissionController.getMySubmissions',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/RepositorySubmissionController.withdrawSubmission', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Submissions_Withdraw_Confirm', () => ({ default: 'Withdraw {0}?' }), {
    virtual: true
});

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getMySubmissions as unknown as WireAdapterMock;
const withdraw = withdrawSubmission as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

function submission(id: string, extra: Partial<MySubmission> = {}): MySubmission {
    return {
        id,
        name: `SUB-00000${id}`,
        title: `Toolkit ${id}`,
        status: 'Submitted',
        moderatorMessage: null,
        submittedAt: '2026-11-20T09:30:00.000Z',
        ...extra
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-my-submissions', { is: MySubmissions });
    document.body.appendChild(element);
    return element;
}

const all = (element: HTMLElement, id: string): string[] =>
    [...element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`)].map((node) => (node.textContent ?? '').trim());

describe('c-my-submissions', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads, says when nothing was offered, and shows an error', async () => {
        const element = render();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        adapter.emit([]);
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="submissions-empty"]')).not.toBeNull();
        adapter.error({ message: 'Members only' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });

    it('shows each status and the Alliance message, and offers withdrawal only before a decision', async () => {
        const element = render();
        adapter.emit([
            submission('1', { status: 'Changes_Requested', moderatorMessage: 'Add the year.' }),
            submission('2', { status: 'Published' })
        ]);
        await flush();

        expect(all(element, 'submission-status')).toEqual([
            'c.Submissions_Status_Changes_Requested',
            'c.Submissions_Status_Published'
        ]);
        expect(all(element, 'moderator-message')).toEqual(['c.Submissions_Moderator_Says Add the year.']);
        expect(element.shadowRoot!.querySelectorAll('[data-submission-id]:not([data-id])')).toHaveLength(1);
        expect(element.shadowRoot!.querySelectorAll('[data-id="send-back"]')).toHaveLength(1);
    });

    it('opens the submit form to send back a submission with changes asked for, and returns to the list', async () => {
        const element = render();
        adapter.emit([submission('1', { status: 'Changes_Requested', moderatorMessage: 'Add the year.' })]);
        await flush();
        (element.shadowRoot!.querySelector('[data-id="send-back"]') as HTMLElement).click();
        await flush();
        const form = element.shadowRoot!.querySelector('c-resource-submit-form') as HTMLElement & {
            submissionId: string;
        };
        expect(form.submissionId).toBe('1');
        expect(element.shadowRoot!.querySelector('[data-id="submission"]')).toBeNull();

        form.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(element.shadowRoot!.querySelector('c-resource-submit-form')).toBeNull();

        (element.shadowRoot!.querySelector('[data-id="send-back"]') as HTMLElement).click();
        await flush();
        element
            .shadowRoot!.querySelector('c-resource-submit-form')!
            .dispatchEvent(new CustomEvent('submitted', { detail: '1' }));
        await flush();
        expect(element.shadowRoot!.querySelector('c-resource-submit-form')).toBeNull();
        expect(refresh).toHaveBeenCalled();
        const feedback = element.shadowRoot!.querySelector('c-action-feedback') as HTMLElement & { message: string };
        expect(feedback.message).toBe('c.Submit_Sent');
    });

    it('shows a failed refresh after sending back', async () => {
        const element = render();
        adapter.emit([submission('1', { status: 'Changes_Requested', title: null })]);
        await flush();
        expect(
            (element.shadowRoot!.querySelector('[data-id="send-back"]') as HTMLElement & { label: string }).label
        ).toBe('c.Submissions_Send_Back');
        refresh.mockRejectedValueOnce(new Error('Offline'));
        (element.shadowRoot!.querySelector('[data-id="send-back"]') as HTMLElement).click();
        await flush();
        element
            .shadowRoot!.querySelector('c-resource-submit-form')!
            .dispatchEvent(new CustomEvent('submitted', { detail: '1' }));
        await flush();
        const feedback = element.shadowRoot!.querySelector('c-action-feedback') as HTMLElement & { error: unknown };
        expect(feedback.error).toEqual(new Error('Offline'));
    });

    it('asks about an untitled submission by its number', async () => {
        const element = render();
        adapter.emit([submission('3', { title: null })]);
        await flush();
        (element.shadowRoot!.querySelector('[data-submission-id="3"]') as HTMLElement).click();
        await flush();

        const panel = element.shadowRoot!.querySelector('c-confirm-panel') as HTMLElement & { question: string };
        expect(panel.question).toBe('Withdraw SUB-000003?');
    });

    it('withdraws after confirming, and can be cancelled', async () => {
        const element = render();
        adapter.emit([submission('1')]);
        await flush();
        withdraw.mockResolvedValue(undefined);
        const button = element.shadowRoot!.querySelector('[data-submission-id="1"]') as HTMLElement;

        button.click();
        await flush();
        element.shadowRoot!.querySelector('c-confirm-panel')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(element.shadowRoot!.querySelector('c-confirm-panel')).toBeNull();

        button.click();
        await flush();
        const panel = element.shadowRoot!.querySelector('c-confirm-panel') as HTMLElement & { question: string };
        expect(panel.question).toBe('Withdraw Toolkit 1?');
        panel.dispatchEvent(new CustomEvent('confirm'));
        await flush();
        expect(withdraw).toHaveBeenCalledWith({ submissionId: '1' });
        expect(refresh).toHaveBeenCalled();
    });
});
