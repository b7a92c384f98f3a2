import { createElement } from 'lwc';
import ColleagueTable from 'c/colleagueTable';
import type { Colleague } from '@dto/people';

jest.mock('@salesforce/label/c.Colleagues_Deactivate', () => ({ default: 'Deactivate {0}' }), { virtual: true });

type TableElement = HTMLElement & { colleagues: Colleague[]; busy: boolean };
type ButtonIcon = HTMLElement & { alternativeText: string; title: string; disabled: boolean };
type DateTime = HTMLElement & { value: string };

const ME: Colleague = {
    id: '005000000000002AAA',
    name: 'Moussa Keïta',
    email: 'moussa@sahelrelief.example',
    isActive: true,
    isSelf: true,
    lastLogin: '2026-11-20T09:30:00.000Z'
};
const ACTIVE: Colleague = {
    ...ME,
    id: '005000000000001AAA',
    name: 'Aminata Traoré',
    email: 'aminata@sahelrelief.example',
    isSelf: false,
    lastLogin: '2026-11-18T14:00:00.000Z'
};
const NEVER: Colleague = {
    ...ACTIVE,
    id: '005000000000008AAA',
    name: 'Fatou Diallo',
    email: 'fatou@sahelrelief.example',
    lastLogin: null
};
const GONE: Colleague = {
    ...ACTIVE,
    id: '005000000000011AAA',
    name: 'Paul Sow',
    email: 'paul@sahelrelief.example',
    isActive: false
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(colleagues: Colleague[], busy = false): TableElement {
    const table = createElement('c-colleague-table', { is: ColleagueTable }) as TableElement;
    table.colleagues = colleagues;
    table.busy = busy;
    document.body.appendChild(table);
    return table;
}

const row = (table: TableElement, id: string): HTMLElement =>
    table.shadowRoot!.querySelector(`[data-row="${id}"]`) as HTMLElement;
const cells = (table: TableElement, id: string): string[] =>
    [...row(table, id).querySelectorAll('th, td')].map((cell) => cell.textContent!.trim());
const button = (table: TableElement, id: string): ButtonIcon | null =>
    row(table, id).querySelector('lightning-button-icon');
const emptyMessage = (table: TableElement): HTMLElement | null =>
    table.shadowRoot!.querySelector('[data-id="colleagues-empty"]');

describe('c-colleague-table', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('has a translated column header for each column', () => {
        const table = render([ME]);

        const headers = [...table.shadowRoot!.querySelectorAll('thead th')].map((header) => header.textContent);
        expect(headers).toEqual([
            'c.Colleagues_Column_Name',
            'c.Colleagues_Column_Email',
            'c.Colleagues_Column_Status',
            'c.Colleagues_Column_Last_Login',
            'c.Common_Actions'
        ]);
    });

    it('lists each login, in order, with its name, email and status', () => {
        const table = render([ME, ACTIVE, NEVER, GONE]);

        const ids = [...table.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-row'));
        expect(ids).toEqual([ME.id, ACTIVE.id, NEVER.id, GONE.id]);
        expect(cells(table, ACTIVE.id).slice(0, 3)).toEqual([
            'Aminata Traoré',
            'aminata@sahelrelief.example',
            'c.Colleagues_Status_Active'
        ]);
        expect(cells(table, GONE.id).slice(0, 3)).toEqual([
            'Paul Sow',
            'paul@sahelrelief.example',
            'c.Colleagues_Status_Inactive'
        ]);
        expect(emptyMessage(table)).toBeNull();
    });

    it('marks the admin’s own row, and only that one', () => {
        const table = render([ME, ACTIVE]);

        expect(cells(table, ME.id)[0]).toBe('Moussa Keïtac.Colleagues_You');
        expect(row(table, ME.id).querySelector('th span')!.textContent).toBe('c.Colleagues_You');
        expect(row(table, ACTIVE.id).querySelector('th span')).toBeNull();
        expect(row(table, ACTIVE.id).textContent).not.toContain('c.Colleagues_You');
    });

    it('shows the last sign-in as a date, or Never', () => {
        const table = render([ACTIVE, NEVER]);

        const date = row(table, ACTIVE.id).querySelector('lightning-formatted-date-time') as DateTime;
        expect(date.value).toBe('2026-11-18T14:00:00.000Z');
        expect(row(table, NEVER.id).querySelector('lightning-formatted-date-time')).toBeNull();
        expect(cells(table, NEVER.id)[3]).toBe('c.Colleagues_Never');
    });

    it('offers deactivation only for active colleagues, never for oneself', () => {
        const table = render([ME, ACTIVE, NEVER, GONE]);

        expect(button(table, ME.id)).toBeNull();
        expect(button(table, GONE.id)).toBeNull();
        expect(button(table, NEVER.id)).not.toBeNull();
        const deactivate = button(table, ACTIVE.id)!;
        expect(deactivate.alternativeText).toBe('Deactivate Aminata Traoré');
        expect(deactivate.title).toBe('Deactivate Aminata Traoré');
        expect(deactivate.dataset.userId).toBe(ACTIVE.id);
        expect(deactivate.disabled).toBe(false);
    });

    it('asks the container to deactivate, with the user Id', () => {
        const table = render([ME, ACTIVE, NEVER]);
        const handler = jest.fn();
        table.addEventListener('deactivate', handler);

        button(table, NEVER.id)!.click();

        expect(handler).toHaveBeenCalledTimes(1);
        const event = handler.mock.calls[0]![0] as CustomEvent<string>;
        expect(event).toBeInstanceOf(CustomEvent);
        expect(event.detail).toBe(NEVER.id);
    });

    it('disables the actions while the container is busy, and enables them again', async () => {
        const table = render([ME, ACTIVE, NEVER], true);

        expect(button(table, ACTIVE.id)!.disabled).toBe(true);
        expect(button(table, NEVER.id)!.disabled).toBe(true);

        table.busy = false;
        await flush();
        expect(button(table, ACTIVE.id)!.disabled).toBe(false);
    });

    it('invites the admin to add colleagues when alone', () => {
        const table = render([ME]);

        expect(emptyMessage(table)!.textContent).toBe('c.Colleagues_Empty');
        expect(table.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(1);
    });

    it('shows the empty message, not a row, when there is no list', () => {
        const table = render(null as unknown as Colleague[]);

        expect(table.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(0);
        expect(emptyMessage(table)).not.toBeNull();
    });

    it('follows a new list from the container', async () => {
        const table = render([ME]);

        table.colleagues = [ME, GONE];
        await flush();

        expect(row(table, GONE.id)).not.toBeNull();
        expect(emptyMessage(table)).toBeNull();
    });
});
