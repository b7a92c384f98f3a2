import { createElement } from 'lwc';
import NotificationPreferences from 'c/notificationPreferences';
import { refreshApex } from '@salesforce/apex';
import getPreferences from '@salesforce/apex/NotificationController.getPreferences';
import savePreference from '@salesforce/apex/NotificationController.savePreference';

jest.mock(
    '@salesforce/apex/NotificationController.getPreferences',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/NotificationController.savePreference', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getPreferences as unknown as WireAdapterMock;
const save = savePreference as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-notification-preferences', { is: NotificationPreferences });
    document.body.appendChild(element);
    return element;
}

type Group = HTMLElement & { label: string; value: string };
const groups = (element: HTMLElement): Group[] =>
    [...element.shadowRoot!.querySelectorAll('lightning-radio-group')] as Group[];

describe('c-notification-preferences', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads, then shows an error the server explains', async () => {
        const element = render();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        adapter.error({ message: 'Members only' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });

    it('names a type it does not know yet by its code', async () => {
        const element = render();
        adapter.emit([{ type: 'Future_Notice', delivery: 'Daily_Digest' }]);
        await flush();

        expect(groups(element).map((group) => group.label)).toEqual(['Future_Notice']);
    });

    it('shows each type with its delivery and saves a change at once', async () => {
        const element = render();
        adapter.emit([
            { type: 'Reply', delivery: 'Immediately' },
            { type: 'Archived', delivery: 'Off' }
        ]);
        await flush();
        save.mockResolvedValue(undefined);

        expect(groups(element).map((group) => [group.label, group.value])).toEqual([
            ['c.Notice_Type_Reply', 'Immediately'],
            ['c.Notice_Type_Archived', 'Off']
        ]);
        groups(element)[0]!.dispatchEvent(new CustomEvent('change', { detail: { value: 'Daily_Digest' } }));
        await flush();

        expect(save).toHaveBeenCalledWith({ type: 'Reply', delivery: 'Daily_Digest' });
        expect(refresh).toHaveBeenCalled();
        expect((element.shadowRoot!.querySelector('c-action-feedback') as unknown as { message: string }).message).toBe(
            'c.Notice_Preference_Saved'
        );
    });
});
