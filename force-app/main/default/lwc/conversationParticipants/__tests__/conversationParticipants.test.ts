import { createElement } from 'lwc';
import ConversationParticipants from 'c/conversationParticipants';
import type { DirectConversationParticipant } from '@dto/directconversations';

type ParticipantsElement = HTMLElement & { participants: DirectConversationParticipant[] };

function participant(
    userId: string,
    name: string | null,
    organisationName: string | null,
    status: DirectConversationParticipant['status'] = 'Active',
    isSelf = false
): DirectConversationParticipant {
    return { userId, name, organisationName, status, isSelf };
}

function render(participants: DirectConversationParticipant[]): ParticipantsElement {
    const element = createElement('c-conversation-participants', {
        is: ConversationParticipants
    }) as ParticipantsElement;
    element.participants = participants;
    document.body.appendChild(element);
    return element;
}

const items = (element: ParticipantsElement): HTMLElement[] => [
    ...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-id="participants"] li')
];

describe('c-conversation-participants', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('lists everyone else with their organisation, and marks who has not answered', () => {
        const element = render([
            participant('005A', 'Aminata Traoré', 'Sahel Relief Network', 'Active', true),
            participant('005H', 'Hannah Okafor', 'Mercy Bridge International'),
            participant('005R', 'Rami Haddad', null, 'Invited'),
            participant('005X', null, 'Levant Protection Consortium', 'Invited'),
            participant('005Y', null, null)
        ]);

        expect(items(element).map((item) => item.querySelector('bdi')!.textContent)).toEqual([
            'Hannah Okafor (Mercy Bridge International)',
            'Rami Haddad',
            'Levant Protection Consortium',
            ''
        ]);
        expect(items(element).map((item) => item.querySelector('[data-id="invited"]') !== null)).toEqual([
            false,
            true,
            true,
            false
        ]);
    });

    it('shows nothing while nobody else is listed', () => {
        expect(render(null as unknown as DirectConversationParticipant[]).shadowRoot!.querySelector('div')).toBeNull();
        expect(
            render([participant('005A', 'Aminata Traoré', null, 'Active', true)]).shadowRoot!.querySelector('div')
        ).toBeNull();
    });
});
