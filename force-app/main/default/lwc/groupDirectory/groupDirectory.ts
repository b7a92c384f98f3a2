import { LightningElement, api, wire } from 'lwc';
import getDirectory from '@salesforce/apex/GroupController.getDirectory';
import getDirectoryFacets from '@salesforce/apex/GroupController.getDirectoryFacets';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { GroupDirectoryPage, GroupDirectoryQuery } from '@dto/groups';
import type { DirectoryFacets } from '@dto/shared';
import type { StandardFramework } from '@dto/taxonomy';
import { startAtTop } from 'c/focusManagement';
import { formatLabel } from 'c/labelFormat';
import {
    KIND_OPTIONS,
    LANGUAGE_OPTIONS,
    PRIVACY_OPTIONS,
    REGION_OPTIONS,
    SCOPE_OPTIONS,
    commitmentLabel,
    countedOptions,
    countryOptions,
    type Option
} from 'c/groupLabels';
import { codeAndTitle } from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_ANY from '@salesforce/label/c.Groups_Filter_Any';
import LABEL_COMMITMENT from '@salesforce/label/c.Group_Field_Commitments';
import LABEL_COUNTRY from '@salesforce/label/c.Group_Field_Country';
import LABEL_CREATE from '@salesforce/label/c.Groups_Create';
import LABEL_EMPTY from '@salesforce/label/c.Groups_Empty';
import LABEL_FILTERS from '@salesforce/label/c.Repository_Filters_Toggle';
import LABEL_KIND from '@salesforce/label/c.Group_Field_Kind';
import LABEL_LANGUAGE from '@salesforce/label/c.Group_Field_Language';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MINE from '@salesforce/label/c.Groups_Filter_Mine';
import LABEL_ARCHIVED from '@salesforce/label/c.Groups_Filter_Archived';
import LABEL_PRIVACY from '@salesforce/label/c.Group_Field_Privacy';
import LABEL_REGION from '@salesforce/label/c.Group_Field_Region';
import LABEL_SCOPE from '@salesforce/label/c.Group_Field_Scope';
import LABEL_SEARCH from '@salesforce/label/c.Groups_Search';
import LABEL_SORT from '@salesforce/label/c.Groups_Sort';
import LABEL_SORT_MEMBERS from '@salesforce/label/c.Groups_Sort_Members';
import LABEL_SORT_NAME from '@salesforce/label/c.Groups_Sort_Name';
import LABEL_SORT_NEWEST from '@salesforce/label/c.Groups_Sort_Newest';
import LABEL_SORT_RECENT from '@salesforce/label/c.Groups_Sort_Recent';
import LABEL_TITLE from '@salesforce/label/c.Groups_Title';
import LABEL_TOTAL from '@salesforce/label/c.Groups_Total';
import LABEL_TOTAL_ONE from '@salesforce/label/c.Groups_Total_One';

/** Typing pauses this long before the directory is asked again. */
const SEARCH_DELAY_MS = 300;

type FilterName = 'commitment' | 'language' | 'scope' | 'region' | 'country' | 'kind' | 'privacy' | 'sortBy';
type CountedFilter = Exclude<FilterName, 'sortBy'>;

function withAny(options: Option[]): Option[] {
    return [{ label: LABEL_ANY, value: '' }, ...options];
}

/** What the filters are counted for: page and sort change no count. */
function countedPart(query: GroupDirectoryQuery): GroupDirectoryQuery {
    const counted = { ...query };
    delete counted.page;
    delete counted.sortBy;
    return counted;
}

