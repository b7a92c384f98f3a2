import { LightningElement, wire } from 'lwc';
import getGapMap from '@salesforce/apex/InsightsController.getGapMap';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { GapMap as GapMapData, KeyCount } from '@dto/insights';
import type { FacetName } from '@dto/enumerations';
import type { FacetSelection } from '@dto/repository';
import type { StandardFramework, VerificationStage } from '@dto/taxonomy';
import { COVERAGE_MARKERS, type Coverage } from 'c/gapMapTable';
import { countryOptions } from 'c/groupLabels';
import { formatLabel, optionsOf, pageLanguage, type Option } from 'c/labelFormat';
import { FACET_LABELS, ORGANISATION_TYPE_LABELS, languageName } from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_ANY from '@salesforce/label/c.Groups_Filter_Any';
import LABEL_COVERED from '@salesforce/label/c.Gap_Covered';
import LABEL_FILTERS from '@salesforce/label/c.Gap_Filters';
import LABEL_INTRO from '@salesforce/label/c.Gap_Intro';
import LABEL_LEGEND from '@salesforce/label/c.Gap_Legend';
import LABEL_LEGEND_COVERED from '@salesforce/label/c.Gap_Legend_Covered';
import LABEL_LEGEND_EMPTY from '@salesforce/label/c.Gap_Legend_Empty';
import LABEL_LEGEND_THIN from '@salesforce/label/c.Gap_Legend_Thin';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_NONE from '@salesforce/label/c.Gap_None';
import LABEL_NO_STANDARDS from '@salesforce/label/c.Taxonomy_Empty';
import LABEL_TITLE from '@salesforce/label/c.Gap_Title';
import LABEL_TOTAL from '@salesforce/label/c.Gap_Total';
import LABEL_TOTAL_ONE from '@salesforce/label/c.Gap_Total_One';

type FilterName = Extract<FacetName, 'stage' | 'organisationType' | 'country' | 'language' | 'year'>;

/** The filters in the order they show; the request lists them in the same order. */
const FILTER_NAMES: FilterName[] = ['stage', 'organisationType', 'country', 'language', 'year'];

/** The languages resources are written in. */
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt'];

/** The repository holds nothing older. */
const FIRST_YEAR = 2015;

interface FilterControl {
    name: FilterName;
    label: string;
    value: string;
    options: Option[];
}

interface MapView {
    tables: StandardFramework[];
    counts: KeyCount[];
    thinBelow: number;
    hasNoStandards: boolean;
    hasNoResources: boolean;
    legend: LegendEntry[];
}

interface LegendEntry {
    key: Coverage;
    term: string;
    description: string;
    sampleClass: string;
    icon: string;
}

function withAll(options: Option[]): Option[] {
    return [{ label: LABEL_ANY, value: '' }, ...options];
}

function yearOptions(): Option[] {
    const years: Option[] = [];
    for (let year = new Date().getFullYear(); year >= FIRST_YEAR; year--) {
        years.push({ label: String(year), value: String(year) });
    }
    return years;
}

/** A threshold of one leaves no cell thin: the legend then does not mention thin cells. */
function legendOf(thinBelow: number): LegendEntry[] {
    const entries: LegendEntry[] = [
        {
            key: 'empty',
            term: COVERAGE_MARKERS.empty.text,
            description: LABEL_LEGEND_EMPTY,
            sampleClass: 'gap-sample gap-sample_empty',
            icon: COVERAGE_MARKERS.empty.icon
        },
        {
            key: 'thin',
            term: COVERAGE_MARKERS.thin.text,
            description: formatLabel(LABEL_LEGEND_THIN, thinBelow),
            sampleClass: 'gap-sample gap-sample_thin',
            icon: COVERAGE_MARKERS.thin.icon
        },
        {
            key: 'covered',
            term: LABEL_COVERED,
            description: formatLabel(LABEL_LEGEND_COVERED, Math.max(1, thinBelow)),
            sampleClass: 'gap-sample',
            icon: ''
        }
    ];
    return entries.filter((entry) => entry.key !== 'thin' || thinBelow > 1);
}

/**
 * The gap map: published repository resources per element of each standard,
 * filtered by stage, organisation type, country, language and year, so the
 * Alliance sees where members lack practical resources. Fires `explore` with a
 * JSON FacetSelection[]: the element chosen plus every active filter, for the
 * repository browser.
 */
