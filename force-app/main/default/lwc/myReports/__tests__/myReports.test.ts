import { createElement } from 'lwc';
import MyReports from 'c/myReports';
import getMyReports from '@salesforce/apex/ModerationController.getMyReports';
import type { MyReport } from '@dto/moderation';

jest.mock(
    '@salesforce/apex/ModerationController.getMyReports',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/label/c.Moderation_In_Group', () => ({ default: 'In {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.My_Reports_Reported_On', () => ({ default: 'reported on {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getMyReports as unknown as WireAdapterMock;

function report(id: string, extra: Partial<MyReport> = {}): MyReport {
    return {
        id,
        targetKind: 'Message',
        reason: 'Spam',
        groupId: 'g1',
        groupName: 'Safeguarding leads',
        status: 'Open',
        outcome: null,
        reportedAt: '2026-11-20T09:30:00.000Z',
        decidedAt: null,
        ...extra
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-my-reports', { is: MyReports });
    document.body.appendChild(element);
    return element;
}

const all = (element: HTMLElement, id: string): string[] =>
    [...element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`)].map((node) => node.textContent ?? '');

describe('c-my-reports', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('loads, then says when nothing was reported, or shows the error', async () => {
        const element = render();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();

        adapter.emit([]);
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="my-reports-empty"]')).not.toBeNull();

        adapter.error({ message: 'Down' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });

    it('tells the reporter what was decided, or that a moderator will look', async () => {
        const element = render();
        adapter.emit([
            report('r2', { status: 'Actioned', outcome: 'Content_Hidden', decidedAt: '2026-11-21T09:30:00.000Z' }),
            report('r1', { targetKind: 'Member', groupName: null })
        ]);
        await flush();

        expect(all(element, 'my-report-outcome')).toEqual(['c.Report_Outcome_Content_Hidden', 'c.Report_Status_Open']);
        const first = element.shadowRoot!.querySelector('[data-id="my-report"]')!.textContent!;
        expect(first).toContain('c.Report_Kind_Message · c.Report_Reason_Spam');
        expect(first).toContain('In Safeguarding leads reported on Nov 20, 2026');
    });
});
