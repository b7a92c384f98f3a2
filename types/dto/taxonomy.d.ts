/**
 * Shapes returned by TaxonomyController. Each interface names the Apex class it
 * mirrors with `@apex`; the project check compares them member by member, so a
 * renamed or retyped Apex field fails the build instead of the page.
 */

/** @apex TaxonomyViews.Element */
export interface StandardElement {
    /** The standard's own code, e.g. "3" (commitment), "3.4" (indicator), "P2" (pillar). */
    code: string;
    /** Code of the framework the element belongs to, e.g. "CHS2014". */
    frameworkCode: string;
    /** Commitment, Indicator, Pillar or Standard. */
    kind: string;
    /** Code of the parent element within the same framework; null for top-level elements. */
    parentCode: string | null;
    /** Short title in the reader's language, else English; empty for indicators until the Alliance's texts are loaded. */
    title: string | null;
    /** Full text in the reader's language, else English; null until loaded. Shown on hover or focus. */
    description: string | null;
    /** Key action or Organisational responsibility (CHS indicators only). */
    indicatorType: string | null;
    sortOrder: number;
}

/** @apex TaxonomyViews.Framework */
export interface StandardFramework {
    code: string;
    /** Published name, in the reader's language when the Alliance's text is loaded. */
    name: string;
    /** What the framework covers, in the reader's language; null until loaded. */
    description: string | null;
    /** Element kinds from top level down, e.g. ["Commitment", "Indicator"]. */
    elementKinds: string[];
    /** Active elements, ordered by sortOrder. */
    elements: StandardElement[];
}

/** @apex TaxonomyViews.Stage */
export interface VerificationStage {
    code: string;
    /** Name in the reader's language when the Alliance's text is loaded. */
    title: string;
    /** What the stage covers, in the reader's language; null until loaded. */
    description: string | null;
    sortOrder: number;
}
