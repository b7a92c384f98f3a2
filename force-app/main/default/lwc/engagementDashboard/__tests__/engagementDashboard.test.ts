import { createElement } from 'lwc';
import EngagementDashboard from 'c/engagementDashboard';
import getEngagement from '@salesforce/apex/InsightsController.getEngagement';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { ElementKind } from '@dto/enumerations';
import type { Engagement, MonthActivity } from '@dto/insights';
import type { StandardElement, StandardFramework } from '@dto/taxonomy';

jest.mock(
    '@salesforce/apex/InsightsController.getEngagement',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TaxonomyController.getFrameworks',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/label/c.Engagement_Average_Rating', () => ({ default: 'Average {0} out of 5' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Group_Commitment_Badge', () => ({ default: 'Commitment {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Pillar', () => ({ default: 'Pillar {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Title', () => ({ default: '{0} — {1}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const engagementAdapter = getEngagement as unknown as WireAdapterMock;
const frameworksAdapter = getFrameworks as unknown as WireAdapterMock;

function month(key: string, posts = 0, activeMembers = 0, submissions = 0, decisions = 0): MonthActivity {
    return { month: key, posts, activeMembers, submissions, decisions };
}

/** The twelve months from December 2025 to November 2026, oldest first, as Apex sends them. */
function year(activity: Partial<Record<string, MonthActivity>> = {}): MonthActivity[] {
    return Array.from({ length: 12 }, (_, index) => {
        const key = new Date(Date.UTC(2025, 11 + index, 1)).toISOString().slice(0, 7);
        return activity[key] ?? month(key);
    });
}

function engagement(extra: Partial<Engagement> = {}): Engagement {
    return {
        activeGroups: 0,
        dormantGroups: 0,
        archivedGroups: 0,
        months: year(),
        groupsPerCommitment: [],
        submissionsByStatus: [],
        medianDaysToDecision: null,
        downloads: 0,
        ratings: 0,
        averageRating: null,
        ...extra
    };
}

function element(frameworkCode: string, code: string, kind: ElementKind, title: string | null): StandardElement {
    return { code, frameworkCode, kind, parentCode: null, title, indicatorType: null, description: null, sortOrder: 1 };
}

const FRAMEWORKS: StandardFramework[] = [
    {
        code: 'CHS2014',
        name: 'Core Humanitarian Standard',
        description: null,
        elementKinds: ['Commitment', 'Indicator'],
        elements: [
            element('CHS2014', '1', 'Commitment', 'Appropriate and relevant'),
            element('CHS2014', '4', 'Commitment', 'Communication, participation and feedback')
        ]
    },
    {
        code: 'CPMS2019',
        name: 'CPMS',
        description: null,
        elementKinds: ['Pillar'],
        elements: [element('CPMS2019', 'P2', 'Pillar', null)]
    }
];

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const dashboard = createElement('c-engagement-dashboard', { is: EngagementDashboard });
    document.body.appendChild(dashboard);
    return dashboard;
}

const texts = (root: ParentNode, selector: string): string[] =>
    [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').trim());

function child(dashboard: HTMLElement, selector: string): ShadowRoot {
    return (dashboard.shadowRoot!.querySelector(selector) as HTMLElement).shadowRoot!;
}

describe('c-engagement-dashboard', () => {
    afterEach(() => {
        document.body.replaceChildren();
        document.documentElement.lang = '';
        jest.clearAllMocks();
    });

    it('shows a spinner until the measures arrive', () => {
        const dashboard = render();
        expect(dashboard.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(dashboard.shadowRoot!.querySelector('c-engagement-months')).toBeNull();
    });

    it('shows the refusal for anyone but Alliance staff in the shared error panel', async () => {
        const dashboard = render();
        engagementAdapter.error({
            message: JSON.stringify({ code: 'NOT_ALLOWED', message: 'You are not allowed to do this.' })
        });
        await flush();
        const panel = child(dashboard, 'c-error-panel');
        expect(texts(panel, '[role="alert"] p')).toEqual(['You are not allowed to do this.']);
        expect(dashboard.shadowRoot!.querySelector('[data-tile]')).toBeNull();
    });

    it('says there is no activity yet when nothing has happened', async () => {
        const dashboard = render();
        engagementAdapter.emit(engagement());
        await flush();
        expect(texts(dashboard.shadowRoot!, '[data-id="engagement-empty"]')).toEqual(['c.Engagement_Empty']);
        expect(dashboard.shadowRoot!.querySelector('c-engagement-months')).toBeNull();
    });

    it('shows the headline figures, with their hints', async () => {
        const dashboard = render();
        engagementAdapter.emit(
            engagement({
                activeGroups: 12,
                dormantGroups: 3,
                archivedGroups: 1,
                medianDaysToDecision: 4.25,
                downloads: 1530,
                ratings: 40,
                averageRating: 4.16
            })
        );
        await flush();
        const root = dashboard.shadowRoot!;
        const tile = (key: string): string[] => texts(root, `[data-tile="${key}"] dt, [data-tile="${key}"] dd`);
        expect(tile('active')).toEqual(['c.Engagement_Active_Groups', '12']);
        expect(tile('dormant')).toEqual(['c.Engagement_Dormant_Groups', '3', 'c.Engagement_Dormant_Hint']);
        expect(tile('archived')).toEqual(['c.Engagement_Archived_Groups', '1']);
        expect(tile('median')).toEqual(['c.Engagement_Median_Days', '4.3', 'c.Engagement_Median_Hint']);
        expect(tile('downloads')).toEqual(['c.Engagement_Downloads', '1,530']);
        expect(tile('ratings')).toEqual(['c.Engagement_Ratings', '40', 'Average 4.2 out of 5']);
    });

    it('says when nothing was decided or rated yet', async () => {
        const dashboard = render();
        engagementAdapter.emit(engagement({ activeGroups: 1 }));
        await flush();
        const root = dashboard.shadowRoot!;
        expect(texts(root, '[data-tile="median"] [data-id="tile-value"]')).toEqual(['c.Engagement_No_Decision']);
        expect(texts(root, '[data-tile="ratings"] [data-id="tile-hint"]')).toEqual(['c.Repository_Not_Rated']);
    });

    it('tabulates the twelve months with month names in the page language and bars against the busiest', async () => {
        document.documentElement.lang = 'es';
        const dashboard = render();
        engagementAdapter.emit(
            engagement({ months: year({ '2026-03': month('2026-03', 10, 4, 2, 1), '2026-11': month('2026-11', 5) }) })
        );
        await flush();
        const months = child(dashboard, 'c-engagement-months');
        const names = texts(months, 'th[scope="row"]');
        expect(names).toHaveLength(12);
        expect(names[0]).toBe('dic 2025');
        expect(names[11]).toBe('nov 2026');
        const bar = (key: string): string | null =>
            (months.querySelector(`[data-month="${key}"] [data-measure="posts"] c-engagement-bar`) as HTMLElement)
                .shadowRoot!.querySelector('[data-id="bar"]')!
                .getAttribute('style');
        expect(bar('2026-03')).toBe('inline-size: 100%');
        expect(bar('2026-11')).toBe('inline-size: 50%');
        expect(bar('2026-01')).toBe('inline-size: 0%');
    });

    it('names commitments and pillars from the standards, in the standards order, keys until they arrive', async () => {
        const dashboard = render();
        engagementAdapter.emit(
            engagement({
                activeGroups: 5,
                groupsPerCommitment: [
                    { key: 'CPMS2019:P2', count: 1 },
                    { key: 'CHS2014:4', count: 3 },
                    { key: 'CHS2014:1', count: 2 }
                ]
            })
        );
        await flush();
        const commitments = (): ShadowRoot => child(dashboard, '[data-id="commitments"]');
        expect(texts(commitments(), 'caption')).toEqual(['c.Engagement_Commitments_Caption']);
        expect(texts(commitments(), 'th[scope="col"]')).toEqual([
            'c.Repository_Facet_Commitment',
            'c.Engagement_Active_Groups'
        ]);
        expect(texts(commitments(), 'th[scope="row"]')).toEqual(['CHS2014:1', 'CHS2014:4', 'CPMS2019:P2']);

        frameworksAdapter.emit(FRAMEWORKS);
        await flush();
        expect(texts(commitments(), 'th[scope="row"]')).toEqual([
            '1 — Appropriate and relevant',
            '4 — Communication, participation and feedback',
            'Pillar P2'
        ]);
        expect(texts(commitments(), '[data-id="count"]')).toEqual(['2', '3', '1']);
    });

    it('names submission statuses in the reader language, in the order a submission passes through them', async () => {
        const dashboard = render();
        engagementAdapter.emit(
            engagement({
                submissionsByStatus: [
                    { key: 'Published', count: 7 },
                    { key: 'Archived_Later', count: 1 },
                    { key: 'Withdrawn', count: 1 },
                    { key: 'Submitted', count: 2 },
                    { key: 'In_Review', count: 1 },
                    { key: 'Rejected', count: 2 },
                    { key: 'Changes_Requested', count: 3 }
                ]
            })
        );
        await flush();
        const statuses = child(dashboard, '[data-id="statuses"]');
        expect(texts(statuses, 'th[scope="col"]')).toEqual([
            'c.Colleagues_Column_Status',
            'c.Engagement_Column_Submissions'
        ]);
        expect(texts(statuses, 'th[scope="row"]')).toEqual([
            'c.Submissions_Status_Submitted',
            'c.Submissions_Status_In_Review',
            'c.Submissions_Status_Changes_Requested',
            'c.Submissions_Status_Published',
            'c.Submissions_Status_Rejected',
            'c.Submissions_Status_Withdrawn',
            'Archived_Later'
        ]);
        expect(texts(child(dashboard, '[data-id="commitments"]'), '[data-id="breakdown-empty"]')).toEqual([
            'c.Engagement_None_Yet'
        ]);
    });
});
