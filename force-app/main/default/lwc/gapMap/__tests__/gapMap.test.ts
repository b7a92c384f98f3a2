import { createElement } from 'lwc';
import GapMap from 'c/gapMap';
import getGapMap from '@salesforce/apex/InsightsController.getGapMap';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { GapMap as GapMapData, KeyCount } from '@dto/insights';
import type { FacetSelection } from '@dto/repository';
import type { StandardFramework } from '@dto/taxonomy';

jest.mock(
    '@salesforce/apex/InsightsController.getGapMap',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TaxonomyController.getFrameworks',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TaxonomyController.getVerificationStages',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/label/c.Gap_Total', () => ({ default: '{0} resources match' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_Legend_Thin', () => ({ default: 'fewer than {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Gap_Legend_Covered', () => ({ default: '{0} or more' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): { filters: FacetSelection[] };
}
const gapAdapter = getGapMap as unknown as WireAdapterMock;
const frameworksAdapter = getFrameworks as unknown as WireAdapterMock;
const stagesAdapter = getVerificationStages as unknown as WireAdapterMock;

type Table = HTMLElement & { framework: StandardFramework; counts: KeyCount[]; thinBelow: number };
type Combobox = HTMLElement & { label: string; value: string; options: { label: string; value: string }[] };

const FRAMEWORKS: StandardFramework[] = [
    {
        code: 'CHS2014',
        name: 'Core Humanitarian Standard',
        description: null,
        elementKinds: ['Commitment', 'Indicator'],
        elements: [
            {
                code: '4',
                frameworkCode: 'CHS2014',
                kind: 'Commitment',
                parentCode: null,
                title: null,
                indicatorType: null,
                description: null,
                sortOrder: 1
            }
        ]
    },
    { code: 'EMPTY', name: 'Nothing active', description: null, elementKinds: [], elements: [] },
    {
        code: 'CPMS2019',
        name: 'Child Protection Minimum Standards',
        description: null,
        elementKinds: ['Pillar', 'Standard'],
        elements: [
            {
                code: 'P1',
                frameworkCode: 'CPMS2019',
                kind: 'Pillar',
                parentCode: null,
                title: null,
                indicatorType: null,
                description: null,
                sortOrder: 1
            }
        ]
    }
];

function gapMap(totalResources: number, thinBelow = 3): GapMapData {
    return { counts: [{ key: 'CHS2014:4.1', count: 3 }], totalResources, thinBelow };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const map = createElement('c-gap-map', { is: GapMap });
    document.body.appendChild(map);
    return map;
}

async function loaded(data: GapMapData = gapMap(42)): Promise<HTMLElement> {
    const map = render();
    frameworksAdapter.emit(FRAMEWORKS);
    gapAdapter.emit(data);
    await flush();
    return map;
}

const find = (map: HTMLElement, selector: string): HTMLElement | null => map.shadowRoot!.querySelector(selector);
const text = (map: HTMLElement, id: string): string => (find(map, `[data-id="${id}"]`)?.textContent ?? '').trim();
const filter = (map: HTMLElement, name: string): Combobox => find(map, `[data-filter="${name}"]`) as Combobox;
const tables = (map: HTMLElement): Table[] => [...map.shadowRoot!.querySelectorAll('c-gap-map-table')] as Table[];

async function choose(map: HTMLElement, name: string, value: string): Promise<void> {
    filter(map, name).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

describe('c-gap-map', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows a spinner until both the standards and the counts arrive', async () => {
        const map = render();
        expect(find(map, 'lightning-spinner')).not.toBeNull();
        expect(text(map, 'total')).toBe('');

        frameworksAdapter.emit(FRAMEWORKS);
        await flush();
        expect(find(map, 'lightning-spinner')).not.toBeNull();

        gapAdapter.emit(gapMap(42));
        await flush();
        expect(find(map, 'lightning-spinner')).toBeNull();
    });

    it('shows what went wrong with the counts or with the standards', async () => {
        const map = render();
        frameworksAdapter.emit(FRAMEWORKS);
        gapAdapter.error({ message: 'Down' });
        await flush();
        expect(find(map, 'c-error-panel')).not.toBeNull();
        expect(tables(map)).toHaveLength(0);

        const other = render();
        frameworksAdapter.error({ message: 'No standards' });
        await flush();
        expect(find(other, 'c-error-panel')).not.toBeNull();
        expect(find(other, 'lightning-spinner')).toBeNull();
    });

    it('says when no standard element is active', async () => {
        const map = render();
        frameworksAdapter.emit([FRAMEWORKS[1]]);
        gapAdapter.emit(gapMap(0));
        await flush();

        expect(text(map, 'no-standards')).toBe('c.Taxonomy_Empty');
        expect(tables(map)).toHaveLength(0);
    });

    it('maps each framework with elements, with the counts, the threshold, the total and a legend', async () => {
        const map = await loaded();

        expect(tables(map).map((table) => table.framework.code)).toEqual(['CHS2014', 'CPMS2019']);
        expect(tables(map)[1]!.counts).toEqual([{ key: 'CHS2014:4.1', count: 3 }]);
        expect(tables(map)[1]!.thinBelow).toBe(3);
        expect(text(map, 'total')).toBe('42 resources match');
        expect(find(map, '[data-id="total"]')!.getAttribute('aria-live')).toBe('polite');
        expect(find(map, '[data-id="no-resources"]')).toBeNull();
        const legend = [...map.shadowRoot!.querySelectorAll('[data-legend]')];
        expect(
            legend.map((entry) => [
                entry.querySelector('dt')!.textContent!.trim(),
                entry.querySelector('dd')!.textContent
            ])
        ).toEqual([
            ['c.Gap_Empty', 'c.Gap_Legend_Empty'],
            ['c.Gap_Thin', 'fewer than 3'],
            ['c.Gap_Covered', '3 or more']
        ]);
        expect(legend.map((entry) => entry.querySelector('span')!.className)).toEqual([
            'gap-sample gap-sample_empty',
            'gap-sample gap-sample_thin',
            'gap-sample'
        ]);
    });

    it('leaves thin cells out of the legend when none can be thin, and names a single resource', async () => {
        const map = await loaded(gapMap(1, 1));

        expect(text(map, 'total')).toBe('c.Gap_Total_One');
        expect([...map.shadowRoot!.querySelectorAll('[data-legend] dd')].map((entry) => entry.textContent)).toEqual([
            'c.Gap_Legend_Empty',
            '1 or more'
        ]);
    });

    it('says when nothing matches the filters, and still shows the empty map', async () => {
        const map = await loaded(gapMap(0));

        expect(text(map, 'no-resources')).toBe('c.Gap_None');
        expect(text(map, 'total')).toBe('0 resources match');
        expect(tables(map)).toHaveLength(2);
    });

    it('offers every filter with an "All" choice first', async () => {
        const map = render();
        stagesAdapter.emit([
            { code: 'S2', title: 'Independent verification', sortOrder: 2 },
            { code: 'S1', title: 'Self-assessment', sortOrder: 1 }
        ]);
        await flush();

        const labels = [...map.shadowRoot!.querySelectorAll('lightning-combobox')].map(
            (combobox) => (combobox as Combobox).label
        );
        expect(labels).toEqual([
            'c.Repository_Facet_Stage',
            'c.Repository_Facet_Organisation_Type',
            'c.Group_Field_Country',
            'c.Repository_Facet_Language',
            'c.Repository_Facet_Year'
        ]);
        for (const name of ['stage', 'organisationType', 'country', 'language', 'year']) {
            expect(filter(map, name).options[0]).toEqual({ label: 'c.Groups_Filter_Any', value: '' });
            expect(filter(map, name).value).toBe('');
        }
        expect(filter(map, 'stage').options.slice(1)).toEqual([
            { label: 'Self-assessment', value: 'S1' },
            { label: 'Independent verification', value: 'S2' }
        ]);
        expect(filter(map, 'organisationType').options[5]).toEqual({
            label: 'c.Org_Type_UN_Agency',
            value: 'UN agency'
        });
        expect(filter(map, 'country').options).toContainEqual({ label: 'Kenya', value: 'KE' });
        expect(
            filter(map, 'language')
                .options.slice(1)
                .map((option) => option.label)
        ).toEqual(['English', 'French', 'Spanish', 'Arabic', 'Portuguese']);
        const years = filter(map, 'year')
            .options.slice(1)
            .map((option) => option.value);
        expect(years[0]).toBe(String(new Date().getFullYear()));
        expect(years[years.length - 1]).toBe('2015');

        stagesAdapter.emit(undefined);
        await flush();
        expect(filter(map, 'stage').options).toHaveLength(1);
    });

    it('asks again with the chosen filters, in a fixed order, and not when nothing changed', async () => {
        const map = await loaded();
        expect(gapAdapter.getLastConfig().filters).toEqual([]);

        await choose(map, 'year', '2024');
        await choose(map, 'stage', 'S1');
        expect(gapAdapter.getLastConfig().filters).toEqual([
            { facet: 'stage', values: ['S1'] },
            { facet: 'year', values: ['2024'] }
        ]);
        expect(filter(map, 'stage').value).toBe('S1');
        expect(find(map, 'lightning-spinner')).not.toBeNull();

        gapAdapter.emit(gapMap(5));
        await flush();
        const asked = gapAdapter.getLastConfig().filters;
        await choose(map, 'stage', 'S1');
        expect(gapAdapter.getLastConfig().filters).toBe(asked);
        expect(find(map, 'lightning-spinner')).toBeNull();

        await choose(map, 'organisationType', 'UN agency');
        await choose(map, 'country', 'KE');
        await choose(map, 'language', 'fr');
        await choose(map, 'stage', '');
        expect(gapAdapter.getLastConfig().filters).toEqual([
            { facet: 'organisationType', values: ['UN agency'] },
            { facet: 'country', values: ['KE'] },
            { facet: 'language', values: ['fr'] },
            { facet: 'year', values: ['2024'] }
        ]);
    });

    it('asks to explore a cell with the element and every active filter', async () => {
        const map = await loaded();
        const explore = jest.fn();
        map.addEventListener('explore', explore);
        const detail = (): FacetSelection[] =>
            JSON.parse((explore.mock.calls[explore.mock.calls.length - 1]![0] as CustomEvent<string>).detail);

        tables(map)[0]!.dispatchEvent(new CustomEvent('explore', { detail: 'indicator:CHS2014:4.2' }));
        expect(detail()).toEqual([{ facet: 'indicator', values: ['CHS2014:4.2'] }]);

        await choose(map, 'country', 'KE');
        await choose(map, 'language', 'ar');
        gapAdapter.emit(gapMap(2));
        await flush();
        tables(map)[1]!.dispatchEvent(new CustomEvent('explore', { detail: 'commitment:CPMS2019:P1' }));
        expect(detail()).toEqual([
            { facet: 'commitment', values: ['CPMS2019:P1'] },
            { facet: 'country', values: ['KE'] },
            { facet: 'language', values: ['ar'] }
        ]);
    });
});
