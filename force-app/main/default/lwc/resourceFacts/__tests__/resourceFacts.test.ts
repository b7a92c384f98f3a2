import { createElement } from 'lwc';
import ResourceFacts from 'c/resourceFacts';
import type { ResourceDescription } from 'c/repositoryLabels';

function render(resource?: Partial<ResourceDescription>): HTMLElement {
    const element = createElement('c-resource-facts', { is: ResourceFacts });
    Object.assign(element, { resource });
    document.body.appendChild(element);
    return element;
}

const factsOf = (element: HTMLElement): string[] =>
    [...element.shadowRoot!.querySelectorAll('[data-fact]')].map((fact) =>
        (fact.textContent ?? '').replace(/\s+/g, ' ').trim()
    );

describe('c-resource-facts', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows nothing without a resource', () => {
        expect(render().shadowRoot!.querySelector('ul')).toBeNull();
    });

    it('names each known fact for screen readers, and shows rating, downloads and tags', () => {
        const element = render({
            facts: [
                { key: 'type', name: 'Type of resource', value: 'Tool' },
                { key: 'year', name: 'Year', value: '2025' }
            ],
            tags: [{ key: 'CHS2014:4', label: 'Commitment 4', description: null, aboutLabel: 'About Commitment 4' }],
            hasTags: true,
            rating: 'Not rated yet',
            downloads: 'Downloads: 3'
        });

        expect(factsOf(element)).toEqual(['Type of resource:Tool', 'Year:2025']);
        expect(element.shadowRoot!.querySelector('[data-id="rating"]')!.textContent).toBe('Not rated yet');
        expect(element.shadowRoot!.querySelector('[data-id="downloads"]')!.textContent).toBe('Downloads: 3');
        expect((element.shadowRoot!.querySelector('lightning-badge') as HTMLElement & { label: string }).label).toBe(
            'Commitment 4'
        );
    });

    it("offers a tag's description on hover or focus, only where the Alliance loaded one", () => {
        const element = render({
            facts: [],
            tags: [
                {
                    key: 'CHS2014:5.1',
                    label: '5.1 — Example title EN 5.1',
                    description: 'Example description EN 5.1',
                    aboutLabel: 'About 5.1 — Example title EN 5.1'
                },
                { key: 'CHS2014:4', label: 'Commitment 4', description: null, aboutLabel: 'About Commitment 4' }
            ],
            hasTags: true,
            rating: '',
            downloads: ''
        });

        const helps = [...element.shadowRoot!.querySelectorAll('lightning-helptext')] as unknown as {
            content: string;
            alternativeText: string;
            dataset: DOMStringMap;
        }[];
        expect(helps.map((help) => [help.dataset.help, help.content, help.alternativeText])).toEqual([
            ['CHS2014:5.1', 'Example description EN 5.1', 'About 5.1 — Example title EN 5.1']
        ]);
    });

    it('leaves out the tag list when there are no tags', () => {
        const element = render({ facts: [], tags: [], hasTags: false, rating: '', downloads: '' });
        expect(element.shadowRoot!.querySelector('[data-id="tags"]')).toBeNull();
    });
});