/** Two queries ask the same when they hold the same values. */
function sameQuery(left: GroupDirectoryQuery, right: GroupDirectoryQuery): boolean {
    return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * The group directory: filters, sorting and pages of group cards, all worked out
 * on the server. `query` starts it where the address says; each change of
 * search, filter or page fires `querychange` with the new query, so the
 * container can keep it in the address. Fires `open` with a group Id, and `create`.
 */
export default class GroupDirectory extends LightningElement {
    /** What the directory asks for; given again after Back or Forward, it asks for that. */
    @api
    get query(): GroupDirectoryQuery {
        return this.asked;
    }
    set query(value: GroupDirectoryQuery | undefined) {
        const query = value ?? { sortBy: 'recent', page: 1 };
        if (!sameQuery(query, this.asked)) {
            this.follow(query);
            this.searchValue = query.searchText ?? '';
        }
    }

    readonly labels = {
        title: LABEL_TITLE,
        create: LABEL_CREATE,
        search: LABEL_SEARCH,
        commitment: LABEL_COMMITMENT,
        language: LABEL_LANGUAGE,
        scope: LABEL_SCOPE,
        region: LABEL_REGION,
        country: LABEL_COUNTRY,
        kind: LABEL_KIND,
        privacy: LABEL_PRIVACY,
        mine: LABEL_MINE,
        archived: LABEL_ARCHIVED,
        sort: LABEL_SORT,
        empty: LABEL_EMPTY,
        loading: LABEL_LOADING,
        total: LABEL_TOTAL,
        totalOne: LABEL_TOTAL_ONE
    };
    readonly sortOptions: Option[] = [
        { label: LABEL_SORT_RECENT, value: 'recent' },
        { label: LABEL_SORT_NEWEST, value: 'newest' },
        { label: LABEL_SORT_MEMBERS, value: 'members' },
        { label: LABEL_SORT_NAME, value: 'name' }
    ];

    /** What the directory is asked for; a new object on each change, so the wire asks again. */
    asked: GroupDirectoryQuery = { sortBy: 'recent', page: 1 };
    /** The search box's text, set from the address only: typing must not be rewritten under the caret. */
    searchValue = '';
    /** On a narrow screen the filters fold behind "Filters (2)", so the groups are not pushed far down. */
    filtersOpen = false;
    directory = wiredValue<GroupDirectoryPage>();
    /** What each filter would find, and how many groups match, for the query as it stands. */
    facets?: DirectoryFacets;
    /** Whether the counts answer the query as it stands; the total is shown only then. */
    private totalKnown = false;
    /** What the filters are counted for; a new object only when a filter changes, not the page or sort. */
    counted: GroupDirectoryQuery = {};
    private commitments: Option[] = [];
    private countries?: Option[];
    private searchTimer?: ReturnType<typeof setTimeout>;

    @wire(getDirectory, { query: '$asked' })
    wiredDirectory(result: ApexWireResult<GroupDirectoryPage>): void {
        this.directory = wiredValue(result);
    }

    /** The last counts stay while new ones are asked for, so the filters do not jump; the total waits. */
    @wire(getDirectoryFacets, { query: '$counted' })
    wiredFacets({ data }: ApexWireResult<DirectoryFacets>): void {
        if (data) {
            this.facets = data;
            this.totalKnown = true;
        }
    }

    @wire(getFrameworks)
    wiredFrameworks({ data }: ApexWireResult<StandardFramework[]>): void {
        const commitments = (data ?? [])
            .flatMap((framework) => framework.elements)
            .filter((element) => element.kind === 'Commitment')
            .map((element) => {
                const key = `${element.frameworkCode}:${element.code}`;
                return {
                    label: element.title ? codeAndTitle(element.code, element.title) : commitmentLabel(key),
                    value: key
                };
            });
        this.commitments = commitments;
    }

    get commitmentOptions(): Option[] {
        return this.offered('commitment', this.commitments, commitmentLabel);
    }

    get languageOptions(): Option[] {
        return this.offered('language', LANGUAGE_OPTIONS);
    }

    get scopeOptions(): Option[] {
        return this.offered('scope', SCOPE_OPTIONS);
    }

    get regionOptions(): Option[] {
        return this.offered('region', REGION_OPTIONS);
    }

    get kindOptions(): Option[] {
        return this.offered('kind', KIND_OPTIONS);
    }

    get privacyOptions(): Option[] {
        return this.offered('privacy', PRIVACY_OPTIONS);
    }

    /** "Any", then the values that find a group, with counts once they are known. */
    private offered(filter: CountedFilter, options: Option[], fallback?: (value: string) => string): Option[] {
        const counted = this.facets?.facets.find((facet) => facet.name === filter)?.values;
        return withAny(countedOptions(options, counted, fallback));
    }

    /** The filters that narrow the list; the search box and the sort order stay in sight. */
    get filtersLabel(): string {
        const { commitment, language, scope, region, country, kind, privacy, myGroupsOnly, includeArchived } =
            this.query;
        const chosen = [commitment, language, scope, region, country, kind, privacy, myGroupsOnly, includeArchived];
        return formatLabel(LABEL_FILTERS, chosen.filter(Boolean).length);
    }

    get filtersExpanded(): string {
        return String(this.filtersOpen);
    }

    get filtersClass(): string {
        return this.filtersOpen ? 'directory-filters' : 'directory-filters directory-filters_folded';
    }

    handleFiltersToggle(): void {
        this.filtersOpen = !this.filtersOpen;
    }

    get isRegional(): boolean {
        return this.query.scope === 'Regional';
    }

    get isCountry(): boolean {
        return this.query.scope === 'Country';
    }

    get countryOptions(): Option[] {
        this.countries = this.countries ?? countryOptions();
        return this.offered('country', this.countries);
    }

    get isEmpty(): boolean {
        return this.directory.hasData && (this.directory.data?.groups.length ?? 0) === 0;
    }

    get pageNumber(): number {
        return this.query.page ?? 1;
    }

    /** The total for the pager, once the count answers the query as it stands. */
    get total(): number | undefined {
        return this.totalKnown ? this.facets?.total : undefined;
    }

    override disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
    }

    handleSearch(event: Event): void {
        const text = (event.target as HTMLInputElement).value ?? '';
        clearTimeout(this.searchTimer);
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- waits for a pause in typing before asking the server
        this.searchTimer = setTimeout(() => this.ask({ searchText: text.trim() || null }), SEARCH_DELAY_MS);
    }

    handleFilter(event: Event): void {
        const filter = (event.target as HTMLElement).dataset.filter as FilterName;
        const value = (event.target as HTMLInputElement).value || null;
        const change: GroupDirectoryQuery = { [filter]: value };
        if (filter === 'scope') {
            change.region = null;
            change.country = null;
        }
        this.ask(change);
    }

    handleArchived(event: Event): void {
        this.ask({ includeArchived: (event.target as HTMLInputElement).checked });
    }

    handleMine(event: Event): void {
        this.ask({ myGroupsOnly: (event.target as HTMLInputElement).checked });
    }

    handlePageChange(event: CustomEvent<number>): void {
        this.turnTo(event.detail);
    }

    handleOpen(event: CustomEvent<string>): void {
        this.dispatchEvent(new CustomEvent('open', { detail: event.detail }));
    }

    handleCreate(): void {
        this.dispatchEvent(new CustomEvent('create'));
    }

    /** A changed filter starts again from the first page. */
    private ask(change: GroupDirectoryQuery): void {
        this.change({ ...this.query, ...change, page: 1 });
    }

    /** A new page starts at its top, with focus on the directory's heading. */
    private turnTo(page: number): void {
        this.change({ ...this.query, page });
        startAtTop(this.template, '[data-id="directory-heading"]');
    }

    private change(query: GroupDirectoryQuery): void {
        this.follow(query);
        this.dispatchEvent(new CustomEvent('querychange', { detail: query }));
    }

    /** Asks for the query; the counts only when a filter changed. */
    private follow(query: GroupDirectoryQuery): void {
        this.asked = query;
        const counted = countedPart(query);
        if (!sameQuery(counted, this.counted)) {
            this.counted = counted;
            this.totalKnown = false;
        }
    }
}
