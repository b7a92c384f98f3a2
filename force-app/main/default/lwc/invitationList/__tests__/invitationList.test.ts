import { createElement } from 'lwc';
import InvitationList from 'c/invitationList';
import type { ColleagueInvitation, InvitationStatus } from '@dto/people';

type ListElement = HTMLElement & { invitations: ColleagueInvitation[] };

function invitation(id: string, status: InvitationStatus, firstName: string | null, note: string | null = null) {
    return {
        id,
        firstName,
        lastName: 'Sangaré',
        email: `${id}@sahelrelief.example`,
        language: 'fr',
        status,
        organisationName: 'Sahel Relief Network',
        invitedByName: 'Moussa Keïta',
        requestedAt: '2026-11-20T09:30:00.000Z',
        decisionNote: note,
        failureReason: null
    } satisfies ColleagueInvitation;
}

function render(invitations: ColleagueInvitation[]): ListElement {
    const list = createElement('c-invitation-list', { is: InvitationList }) as ListElement;
    list.invitations = invitations;
    document.body.appendChild(list);
    return list;
}

describe('c-invitation-list', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('says when there are no invitations', () => {
        const list = render([]);

        expect(list.shadowRoot!.querySelector('[data-id="invitations-empty"]')!.textContent).toBe(
            'c.Invitations_Empty'
        );
        expect(list.shadowRoot!.querySelector('[data-id="invitation-list"]')).toBeNull();
    });

    it('shows each invitation with its translated status and badge', () => {
        const statuses: InvitationStatus[] = ['Pending', 'Approved', 'Completed', 'Rejected', 'Failed'];
        const list = render(
            statuses.map((status, index) => invitation(`i${index}`, status, index === 0 ? null : 'Oumar'))
        );

        const badges = [...list.shadowRoot!.querySelectorAll('[data-id="invitation-status"]')];
        expect(badges.map((badge) => badge.textContent)).toEqual([
            'c.Invitation_Status_Pending',
            'c.Invitation_Status_Approved',
            'c.Invitation_Status_Completed',
            'c.Invitation_Status_Rejected',
            'c.Invitation_Status_Failed'
        ]);
        expect(badges[3]!.className).toContain('slds-theme_warning');
        expect(badges[4]!.className).toContain('slds-theme_error');
        const names = [...list.shadowRoot!.querySelectorAll('.slds-text-title_bold')].map((name) => name.textContent);
        expect(names[0]).toBe('Sangaré');
        expect(names[1]).toBe('Oumar Sangaré');
        expect(list.shadowRoot!.querySelectorAll('lightning-formatted-date-time')).toHaveLength(5);
    });

    it('shows the Alliance note when there is one', () => {
        const list = render([invitation('i1', 'Rejected', 'Oumar', 'Please use the organisation address.')]);

        expect(list.shadowRoot!.textContent).toContain('Please use the organisation address.');
    });

    it('shows a status it does not know as it comes, and survives a missing list', () => {
        const unknown = {
            ...invitation('i9', 'Pending', 'Oumar'),
            status: 'Archived'
        } as unknown as ColleagueInvitation;
        const list = render([unknown]);

        const badge = list.shadowRoot!.querySelector('[data-id="invitation-status"]')!;
        expect(badge.textContent).toBe('Archived');
        expect(badge.className).toBe('slds-badge');

        const empty = render(null as unknown as ColleagueInvitation[]);
        expect(empty.shadowRoot!.querySelector('[data-id="invitations-empty"]')).not.toBeNull();
    });
});
