import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import searchOrganisations from '@salesforce/apex/OrganisationDirectoryController.searchOrganisations';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { OrganisationDirectoryFilter, OrganisationDirectoryPage } from '@dto/organisations';
import type { StandardFramework } from '@dto/taxonomy';
import { countryOptions } from 'c/groupLabels';
import { formatLabel, optionsOf, type Option } from 'c/labelFormat';
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
import LABEL_HAS_MORE from '@salesforce/label/c.Organisation_Has_More';
import LABEL_LANGUAGE from '@salesforce/label/c.Organisation_Language';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_RESULT_ONE from '@salesforce/label/c.Organisation_Result_One';
import LABEL_RESULTS from '@salesforce/label/c.Organisation_Results';
import LABEL_RESULTS_MORE from '@salesforce/label/c.Organisation_Results_More';
import LABEL_SEARCH from '@salesforce/label/c.Organisation_Search';
import LABEL_SEARCH_BUTTON from '@salesforce/label/c.Repository_Search_Button';
import LABEL_TITLE from '@salesforce/label/c.Organisation_Directory_Title';
import LABEL_TYPE from '@salesforce/label/c.Repository_Facet_Organisation_Type';

/** The server refuses longer filters. */
const LONGEST_SEARCH = 80;

type FilterName = 'organisationType' | 'country' | 'language' | 'commitment';

interface FilterField {
    name: FilterName;
    label: string;
    value: string | null;
    options: Option[];
}

function withAny(options: Option[]): Option[] {
    return [{ label: LABEL_ANY, value: '' }, ...options];
}

/**
 * The member organisation directory: a name search and four filters, matched on
 * the server. Fires `open` with an organisation Id.
 */
export default class OrganisationDirectory extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        any: LABEL_ANY,
        search: LABEL_SEARCH,
        searchButton: LABEL_SEARCH_BUTTON,
        empty: LABEL_EMPTY,
        hasMore: LABEL_HAS_MORE,
        loading: LABEL_LOADING
    };
    readonly longestSearch = LONGEST_SEARCH;
    readonly typeOptions = withAny(optionsOf(ORGANISATION_TYPE_LABELS));
    readonly languageOptions = withAny(languageOptions());

    /** What the server is asked; a new object on each change, so the wire asks again. */
    filter: OrganisationDirectoryFilter = {
        text: null,
        organisationType: null,
        country: null,
        language: null,
        commitment: null
    };
    results = wiredValue<OrganisationDirectoryPage>();
    organisations: OrganisationDescription[] = [];
    text = '';
    commitmentOptions = withAny([]);
    private frameworks?: StandardFramework[];
    private countries?: Option[];
    private wiredSearch?: ApexWireResult<OrganisationDirectoryPage>;

    @wire(searchOrganisations, { filter: '$filter' })
    wiredResults(result: ApexWireResult<OrganisationDirectoryPage>): void {
        this.wiredSearch = result;
        this.results = wiredValue(result);
        this.describe();
    }

    @wire(getFrameworks)
    wiredFrameworks({ data }: ApexWireResult<StandardFramework[]>): void {
        this.frameworks = data;
        this.commitmentOptions = withAny(commitmentOptions(data));
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
    get countryOptions(): Option[] {
        this.countries = this.countries ?? withAny(countryOptions());
        return this.countries;
    }

    /** The four filters, each a combobox with "any" first. */
    get filterFields(): FilterField[] {
        const fields: Omit<FilterField, 'value'>[] = [
            { name: 'organisationType', label: LABEL_TYPE, options: this.typeOptions },
            { name: 'country', label: LABEL_COUNTRY, options: this.countryOptions },
            { name: 'language', label: LABEL_LANGUAGE, options: this.languageOptions },
            { name: 'commitment', label: LABEL_COMMITMENT, options: this.commitmentOptions }
        ];
        return fields.map((field) => ({ ...field, value: this.filter[field.name] ?? null }));
    }

    get isEmpty(): boolean {
        return this.results.hasData && this.organisations.length === 0;
    }

    get hasMore(): boolean {
        return this.results.data?.hasMore === true;
    }

    /** Announced politely whenever a search answers. */
    get totalLabel(): string {
        const data = this.results.data;
        if (!data) {
            return '';
        }
        const count = data.organisations.length;
        if (data.hasMore) {
            return formatLabel(LABEL_RESULTS_MORE, count);
        }
        return count === 1 ? LABEL_RESULT_ONE : formatLabel(LABEL_RESULTS, count);
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

    /** An unchanged filter is not sent again: the wire would not answer, and the spinner would stay. */
    private ask(change: Partial<OrganisationDirectoryFilter>): void {
        const filter = { ...this.filter, ...change };
        if (JSON.stringify(filter) !== JSON.stringify(this.filter)) {
            this.filter = filter;
            this.results = wiredValue();
        }
    }
}
