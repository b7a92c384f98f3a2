/** Shapes returned by LifecycleController. */

/** @apex LifecycleViews.JobState */
export interface DormancyJobState {
    isScheduled: boolean;
    nextRunAt: string | null;
    cronExpression: string | null;
    /** Completed, Failed… or null when it never ran. */
    lastRunStatus: string | null;
    lastRunAt: string | null;
    /** No organisation-wide sender address is set or found: no Exchange email goes, notices wait. */
    mailSenderMissing: boolean;
}
