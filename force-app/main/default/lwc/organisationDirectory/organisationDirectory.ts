import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getDirectoryFacets from '@salesforce/apex/OrganisationDirectoryController.getDirectoryFacets';
import searchOrganisations from '@salesforce/apex/OrganisationDirectoryController.searchOrganisations';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { OrganisationDirectoryFilter, OrganisationDirectoryPage } from '@dto/organisations';
import type { DirectoryFacets } from '@dto/shared';
import type { StandardFramework } from '@dto/taxonomy';
import { startAtTop } from 'c/focusManagement';
import { countedOptions, countryOptions } from 'c/groupLabels';
import { optionsOf, type Option } from 'c/labelFormat';
import {
    commitmentOptions,
    describeOrganisation,
    languageOptions,
    type OrganisationDescription
} from 'c/organisationLabels';
import { ORGANISATION_TYPE_LABELS } from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_ANY from '@salesforce/label/c.Groups_Filter_Any';
import LABEL_COMMITMENT from '@salesforce/label/c.Repository_Facet_Commitment';
import LABEL_COUNTRY from '@salesforce/label/c.Group_Field_Country';
import LABEL_EMPTY from '@salesforce/label/c.Organisation_Empty';
import LABEL_LANGUAGE from '@salesforce/label/c.Organisation_Language';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_RESULT_ONE from '@salesforce/label/c.Organisation_Result_One';
import LABEL_SEARCH from '@salesforce/label/c.Organisation_Search';
import LABEL_SEARCH_BUTTON from '@salesforce/label/c.Repository_Search_Button';
import LABEL_TITLE from '@salesforce/label/c.Organisation_Directory_Title';
import LABEL_TOTAL from '@salesforce/label/c.Organisation_Total';
import LABEL_TYPE from '@salesforce/label/c.Repository_Facet_Organisation_Type';

/** The server refuses longer filters. */
const LONGEST_SEARCH = 80;

type FilterName = 'organisationType' | 'country' | 'language' | 'commitment';

/** What the directory shows: the search and filters, and the page, from 1. */
export interface OrganisationDirectoryQuery extends OrganisationDirectoryFilter {
    page?: number;
}

interface FilterField {
    name: FilterName;
    label: string;
    value: string | null;
    options: Option[];
}

function withAny(options: Option[]): Option[] {
    return [{ label: LABEL_ANY, value: '' }, ...options];
}

/** Every field in one order, blank ones null, so two filters asking the same compare equal. */
function filterOf(value: OrganisationDirectoryFilter | null | undefined): OrganisationDirectoryFilter {
    return {
        text: value?.text || null,
        organisationType: value?.organisationType || null,
        country: value?.country || null,
        language: value?.language || null,
        commitment: value?.commitment || null
    };
}

/**
 * The member organisation directory: a name search and four filters, matched on
 * the server, each filter offering only the values that find someone, with how
 * many, and pages of cards with how many match. `query` starts it where the
 * address says; each search, filter or page fires `querychange` with the new
 * query, so the container can keep it in the address. Fires `open` with an
 * organisation Id.
 */
export default class OrganisationDirectory extends LightningElement {
    /** What the directory asks for; given again after Back or Forward, it asks for that. */
    @api
    get query(): OrganisationDirectoryQuery {
        return this.asked;
    }
    set query(value: OrganisationDirectoryQuery | null | undefined) {
        const filter = filterOf(value);
        const pageNumber = value?.page ?? 1;
        if (JSON.stringify(filter) !== JSON.stringify(this.filter) || pageNumber !== this.pageNumber) {
            this.follow(filter, pageNumber);
            this.text = filter.text ?? '';
        }
    }

    readonly labels = {
        title: LABEL_TITLE,
        any: LABEL_ANY,
        search: LABEL_SEARCH,
        searchButton: LABEL_SEARCH_BUTTON,
        empty: LABEL_EMPTY,
        loading: LABEL_LOADING,
        total: LABEL_TOTAL,
        totalOne: LABEL_RESULT_ONE
    };
    readonly longestSearch = LONGEST_SEARCH;
    private readonly types = optionsOf(ORGANISATION_TYPE_LABELS);
    private readonly languages = languageOptions();

    /** The search and filters the server is asked; a new object on each change, so the wires ask again. */
    filter: OrganisationDirectoryFilter = filterOf(undefined);
    /** The page the server is asked for, from 1; the counts do not change with it. */
    pageNumber = 1;
    /** The filter and the page, as `query` gives them back. */
    private asked: OrganisationDirectoryQuery = { ...this.filter, page: 1 };
    results = wiredValue<OrganisationDirectoryPage>();
    organisations: OrganisationDescription[] = [];
    text = '';
    /** What each filter would find; the last counts stay while new ones are asked for. */
    facets?: DirectoryFacets;
    private commitments: Option[] = [];
    private frameworks?: StandardFramework[];
    private countries?: Option[];
    private wiredSearch?: ApexWireResult<OrganisationDirectoryPage>;

