import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import searchResources from '@salesforce/apex/RepositoryBrowseController.searchResources';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { AccessState } from '@dto/access';
import type { FacetName, ResourceSort } from '@dto/enumerations';
import type { RepositoryFacet, FacetSelection, ResourceSearchRequest, ResourceSearchResult } from '@dto/repository';
import type { StandardFramework, VerificationStage } from '@dto/taxonomy';
import type { FacetGroup } from 'c/repositoryFacets';
import { formatLabel, type Option } from 'c/labelFormat';
import { startAtTop } from 'c/focusManagement';
import {
    FACET_LABELS,
    compareValues,
    describeResource,
    taxonomyOf,
    valueDescription,
    valueLabel,
    type ResourceDescription,
    type Taxonomy
} from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_EMPTY from '@salesforce/label/c.Repository_Empty';
import LABEL_GAPS from '@salesforce/label/c.Gap_Open';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_OFFER from '@salesforce/label/c.Repository_Offer';
import LABEL_PAGE from '@salesforce/label/c.Repository_Page';
import LABEL_RESULT_ONE from '@salesforce/label/c.Repository_Result_One';
import LABEL_RESULTS from '@salesforce/label/c.Repository_Results';
import LABEL_SEARCH from '@salesforce/label/c.Repository_Search';
import LABEL_SEARCH_BUTTON from '@salesforce/label/c.Repository_Search_Button';
import LABEL_SORT from '@salesforce/label/c.Groups_Sort';
import LABEL_SORT_DOWNLOADS from '@salesforce/label/c.Repository_Sort_Downloads';
import LABEL_SORT_NEWEST from '@salesforce/label/c.Groups_Sort_Newest';
import LABEL_SORT_RATING from '@salesforce/label/c.Repository_Sort_Rating';
import LABEL_SORT_TITLE from '@salesforce/label/c.Groups_Sort_Name';
import LABEL_FILTERS from '@salesforce/label/c.Repository_Filters_Toggle';
import LABEL_TITLE from '@salesforce/label/c.Repository_Title';
import LABEL_TOO_SHORT from '@salesforce/label/c.Search_Error_Too_Short';

/** Shortest text sent to the server; an empty box searches everything. */
const SHORTEST_SEARCH = 2;

const FACET_NAMES = Object.keys(FACET_LABELS) as FacetName[];

function isSelection(candidate: unknown): candidate is FacetSelection {
    const selection = candidate as Partial<FacetSelection> | null;
    return (
        typeof selection === 'object' &&
        selection !== null &&
        FACET_NAMES.includes(selection.facet as FacetName) &&
        Array.isArray(selection.values) &&
        selection.values.every((value) => typeof value === 'string')
    );
}

/** Another page may hand facets over as JSON in a URL or a property; anything unreadable is ignored. */
function selectionsFrom(value: string | FacetSelection[] | null | undefined): FacetSelection[] {
    let parsed: unknown = value;
    if (typeof value === 'string') {
        try {
            parsed = JSON.parse(value);
        } catch {
            parsed = [];
        }
    }
    return Array.isArray(parsed)
        ? parsed.filter(isSelection).map((selection) => ({ facet: selection.facet, values: [...selection.values] }))
        : [];
}

/**
 * The repository browser: words, facets with counts, sorting and pages, all
 * worked out on the server. Each change of words, facets, sort or page fires
 * `searchchange` with the request, so the container can keep it in the address;
 * `search-request` gives one back (after Back, or from a shared link). Fires
 * `open` with a resource Id, `submit` to offer a document, and `gaps` to see
 * where resources are missing.
 */
export default class RepositoryBrowser extends LightningElement {
    /** Facets chosen when the browser opens: FacetSelection[] or the same as JSON. */
    @api
    get initialSelections(): FacetSelection[] {
        return this.request.selections;
    }
    set initialSelections(value: string | FacetSelection[] | null | undefined) {
        this.ask({ selections: selectionsFrom(value) });
    }

    /** A whole search to show, as the address keeps it; nothing leaves the current one. */
    @api
    get searchRequest(): ResourceSearchRequest {
        return this.request;
    }
    set searchRequest(value: ResourceSearchRequest | null | undefined) {
        if (value && JSON.stringify(value) !== JSON.stringify(this.request)) {
            this.request = { ...value, selections: selectionsFrom(value.selections) };
            this.text = value.text ?? '';
            this.results = wiredValue();
        }
    }

    readonly labels = {
        title: LABEL_TITLE,
        offer: LABEL_OFFER,
        gaps: LABEL_GAPS,
        search: LABEL_SEARCH,
        searchButton: LABEL_SEARCH_BUTTON,
        sort: LABEL_SORT,
        empty: LABEL_EMPTY,
        loading: LABEL_LOADING,
        total: LABEL_PAGE,
        resultOne: LABEL_RESULT_ONE
    };
    readonly sortOptions: Option<ResourceSort>[] = [
        { label: LABEL_SORT_NEWEST, value: 'newest' },
        { label: LABEL_SORT_TITLE, value: 'title' },
        { label: LABEL_SORT_RATING, value: 'rating' },
        { label: LABEL_SORT_DOWNLOADS, value: 'downloads' }
    ];

    /** What the server is asked; a new object on each change, so the wire asks again. */
    request: ResourceSearchRequest = { text: null, selections: [], sortBy: 'newest', pageNumber: 1 };
    /** On a narrow screen the facets fold behind "Filters (3)", so the results are not pushed far down. */
    filtersOpen = false;
    results = wiredValue<ResourceSearchResult>();
    text = '';
    hint = '';
    /** The last facets received stay on screen while a new search runs, so the panel does not jump. */
    private facets: RepositoryFacet[] = [];
    private wiredSearch?: ApexWireResult<ResourceSearchResult>;
    private stages?: VerificationStage[];
    private frameworks?: StandardFramework[];

