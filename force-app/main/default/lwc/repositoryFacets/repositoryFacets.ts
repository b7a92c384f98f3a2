import { LightningElement, api } from 'lwc';
import type { FacetName } from '@dto/enumerations';
import { formatLabel, isolated } from 'c/labelFormat';
import { aboutLabel } from 'c/repositoryLabels';
import LABEL_CLEAR from '@salesforce/label/c.Repository_Clear_Filters';
import LABEL_FILTERS from '@salesforce/label/c.Repository_Filters';
import LABEL_SHOW_ALL from '@salesforce/label/c.Repository_Show_All';
import LABEL_SHOW_FEWER from '@salesforce/label/c.Repository_Show_Fewer';
import LABEL_VALUE from '@salesforce/label/c.Repository_Facet_Value';

/** One value of a facet as the container names and orders it. */
export interface FacetOption {
    value: string;
    label: string;
    count: number;
    selected: boolean;
    /** The Alliance's description of a standard's element or stage, shown on hover or focus. */
    description?: string | null;
}

/** One facet as the container names it; its values in the order to show them. */
export interface FacetGroup {
    name: FacetName;
    legend: string;
    values: FacetOption[];
}

interface ShownOption {
    value: string;
    label: string;
    selected: boolean;
    description: string | null;
    aboutLabel: string;
}

interface ShownGroup {
    name: FacetName;
    legend: string;
    options: ShownOption[];
    canExpand: boolean;
    expanded: string;
    expandLabel: string;
}

/** Long facets (countries, years) show this many values until expanded; chosen values always show. */
const FIRST_VALUES = 8;

/**
 * The facets of the repository browser as groups of checkboxes with counts.
 * Fires `toggle` with "facet:value" (values may hold colons, facet names never
 * do) and `clear`; the container asks the server again.
 */
export default class RepositoryFacets extends LightningElement {
    @api facets: FacetGroup[] = [];

    readonly labels = { title: LABEL_FILTERS, clear: LABEL_CLEAR };

    private expandedFacets: FacetName[] = [];

    get groups(): ShownGroup[] {
        return this.facets
            .filter((facet) => facet.values.length > 0)
            .map((facet) => {
                const expanded = this.expandedFacets.includes(facet.name);
                const canExpand = facet.values.length > FIRST_VALUES;
                return {
                    name: facet.name,
                    legend: facet.legend,
                    options: facet.values
                        .filter((option, index) => expanded || option.selected || index < FIRST_VALUES)
                        .map((option) => ({
                            value: option.value,
                            label: formatLabel(LABEL_VALUE, isolated(option.label), option.count),
                            selected: option.selected,
                            description: option.description ?? null,
                            aboutLabel: aboutLabel(option.label)
                        })),
                    canExpand,
                    expanded: String(expanded),
                    expandLabel: expanded ? LABEL_SHOW_FEWER : formatLabel(LABEL_SHOW_ALL, facet.values.length)
                };
            });
    }

    get hasSelection(): boolean {
        return this.facets.some((facet) => facet.values.some((option) => option.selected));
    }

    handleToggle(event: Event): void {
        event.stopPropagation();
        const { facet, value } = (event.target as HTMLElement).dataset;
        this.dispatchEvent(new CustomEvent('toggle', { detail: `${facet}:${value}` }));
    }

    handleExpand(event: Event): void {
        const facet = (event.currentTarget as HTMLElement).dataset.facet as FacetName;
        this.expandedFacets = this.expandedFacets.includes(facet)
            ? this.expandedFacets.filter((name) => name !== facet)
            : [...this.expandedFacets, facet];
    }

    handleClear(): void {
        this.dispatchEvent(new CustomEvent('clear'));
    }
}
