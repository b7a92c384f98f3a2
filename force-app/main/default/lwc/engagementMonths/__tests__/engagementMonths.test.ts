import { createElement } from 'lwc';
import EngagementMonths, { monthName } from 'c/engagementMonths';
import type { MonthActivity } from '@dto/insights';

function month(key: string, posts: number, activeMembers = 0, submissions = 0, decisions = 0): MonthActivity {
    return { month: key, posts, activeMembers, submissions, decisions };
}

function render(months: MonthActivity[] | null): HTMLElement {
    const element = createElement('c-engagement-months', { is: EngagementMonths });
    Object.assign(element, { months });
    document.body.appendChild(element);
    return element;
}

const texts = (root: ParentNode, selector: string): string[] =>
    [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').trim());

function barOf(cell: Element): string | null {
    const bar = cell.querySelector('c-engagement-bar') as HTMLElement;
    return bar.shadowRoot!.querySelector('[data-id="bar"]')!.getAttribute('style');
}

describe('c-engagement-months', () => {
    afterEach(() => {
        document.body.replaceChildren();
        document.documentElement.lang = '';
    });

    it('is a table with a caption, column headings and a month heading each row', () => {
        const element = render([month('2026-10', 4, 2, 1, 0), month('2026-11', 8, 3, 0, 1)]);
        const root = element.shadowRoot!;
        expect(texts(root, 'caption')).toEqual(['c.Engagement_Months_Caption']);
        expect(texts(root, 'th[scope="col"]')).toEqual([
            'c.Engagement_Column_Month',
            'c.Engagement_Column_Posts',
            'c.Engagement_Column_Active_Members',
            'c.Engagement_Column_Submissions',
            'c.Engagement_Column_Decisions'
        ]);
        expect(texts(root, 'th[scope="row"]')).toEqual(['Oct 2026', 'Nov 2026']);
        expect(texts(root, '[data-month="2026-10"] [data-id="count"]')).toEqual(['4', '2', '1', '0']);
    });

    it('sizes each bar against the busiest month of its own measure', () => {
        const element = render([month('2026-10', 4, 2, 1, 0), month('2026-11', 8, 3, 0, 0)]);
        const cell = (key: string, measure: string): Element =>
            element.shadowRoot!.querySelector(`[data-month="${key}"] [data-measure="${measure}"]`)!;
        expect(barOf(cell('2026-10', 'posts'))).toBe('inline-size: 50%');
        expect(barOf(cell('2026-11', 'posts'))).toBe('inline-size: 100%');
        expect(barOf(cell('2026-10', 'activeMembers'))).toBe('inline-size: 67%');
        expect(barOf(cell('2026-10', 'submissions'))).toBe('inline-size: 100%');
        expect(barOf(cell('2026-10', 'decisions'))).toBe('inline-size: 0%');
    });

    it('names months in the page language and keeps anything that is not a month as it is', () => {
        expect(monthName('2026-01')).toBe('Jan 2026');
        document.documentElement.lang = 'fr';
        expect(monthName('2026-02')).toBe('févr. 2026');
        expect(monthName('soon')).toBe('soon');
    });

    it('shows no rows without months', () => {
        const element = render(null);
        expect(element.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(0);
    });
});