export default class GapMap extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        intro: LABEL_INTRO,
        filters: LABEL_FILTERS,
        legend: LABEL_LEGEND,
        loading: LABEL_LOADING,
        none: LABEL_NONE,
        noStandards: LABEL_NO_STANDARDS
    };

    /** What the server is asked; a new array on each change, so the wire asks again. */
    filters: FacetSelection[] = [];
    gapMap = wiredValue<GapMapData>();
    frameworks = wiredValue<StandardFramework[]>();
    private chosen: Partial<Record<FilterName, string>> = {};
    /** Built once: the country list alone names every region code. */
    private options: Record<FilterName, Option[]> = {
        stage: withAll([]),
        organisationType: withAll(optionsOf(ORGANISATION_TYPE_LABELS)),
        country: withAll(countryOptions()),
        language: withAll(LANGUAGES.map((code) => ({ label: languageName(code), value: code }))),
        year: withAll(yearOptions())
    };

    @wire(getGapMap, { filters: '$filters' })
    wiredGapMap(result: ApexWireResult<GapMapData>): void {
        this.gapMap = wiredValue(result);
    }

    @wire(getFrameworks)
    wiredFrameworks(result: ApexWireResult<StandardFramework[]>): void {
        this.frameworks = wiredValue(result);
    }

    /** Without stages the map still works: the stage filter offers only "All". */
    @wire(getVerificationStages)
    wiredStages({ data }: ApexWireResult<VerificationStage[]>): void {
        const stages = [...(data ?? [])].sort((left, right) => left.sortOrder - right.sortOrder);
        this.options = {
            ...this.options,
            stage: withAll(stages.map((stage) => ({ label: stage.title, value: stage.code })))
        };
    }

    get filterControls(): FilterControl[] {
        return FILTER_NAMES.map((name) => ({
            name,
            label: FACET_LABELS[name],
            value: this.chosen[name] ?? '',
            options: this.options[name]
        }));
    }

    get hasError(): boolean {
        return this.gapMap.hasError || this.frameworks.hasError;
    }

    get error(): unknown {
        return this.gapMap.error ?? this.frameworks.error;
    }

    get isLoading(): boolean {
        return !this.hasError && !this.ready;
    }

    /** The map once both the standards and the counts have arrived. */
    get ready(): MapView | undefined {
        const frameworks = this.frameworks.data;
        const map = this.gapMap.data;
        if (!frameworks || !map) {
            return undefined;
        }
        // Frameworks without active elements have nothing to map.
        const tables = frameworks.filter((framework) => framework.elements.length > 0);
        return {
            tables,
            counts: map.counts,
            thinBelow: map.thinBelow,
            hasNoStandards: tables.length === 0,
            hasNoResources: map.totalResources === 0,
            legend: legendOf(map.thinBelow)
        };
    }

    /** Announced politely whenever the map answers. */
    get totalLabel(): string {
        const total = this.gapMap.data?.totalResources;
        if (total === undefined) {
            return '';
        }
        return total === 1
            ? LABEL_TOTAL_ONE
            : formatLabel(LABEL_TOTAL, new Intl.NumberFormat(pageLanguage()).format(total));
    }

    handleFilter(event: CustomEvent<{ value: string }>): void {
        const name = (event.target as HTMLElement).dataset.filter as FilterName;
        this.chosen = { ...this.chosen, [name]: event.detail.value };
        const filters = FILTER_NAMES.filter((filter) => this.chosen[filter]).map((filter) => ({
            facet: filter,
            values: [this.chosen[filter] as string]
        }));
        // An unchanged request is not sent again: the wire would not answer, and the spinner would stay.
        if (JSON.stringify(filters) !== JSON.stringify(this.filters)) {
            this.filters = filters;
            this.gapMap = wiredValue();
        }
    }

    handleExplore(event: CustomEvent<string>): void {
        const separator = event.detail.indexOf(':');
        const facet = event.detail.substring(0, separator) as FacetName;
        const selections: FacetSelection[] = [
            { facet, values: [event.detail.substring(separator + 1)] },
            ...this.filters
        ];
        this.dispatchEvent(new CustomEvent('explore', { detail: JSON.stringify(selections) }));
    }
}
