import { createElement } from 'lwc';
import ColleagueTable from 'c/colleagueTable';
import type { Colleague } from '@dto/people';

jest.mock('@salesforce/label/c.Colleagues_Deactivate', () => ({ default: 'Deactivate {0}' }), { virtual: true });

type TableElement = HTMLElement & { colleagues: Colleague[]; busy: boolean };
type ButtonIcon = HTMLElement & { alternativeText: string; disabled: boolean };

const ME: Colleague = {
    id: '005000000000002AAA',
    name: 'Moussa Keïta',
    email: 'moussa@sahelrelief.example',
    isActive: true,
    isSelf: true,
    lastLogin: '2026-11-20T09:30:00.000Z'
};
const ACTIVE: Colleague = { ...ME, id: '005000000000001AAA', name: 'Aminata Traoré', isSelf: false };
const NEVER: Colleague = { ...ACTIVE, id: '005000000000008AAA', name: 'Fatou Diallo', lastLogin: null };
const GONE: Colleague = { ...ACTIVE, id: '005000000000011AAA', name: 'Paul Sow', isActive: false };

function render(colleagues: Colleague[], busy = false): TableElement {
    const table = createElement('c-colleague-table', { is: ColleagueTable }) as TableElement;
    table.colleagues = colleagues;
    table.busy = busy;
    document.body.appendChild(table);
    return table;
}

const row = (table: TableElement, id: string): HTMLElement =>
    table.shadowRoot!.querySelector(`[data-row="${id}"]`) as HTMLElement;

describe('c-colleague-table', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('lists each login with its status and last sign-in', () => {
        const table = render([ME, ACTIVE, NEVER, GONE]);

        expect(row(table, ME.id).textContent).toContain('c.Colleagues_You');
        expect(row(table, ACTIVE.id).textContent).toContain('c.Colleagues_Status_Active');
        expect(row(table, ACTIVE.id).querySelector('lightning-formatted-date-time')).not.toBeNull();
        expect(row(table, NEVER.id).textContent).toContain('c.Colleagues_Never');
        expect(row(table, GONE.id).textContent).toContain('c.Colleagues_Status_Inactive');
        expect(table.shadowRoot!.querySelector('[data-id="colleagues-empty"]')).toBeNull();
    });

    it('offers deactivation only for active colleagues, never for oneself', () => {
        const table = render([ME, ACTIVE, GONE]);

        expect(row(table, ME.id).querySelector('lightning-button-icon')).toBeNull();
        expect(row(table, GONE.id).querySelector('lightning-button-icon')).toBeNull();
        const button = row(table, ACTIVE.id).querySelector('lightning-button-icon') as ButtonIcon;
        expect(button.alternativeText).toBe('Deactivate Aminata Traoré');
        expect(button.disabled).toBe(false);
    });

    it('asks the container to deactivate, with the user Id', () => {
        const table = render([ME, ACTIVE]);
        const handler = jest.fn();
        table.addEventListener('deactivate', handler);

        (row(table, ACTIVE.id).querySelector('lightning-button-icon') as ButtonIcon).click();

        expect(handler).toHaveBeenCalledTimes(1);
        expect((handler.mock.calls[0]![0] as CustomEvent<string>).detail).toBe(ACTIVE.id);
    });

    it('disables the actions while the container is busy', () => {
        const table = render([ME, ACTIVE], true);

        expect((row(table, ACTIVE.id).querySelector('lightning-button-icon') as ButtonIcon).disabled).toBe(true);
    });

    it('invites the admin to add colleagues when alone', () => {
        const table = render([ME]);

        expect(table.shadowRoot!.querySelector('[data-id="colleagues-empty"]')!.textContent).toBe('c.Colleagues_Empty');
    });
});
