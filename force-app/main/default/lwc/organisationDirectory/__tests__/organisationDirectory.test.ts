import { createElement } from 'lwc';
import OrganisationDirectory from 'c/organisationDirectory';
import { refreshApex } from '@salesforce/apex';
import searchOrganisations from '@salesforce/apex/OrganisationDirectoryController.searchOrganisations';
import getDirectoryFacets from '@salesforce/apex/OrganisationDirectoryController.getDirectoryFacets';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { OrganisationDirectoryFilter, OrganisationDirectoryPage, OrganisationCard } from '@dto/organisations';
import type { StandardFramework } from '@dto/taxonomy';
import type { OrganisationDirectoryQuery } from 'c/organisationDirectory';
import type { OrganisationDescription } from 'c/organisationLabels';

jest.mock(
    '@salesforce/apex/OrganisationDirectoryController.searchOrganisations',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/OrganisationDirectoryController.getDirectoryFacets',
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
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Organisation_Total', () => ({ default: '{0} organisations · page {1} of {2}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Groups_Page', () => ({ default: 'Page {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Facet_Value', () => ({ default: '{0} ({1})' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Commitment_Badge', () => ({ default: 'Commitment {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Title', () => ({ default: '{0} — {1}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): { filter: OrganisationDirectoryFilter; pageNumber?: number };
}
const searchAdapter = searchOrganisations as unknown as WireAdapterMock;
const frameworksAdapter = getFrameworks as unknown as WireAdapterMock;
const facetsAdapter = getDirectoryFacets as unknown as WireAdapterMock;
/** The counts are asked again only when their configuration changes, not when the page does. */
const facetsAsked = (): unknown => facetsAdapter.getLastConfig();

type Combobox = HTMLElement & { options: { label: string; value: string }[]; value: string | null };
type Card = HTMLElement & { organisation: OrganisationDescription };

function card(id: string, extra: Partial<OrganisationCard> = {}): OrganisationCard {
    return {
        id,
        name: `Organisation ${id}`,
        organisationType: 'National NGO',
        country: 'KE',
        languages: ['en'],
        commitments: ['CHS2014:4'],
        resourceCount: 3,
        groupCount: 1,
        ...extra
    };
}

/** A page of 24 as the server answers it; the total is what is shown unless another is given. */
function page(
    organisations: OrganisationCard[],
    { total = organisations.length, number = 1 }: { total?: number; number?: number } = {}
): OrganisationDirectoryPage {
    return { organisations, total, page: number, pageSize: 24, hasNextPage: total > number * 24 };
}

const FRAMEWORKS: StandardFramework[] = [
    {
        code: 'CHS2014',
        name: 'Core Humanitarian Standard',
        description: null,
        elementKinds: ['Commitment'],
        elements: [
            {
                code: '4',
                frameworkCode: 'CHS2014',
                kind: 'Commitment',
                parentCode: null,
                title: 'Communication',
                indicatorType: null,
                description: null,
                sortOrder: 4
            }
        ]
    }
];

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-organisation-directory', { is: OrganisationDirectory });
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const text = (element: HTMLElement, id: string): string =>
    (find(element, `[data-id="${id}"]`)?.textContent ?? '').trim();
const combobox = (element: HTMLElement, filter: string): Combobox =>
    find(element, `lightning-combobox[data-filter="${filter}"]`) as Combobox;
const asked = (): OrganisationDirectoryFilter => searchAdapter.getLastConfig().filter;
const askedPage = (): number | undefined => searchAdapter.getLastConfig().pageNumber;
/** The pager's Previous, Next and page label, inside its own shadow root. */
const inPager = (element: HTMLElement, id: string): (HTMLElement & { disabled: boolean }) | null =>
    (find(element, 'c-directory-pager')?.shadowRoot?.querySelector(`[data-id="${id}"]`) as
        (HTMLElement & { disabled: boolean }) | null) ?? null;
const total = (element: HTMLElement): string => (inPager(element, 'page-label')?.textContent ?? '').trim();

async function choose(element: HTMLElement, filter: string, value: string): Promise<void> {
    combobox(element, filter).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

async function type(element: HTMLElement, value: string | undefined, key?: string): Promise<void> {
    const input = find(element, '[data-id="search"]') as HTMLElement & { value: string | undefined };
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
    if (key) {
        input.dispatchEvent(new KeyboardEvent('keyup', { key }));
    }
    await flush();
}

describe('c-organisation-directory', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('asks for every member organisation, and shows a spinner until they arrive', async () => {
        const element = render();
        await flush();

        expect(asked()).toEqual({
            text: null,
            organisationType: null,
            country: null,
            language: null,
            commitment: null
        });
        expect(askedPage()).toBe(1);
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        expect(find(element, 'c-directory-pager')).toBeNull();
    });

    it('shows the organisations as cards in a list, and announces how many were found', async () => {
        const element = render();
        frameworksAdapter.emit(FRAMEWORKS);
        searchAdapter.emit(page([card('1'), card('2', { organisationType: null })]));
        await flush();

        const cards = [
            ...element.shadowRoot!.querySelectorAll<Card>('ul[data-id="results"] > li > c-organisation-card')
        ];
        expect(cards.map((shown) => shown.organisation.name)).toEqual(['Organisation 1', 'Organisation 2']);
        expect(cards[0]!.organisation.commitments).toEqual([{ label: '4 — Communication', value: 'CHS2014:4' }]);
        expect(inPager(element, 'page-label')!.getAttribute('role')).toBe('status');
        expect(total(element)).toBe('2 organisations · page 1 of 1');
        expect(find(element, 'lightning-spinner')).toBeNull();
    });

    it('says when one organisation is found', async () => {
        const element = render();
        searchAdapter.emit(page([card('1')]));
        await flush();

        expect(total(element)).toBe('c.Organisation_Result_One');
    });

    it('says so when nothing matches', async () => {
        const element = render();
        searchAdapter.emit(page([]));
        await flush();

        expect(text(element, 'results-empty')).toBe('c.Organisation_Empty');
        expect(find(element, 'c-organisation-card')).toBeNull();
        expect(find(element, 'c-directory-pager')).toBeNull();
    });

    it('shows an error from the server', async () => {
        const element = render();
        searchAdapter.error({ message: 'Denied' });
        await flush();

        expect(find(element, 'c-error-panel')).not.toBeNull();
        expect(find(element, '[data-id="results"]')).toBeNull();
    });

    it('offers "any" first in every filter, with translated types, countries, languages and commitments', async () => {
        const element = render();
        frameworksAdapter.emit(FRAMEWORKS);
        await flush();

        for (const filter of ['organisationType', 'country', 'language', 'commitment']) {
            expect(combobox(element, filter).options[0]).toEqual({ label: 'c.Groups_Filter_Any', value: '' });
        }
        expect(combobox(element, 'organisationType').options).toContainEqual({
            label: 'c.Org_Type_UN_Agency',
            value: 'UN agency'
        });
        expect(combobox(element, 'country').options).toContainEqual({ label: 'Kenya', value: 'KE' });
        expect(combobox(element, 'language').options.map((option) => option.value)).toEqual([
            '',
            'en',
            'fr',
            'es',
            'ar',
            'pt',
            'ru',
            'sw'
        ]);
        expect(combobox(element, 'commitment').options).toEqual([
            { label: 'c.Groups_Filter_Any', value: '' },
            { label: '4 — Communication', value: 'CHS2014:4' }
        ]);
    });

    it('asks again with each filter, and "any" removes it', async () => {
        const element = render();

        await choose(element, 'organisationType', 'UN agency');
        expect(asked().organisationType).toBe('UN agency');
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        await choose(element, 'country', 'KE');
        await choose(element, 'language', 'sw');
        await choose(element, 'commitment', 'CHS2014:4');
        expect(asked()).toEqual({
            text: null,
            organisationType: 'UN agency',
            country: 'KE',
            language: 'sw',
            commitment: 'CHS2014:4'
        });
        expect(combobox(element, 'country').value).toBe('KE');

        await choose(element, 'country', '');
        expect(asked().country).toBeNull();
    });

    it('keeps the results when a filter is chosen again unchanged', async () => {
        const element = render();
        await choose(element, 'country', 'KE');
        searchAdapter.emit(page([card('1')]));
        await flush();

        await choose(element, 'country', 'KE');

        expect(find(element, 'lightning-spinner')).toBeNull();
        expect(find(element, 'c-organisation-card')).not.toBeNull();
    });

    it('searches by name on Enter and with the button, not while typing', async () => {
        const element = render();

        await type(element, '  relief ');
        expect(asked().text).toBeNull();
        await type(element, '  relief ', 'a');
        expect(asked().text).toBeNull();
        await type(element, '  relief ', 'Enter');
        expect(asked().text).toBe('relief');

        await type(element, 'kenya');
        (find(element, '[data-id="search-button"]') as HTMLElement).click();
        await flush();
        expect(asked().text).toBe('kenya');
        expect((find(element, '[data-id="search"]') as HTMLInputElement & { maxLength: number }).maxLength).toBe(80);
    });

    it('shows everyone again as soon as the search box is cleared', async () => {
        const element = render();
        await type(element, 'relief', 'Enter');

        await type(element, '');
        expect(asked().text).toBeNull();

        await type(element, undefined);
        expect(asked().text).toBeNull();
        expect(find(element, 'lightning-spinner')).not.toBeNull();
    });

    it('passes on the organisation a card opens', async () => {
        const element = render();
        searchAdapter.emit(page([card('1')]));
        await flush();
        const opened = jest.fn();
        element.addEventListener('open', (event) => opened((event as CustomEvent<string>).detail));

        find(element, 'c-organisation-card')!.dispatchEvent(new CustomEvent('open', { detail: '1' }));

        expect(opened).toHaveBeenCalledWith('1');
    });

    it('asks the same search again when refreshed', async () => {
        const element = render();
        searchAdapter.emit(page([card('1')]));
        await flush();

        await (element as HTMLElement & { refresh(): Promise<unknown> }).refresh();

        expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('offers only the values that find an organisation, each with its count (point 7)', async () => {
        const element = render();
        frameworksAdapter.emit(FRAMEWORKS);
        facetsAdapter.emit({
            total: 3,
            facets: [
                { name: 'country', values: [{ value: 'KE', count: 2, selected: false }] },
                {
                    name: 'language',
                    values: [
                        { value: 'sw', count: 1, selected: false },
                        { value: 'en', count: 3, selected: false }
                    ]
                },
                { name: 'organisationType', values: [{ value: 'Local NGO', count: 1, selected: false }] },
                { name: 'commitment', values: [{ value: 'CHS2014:4', count: 2, selected: false }] }
            ]
        });
        await flush();

        expect(combobox(element, 'country').options).toEqual([
            { label: 'c.Groups_Filter_Any', value: '' },
            { label: 'Kenya (2)', value: 'KE' }
        ]);
        expect(combobox(element, 'language').options.map((option) => option.value)).toEqual(['', 'en', 'sw']);
        expect(combobox(element, 'organisationType').options[1]).toEqual({
            label: 'Local NGO (1)',
            value: 'Local NGO'
        });
        expect(combobox(element, 'commitment').options[1]).toEqual({
            label: '4 — Communication (2)',
            value: 'CHS2014:4'
        });
    });

    it('says how many match and how many pages they fill, and moves between pages (point 5)', async () => {
        const element = render();
        searchAdapter.emit(page([card('1'), card('2')], { total: 52 }));
        await flush();
        expect(total(element)).toBe('52 organisations · page 1 of 3');
        expect(inPager(element, 'previous')!.disabled).toBe(true);

        inPager(element, 'next')!.click();
        await flush();
        expect(askedPage()).toBe(2);
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        searchAdapter.emit(page([card('25')], { total: 52, number: 2 }));
        await flush();
        expect(total(element)).toBe('52 organisations · page 2 of 3');
        expect((find(element, 'c-organisation-card') as Card).organisation.name).toBe('Organisation 25');

        inPager(element, 'next')!.click();
        await flush();
        searchAdapter.emit(page([card('49')], { total: 52, number: 3 }));
        await flush();
        expect(total(element)).toBe('52 organisations · page 3 of 3');
        expect(inPager(element, 'next')!.disabled).toBe(true);

        inPager(element, 'previous')!.click();
        await flush();
        expect(askedPage()).toBe(2);
    });

    it('starts a new page at its top, with focus on the heading, and keeps the filter and its counts', async () => {
        const element = render();
        await choose(element, 'country', 'KE');
        searchAdapter.emit(page([card('1')], { total: 30 }));
        await flush();
        const heading = find(element, '[data-id="directory-heading"]')!;
        const scrolled = jest.fn();
        heading.scrollIntoView = scrolled;
        const facetsBefore = facetsAsked();

        inPager(element, 'next')!.click();
        await flush();

        expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
        expect(element.shadowRoot!.activeElement).toBe(heading);
        expect(asked().country).toBe('KE');
        expect(askedPage()).toBe(2);
        expect(facetsAsked()).toBe(facetsBefore);
    });

    it('offers the way back from a page past the last, as an old link may ask for', async () => {
        const element = render() as HTMLElement & { query: OrganisationDirectoryQuery };
        element.query = { page: 4 };
        await flush();
        searchAdapter.emit(page([], { total: 30, number: 4 }));
        await flush();

        expect(find(element, '[data-id="results-empty"]')).toBeNull();
        expect(total(element)).toBe('30 organisations · page 4 of 2');
        inPager(element, 'previous')!.click();
        await flush();
        expect(askedPage()).toBe(2);
    });

    it('goes back to the first page when a filter changes', async () => {
        const element = render();
        searchAdapter.emit(page([card('1')], { total: 30 }));
        await flush();
        inPager(element, 'next')!.click();
        await flush();
        expect(askedPage()).toBe(2);
        const facetsBefore = facetsAsked();

        await choose(element, 'language', 'fr');

        expect(asked().language).toBe('fr');
        expect(askedPage()).toBe(1);
        expect(facetsAsked()).not.toBe(facetsBefore);
    });

    it('tells the container each search, filter and page, and takes the one the address gives back (point 5)', async () => {
        const element = render() as HTMLElement & { query: OrganisationDirectoryQuery };
        const changes: unknown[] = [];
        element.addEventListener('querychange', (event) => changes.push((event as CustomEvent).detail));

        await choose(element, 'language', 'fr');
        searchAdapter.emit(page([card('1')], { total: 30 }));
        await flush();
        inPager(element, 'next')!.click();
        await flush();
        expect(changes).toEqual([
            { text: null, organisationType: null, country: null, language: 'fr', commitment: null, page: 1 },
            { text: null, organisationType: null, country: null, language: 'fr', commitment: null, page: 2 }
        ]);
        expect(element.query).toEqual(changes[1]);

        element.query = { text: 'Andina', country: 'CO', page: 3 };
        await flush();
        expect(asked()).toEqual({
            text: 'Andina',
            organisationType: null,
            country: 'CO',
            language: null,
            commitment: null
        });
        expect(askedPage()).toBe(3);
        expect((find(element, '[data-id="search"]') as HTMLElement & { value: string }).value).toBe('Andina');
        expect(changes).toHaveLength(2);

        element.query = { text: 'Andina', country: 'CO', page: 1 };
        await flush();
        expect(askedPage()).toBe(1);
        expect(asked().text).toBe('Andina');

        element.query = undefined as unknown as OrganisationDirectoryQuery;
        await flush();
        expect(asked().country).toBeNull();
        expect(askedPage()).toBe(1);
        expect(changes).toHaveLength(2);
    });
});
