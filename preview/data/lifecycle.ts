import type { DormancyJobState } from '@dto/lifecycle';
import { requireAdministrator } from './access';

/** The dormancy job's schedule for the preview, kept in session storage. */
const STORAGE_KEY = 'chs-exchange-preview-dormancy';

function load(): DormancyJobState {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored
        ? (JSON.parse(stored) as DormancyJobState)
        : {
              isScheduled: false,
              nextRunAt: null,
              cronExpression: null,
              lastRunStatus: null,
              lastRunAt: null,
              mailSenderMissing: false
          };
}

function save(state: DormancyJobState): DormancyJobState {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    return state;
}

/** Tomorrow at 02:00, as the daily schedule would fire. */
function nextTwoAm(): string {
    const next = new Date();
    next.setDate(next.getDate() + 1);
    next.setHours(2, 0, 0, 0);
    return next.toISOString();
}

export function getJobState(): DormancyJobState {
    requireAdministrator();
    return load();
}

export function scheduleJob(): DormancyJobState {
    requireAdministrator();
    return save({ ...load(), isScheduled: true, cronExpression: '0 0 2 * * ?', nextRunAt: nextTwoAm() });
}

export function unscheduleJob(): DormancyJobState {
    requireAdministrator();
    return save({ ...load(), isScheduled: false, cronExpression: null, nextRunAt: null });
}

export function runJobNow(): string {
    requireAdministrator();
    save({ ...load(), lastRunStatus: 'Completed', lastRunAt: new Date().toISOString() });
    return '707000000000001AAA';
}
