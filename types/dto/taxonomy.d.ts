/**
 * Shapes returned by TaxonomyController. Each interface names the Apex class it
 * mirrors with `@apex`; the project check compares them member by member, so a
 * renamed or retyped Apex field fails the build instead of the page.
 */

/** @apex StandardElement */
export interface StandardElement {
    /** The standard's own code, e.g. "3" (commitment), "3.4" (indicator), "P2" (pillar). */
    code: string;
    /** Code of the framework the element belongs to, e.g. "CHS2014". */
    frameworkCode: string;
    /** Commitment, Indicator, Pillar or Standard. */
    kind: string;
    /** Code of the parent element within the same framework; null for top-level elements. */
    parentCode: string | null;
    /** Title as published by the standard; empty for indicators until an admin fills it in. */
    title: string | null;
    /** Key action or Organisational responsibility (CHS indicators only). */
    indicatorType: string | null;
    sortOrder: number;
}

/** @apex StandardFramework */
export interface StandardFramework {
    code: string;
    name: string;
    /** Element kinds from top level down, e.g. ["Commitment", "Indicator"]. */
    elementKinds: string[];
    /** Active elements, ordered by sortOrder. */
    elements: StandardElement[];
}

/** @apex VerificationStage */
export interface VerificationStage {
    code: string;
    title: string;
    sortOrder: number;
}
