import { createElement } from 'lwc';
import GroupDirectory from 'c/groupDirectory';
import getDirectory from '@salesforce/apex/GroupController.getDirectory';
import getDirectoryFacets from '@salesforce/apex/GroupController.getDirectoryFacets';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { GroupDirectoryPage, GroupDirectoryQuery, GroupCard } from '@dto/groups';

jest.mock('@salesforce/label/c.Repository_Filters_Toggle', () => ({ default: 'Filters ({0})' }), { virtual: true });
jest.mock(
    '@salesforce/apex/GroupController.getDirectory',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/GroupController.getDirectoryFacets',
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
jest.mock('@salesforce/label/c.Groups_Page', () => ({ default: 'Page {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Groups_Total', () => ({ default: '{0} groups · page {1} of {2}' }), { virtual: true });
jest.mock('@salesforce/label/c.Groups_Total_One', () => ({ default: '1 group' }), { virtual: true });
jest.mock('@salesforce/label/c.Groups_Filter_Any', () => ({ default: 'Any' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Facet_Value', () => ({ default: '{0} ({1})' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): { query: GroupDirectoryQuery };
}
const directoryAdapter = getDirectory as unknown as WireAdapterMock;
const frameworksAdapter = getFrameworks as unknown as WireAdapterMock;
const facetsAdapter = getDirectoryFacets as unknown as WireAdapterMock & { getLastConfig(): { query: object } };

/** The counts the server gives: languages only, French chosen at zero when asked so. */
function facets(total: number, languages: Record<string, number>): unknown {
    return {
        total,
        facets: [
            {
                name: 'language',
                values: Object.entries(languages).map(([value, count]) => ({ value, count, selected: false }))
            }
        ]
    };
}

function card(id: string): GroupCard {
    return {
        id,
        title: `Group ${id}`,
        description: null,
        topic: null,
        kind: 'Peer_Group',
        commitments: [],
        standards: [],
        language: 'en',
        scope: 'Global',
        region: null,
        country: null,
        privacy: 'Open',
        listed: true,
        status: 'Active',
        memberCount: 1,
        lastActivityAt: null,
        createdAt: '2026-11-01T10:00:00.000Z',
        archivedAt: null,
        archivesOn: null,
        myStatus: null,
        myRole: null,
        myMembershipId: null
    };
}

function page(groups: GroupCard[], hasNextPage: boolean, number = 1): GroupDirectoryPage {
    return { groups, hasNextPage, page: number, pageSize: 12 };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const directory = createElement('c-group-directory', { is: GroupDirectory });
    document.body.appendChild(directory);
    return directory;
}

const find = (directory: HTMLElement, selector: string): HTMLElement | null =>
    directory.shadowRoot!.querySelector(selector);
/** The pager's Previous, Next and page label, inside its own shadow root. */
const inPager = (directory: HTMLElement, selector: string): HTMLElement | null =>
    find(directory, 'c-directory-pager')?.shadowRoot?.querySelector(selector) ?? null;
const pageText = (directory: HTMLElement): string => inPager(directory, '[data-id="page-label"]')?.textContent ?? '';
const filter = (directory: HTMLElement, name: string): HTMLElement & { value: string; options: { value: string }[] } =>
    find(directory, `[data-filter="${name}"]`) as HTMLElement & { value: string; options: { value: string }[] };

async function choose(directory: HTMLElement, name: string, value: string): Promise<void> {
    const combobox = filter(directory, name);
    combobox.value = value;
    combobox.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

describe('c-group-directory', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.useRealTimers();
    });

    it('shows a spinner, then an error', async () => {
        const directory = render();
        expect(find(directory, 'lightning-spinner')).not.toBeNull();

        directoryAdapter.error({ message: 'Down' });
        await flush();
        expect(find(directory, 'c-error-panel')).not.toBeNull();
    });

    it('says when no group matches', async () => {
        const directory = render();
        directoryAdapter.emit(page([], false));
        await flush();

        expect(find(directory, '[data-id="directory-empty"]')!.textContent).toBe('c.Groups_Empty');
    });

    it('shows the cards of a page and moves between pages', async () => {
        const directory = render();
        directoryAdapter.emit(page([card('1'), card('2')], true));
        await flush();

        expect(directory.shadowRoot!.querySelectorAll('c-group-card')).toHaveLength(2);
        expect((inPager(directory, '[data-id="previous"]') as unknown as { disabled: boolean }).disabled).toBe(true);
        (inPager(directory, '[data-id="next"]') as HTMLElement).click();
        await flush();
        expect(directoryAdapter.getLastConfig().query.page).toBe(2);
        expect(pageText(directory)).toContain('Page 2');

        directoryAdapter.emit(page([card('3')], false, 2));
        await flush();
        expect((inPager(directory, '[data-id="next"]') as unknown as { disabled: boolean }).disabled).toBe(true);
        (inPager(directory, '[data-id="previous"]') as HTMLElement).click();
        await flush();
        expect(directoryAdapter.getLastConfig().query.page).toBe(1);
    });

    it('starts a new page at its top, with focus on the heading, and tells the container each query', async () => {
        const directory = render();
        const changes: unknown[] = [];
        directory.addEventListener('querychange', (event) => changes.push((event as CustomEvent).detail));
        directoryAdapter.emit(page([card('1')], true));
        await flush();
        const heading = find(directory, '[data-id="directory-heading"]')!;
        const scrolled = jest.fn();
        heading.scrollIntoView = scrolled;

        (inPager(directory, '[data-id="next"]') as HTMLElement).click();
        await flush();

        expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
        expect(directory.shadowRoot!.activeElement).toBe(heading);
        expect(changes).toEqual([{ sortBy: 'recent', page: 2 }]);
    });

    it('folds the filters behind a button that counts the chosen ones (mobile filters)', async () => {
        const directory = render() as HTMLElement & { query: Record<string, unknown> };
        directory.query = { searchText: 'x', privacy: 'Open', myGroupsOnly: true, sortBy: 'name', page: 1 };
        await flush();
        const button = find(directory, '[data-id="filters-toggle"]')!;
        expect(button.textContent!.trim()).toBe('Filters (2)');
        expect(find(directory, '[data-id="folding-filters"]')!.className).toContain('directory-filters_folded');
        button.click();
        await flush();
        expect(button.getAttribute('aria-expanded')).toBe('true');
        expect(find(directory, '[data-id="folding-filters"]')!.className).not.toContain('directory-filters_folded');
    });

    it('asks for the query it is given, shows its search text, and ignores the same query given again', async () => {
        const directory = render() as HTMLElement & { query: Record<string, unknown> };
        directory.query = { searchText: 'Colombia', sortBy: 'name', page: 2 };
        await flush();
        expect(directoryAdapter.getLastConfig().query).toEqual({ searchText: 'Colombia', sortBy: 'name', page: 2 });
        const search = find(directory, '[data-id="search"]') as HTMLElement & { value: string };
        expect(search.value).toBe('Colombia');

        search.value = 'Colombia and Peru';
        directory.query = { searchText: 'Colombia', sortBy: 'name', page: 2 };
        await flush();
        expect(search.value).toBe('Colombia and Peru');
        directory.query = undefined as unknown as Record<string, unknown>;
        await flush();
        expect(directory.query).toEqual({ sortBy: 'recent', page: 1 });
    });

    it('filters from the first page, and asks for a region or country only with that scope', async () => {
        const directory = render();
        directoryAdapter.emit(page([card('1')], true));
        await flush();
        (inPager(directory, '[data-id="next"]') as HTMLElement).click();
        await flush();

        await choose(directory, 'language', 'fr');
        expect(directoryAdapter.getLastConfig().query).toMatchObject({ language: 'fr', page: 1 });
        expect(filter(directory, 'region')).toBeNull();

        await choose(directory, 'scope', 'Regional');
        await choose(directory, 'region', 'Africa');
        expect(directoryAdapter.getLastConfig().query).toMatchObject({ scope: 'Regional', region: 'Africa' });

        await choose(directory, 'scope', 'Country');
        expect(directoryAdapter.getLastConfig().query.region).toBeNull();
        expect(filter(directory, 'country').options.some((option) => option.value === 'KE')).toBe(true);

        await choose(directory, 'language', '');
        expect(directoryAdapter.getLastConfig().query.language).toBeNull();

        const mine = find(directory, '[data-id="mine"]') as HTMLElement & { checked: boolean };
        mine.checked = true;
        mine.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(directoryAdapter.getLastConfig().query.myGroupsOnly).toBe(true);

        const archived = find(directory, '[data-id="archived"]') as HTMLElement & { checked: boolean };
        archived.checked = true;
        archived.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(directoryAdapter.getLastConfig().query.includeArchived).toBe(true);
    });

    it('never offers direct conversations as a kind of group to look for', () => {
        const directory = render();

        expect(filter(directory, 'kind').options.map((option) => option.value)).toEqual([
            '',
            'Peer_Group',
            'Community_Of_Practice'
        ]);
    });

    it('searches after a pause in typing', async () => {
        jest.useFakeTimers();
        const directory = render();
        const search = find(directory, '[data-id="search"]') as HTMLElement & { value: string };

        search.value = 'feed';
        search.dispatchEvent(new CustomEvent('change'));
        search.value = ' feedback ';
        search.dispatchEvent(new CustomEvent('change'));
        jest.advanceTimersByTime(300);
        await Promise.resolve();

        expect(directoryAdapter.getLastConfig().query.searchText).toBe('feedback');
    });

    it('offers the commitments of the taxonomy as a filter', async () => {
        const directory = render();
        frameworksAdapter.emit([
            {
                code: 'CHS2014',
                name: 'CHS',
                elementKinds: ['Commitment', 'Indicator'],
                elements: [
                    {
                        code: '1',
                        frameworkCode: 'CHS2014',
                        kind: 'Commitment',
                        parentCode: null,
                        title: 'Appropriate',
                        indicatorType: null,
                        sortOrder: 1
                    },
                    {
                        code: '2',
                        frameworkCode: 'CHS2014',
                        kind: 'Commitment',
                        parentCode: null,
                        title: null,
                        indicatorType: null,
                        sortOrder: 2
                    },
                    {
                        code: '1.1',
                        frameworkCode: 'CHS2014',
                        kind: 'Indicator',
                        parentCode: '1',
                        title: null,
                        indicatorType: 'Key action',
                        sortOrder: 3
                    }
                ]
            }
        ]);
        await flush();

        expect(filter(directory, 'commitment').options.map((option) => option.value)).toEqual([
            '',
            'CHS2014:1',
            'CHS2014:2'
        ]);
    });

    it('asks to open a group and to create one', async () => {
        const directory = render();
        directoryAdapter.emit(page([card('1')], false));
        await flush();
        const open = jest.fn();
        const create = jest.fn();
        directory.addEventListener('open', open);
        directory.addEventListener('create', create);

        find(directory, 'c-group-card')!.dispatchEvent(new CustomEvent('open', { detail: '1' }));
        (find(directory, '[data-id="create-group"]') as HTMLElement).click();

        expect((open.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('1');
        expect(create).toHaveBeenCalledTimes(1);
    });

    it('offers only the languages that find a group, each with its count, every value until the counts arrive', async () => {
        const directory = render();
        const labels = (): string[] =>
            (filter(directory, 'language').options as unknown as { label: string }[]).map((option) => option.label);
        expect(labels()).toHaveLength(6);

        facetsAdapter.emit(facets(7, { en: 5, ar: 2 }));
        await flush();

        expect(filter(directory, 'language').options.map((option) => option.value)).toEqual(['', 'en', 'ar']);
        expect(labels()[1]).toMatch(/^\S+ \(5\)$/);
        expect(labels()[2]).toMatch(/ \(2\)$/);
        expect(filter(directory, 'privacy').options.length).toBeGreaterThan(2);
    });

    it('asks for the counts again when a filter changes, not when the page or the sort does', async () => {
        const directory = render();
        directoryAdapter.emit(page([card('1')], true));
        await flush();
        expect(facetsAdapter.getLastConfig().query).toEqual({});

        (inPager(directory, '[data-id="next"]') as HTMLElement).click();
        await flush();
        await choose(directory, 'sortBy', 'name');
        expect(facetsAdapter.getLastConfig().query).toEqual({});

        await choose(directory, 'privacy', 'Open');
        expect(facetsAdapter.getLastConfig().query).toEqual({ privacy: 'Open' });
    });

    it('says how many groups match and how many pages they fill, once the count answers this query (B16)', async () => {
        const directory = render() as HTMLElement & { query: Record<string, unknown> };
        directory.query = { searchText: 'health', sortBy: 'recent', page: 2 };
        await flush();
        directoryAdapter.emit(page([card('13')], true, 2));
        await flush();
        expect(pageText(directory)).toContain('Page 2');

        facetsAdapter.emit(facets(52, { en: 52 }));
        await flush();
        expect(pageText(directory)).toContain('52 groups · page 2 of 5');

        await choose(directory, 'language', 'en');
        directoryAdapter.emit(page([card('1')], false));
        await flush();
        expect(pageText(directory)).toContain('Page 1');
        expect(pageText(directory)).not.toContain('52 groups');

        facetsAdapter.emit(facets(1, { en: 1 }));
        await flush();
        expect(pageText(directory)).toContain('1 group');
    });
});
