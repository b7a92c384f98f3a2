import { createElement } from 'lwc';
import RepositoryBrowser from 'c/repositoryBrowser';
import { refreshApex } from '@salesforce/apex';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import searchResources from '@salesforce/apex/RepositoryBrowseController.searchResources';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { AccessState } from '@dto/access';
import type {
    RepositoryFacet,
    FacetSelection,
    ResourceCard,
    ResourceSearchRequest,
    ResourceSearchResult
} from '@dto/repository';
import type { FacetGroup } from 'c/repositoryFacets';
import type { ResourceDescription } from 'c/repositoryLabels';

jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock(
    '@salesforce/apex/AccessController.getAccessState',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/RepositoryBrowseController.searchResources',
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
jest.mock('@salesforce/label/c.Repository_Page', () => ({ default: '{0} resources · page {1} of {2}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Repository_Results', () => ({ default: '{0} found' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Filters_Toggle', () => ({ default: 'Filters ({0})' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Commitment_Badge', () => ({ default: 'Commitment {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Title', () => ({ default: '{0} — {1}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): { request: ResourceSearchRequest };
}
const searchAdapter = searchResources as unknown as WireAdapterMock;
const accessAdapter = getAccessState as unknown as WireAdapterMock;

function access(standing: AccessState['standing']): AccessState {
    return {
        standing,
        hasAccess: true,
        isOrganisationAdmin: false,
        isModerator: standing === 'ALLIANCE_STAFF',
        isAdministrator: false,
        organisationName: standing === 'MEMBER' ? 'Relief Org' : null,
        message: null,
        membershipInfoUrl: null
    };
}
const frameworksAdapter = getFrameworks as unknown as WireAdapterMock;
const stagesAdapter = getVerificationStages as unknown as WireAdapterMock;

function card(id: string): ResourceCard {
    return {
        id,
        title: `Toolkit ${id}`,
        excerpt: null,
        resourceType: 'Tool',
        organisationName: 'Relief Org',
        organisationType: 'NGO',
        country: 'KE',
        language: 'en',
        year: 2025,
        stage: 'S1',
        tags: ['CHS2014:3'],
        publishedAt: '2026-11-01T10:00:00.000Z',
        averageRating: null,
        ratingCount: 0,
        downloadCount: 0
    };
}

function result(
    resources: ResourceCard[],
    total: number,
    facets: RepositoryFacet[] = [],
    pageNumber = 1
): ResourceSearchResult {
    return { resources, total, pageNumber, pageSize: 20, facets };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(initialSelections?: string | FacetSelection[]): HTMLElement {
    const browser = createElement('c-repository-browser', { is: RepositoryBrowser });
    if (initialSelections !== undefined) {
        Object.assign(browser, { initialSelections });
    }
    document.body.appendChild(browser);
    return browser;
}

const find = (browser: HTMLElement, selector: string): HTMLElement | null =>
    browser.shadowRoot!.querySelector(selector);
/** Previous, Next and the page label, inside the pager's own shadow root. */
const inPager = (browser: HTMLElement, selector: string): HTMLElement | null =>
    find(browser, 'c-directory-pager')?.shadowRoot?.querySelector(selector) ?? null;
const text = (browser: HTMLElement, id: string): string =>
    (find(browser, `[data-id="${id}"]`)?.textContent ?? '').trim();
const facetsOf = (browser: HTMLElement): FacetGroup[] =>
    (find(browser, 'c-repository-facets') as HTMLElement & { facets: FacetGroup[] }).facets;
const lastRequest = (): ResourceSearchRequest => searchAdapter.getLastConfig().request;

async function type(browser: HTMLElement, value: string, key?: string): Promise<void> {
    const input = find(browser, '[data-id="search"]') as HTMLElement & { value: string };
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
    if (key) {
        input.dispatchEvent(new KeyboardEvent('keyup', { key }));
    }
    await flush();
}

async function toggle(browser: HTMLElement, detail: string): Promise<void> {
    find(browser, 'c-repository-facets')!.dispatchEvent(new CustomEvent('toggle', { detail }));
    await flush();
}

describe('c-repository-browser', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows a spinner, then an error, keeping the facets it had', async () => {
        const browser = render();
        expect(find(browser, 'lightning-spinner')).not.toBeNull();
        expect(text(browser, 'total')).toBe('');

        searchAdapter.emit(
            result([card('1')], 1, [{ name: 'type', values: [{ value: 'Tool', count: 1, selected: false }] }])
        );
        await flush();
        searchAdapter.error({ message: 'Down' });
        await flush();

        expect(find(browser, 'c-error-panel')).not.toBeNull();
        expect(facetsOf(browser).find((facet) => facet.name === 'type')!.values).toHaveLength(1);
    });

    it('asks the current search again when told the repository changed', async () => {
        const browser = render() as HTMLElement & { refresh(): Promise<unknown> };
        searchAdapter.emit(result([card('1')], 1));
        await flush();

        await browser.refresh();

        expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('says when nothing matches', async () => {
        const browser = render();
        searchAdapter.emit(result([], 0));
        await flush();

        expect(text(browser, 'results-empty')).toBe('c.Repository_Empty');
        expect(text(browser, 'total')).toBe('0 found');
    });

    it('describes each resource with the titles of its stage and tags, and announces the total', async () => {
        const browser = render();
        stagesAdapter.emit([{ code: 'S1', title: 'Self-assessment', sortOrder: 1 }]);
        frameworksAdapter.emit([
            {
                code: 'CHS2014',
                name: 'CHS',
                elementKinds: ['Commitment'],
                elements: [
                    {
                        code: '3',
                        frameworkCode: 'CHS2014',
                        kind: 'Commitment',
                        parentCode: null,
                        title: 'Strengthens local capacities',
                        indicatorType: null,
                        sortOrder: 3
                    }
                ]
            }
        ]);
        searchAdapter.emit(result([card('1')], 1));
        await flush();

        const resources = [...browser.shadowRoot!.querySelectorAll('c-resource-card')].map(
            (element) => (element as HTMLElement & { resource: ResourceDescription }).resource
        );
        expect(resources).toHaveLength(1);
        expect(resources[0]).toMatchObject({
            title: 'Toolkit 1',
            stage: 'Self-assessment',
            tags: [{ key: 'CHS2014:3', label: '3 — Strengthens local capacities' }]
        });
        expect(text(browser, 'total')).toBe('c.Repository_Result_One');
    });

    it('names and orders the facet values, and toggles them from the first page', async () => {
        const browser = render();
        stagesAdapter.emit([
            { code: 'S1', title: 'Self-assessment', sortOrder: 1 },
            { code: 'S2', title: 'Peer review', sortOrder: 2 }
        ]);
        searchAdapter.emit(
            result([card('1')], 45, [
                {
                    name: 'stage',
                    values: [
                        { value: 'S2', count: 3, selected: false },
                        { value: 'S1', count: 9, selected: false }
                    ]
                },
                {
                    name: 'year',
                    values: [
                        { value: '2023', count: 1, selected: false },
                        { value: '2025', count: 2, selected: false }
                    ]
                },
                { name: 'organisationType', values: [{ value: 'NGO', count: 4, selected: false }] }
            ])
        );
        await flush();
        (inPager(browser, '[data-id="next"]') as HTMLElement).click();
        await flush();
        expect(lastRequest().pageNumber).toBe(2);

        const facets = facetsOf(browser);
        expect(facets.map((facet) => facet.name)).toEqual([
            'type',
            'stage',
            'commitment',
            'indicator',
            'organisationType',
            'country',
            'language',
            'year'
        ]);
        expect(facets[1]!.values.map((value) => value.label)).toEqual(['Self-assessment', 'Peer review']);
        expect(facets[7]!.values.map((value) => value.value)).toEqual(['2025', '2023']);

        await toggle(browser, 'stage:S1');
        await toggle(browser, 'commitment:CHS2014:3');
        await toggle(browser, 'stage:S2');
        expect(lastRequest()).toMatchObject({
            pageNumber: 1,
            selections: [
                { facet: 'commitment', values: ['CHS2014:3'] },
                { facet: 'stage', values: ['S1', 'S2'] }
            ]
        });

        await toggle(browser, 'commitment:CHS2014:3');
        expect(lastRequest().selections).toEqual([{ facet: 'stage', values: ['S1', 'S2'] }]);

        find(browser, 'c-repository-facets')!.dispatchEvent(new CustomEvent('clear'));
        await flush();
        expect(lastRequest().selections).toEqual([]);
    });

    it('moves between pages, says how many it found and which page it shows, and starts each at its top', async () => {
        const browser = render();
        searchAdapter.emit(result([card('1')], 45));
        await flush();
        expect(inPager(browser, '[data-id="page-label"]')?.textContent).toBe('45 resources · page 1 of 3');
        expect((inPager(browser, '[data-id="previous"]') as unknown as { disabled: boolean }).disabled).toBe(true);
        const heading = find(browser, '[data-id="repository-heading"]')!;
        const scrolled = jest.fn();
        heading.scrollIntoView = scrolled;

        (inPager(browser, '[data-id="next"]') as HTMLElement).click();
        await flush();
        expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
        expect(browser.shadowRoot!.activeElement).toBe(heading);
        expect(find(browser, 'lightning-spinner')).not.toBeNull();
        searchAdapter.emit(result([card('21')], 45, [], 2));
        await flush();
        (inPager(browser, '[data-id="next"]') as HTMLElement).click();
        await flush();
        searchAdapter.emit(result([card('41')], 45, [], 3));
        await flush();
        expect(inPager(browser, '[data-id="page-label"]')?.textContent).toBe('45 resources · page 3 of 3');
        expect((inPager(browser, '[data-id="next"]') as unknown as { disabled: boolean }).disabled).toBe(true);

        (inPager(browser, '[data-id="previous"]') as HTMLElement).click();
        await flush();
        expect(lastRequest().pageNumber).toBe(2);
    });

    it('folds the facets behind a button that counts the chosen values (mobile filters)', async () => {
        const browser = render([{ facet: 'commitment', values: ['CHS2014:3', 'CHS2014:4'] }]);
        searchAdapter.emit(result([card('1')], 1));
        await flush();
        const button = find(browser, '[data-id="filters-toggle"]')!;
        expect(button.textContent!.trim()).toBe('Filters (2)');
        expect(button.getAttribute('aria-expanded')).toBe('false');
        expect(find(browser, '[data-id="facets"]')!.className).toContain('repository-facets_folded');

        button.click();
        await flush();
        expect(button.getAttribute('aria-expanded')).toBe('true');
        expect(find(browser, '[data-id="facets"]')!.className).not.toContain('repository-facets_folded');
    });

    it('sorts from the first page', async () => {
        const browser = render();
        searchAdapter.emit(result([card('1')], 1));
        await flush();

        find(browser, '[data-id="sort"]')!.dispatchEvent(new CustomEvent('change', { detail: { value: 'rating' } }));
        await flush();
        expect(lastRequest()).toMatchObject({ sortBy: 'rating', pageNumber: 1 });
        expect((find(browser, '[data-id="sort"]') as HTMLElement & { value: string }).value).toBe('rating');
    });

    it('searches words on Enter or with the button, hints when too short, and clears with the box', async () => {
        const browser = render();
        searchAdapter.emit(result([card('1')], 1));
        await flush();

        await type(browser, 'f', 'Enter');
        expect(text(browser, 'search-hint')).toBe('c.Search_Error_Too_Short');
        expect(lastRequest().text).toBeNull();

        await type(browser, ' feedback ', 'a');
        expect(lastRequest().text).toBeNull();
        (find(browser, '[data-id="search-button"]') as HTMLElement).click();
        await flush();
        expect(lastRequest().text).toBe('feedback');
        expect(find(browser, '[data-id="search-hint"]')).toBeNull();

        await type(browser, 'complaints', 'Enter');
        expect(lastRequest().text).toBe('complaints');

        await type(browser, '');
        expect(lastRequest().text).toBeNull();
        await type(browser, '');
        expect(lastRequest().text).toBeNull();
    });

    it('opens with the facets another page chose, as a list or as JSON, ignoring what it cannot read', async () => {
        const fromList = render([{ facet: 'commitment', values: ['CHS2014:3'] }]);
        await flush();
        expect(lastRequest().selections).toEqual([{ facet: 'commitment', values: ['CHS2014:3'] }]);
        expect((fromList as HTMLElement & { initialSelections: FacetSelection[] }).initialSelections).toEqual([
            { facet: 'commitment', values: ['CHS2014:3'] }
        ]);

        render(JSON.stringify([{ facet: 'country', values: ['KE'] }, { facet: 'colour', values: ['red'] }, null]));
        await flush();
        expect(lastRequest().selections).toEqual([{ facet: 'country', values: ['KE'] }]);

        render('not json');
        await flush();
        expect(lastRequest().selections).toEqual([]);
        render('{"facet":"country"}');
        await flush();
        expect(lastRequest().selections).toEqual([]);
    });

    it('asks to open a resource, to offer a document and to see where resources are missing', async () => {
        const browser = render();
        accessAdapter.emit(access('MEMBER'));
        searchAdapter.emit(result([card('1')], 1));
        await flush();
        const open = jest.fn();
        const submit = jest.fn();
        const gaps = jest.fn();
        browser.addEventListener('open', open);
        browser.addEventListener('submit', submit);
        browser.addEventListener('gaps', gaps);

        find(browser, 'c-resource-card')!.dispatchEvent(new CustomEvent('open', { detail: '1' }));
        (find(browser, '[data-id="offer"]') as HTMLElement).click();
        const gapsButton = find(browser, '[data-id="gaps"]') as HTMLElement & { label: string };
        gapsButton.click();

        expect((open.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('1');
        expect(submit).toHaveBeenCalledTimes(1);
        expect(gapsButton.label).toBe('c.Gap_Open');
        expect(gaps).toHaveBeenCalledTimes(1);
    });

    it('tells the container each search, and shows a search it is given (point 5)', async () => {
        const browser = render() as HTMLElement & { searchRequest: ResourceSearchRequest };
        const changes: ResourceSearchRequest[] = [];
        browser.addEventListener('searchchange', (event) =>
            changes.push((event as CustomEvent<ResourceSearchRequest>).detail)
        );
        await toggle(browser, 'language:fr');
        expect(changes.at(-1)).toMatchObject({ selections: [{ facet: 'language', values: ['fr'] }], pageNumber: 1 });

        const given: ResourceSearchRequest = { text: 'radio', selections: [], sortBy: 'title', pageNumber: 3 };
        browser.searchRequest = given;
        await flush();
        expect(lastRequest()).toEqual(given);
        expect((find(browser, '[data-id="search"]') as HTMLElement & { value: string }).value).toBe('radio');
        const count = changes.length;
        browser.searchRequest = { ...given };
        browser.searchRequest = undefined as unknown as ResourceSearchRequest;
        await flush();
        expect(lastRequest()).toEqual(given);
        expect(changes).toHaveLength(count);
    });

    it('offers no document to Alliance staff, whom the service refuses, nor before the access is known', async () => {
        const browser = render();
        searchAdapter.emit(result([card('1')], 1));
        await flush();
        expect(find(browser, '[data-id="offer"]')).toBeNull();

        accessAdapter.emit(access('ALLIANCE_STAFF'));
        await flush();
        expect(find(browser, '[data-id="offer"]')).toBeNull();
        expect(find(browser, '[data-id="gaps"]')).not.toBeNull();
    });
});
