import { createElement } from 'lwc';
import ConfidentialConcern from 'c/confidentialConcern';
import { refreshApex } from '@salesforce/apex';
import getDraftLimits from '@salesforce/apex/ComplaintController.getDraftLimits';
import getMyComplaints from '@salesforce/apex/ComplaintController.getMyComplaints';
import raiseComplaint from '@salesforce/apex/ComplaintController.raiseComplaint';
import type { MyComplaint } from '@dto/safeguarding';

jest.mock(
    '@salesforce/apex/ComplaintController.getMyComplaints',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/ComplaintController.getDraftLimits',
    () => ({ default: jest.fn(() => Promise.resolve({ descriptionLength: 10000 })) }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock('@salesforce/apex/ComplaintController.raiseComplaint', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Complaint_Received', () => ({ default: 'Received: {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getMyComplaints as unknown as WireAdapterMock;
const raise = raiseComplaint as unknown as jest.Mock;
const limits = getDraftLimits as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

const COMPLAINT: MyComplaint = {
    id: 'c1',
    reference: 'SC-000001',
    category: 'Fraud',
    status: 'In_Review',
    raisedAt: '2026-11-20T09:30:00.000Z',
    acknowledgedAt: '2026-11-20T09:30:00.000Z'
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(groupId?: string): HTMLElement {
    const element = createElement('c-confidential-concern', { is: ConfidentialConcern }) as HTMLElement & {
        groupId?: string;
    };
    element.groupId = groupId;
    document.body.appendChild(element);
    return element;
}

type Field = HTMLElement & { value: string; checked: boolean; disabled: boolean };
const field = (element: HTMLElement, id: string): Field =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`) as Field;

async function fill(element: HTMLElement, share: boolean): Promise<void> {
    field(element, 'concern-category').dispatchEvent(
        new CustomEvent('change', { detail: { value: 'Sexual_Exploitation_Abuse' } })
    );
    const description = field(element, 'concern-description');
    description.value = 'A distribution officer asked for favours.';
    description.dispatchEvent(new CustomEvent('change'));
    const shareBox = field(element, 'concern-share');
    shareBox.checked = share;
    shareBox.dispatchEvent(new CustomEvent('change'));
    await flush();
}

describe('c-confidential-concern', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it("lists the person's concerns with reference and status, or says there are none, or shows an error", async () => {
        const element = render();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();

        adapter.emit([]);
        await flush();
        expect(field(element, 'concerns-empty')).not.toBeNull();

        adapter.emit([COMPLAINT]);
        await flush();
        expect(field(element, 'my-concern').textContent).toContain('SC-000001 · c.Complaint_Category_Fraud');
        expect(field(element, 'concern-status').textContent).toBe('c.Complaint_Status_In_Review');

        adapter.error({ message: 'Down' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });

    it('cannot be sent without a category and a description', async () => {
        const element = render();
        adapter.emit([]);
        await flush();

        expect(field(element, 'concern-send').disabled).toBe(true);
    });

    it('sends the concern with the group it came from, gives the reference and clears the form', async () => {
        const element = render('g1');
        adapter.emit([]);
        await flush();
        raise.mockResolvedValue({ ...COMPLAINT, status: 'Received' });

        await fill(element, true);
        field(element, 'concern-send').click();
        await flush();

        expect(raise).toHaveBeenCalledWith({
            draft: {
                category: 'Sexual_Exploitation_Abuse',
                description: 'A distribution officer asked for favours.',
                groupId: 'g1',
                shareIdentity: true
            }
        });
        expect((element.shadowRoot!.querySelector('c-action-feedback') as unknown as { message: string }).message).toBe(
            'Received: SC-000001'
        );
        expect(field(element, 'concern-description').value).toBe('');
        expect(field(element, 'concern-share').checked).toBe(false);
        expect(refresh).toHaveBeenCalled();
    });

    it('keeps what was written when the server refuses', async () => {
        const element = render();
        adapter.emit([]);
        await flush();
        const refused = { body: { message: 'Refused' } };
        raise.mockRejectedValue(refused);

        await fill(element, false);
        field(element, 'concern-send').click();
        await flush();

        expect(raise.mock.calls[0]![0].draft).toMatchObject({ groupId: null, shareIdentity: false });
        expect(field(element, 'concern-description').value).toBe('A distribution officer asked for favours.');
        expect((element.shadowRoot!.querySelector('c-action-feedback') as unknown as { error: unknown }).error).toEqual(
            refused
        );
    });

    it('limits and counts the description against what the server keeps (B18)', async () => {
        limits.mockResolvedValueOnce({ descriptionLength: 3000 });
        const element = render();
        await flush();

        const description = field(element, 'concern-description') as Field & { maxLength: number };
        expect(description.maxLength).toBe(3000);
        await fill(element, false);
        expect(field(element, 'description-count').textContent).toBe('41 of 3,000');
    });

    it('leaves the description to the server when the limit cannot be read (B18)', async () => {
        limits.mockRejectedValueOnce({ body: { message: 'Offline' } });
        const element = render();
        await flush();

        expect(field(element, 'description-count').textContent).toBe('');
        expect(field(element, 'concern-send')).not.toBeNull();
    });
});
