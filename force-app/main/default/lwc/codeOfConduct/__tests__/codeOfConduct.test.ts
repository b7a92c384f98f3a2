import { createElement } from 'lwc';
import CodeOfConduct from 'c/codeOfConduct';
import { refreshApex } from '@salesforce/apex';
import acceptConduct from '@salesforce/apex/ConductController.acceptConduct';
import getConduct from '@salesforce/apex/ConductController.getConduct';
import type { CodeOfConduct as Conduct } from '@dto/moderation';

jest.mock(
    '@salesforce/apex/ConductController.getConduct',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/ConductController.acceptConduct', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Conduct_Version', () => ({ default: 'Version {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Conduct_Accepted_On', () => ({ default: 'Accepted on {0}.' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getConduct as unknown as WireAdapterMock;
const accept = acceptConduct as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

const CONDUCT: Conduct = {
    version: 2,
    language: 'en',
    body: 'Treat everyone with respect.\n\n  \n\nProtect people.',
    acceptedAt: null,
    mustAccept: true
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-code-of-conduct', { is: CodeOfConduct });
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, id: string): (HTMLElement & { disabled: boolean; checked: boolean }) | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);

describe('c-code-of-conduct', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads, says when no code is set up, and shows an error', async () => {
        const element = render();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();

        adapter.emit({ ...CONDUCT, version: null, body: null, mustAccept: false });
        await flush();
        expect(find(element, 'conduct-none')).not.toBeNull();

        adapter.error({ message: 'Members only' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });

    it('shows numbered rules as a list, one rule a line, not run into one paragraph (B11)', async () => {
        const element = render();
        adapter.emit({
            ...CONDUCT,
            body: 'By taking part you agree to:\n\n1. Treat everyone with respect.\n2) Protect people.\n\nModerators may hide content.'
        });
        await flush();

        const text = find(element, 'conduct-text')!;
        expect([...text.querySelectorAll('[data-id="conduct-rules"] li')].map((li) => li.textContent)).toEqual([
            'Treat everyone with respect.',
            'Protect people.'
        ]);
        expect([...text.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
            'By taking part you agree to:',
            'Moderators may hide content.'
        ]);
    });

    it('shows the text in paragraphs and accepts once the member ticks the box', async () => {
        const element = render();
        const accepted = jest.fn();
        element.addEventListener('accepted', accepted);
        adapter.emit(CONDUCT);
        await flush();
        accept.mockResolvedValue(undefined);

        expect([...find(element, 'conduct-text')!.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
            'Treat everyone with respect.',
            'Protect people.'
        ]);
        expect(element.shadowRoot!.textContent).toContain('Version 2');
        expect(find(element, 'conduct-accept')!.disabled).toBe(true);
        const agree = find(element, 'conduct-agree')!;
        agree.checked = true;
        agree.dispatchEvent(new CustomEvent('change'));
        await flush();
        find(element, 'conduct-accept')!.click();
        await flush();

        expect(accept).toHaveBeenCalledWith({ version: 2 });
        expect(refresh).toHaveBeenCalled();
        expect(accepted).toHaveBeenCalled();
    });

    it('keeps the choice and shows the refusal when the version changed meanwhile', async () => {
        const element = render();
        const accepted = jest.fn();
        element.addEventListener('accepted', accepted);
        adapter.emit(CONDUCT);
        await flush();
        const refused = { body: { message: 'Changed' } };
        accept.mockRejectedValue(refused);

        const agree = find(element, 'conduct-agree')!;
        agree.checked = true;
        agree.dispatchEvent(new CustomEvent('change'));
        await flush();
        find(element, 'conduct-accept')!.click();
        await flush();

        expect(accepted).not.toHaveBeenCalled();
        expect((element.shadowRoot!.querySelector('c-action-feedback') as unknown as { error: unknown }).error).toEqual(
            refused
        );
    });

    it('tells someone who already accepted when they did', async () => {
        const element = render();
        adapter.emit({ ...CONDUCT, mustAccept: false, acceptedAt: '2026-11-20T09:30:00.000Z' });
        await flush();

        expect(find(element, 'conduct-agree')).toBeNull();
        expect(find(element, 'conduct-accepted')!.textContent).toBe('Accepted on Nov 20, 2026.');
    });
});
