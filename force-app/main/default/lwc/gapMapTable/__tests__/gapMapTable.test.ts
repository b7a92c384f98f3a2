import { createElement } from 'lwc';
import GapMapTable, { coverageOf } from 'c/gapMapTable';
import type { ElementKind } from '@dto/enumerations';
import type { KeyCount } from '@dto/insights';
import type { StandardElement, StandardFramework } from '@dto/taxonomy';

jest.mock('@salesforce/label/c.Group_Commitment_Badge', () => ({ default: 'Commitment {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Indicator', () => ({ default: 'Indicator {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Pillar', () => ({ default: 'Pillar {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Standard', () => ({ default: 'Standard {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Title', () => ({ default: '{0} — {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Taxonomy_About', () => ({ default: 'About {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_Cell_Name', () => ({ default: '{0}: {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_Resources', () => ({ default: '{0} resources' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_Resources_One', () => ({ default: '1 resource' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_Resources_None', () => ({ default: 'no resources yet' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_State_Empty', () => ({ default: '{0} (empty)' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_State_Thin', () => ({ default: '{0} (thin)' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_Empty', () => ({ default: 'Empty' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_Thin', () => ({ default: 'Thin' }), { virtual: true });

function element(
    code: string,
    kind: ElementKind,
    parentCode: string | null,
    title: string | null = null
): StandardElement {
    return {
        code,
        frameworkCode: 'CHS2014',
        kind,
        parentCode,
        title,
        indicatorType: null,
        description: null,
        sortOrder: 0
    };
}

const CHS: StandardFramework = {
    code: 'CHS2014',
    name: 'Core Humanitarian Standard',
    description: null,
    elementKinds: ['Commitment', 'Indicator'],
    elements: [
        element('4', 'Commitment', null, 'Communication'),
        element('4.1', 'Indicator', '4'),
        element('4.2', 'Indicator', '4'),
        element('4.3', 'Indicator', '4'),
        element('5', 'Commitment', null),
        element('5.1', 'Indicator', '5')
    ]
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(framework: StandardFramework | undefined, counts: KeyCount[], thinBelow = 3): HTMLElement {
    const table = createElement('c-gap-map-table', { is: GapMapTable });
    Object.assign(table, { framework, counts, thinBelow });
    document.body.appendChild(table);
    return table;
}

const buttons = (table: HTMLElement): HTMLButtonElement[] => [...table.shadowRoot!.querySelectorAll('button')];
const iconOf = (button: HTMLElement): string | undefined =>
    (button.querySelector('lightning-icon') as (HTMLElement & { iconName: string }) | null)?.iconName;
const named = (table: HTMLElement, key: string): HTMLButtonElement =>
    table.shadowRoot!.querySelector(`button[data-key="${key}"]`)!;

describe('c-gap-map-table', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('tells empty, thin and covered apart by the threshold', () => {
        expect(coverageOf(0, 3)).toBe('empty');
        expect(coverageOf(1, 3)).toBe('thin');
        expect(coverageOf(2, 3)).toBe('thin');
        expect(coverageOf(3, 3)).toBe('covered');
        expect(coverageOf(1, 1)).toBe('covered');
    });

    it('is a captioned table: a row header per commitment, a cell per indicator, the short rows filled', () => {
        const table = render(CHS, [{ key: 'CHS2014:4.1', count: 3 }]);

        const caption = table.shadowRoot!.querySelector('caption')!.textContent!;
        expect(caption).toContain('Core Humanitarian Standard');
        expect(caption).toContain('c.Gap_How_To_Read');
        const headers = [...table.shadowRoot!.querySelectorAll('thead th')];
        expect(headers.map((header) => header.textContent)).toEqual([
            'c.Repository_Facet_Commitment',
            'c.Repository_Facet_Indicator'
        ]);
        expect(headers[1]!.getAttribute('colspan')).toBe('3');

        const rows = [...table.shadowRoot!.querySelectorAll('tbody tr')];
        expect(rows).toHaveLength(2);
        expect(rows[0]!.querySelector('th[scope="row"]')!.textContent).toContain('4 — Communication');
        expect(rows[0]!.querySelectorAll('td button')).toHaveLength(3);
        expect(rows[1]!.querySelectorAll('td button')).toHaveLength(1);
        expect(rows[1]!.querySelector('td:last-child')!.getAttribute('colspan')).toBe('2');
        expect(rows[0]!.querySelector('td[colspan]')).toBeNull();
    });

    it('names every cell with its element, its count and its state, and marks it by more than colour', () => {
        const table = render(CHS, [
            { key: 'CHS2014:4', count: 12 },
            { key: 'CHS2014:4.1', count: 3 },
            { key: 'CHS2014:4.3', count: 1 },
            { key: 'CHS2014:5.1', count: 2 }
        ]);

        expect(buttons(table).map((button) => button.querySelector('.slds-assistive-text')!.textContent)).toEqual([
            '4 — Communication: 12 resources',
            'Indicator 4.1: 3 resources',
            'Indicator 4.2: no resources yet (empty)',
            'Indicator 4.3: 1 resource (thin)',
            'Commitment 5: no resources yet (empty)',
            'Indicator 5.1: 2 resources (thin)'
        ]);
        const covered = named(table, 'CHS2014:4.1');
        const empty = named(table, 'CHS2014:4.2');
        const thin = named(table, 'CHS2014:4.3');
        expect(covered.className).toBe('gap-cell gap-cell_covered');
        const visible = [...covered.querySelectorAll('[aria-hidden="true"]')].map((part) => part.textContent);
        expect(visible).toEqual(['4.1', '3']);
        expect(iconOf(covered)).toBeUndefined();
        expect(empty.className).toBe('gap-cell gap-cell_empty');
        expect(empty.textContent).toContain('Empty');
        expect(iconOf(empty)).toBe('utility:ban');
        expect(thin.className).toBe('gap-cell gap-cell_thin');
        expect(thin.textContent).toContain('Thin');
        expect(iconOf(thin)).toBe('utility:warning');
        expect(thin.title).toBe('Indicator 4.3');
        expect(named(table, 'CHS2014:5').textContent).toContain('Empty');
    });

    it('shows a loaded short title under the code, and the descriptions beside the cell and the framework name', () => {
        const titled: StandardElement = {
            ...element('4.1', 'Indicator', '4', 'Example title EN 4.1'),
            description: 'Example description EN 4.1'
        };
        const table = render(
            { ...CHS, description: 'Example description EN CHS2014', elements: [CHS.elements[0]!, titled] },
            [{ key: 'CHS2014:4.1', count: 3 }]
        );

        const cell = named(table, 'CHS2014:4.1');
        const visible = [...cell.querySelectorAll('[aria-hidden="true"]')].map((part) => part.textContent);
        expect(visible).toEqual(['4.1', 'Example title EN 4.1', '3']);
        expect(cell.title).toBe('4.1 — Example title EN 4.1');
        const helps = [...table.shadowRoot!.querySelectorAll('lightning-helptext')] as unknown as {
            content: string;
            alternativeText: string;
            dataset: DOMStringMap;
        }[];
        expect(helps.map((help) => [help.dataset.help, help.content, help.alternativeText])).toEqual([
            ['CHS2014', 'Example description EN CHS2014', 'About Core Humanitarian Standard'],
            ['CHS2014:4.1', 'Example description EN 4.1', 'About 4.1 — Example title EN 4.1']
        ]);
    });

    it('asks to explore an indicator or a whole commitment', async () => {
        const table = render(CHS, []);
        const explore = jest.fn();
        table.addEventListener('explore', explore);

        named(table, 'CHS2014:4.2').click();
        named(table, 'CHS2014:5').click();
        await flush();

        expect(explore.mock.calls.map((call) => (call[0] as CustomEvent<string>).detail)).toEqual([
            'indicator:CHS2014:4.2',
            'commitment:CHS2014:5'
        ]);
    });

    it('shows nothing to explore before it has a framework, and reads absent counts as none', () => {
        const table = render(undefined, undefined as unknown as KeyCount[]);
        expect(buttons(table)).toHaveLength(0);
        expect(table.shadowRoot!.querySelector('caption')!.textContent).toContain('c.Gap_How_To_Read');

        const lone = render(
            { ...CHS, elements: [element('9', 'Commitment', null)] },
            undefined as unknown as KeyCount[]
        );
        expect(buttons(lone).map((button) => button.querySelector('.slds-assistive-text')!.textContent)).toEqual([
            'Commitment 9: no resources yet (empty)'
        ]);
        expect(lone.shadowRoot!.querySelector('tbody td')!.getAttribute('colspan')).toBe('1');
    });
});
