import { createElement } from 'lwc';
import GroupCard from 'c/groupCard';
import type { GroupCard as GroupCardData } from '@dto/groups';

jest.mock('@salesforce/label/c.Group_Open', () => ({ default: 'Open {0}' }), { virtual: true });

type CardElement = HTMLElement & { group?: GroupCardData };

const GROUP: GroupCardData = {
    id: 'a03000000000001AAA',
    title: 'Feedback that changes things',
    description: 'How we act on what people tell us.',
    topic: 'Feedback',
    kind: 'Peer_Group',
    commitments: ['CHS2014:4'],
    standards: [],
    language: 'en',
    scope: 'Global',
    region: null,
    country: null,
    privacy: 'Open',
    listed: true,
    status: 'Active',
    memberCount: 3,
    lastActivityAt: '2026-11-20T09:30:00.000Z',
    createdAt: '2026-11-01T10:00:00.000Z',
    archivedAt: null,
    archivesOn: null,
    myStatus: null,
    myRole: null,
    myMembershipId: null
};

function render(group?: GroupCardData): CardElement {
    const card = createElement('c-group-card', { is: GroupCard }) as CardElement;
    card.group = group;
    document.body.appendChild(card);
    return card;
}

describe('c-group-card', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows the definition, badges and facts of a group, with a space before the activity date (B10)', () => {
        const card = render(GROUP);
        const root = card.shadowRoot!;

        expect(root.querySelector('[data-id="open-group"]')!.textContent!.trim()).toBe(GROUP.title);
        expect(root.querySelector('[data-id="open-group"]')!.getAttribute('title')).toBe(`Open ${GROUP.title}`);
        expect(root.textContent).toContain(GROUP.description);
        expect((root.querySelector('c-group-facts') as unknown as { group: GroupCardData }).group).toEqual(GROUP);
        expect(root.querySelector('[data-id="last-activity"]')!.textContent).toBe('c.Group_Last_Activity Nov 20, 2026');
        expect(root.querySelector('[data-id="my-status"]')).toBeNull();
    });

    it('says when the reader is in it', () => {
        const card = render({ ...GROUP, myStatus: 'Active', lastActivityAt: null });

        expect(card.shadowRoot!.querySelector('[data-id="my-status"]')!.textContent).toBe('c.Group_Status_Member');
        expect(card.shadowRoot!.querySelector('[data-id="last-activity"]')!.textContent).toBe('');
    });

    it('asks to open the group', () => {
        const card = render({ ...GROUP, myStatus: 'Invited' });
        const handler = jest.fn();
        card.addEventListener('open', handler);

        (card.shadowRoot!.querySelector('[data-id="open-group"]') as HTMLElement).click();

        expect((handler.mock.calls[0]![0] as CustomEvent<string>).detail).toBe(GROUP.id);
        expect(card.shadowRoot!.querySelector('[data-id="my-status"]')!.textContent).toBe('c.Group_Status_Invited');
    });

    it('renders nothing without a group', () => {
        const card = render(undefined);

        expect(card.shadowRoot!.querySelector('article')).toBeNull();
    });
});
