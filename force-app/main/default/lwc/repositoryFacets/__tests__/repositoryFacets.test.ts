import { createElement } from 'lwc';
import RepositoryFacets from 'c/repositoryFacets';
import type { FacetGroup } from 'c/repositoryFacets';

jest.mock('@salesforce/label/c.Repository_Facet_Value', () => ({ default: '{0} ({1})' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Show_All', () => ({ default: 'Show all {0}' }), { virtual: true });

function years(count: number, selected: string[] = []): FacetGroup {
    return {
        name: 'year',
        legend: 'Year',
        values: Array.from({ length: count }, (_, index) => {
            const value = String(2030 - index);
            return { value, label: value, count: index + 1, selected: selected.includes(value) };
        })
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(facets: FacetGroup[]): HTMLElement {
    const element = createElement('c-repository-facets', { is: RepositoryFacets });
    Object.assign(element, { facets });
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const checkboxLabels = (element: HTMLElement): string[] =>
    [...element.shadowRoot!.querySelectorAll('lightning-input')].map(
        (input) => (input as HTMLElement & { label: string }).label
    );

describe('c-repository-facets', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows each facet with values as a fieldset of checkboxes with counts, and leaves out empty facets', () => {
        const element = render([
            {
                name: 'type',
                legend: 'Type of resource',
                values: [{ value: 'Tool', label: 'Tool', count: 12, selected: true }]
            },
            { name: 'stage', legend: 'Verification stage', values: [] }
        ]);

        const fieldsets = element.shadowRoot!.querySelectorAll('fieldset');
        expect(fieldsets).toHaveLength(1);
        expect(fieldsets[0]!.querySelector('legend')!.textContent!.trim()).toBe('Type of resource');
        expect(checkboxLabels(element)).toEqual(['Tool (12)']);
        expect((find(element, 'lightning-input') as HTMLElement & { checked: boolean }).checked).toBe(true);
        expect(find(element, '[data-id="expand"]')).toBeNull();
    });

    it("offers a standard's description on hover or focus beside its value, named for the value", () => {
        const element = render([
            {
                name: 'indicator',
                legend: 'Indicator',
                values: [
                    {
                        value: 'CHS2014:5.1',
                        label: '5.1 — Example title EN 5.1',
                        count: 2,
                        selected: false,
                        description: 'Example description EN 5.1'
                    },
                    { value: 'CHS2014:5.2', label: 'Indicator 5.2', count: 1, selected: false, description: null }
                ]
            }
        ]);

        const helps = [...element.shadowRoot!.querySelectorAll('lightning-helptext')] as unknown as {
            content: string;
            alternativeText: string;
            dataset: DOMStringMap;
        }[];
        expect(helps.map((help) => [help.dataset.help, help.content, help.alternativeText])).toEqual([
            ['CHS2014:5.1', 'Example description EN 5.1', 'c.Taxonomy_About']
        ]);
        expect(checkboxLabels(element)).toEqual(['5.1 — Example title EN 5.1 (2)', 'Indicator 5.2 (1)']);
    });

    it('fires toggle with the facet and the value, and clear when something is chosen', () => {
        const element = render([
            {
                name: 'commitment',
                legend: 'Commitment',
                values: [{ value: 'CHS2014:3', label: 'Commitment 3', count: 2, selected: false }]
            }
        ]);
        expect(find(element, '[data-id="clear-filters"]')).toBeNull();
        const toggle = jest.fn();
        element.addEventListener('toggle', toggle);

        find(element, 'lightning-input')!.dispatchEvent(new CustomEvent('change'));

        expect((toggle.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('commitment:CHS2014:3');
    });

    it('shows the first values of a long facet and the chosen ones, and all on demand', async () => {
        const element = render([years(12, ['2019'])]);
        const clear = jest.fn();
        element.addEventListener('clear', clear);

        expect(checkboxLabels(element)).toHaveLength(9);
        expect(checkboxLabels(element)).toContain('2019 (12)');
        const expand = find(element, '[data-id="expand"]') as HTMLElement & { label: string };
        expect(expand.label).toBe('Show all 12');

        expand.click();
        await flush();
        expect(checkboxLabels(element)).toHaveLength(12);
        expect((find(element, '[data-id="expand"]') as HTMLElement & { label: string }).label).toBe(
            'c.Repository_Show_Fewer'
        );

        (find(element, '[data-id="expand"]') as HTMLElement).click();
        await flush();
        expect(checkboxLabels(element)).toHaveLength(9);

        (find(element, '[data-id="clear-filters"]') as HTMLElement).click();
        expect(clear).toHaveBeenCalledTimes(1);
    });

    it('keeps an English value apart from its count on a right-to-left page (B14)', () => {
        document.documentElement.lang = 'ar';
        try {
            const element = render([
                {
                    name: 'stage',
                    legend: 'Stage',
                    values: [{ value: 'D', label: 'Data collection (documents)', count: 3, selected: false }]
                }
            ]);
            expect(checkboxLabels(element)).toEqual(['\u2068Data collection (documents)\u2069 (3)']);
        } finally {
            document.documentElement.lang = '';
        }
    });
});
