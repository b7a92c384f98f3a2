import { createElement } from 'lwc';
import OrganisationFacts from 'c/organisationFacts';
import type { OrganisationDescription } from 'c/organisationLabels';

function render(organisation?: Partial<OrganisationDescription>): HTMLElement {
    const element = createElement('c-organisation-facts', { is: OrganisationFacts });
    Object.assign(element, { organisation });
    document.body.appendChild(element);
    return element;
}

const factsOf = (element: HTMLElement): string[] =>
    [...element.shadowRoot!.querySelectorAll('[data-fact]')].map((fact) =>
        (fact.textContent ?? '').replace(/\s+/g, ' ').trim()
    );

describe('c-organisation-facts', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows nothing without an organisation', () => {
        expect(render().shadowRoot!.querySelector('ul')).toBeNull();
    });

    it('names each fact for screen readers, and shows commitments as a named list and the counts', () => {
        const element = render({
            facts: [{ key: 'country', name: 'Country', value: 'Kenya' }],
            commitments: [{ label: 'Commitment 4', value: 'CHS2014:4' }],
            hasCommitments: true,
            counts: 'Resources: 3 · Groups: 1'
        });

        expect(factsOf(element)).toEqual(['Country:Kenya']);
        const list = element.shadowRoot!.querySelector('[data-id="commitments"]')!;
        expect(list.tagName).toBe('UL');
        expect(list.getAttribute('aria-labelledby')).toBeTruthy();
        expect(list.querySelector('.organisation-chip')!.textContent).toBe('Commitment 4');
        expect(element.shadowRoot!.querySelector('[data-id="counts"]')!.textContent).toBe('Resources: 3 · Groups: 1');
    });

    it('leaves out the commitment list when there are none', () => {
        const element = render({ facts: [], commitments: [], hasCommitments: false, counts: '' });
        expect(element.shadowRoot!.querySelector('[data-id="commitments"]')).toBeNull();
    });
});
