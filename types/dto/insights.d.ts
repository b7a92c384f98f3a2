/**
 * Shapes exchanged with InsightsController. Each interface names the Apex class it
 * mirrors with `@apex`.
 */

/** @apex KeyCount */
export interface KeyCount {
    key: string;
    count: number;
}

/** @apex GapMap */
export interface GapMap {
    /** Element keys (framework:code) with at least one published resource; the rest have none. */
    counts: KeyCount[];
    totalResources: number;
    /** A cell with at least one resource but fewer than this is thin. */
    thinBelow: number;
}

/** @apex MonthActivity */
export interface MonthActivity {
    /** YYYY-MM. */
    month: string;
    posts: number;
    activeMembers: number;
    submissions: number;
    decisions: number;
}

/** @apex Engagement */
export interface Engagement {
    activeGroups: number;
    dormantGroups: number;
    archivedGroups: number;
    /** The last twelve months, oldest first. */
    months: MonthActivity[];
    /** Active groups per commitment or pillar key. */
    groupsPerCommitment: KeyCount[];
    /** Submissions per status (Submitted, In_Review, Changes_Requested, Published, Rejected, Withdrawn). */
    submissionsByStatus: KeyCount[];
    medianDaysToDecision: number | null;
    downloads: number;
    ratings: number;
    averageRating: number | null;
}
