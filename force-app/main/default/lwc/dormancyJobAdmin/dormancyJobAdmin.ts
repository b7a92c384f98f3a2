import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getJobState from '@salesforce/apex/LifecycleController.getJobState';
import runJobNow from '@salesforce/apex/LifecycleController.runJobNow';
import scheduleJob from '@salesforce/apex/LifecycleController.scheduleJob';
import unscheduleJob from '@salesforce/apex/LifecycleController.unscheduleJob';
import type { DormancyJobState } from '@dto/lifecycle';
import { runAction } from 'c/containerAction';
import { formatLabel } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import LABEL_LAST_RUN from '@salesforce/label/c.Dormancy_Last_Run';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_NEVER_RUN from '@salesforce/label/c.Dormancy_Never_Run';
import LABEL_NEXT_RUN from '@salesforce/label/c.Dormancy_Next_Run';
import LABEL_NOT_SCHEDULED from '@salesforce/label/c.Dormancy_Not_Scheduled';
import LABEL_RUN_NOW from '@salesforce/label/c.Dormancy_Run_Now';
import LABEL_SCHEDULE from '@salesforce/label/c.Dormancy_Schedule';
import LABEL_SENDER_MISSING from '@salesforce/label/c.Dormancy_Sender_Missing';
import LABEL_SCHEDULED from '@salesforce/label/c.Dormancy_Scheduled';
import LABEL_STARTED from '@salesforce/label/c.Dormancy_Started';
import LABEL_TITLE from '@salesforce/label/c.Dormancy_Title';
import LABEL_UNSCHEDULE from '@salesforce/label/c.Dormancy_Unschedule';
import LABEL_UNSCHEDULED from '@salesforce/label/c.Dormancy_Unscheduled';

const dateTime: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * For Alliance admins in the console: whether the daily dormancy job is
 * scheduled, its next and last run, and buttons to schedule, unschedule or run
 * it now; and a warning when the jobs cannot email for want of a sender address.
 */
export default class DormancyJobAdmin extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        loading: LABEL_LOADING,
        schedule: LABEL_SCHEDULE,
        unschedule: LABEL_UNSCHEDULE,
        runNow: LABEL_RUN_NOW,
        notScheduled: LABEL_NOT_SCHEDULED,
        senderMissing: LABEL_SENDER_MISSING
    };

    state = wiredValue<DormancyJobState>();
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredState?: ApexWireResult<DormancyJobState>;

    @wire(getJobState)
    wiredJobState(result: ApexWireResult<DormancyJobState>): void {
        this.wiredState = result;
        this.state = wiredValue(result);
    }

    get isSenderMissing(): boolean {
        return this.state.data?.mailSenderMissing === true;
    }

    get isScheduled(): boolean {
        return this.state.data?.isScheduled === true;
    }

    get nextRun(): string {
        return formatLabel(LABEL_NEXT_RUN, format(this.state.data?.nextRunAt));
    }

    get lastRun(): string {
        const data = this.state.data;
        return data?.lastRunStatus
            ? formatLabel(LABEL_LAST_RUN, format(data.lastRunAt), data.lastRunStatus)
            : LABEL_NEVER_RUN;
    }

    async handleSchedule(): Promise<void> {
        await runAction(
            this,
            async () => {
                await scheduleJob({});
                return LABEL_SCHEDULED;
            },
            () => refreshApex(this.wiredState)
        );
    }

    async handleUnschedule(): Promise<void> {
        await runAction(
            this,
            async () => {
                await unscheduleJob({});
                return LABEL_UNSCHEDULED;
            },
            () => refreshApex(this.wiredState)
        );
    }

    async handleRunNow(): Promise<void> {
        await runAction(this, async () => {
            await runJobNow({});
            return LABEL_STARTED;
        });
    }
}

function format(value: string | null | undefined): string {
    return value
        ? new Intl.DateTimeFormat(document.documentElement.lang || 'en', dateTime).format(new Date(value))
        : '';
}
