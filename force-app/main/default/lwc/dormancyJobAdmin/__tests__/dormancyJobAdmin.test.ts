import { createElement } from 'lwc';
import DormancyJobAdmin from 'c/dormancyJobAdmin';
import { refreshApex } from '@salesforce/apex';
import getJobState from '@salesforce/apex/LifecycleController.getJobState';
import runJobNow from '@salesforce/apex/LifecycleController.runJobNow';
import scheduleJob from '@salesforce/apex/LifecycleController.scheduleJob';
import unscheduleJob from '@salesforce/apex/LifecycleController.unscheduleJob';

jest.mock(
    '@salesforce/apex/LifecycleController.getJobState',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/LifecycleController.runJobNow', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LifecycleController.scheduleJob', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LifecycleController.unscheduleJob', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Dormancy_Next_Run', () => ({ default: 'Next run: {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Dormancy_Last_Run', () => ({ default: 'Last run: {0} ({1})' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getJobState as unknown as WireAdapterMock;
const run = runJobNow as unknown as jest.Mock;
const schedule = scheduleJob as unknown as jest.Mock;
const unschedule = unscheduleJob as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-dormancy-job-admin', { is: DormancyJobAdmin });
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const feedback = (element: HTMLElement): { message: string } =>
    element.shadowRoot!.querySelector('c-action-feedback') as unknown as { message: string };

describe('c-dormancy-job-admin', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads, then shows an error the server explains', async () => {
        const element = render();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        adapter.error({ message: 'Admins only' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });

    it('warns when no email can go for want of a sender address, and only then', async () => {
        const element = render();
        adapter.emit({
            isScheduled: true,
            nextRunAt: '2026-11-27T02:00:00.000Z',
            cronExpression: '0 0 2 * * ?',
            lastRunStatus: null,
            lastRunAt: null,
            mailSenderMissing: true
        });
        await flush();
        expect(find(element, 'sender-missing')!.textContent).toContain('c.Dormancy_Sender_Missing');

        adapter.emit({
            isScheduled: true,
            nextRunAt: '2026-11-27T02:00:00.000Z',
            cronExpression: '0 0 2 * * ?',
            lastRunStatus: null,
            lastRunAt: null,
            mailSenderMissing: false
        });
        await flush();
        expect(find(element, 'sender-missing')).toBeNull();
    });

    it('says when the job is not scheduled and schedules it', async () => {
        const element = render();
        adapter.emit({
            isScheduled: false,
            nextRunAt: null,
            cronExpression: null,
            lastRunStatus: null,
            lastRunAt: null,
            mailSenderMissing: false
        });
        await flush();
        schedule.mockResolvedValue({});

        expect(find(element, 'not-scheduled')).not.toBeNull();
        expect(find(element, 'last-run')!.textContent).toBe('c.Dormancy_Never_Run');
        find(element, 'schedule')!.click();
        await flush();
        expect(schedule).toHaveBeenCalled();
        expect(refresh).toHaveBeenCalled();
        expect(feedback(element).message).toBe('c.Dormancy_Scheduled');
    });

    it('shows the next and last run, unschedules, and runs now', async () => {
        const element = render();
        adapter.emit({
            isScheduled: true,
            nextRunAt: '2026-11-27T02:00:00.000Z',
            cronExpression: '0 0 2 * * ?',
            lastRunStatus: 'Completed',
            lastRunAt: '2026-11-26T02:00:00.000Z',
            mailSenderMissing: false
        });
        await flush();
        unschedule.mockResolvedValue({});
        run.mockResolvedValue('707');

        expect(find(element, 'next-run')!.textContent).toContain('Next run: Nov 27, 2026');
        expect(find(element, 'last-run')!.textContent).toContain('(Completed)');
        find(element, 'run-now')!.click();
        await flush();
        expect(feedback(element).message).toBe('c.Dormancy_Started');
        find(element, 'unschedule')!.click();
        await flush();
        expect(unschedule).toHaveBeenCalled();
        expect(feedback(element).message).toBe('c.Dormancy_Unscheduled');
    });
});
