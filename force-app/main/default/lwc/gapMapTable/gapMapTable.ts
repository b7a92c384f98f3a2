import { LightningElement, api } from 'lwc';
import type { FacetName } from '@dto/enumerations';
import type { KeyCount } from '@dto/insights';
import type { StandardElement, StandardFramework } from '@dto/taxonomy';
import { formatLabel, pageLanguage } from 'c/labelFormat';
import { FACET_LABELS, aboutLabel, taxonomyOf, valueLabel } from 'c/repositoryLabels';
import LABEL_CELL_NAME from '@salesforce/label/c.Gap_Cell_Name';
import LABEL_EMPTY from '@salesforce/label/c.Gap_Empty';
import LABEL_HOW_TO_READ from '@salesforce/label/c.Gap_How_To_Read';
import LABEL_RESOURCES from '@salesforce/label/c.Gap_Resources';
import LABEL_RESOURCES_NONE from '@salesforce/label/c.Gap_Resources_None';
import LABEL_RESOURCES_ONE from '@salesforce/label/c.Gap_Resources_One';
import LABEL_STATE_EMPTY from '@salesforce/label/c.Gap_State_Empty';
import LABEL_STATE_THIN from '@salesforce/label/c.Gap_State_Thin';
import LABEL_THIN from '@salesforce/label/c.Gap_Thin';

/** How well an element is served by published resources. */
export type Coverage = 'empty' | 'thin' | 'covered';

/** The coverage of a count: thin below the threshold the server chose, empty at none. */
export function coverageOf(count: number, thinBelow: number): Coverage {
    if (count <= 0) {
        return 'empty';
    }
    return count < thinBelow ? 'thin' : 'covered';
}

/** What tells a state apart beyond colour: a word and an icon (borders differ too, in the CSS). */
export const COVERAGE_MARKERS: Record<Coverage, { text: string; icon: string; nameTemplate: string }> = {
    empty: { text: LABEL_EMPTY, icon: 'utility:ban', nameTemplate: LABEL_STATE_EMPTY },
    thin: { text: LABEL_THIN, icon: 'utility:warning', nameTemplate: LABEL_STATE_THIN },
    covered: { text: '', icon: '', nameTemplate: '{0}' }
};

export interface GapCell {
    key: string;
    facet: FacetName;
    /** The element's code, shown in a cell with its short title; the full name is in `title` and `name`. */
    code: string;
    /** The element's own short title, once the Alliance's texts are loaded. */
    shortTitle: string | null;
    title: string;
    /** The Alliance's description, shown on hover or focus of a help button named `aboutLabel`. */
    description: string | null;
    aboutLabel: string;
    /** The count as written in the reader's language. */
    count: string;
    /** The button's accessible name: element, count and state. */
    name: string;
    className: string;
    marker: string;
    icon: string;
}

export interface GapRow {
    key: string;
    header: GapCell;
    cells: GapCell[];
    /** Columns left empty at the end of a shorter row, so every row spans the table. */
    filler: number;
}

function resourcesPhrase(count: number, number: Intl.NumberFormat): string {
    if (count <= 0) {
        return LABEL_RESOURCES_NONE;
    }
    return count === 1 ? LABEL_RESOURCES_ONE : formatLabel(LABEL_RESOURCES, number.format(count));
}

/**
 * One framework of the gap map as a table: a row per commitment or pillar, with
 * its own count in the row header, then a cell per indicator or standard. Every
 * cell is a button named for screen readers with its element, count and state.
 * Fires `explore` with "facet:element key" (commitment or indicator).
 */
export default class GapMapTable extends LightningElement {
    @api framework?: StandardFramework;
    /** Resources per element key; keys absent have none. */
    @api counts: KeyCount[] = [];
    /** A cell with at least one resource but fewer than this is thin. */
    @api thinBelow = 1;

    readonly labels = {
        howToRead: LABEL_HOW_TO_READ,
        topLevel: FACET_LABELS.commitment,
        underneath: FACET_LABELS.indicator
    };

    get name(): string {
        return this.framework?.name ?? '';
    }

    /** The Alliance's description of the framework, beside its name; null until loaded. */
    get description(): string | null {
        return this.framework?.description ?? null;
    }

    get aboutName(): string {
        return aboutLabel(this.name);
    }

    /** The rows, and how many columns the widest has after its header. */
    get table(): { rows: GapRow[]; width: number } {
        const framework = this.framework;
        if (!framework) {
            return { rows: [], width: 1 };
        }
        const taxonomy = taxonomyOf(undefined, [framework]);
        const counts = new Map((this.counts ?? []).map((entry) => [entry.key, entry.count]));
        const number = new Intl.NumberFormat(pageLanguage());
        const cellOf = (element: StandardElement, facet: FacetName): GapCell => {
            const key = `${element.frameworkCode}:${element.code}`;
            const count = counts.get(key) ?? 0;
            const coverage = coverageOf(count, this.thinBelow);
            const title = valueLabel(facet, key, taxonomy);
            const marker = COVERAGE_MARKERS[coverage];
            return {
                key,
                facet,
                code: element.code,
                shortTitle: element.title ?? null,
                title,
                description: element.description ?? null,
                aboutLabel: aboutLabel(title),
                count: number.format(count),
                name: formatLabel(
                    LABEL_CELL_NAME,
                    title,
                    formatLabel(marker.nameTemplate, resourcesPhrase(count, number))
                ),
                className: `gap-cell gap-cell_${coverage}`,
                marker: marker.text,
                icon: marker.icon
            };
        };
        const tops = framework.elements.filter((element) => !element.parentCode);
        const rows = tops.map((top) => ({
            key: `${top.frameworkCode}:${top.code}`,
            header: cellOf(top, 'commitment'),
            cells: framework.elements
                .filter((element) => element.parentCode === top.code)
                .map((element) => cellOf(element, 'indicator'))
        }));
        // At least one column, so a row without indicators still reads as a table row.
        const width = Math.max(1, ...rows.map((row) => row.cells.length));
        return { rows: rows.map((row) => ({ ...row, filler: width - row.cells.length })), width };
    }

    handleExplore(event: Event): void {
        const { facet, key } = (event.currentTarget as HTMLElement).dataset;
        this.dispatchEvent(new CustomEvent('explore', { detail: `${facet}:${key}` }));
    }
}