    /**
     * Only staff of a member organisation offer documents; the service refuses
     * Alliance staff, so the console shows no button that would only fail.
     */
    canOffer = false;

    @wire(getAccessState)
    wiredAccess({ data }: ApexWireResult<AccessState>): void {
        this.canOffer = data?.standing === 'MEMBER';
    }

    @wire(searchResources, { request: '$request' })
    wiredResults(result: ApexWireResult<ResourceSearchResult>): void {
        this.wiredSearch = result;
        this.results = wiredValue(result);
        this.facets = this.results.data?.facets ?? this.facets;
    }

    @wire(getVerificationStages)
    wiredStages({ data }: ApexWireResult<VerificationStage[]>): void {
        this.stages = data;
    }

    @wire(getFrameworks)
    wiredFrameworks({ data }: ApexWireResult<StandardFramework[]>): void {
        this.frameworks = data;
    }

    /** Asks the current search again: counts, ratings and retirements change while a resource is open. */
    @api
    refresh(): Promise<unknown> {
        return refreshApex(this.wiredSearch);
    }

    private get taxonomy(): Taxonomy {
        return taxonomyOf(this.stages, this.frameworks);
    }

    get filtersLabel(): string {
        const chosen = this.request.selections.reduce((count, selection) => count + selection.values.length, 0);
        return formatLabel(LABEL_FILTERS, chosen);
    }

    get filtersExpanded(): string {
        return String(this.filtersOpen);
    }

    get facetsClass(): string {
        return this.filtersOpen ? 'repository-facets' : 'repository-facets repository-facets_folded';
    }

    handleFiltersToggle(): void {
        this.filtersOpen = !this.filtersOpen;
    }

    get facetGroups(): FacetGroup[] {
        const taxonomy = this.taxonomy;
        const byName = new Map(this.facets.map((facet) => [facet.name, facet]));
        return FACET_NAMES.map((name) => ({
            name,
            legend: FACET_LABELS[name],
            values: (byName.get(name)?.values ?? [])
                .map((value) => ({
                    ...value,
                    label: valueLabel(name, value.value, taxonomy),
                    description: valueDescription(name, value.value, taxonomy)
                }))
                .sort(compareValues(name, taxonomy))
        }));
    }

    get resources(): ResourceDescription[] {
        const taxonomy = this.taxonomy;
        return (this.results.data?.resources ?? []).map((card) => describeResource(card, taxonomy));
    }

    get isEmpty(): boolean {
        return this.results.hasData && this.resources.length === 0;
    }

    /** Announced politely whenever a search answers. */
    get totalLabel(): string {
        const total = this.results.data?.total;
        if (total === undefined) {
            return '';
        }
        return total === 1 ? LABEL_RESULT_ONE : formatLabel(LABEL_RESULTS, total);
    }

    private get pageCount(): number {
        const data = this.results.data;
        return data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
    }

    get hasNextPage(): boolean {
        return this.request.pageNumber < this.pageCount;
    }

    handleText(event: Event): void {
        this.text = (event.target as HTMLInputElement).value ?? '';
        // The search box's clear button empties it: show everything again at once.
        if (!this.text.trim() && this.request.text) {
            this.search();
        }
    }

    handleKeyUp(event: KeyboardEvent): void {
        if (event.key === 'Enter') {
            this.search();
        }
    }

    search(): void {
        const text = this.text.trim();
        if (text.length > 0 && text.length < SHORTEST_SEARCH) {
            this.hint = LABEL_TOO_SHORT;
            return;
        }
        this.hint = '';
        this.ask({ text: text || null });
    }

    handleSort(event: CustomEvent<{ value: ResourceSort }>): void {
        this.ask({ sortBy: event.detail.value });
    }

    handleToggle(event: CustomEvent<string>): void {
        const separator = event.detail.indexOf(':');
        const facet = event.detail.substring(0, separator) as FacetName;
        const value = event.detail.substring(separator + 1);
        const others = this.request.selections.filter((selection) => selection.facet !== facet);
        const current = this.request.selections.find((selection) => selection.facet === facet)?.values ?? [];
        const values = current.includes(value) ? current.filter((chosen) => chosen !== value) : [...current, value];
        this.ask({ selections: values.length > 0 ? [...others, { facet, values }] : others });
    }

    handleClear(): void {
        this.ask({ selections: [] });
    }

    handlePageChange(event: CustomEvent<number>): void {
        this.turnTo(event.detail);
    }

    handleOpen(event: CustomEvent<string>): void {
        this.dispatchEvent(new CustomEvent('open', { detail: event.detail }));
    }

    handleSubmit(): void {
        this.dispatchEvent(new CustomEvent('submit'));
    }

    handleGaps(): void {
        this.dispatchEvent(new CustomEvent('gaps'));
    }

    /** A changed search starts again from the first page. */
    private ask(change: Partial<ResourceSearchRequest>): void {
        this.replaceRequest({ ...this.request, ...change, pageNumber: 1 });
    }

    /** A new page starts at its top, with focus on the repository's heading. */
    private turnTo(pageNumber: number): void {
        this.replaceRequest({ ...this.request, pageNumber });
        startAtTop(this.template, '[data-id="repository-heading"]');
    }

    /** An unchanged request is not sent again: the wire would not answer, and the spinner would stay. */
    private replaceRequest(request: ResourceSearchRequest): void {
        if (JSON.stringify(request) !== JSON.stringify(this.request)) {
            this.request = request;
            this.results = wiredValue();
            this.dispatchEvent(new CustomEvent('searchchange', { detail: request }));
        }
    }
}
