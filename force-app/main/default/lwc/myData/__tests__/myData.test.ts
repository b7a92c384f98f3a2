import { createElement } from 'lwc';
import MyData from 'c/myData';
import { refreshApex } from '@salesforce/apex';
import exportMyData from '@salesforce/apex/PersonalDataController.exportMyData';
import getMyErasureRequest from '@salesforce/apex/PersonalDataController.getMyErasureRequest';
import requestErasure from '@salesforce/apex/PersonalDataController.requestErasure';
import type { ErasureRequest } from '@dto/privacy';

jest.mock(
    '@salesforce/apex/PersonalDataController.getMyErasureRequest',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/PersonalDataController.exportMyData', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PersonalDataController.requestErasure', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.My_Data_Exported', () => ({ default: 'Saved as {0}.' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const requestAdapter = getMyErasureRequest as unknown as WireAdapterMock;
const exportData = exportMyData as unknown as jest.Mock;
const askErasure = requestErasure as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

const REQUESTED: ErasureRequest = {
    id: 'a02000000000001AAA',
    status: 'Requested',
    requestedAt: '2026-11-21T16:05:00.000Z',
    processedAt: null,
    requesterName: 'Aminata Traoré',
    organisationName: 'Sahel Relief Network'
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(request?: ErasureRequest | null): Promise<HTMLElement> {
    const element = createElement('c-my-data', { is: MyData });
    document.body.appendChild(element);
    if (request !== undefined) {
        requestAdapter.emit(request);
        await flush();
    }
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const feedback = (element: HTMLElement): { message: string; error: unknown } =>
    find(element, 'c-action-feedback') as unknown as { message: string; error: unknown };
const click = async (element: HTMLElement, selector: string): Promise<void> => {
    (find(element, selector) as HTMLElement).click();
    await flush();
};

describe('c-my-data', () => {
    let clicked: HTMLAnchorElement[];

    beforeEach(() => {
        clicked = [];
        jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
            clicked.push(this);
        });
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.restoreAllMocks();
        jest.clearAllMocks();
    });

    it('shows a spinner until the erasure request is known', async () => {
        const element = await render();

        expect(find(element, 'lightning-spinner')).not.toBeNull();
        expect(find(element, '[data-id="erasure-button"]')).toBeNull();
    });

    it('shows why the request cannot be read', async () => {
        const element = await render();
        requestAdapter.error({ message: 'Down' });
        await flush();

        expect(find(element, 'section c-error-panel')).not.toBeNull();
    });

    it('downloads the export as a JSON file and says so', async () => {
        const element = await render(null);
        exportData.mockResolvedValue({ fileName: 'chs-exchange-my-data-2026-11-24.json', content: '{"a":"é"}' });

        await click(element, '[data-id="export-button"]');

        expect(clicked).toHaveLength(1);
        expect(clicked[0]!.download).toBe('chs-exchange-my-data-2026-11-24.json');
        expect(clicked[0]!.href).toBe(`data:application/json;charset=utf-8,${encodeURIComponent('{"a":"é"}')}`);
        expect(clicked[0]!.isConnected).toBe(false);
        expect(feedback(element).message).toBe('Saved as chs-exchange-my-data-2026-11-24.json.');
    });

    it('shows a failed export', async () => {
        const element = await render(null);
        const failure = { body: { message: 'Refused' } };
        exportData.mockRejectedValue(failure);

        await click(element, '[data-id="export-button"]');

        expect(feedback(element).error).toEqual(failure);
        expect(clicked).toHaveLength(0);
    });

    it('asks before requesting erasure, and can be cancelled', async () => {
        const element = await render(null);

        await click(element, '[data-id="erasure-button"]');
        const panel = find(element, 'c-confirm-panel') as unknown as HTMLElement & { question: string };
        expect(panel.question).toBe('c.My_Data_Erasure_Confirm');
        expect(find(element, '[data-id="erasure-button"]')).toBeNull();

        panel.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(askErasure).not.toHaveBeenCalled();
    });

    it('requests erasure after confirmation and shows it as requested', async () => {
        const element = await render(null);
        askErasure.mockResolvedValue(REQUESTED);

        await click(element, '[data-id="erasure-button"]');
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(askErasure).toHaveBeenCalledTimes(1);
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(find(element, '[data-id="erasure-status"]')!.textContent).toContain('c.My_Data_Erasure_Requested');
        const date = find(element, '[data-id="erasure-status"] lightning-formatted-date-time') as unknown as {
            value: string;
        };
        expect(date.value).toBe(REQUESTED.requestedAt);
    });

    it('keeps the question open when the request fails', async () => {
        const element = await render(null);
        const failure = { body: { message: 'Refused' } };
        askErasure.mockRejectedValue(failure);

        await click(element, '[data-id="erasure-button"]');
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(feedback(element).error).toEqual(failure);
        expect(find(element, 'c-confirm-panel')).not.toBeNull();
    });

    it('shows a completed erasure with its date', async () => {
        const element = await render({ ...REQUESTED, status: 'Completed', processedAt: '2026-11-23T10:00:00.000Z' });

        expect(find(element, '[data-id="erasure-status"]')!.textContent).toContain('c.My_Data_Erasure_Completed');
        const date = find(element, '[data-id="erasure-status"] lightning-formatted-date-time') as unknown as {
            value: string;
        };
        expect(date.value).toBe('2026-11-23T10:00:00.000Z');
        expect(find(element, '[data-id="erasure-button"]')).toBeNull();
    });
});