    @wire(searchOrganisations, { filter: '$filter', pageNumber: '$pageNumber' })
    wiredResults(result: ApexWireResult<OrganisationDirectoryPage>): void {
        this.wiredSearch = result;
        this.results = wiredValue(result);
        this.describe();
    }

    @wire(getDirectoryFacets, { filter: '$filter' })
    wiredFacets({ data }: ApexWireResult<DirectoryFacets>): void {
        if (data) {
            this.facets = data;
        }
    }

    @wire(getFrameworks)
    wiredFrameworks({ data }: ApexWireResult<StandardFramework[]>): void {
        this.frameworks = data;
        this.commitments = commitmentOptions(data);
        this.describe();
    }

    /** The cards; built again as the results and the standards arrive. */
    private describe(): void {
        this.organisations = (this.results.data?.organisations ?? []).map((card) =>
            describeOrganisation(card, this.frameworks)
        );
    }

    /** Asks the current search again: a profile saved meanwhile changes its organisation's card. */
    @api
    refresh(): Promise<unknown> {
        return refreshApex(this.wiredSearch);
    }

    /** Built once, when first shown: the list comes from the browser's locale data. */
    private get countryOptions(): Option[] {
        this.countries = this.countries ?? countryOptions();
        return this.countries;
    }

    /** The four filters, each a combobox with "any" first. */
    get filterFields(): FilterField[] {
        const fields: Omit<FilterField, 'value'>[] = [
            { name: 'organisationType', label: LABEL_TYPE, options: this.offered('organisationType', this.types) },
            { name: 'country', label: LABEL_COUNTRY, options: this.offered('country', this.countryOptions) },
            { name: 'language', label: LABEL_LANGUAGE, options: this.offered('language', this.languages) },
            { name: 'commitment', label: LABEL_COMMITMENT, options: this.offered('commitment', this.commitments) }
        ];
        return fields.map((field) => ({ ...field, value: this.filter[field.name] ?? null }));
    }

    /** "Any", then the values that find an organisation, with counts once they are known. */
    private offered(filter: FilterName, options: Option[]): Option[] {
        const counted = this.facets?.facets.find((facet) => facet.name === filter)?.values;
        return withAny(countedOptions(options, counted));
    }

    /** Nothing matches. A page past the last (an old link) still shows the pager, to go back from. */
    get isEmpty(): boolean {
        return this.results.hasData && this.organisations.length === 0 && !this.results.data?.total;
    }

    handleText(event: Event): void {
        this.text = (event.target as HTMLInputElement).value ?? '';
        // The search box's clear button empties it: show everyone again at once.
        if (!this.text.trim() && this.filter.text) {
            this.search();
        }
    }

    handleKeyUp(event: KeyboardEvent): void {
        if (event.key === 'Enter') {
            this.search();
        }
    }

    search(): void {
        this.ask({ text: this.text.trim() || null });
    }

    handleFilter(event: CustomEvent<{ value: string }>): void {
        const name = (event.target as HTMLElement).dataset.filter as FilterName;
        this.ask({ [name]: event.detail.value || null });
    }

    handleOpen(event: CustomEvent<string>): void {
        this.dispatchEvent(new CustomEvent('open', { detail: event.detail }));
    }

    /** A new page starts at its top, with focus on the directory's heading. */
    handlePageChange(event: CustomEvent<number>): void {
        this.follow(this.filter, event.detail);
        this.dispatchEvent(new CustomEvent('querychange', { detail: this.asked }));
        startAtTop(this.template, '[data-id="directory-heading"]');
    }

    /**
     * A changed filter starts again from the first page. An unchanged one is not sent again:
     * the wire would not answer, and the spinner would stay.
     */
    private ask(change: Partial<OrganisationDirectoryFilter>): void {
        const filter = { ...this.filter, ...change };
        if (JSON.stringify(filter) !== JSON.stringify(this.filter)) {
            this.follow(filter, 1);
            this.dispatchEvent(new CustomEvent('querychange', { detail: this.asked }));
        }
    }

    /** Asks for the page of the filter; the filter is a new object only when it changed, so the counts stay. */
    private follow(filter: OrganisationDirectoryFilter, pageNumber: number): void {
        if (JSON.stringify(filter) !== JSON.stringify(this.filter)) {
            this.filter = filter;
        }
        this.pageNumber = pageNumber;
        this.asked = { ...this.filter, page: pageNumber };
        this.results = wiredValue();
    }
}
