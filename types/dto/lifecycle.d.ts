/** Shapes returned by LifecycleController. */

/** @apex DormancyJobState */
export interface DormancyJobState {
    isScheduled: boolean;
    nextRunAt: string | null;
    cronExpression: string | null;
    /** Completed, Failed… or null when it never ran. */
    lastRunStatus: string | null;
    lastRunAt: string | null;
}
