import { createElement } from 'lwc';
import GroupFacts from 'c/groupFacts';
import type { GroupCard } from '@dto/groups';

type FactsElement = HTMLElement & { group?: GroupCard };

const GROUP: GroupCard = {
    id: 'a03000000000001AAA',
    title: 'Feedback that changes things',
    description: null,
    topic: null,
    kind: 'Community_Of_Practice',
    commitments: ['CHS2014:4'],
    standards: [],
    language: 'en',
    scope: 'Global',
    region: null,
    country: null,
    privacy: 'Restricted',
    listed: false,
    status: 'Active',
    memberCount: 3,
    lastActivityAt: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    archivedAt: null,
    archivesOn: null,
    myStatus: null,
    myRole: null,
    myMembershipId: null
};

function render(group?: GroupCard): FactsElement {
    const facts = createElement('c-group-facts', { is: GroupFacts }) as FactsElement;
    facts.group = group;
    document.body.appendChild(facts);
    return facts;
}

describe('c-group-facts', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows the kind and commitments as badges, and the facts', () => {
        const facts = render(GROUP);
        const root = facts.shadowRoot!;

        const badges = [...root.querySelectorAll('lightning-badge')] as unknown as {
            label: string;
            className: string;
        }[];
        expect(badges.map((badge) => badge.label)).toEqual([
            'c.Group_Kind_Community_Of_Practice',
            'c.Group_Commitment_Badge'
        ]);
        expect((root.querySelector('lightning-icon') as unknown as { iconName: string }).iconName).toBe('utility:lock');
        expect(root.querySelector('[data-id="member-count"]')!.textContent).toBe('c.Group_Members_Count');
        expect(root.textContent).toContain('c.Group_Unlisted');
    });

    it('says nothing of listing for a listed group, and nothing at all without a group', () => {
        expect(render({ ...GROUP, listed: true }).shadowRoot!.textContent).not.toContain('c.Group_Unlisted');
        expect(render(undefined).shadowRoot!.querySelector('ul')).toBeNull();
    });

    it('calls a direct conversation what it is, without the settings of a group', () => {
        const root = render({ ...GROUP, kind: 'Conversation', commitments: [], listed: false }).shadowRoot!;

        const badges = [...root.querySelectorAll('lightning-badge')] as unknown as { label: string }[];
        expect(badges.map((badge) => badge.label)).toEqual(['c.Conversation_Kind']);
        expect(root.querySelector('[data-id="settings"]')).toBeNull();
        expect(root.textContent).not.toContain('c.Group_Unlisted');
    });
});
