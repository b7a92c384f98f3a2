import { createElement } from 'lwc';
import OrganisationCard from 'c/organisationCard';
import type { OrganisationDescription } from 'c/organisationLabels';

function render(organisation?: OrganisationDescription): HTMLElement {
    const element = createElement('c-organisation-card', { is: OrganisationCard });
    Object.assign(element, { organisation });
    document.body.appendChild(element);
    return element;
}

const ORGANISATION: OrganisationDescription = {
    id: '001A',
    name: 'Relief Kenya',
    openLabel: 'Open Relief Kenya',
    facts: [],
    commitments: [],
    hasCommitments: false,
    counts: ''
};

describe('c-organisation-card', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows nothing without an organisation', () => {
        expect(render().shadowRoot!.querySelector('article')).toBeNull();
    });

    it('names the organisation in a heading button that opens it, and passes it to the facts', () => {
        const element = render(ORGANISATION);
        const opened = jest.fn();
        element.addEventListener('open', (event) => opened((event as CustomEvent<string>).detail));

        const button = element.shadowRoot!.querySelector('h3 button') as HTMLButtonElement;
        expect(button.textContent!.trim()).toBe('Relief Kenya');
        expect(button.title).toBe('Open Relief Kenya');
        button.click();

        expect(opened).toHaveBeenCalledWith('001A');
        expect(
            (element.shadowRoot!.querySelector('c-organisation-facts') as HTMLElement & { organisation: unknown })
                .organisation
        ).toEqual(ORGANISATION);
    });
});
