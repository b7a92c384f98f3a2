import { createElement } from 'lwc';
import EngagementBar from 'c/engagementBar';

function render(value: number, max: number): HTMLElement {
    const element = createElement('c-engagement-bar', { is: EngagementBar });
    Object.assign(element, { value, max });
    document.body.appendChild(element);
    return element;
}

const sizeOf = (element: HTMLElement): string | null =>
    element.shadowRoot!.querySelector('[data-id="bar"]')!.getAttribute('style');

describe('c-engagement-bar', () => {
    afterEach(() => document.body.replaceChildren());

    it('sizes the bar as a share of the largest value, with a logical property', () => {
        expect(sizeOf(render(3, 4))).toBe('inline-size: 75%');
        expect(sizeOf(render(4, 4))).toBe('inline-size: 100%');
        expect(sizeOf(render(1, 3))).toBe('inline-size: 33%');
    });

    it('draws nothing when there is nothing to compare with, and never overflows', () => {
        expect(sizeOf(render(0, 0))).toBe('inline-size: 0%');
        expect(sizeOf(render(5, 2))).toBe('inline-size: 100%');
        expect(sizeOf(render(-1, 2))).toBe('inline-size: 0%');
    });

    it('is hidden from assistive technology: the number beside it is the text', () => {
        const element = render(1, 2);
        expect(element.shadowRoot!.querySelector('[aria-hidden="true"]')).not.toBeNull();
    });
});
