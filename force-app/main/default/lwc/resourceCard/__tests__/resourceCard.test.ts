import { createElement } from 'lwc';
import ResourceCard from 'c/resourceCard';
import type { ResourceDescription } from 'c/repositoryLabels';

function description(extra: Partial<ResourceDescription> = {}): ResourceDescription {
    return {
        id: 'r1',
        title: 'Feedback toolkit',
        openLabel: 'Open Feedback toolkit',
        excerpt: 'How to listen.',
        attribution: 'By Relief Org',
        type: 'Tool',
        stage: '',
        year: '2025',
        country: 'Kenya',
        language: 'English',
        facts: [],
        tags: [{ key: 'CHS2014:4', label: 'Commitment 4', description: null, aboutLabel: 'About Commitment 4' }],
        hasTags: true,
        rating: 'Not rated yet',
        downloads: 'Downloads: 3',
        ...extra
    };
}

function render(resource?: ResourceDescription): HTMLElement {
    const element = createElement('c-resource-card', { is: ResourceCard });
    Object.assign(element, { resource });
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);

describe('c-resource-card', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows nothing without a resource', () => {
        const element = render();
        expect(find(element, 'article')).toBeNull();
    });

    it('shows the title, the attribution and the facts, and asks to open the resource', () => {
        const element = render(description());
        const open = jest.fn();
        element.addEventListener('open', open);

        const button = find(element, '[data-id="open-resource"]') as HTMLElement;
        expect(button.textContent!.trim()).toBe('Feedback toolkit');
        expect(button.title).toBe('Open Feedback toolkit');
        expect(find(element, '[data-id="attribution"]')!.textContent!.trim()).toBe('By Relief Org');
        expect((find(element, 'c-resource-facts') as HTMLElement & { resource: ResourceDescription }).resource.id).toBe(
            'r1'
        );

        button.click();
        expect((open.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('r1');
    });

    it('leaves out an unknown organisation and an empty summary', () => {
        const element = render(description({ attribution: '', excerpt: null }));
        expect(find(element, '[data-id="attribution"]')).toBeNull();
        expect(find(element, '.slds-line-clamp_small')).toBeNull();
    });
});
