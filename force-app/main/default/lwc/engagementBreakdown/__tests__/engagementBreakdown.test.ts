import { createElement } from 'lwc';
import EngagementBreakdown, { type BreakdownRow } from 'c/engagementBreakdown';

function render(rows: BreakdownRow[] | null): HTMLElement {
    const element = createElement('c-engagement-breakdown', { is: EngagementBreakdown });
    Object.assign(element, { caption: 'Per status', nameHeading: 'Status', countHeading: 'Submissions', rows });
    document.body.appendChild(element);
    return element;
}

const texts = (root: ParentNode, selector: string): string[] =>
    [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').trim());

describe('c-engagement-breakdown', () => {
    afterEach(() => document.body.replaceChildren());

    it('lists each name as a row heading with its count and a bar against the largest', () => {
        const element = render([
            { key: 'a', label: 'Published', count: 1200 },
            { key: 'b', label: 'Rejected', count: 300 }
        ]);
        const root = element.shadowRoot!;
        expect(texts(root, 'caption')).toEqual(['Per status']);
        expect(texts(root, 'th[scope="col"]')).toEqual(['Status', 'Submissions']);
        expect(texts(root, 'th[scope="row"]')).toEqual(['Published', 'Rejected']);
        expect(texts(root, '[data-id="count"]')).toEqual(['1,200', '300']);
        const bars = [...root.querySelectorAll('c-engagement-bar')].map((bar) =>
            bar.shadowRoot!.querySelector('[data-id="bar"]')!.getAttribute('style')
        );
        expect(bars).toEqual(['inline-size: 100%', 'inline-size: 25%']);
        expect(root.querySelector('[data-id="breakdown-empty"]')).toBeNull();
    });

    it('says when there is nothing to show yet', () => {
        const element = render(null);
        expect(texts(element.shadowRoot!, '[data-id="breakdown-empty"]')).toEqual(['c.Engagement_None_Yet']);
    });
});
