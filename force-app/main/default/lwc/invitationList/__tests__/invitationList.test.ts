import { createElement } from 'lwc';
import InvitationList from 'c/invitationList';
import type { InvitationStatus } from '@dto/enumerations';
import type { ColleagueInvitation } from '@dto/people';

type ListElement = HTMLElement & { invitations: ColleagueInvitation[] };
type DateTime = HTMLElement & { value: string };

function invitation(
    id: string,
    status: InvitationStatus,
    firstName: string | null,
    note: string | null = null
): ColleagueInvitation {
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
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(invitations: ColleagueInvitation[]): ListElement {
    const list = createElement('c-invitation-list', { is: InvitationList }) as ListElement;
    list.invitations = invitations;
    document.body.appendChild(list);
    return list;
}

const find = (list: ListElement, selector: string): HTMLElement | null => list.shadowRoot!.querySelector(selector);
const row = (list: ListElement, id: string): HTMLElement => find(list, `[data-row="${id}"]`)!;

describe('c-invitation-list', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('says when there are no invitations', () => {
        const list = render([]);

        expect(find(list, 'h3')!.textContent).toBe('c.Invitations_Title');
        expect(find(list, '[data-id="invitations-empty"]')!.textContent).toBe('c.Invitations_Empty');
        expect(find(list, '[data-id="invitation-list"]')).toBeNull();
    });

    it('survives a missing list', () => {
        const list = render(null as unknown as ColleagueInvitation[]);

        expect(find(list, '[data-id="invitations-empty"]')).not.toBeNull();
        expect(find(list, '[data-id="invitation-list"]')).toBeNull();
    });

    it('shows each invitation with its translated status and badge', () => {
        const statuses: InvitationStatus[] = ['Pending', 'Approved', 'Completed', 'Rejected', 'Failed'];
        const list = render(statuses.map((status, index) => invitation(`i${index}`, status, 'Oumar')));

        expect(find(list, '[data-id="invitations-empty"]')).toBeNull();
        const badges = [...list.shadowRoot!.querySelectorAll('[data-id="invitation-status"]')];
        expect(badges.map((badge) => badge.textContent)).toEqual([
            'c.Invitation_Status_Pending',
            'c.Invitation_Status_Approved',
            'c.Invitation_Status_Completed',
            'c.Invitation_Status_Rejected',
            'c.Invitation_Status_Failed'
        ]);
        expect(badges.map((badge) => badge.className)).toEqual([
            'slds-badge',
            'slds-badge slds-theme_info',
            'slds-badge slds-theme_success',
            'slds-badge slds-theme_warning',
            'slds-badge slds-theme_error'
        ]);
    });

    it('shows the full name, or the last name alone, with the email and request date', () => {
        const list = render([invitation('i1', 'Pending', null), invitation('i2', 'Pending', 'Oumar')]);

        expect(row(list, 'i1').querySelector('.slds-text-title_bold')!.textContent).toBe('Sangaré');
        expect(row(list, 'i2').querySelector('.slds-text-title_bold')!.textContent).toBe('Oumar Sangaré');
        expect(row(list, 'i2').textContent).toContain('i2@sahelrelief.example');
        const date = row(list, 'i2').querySelector('lightning-formatted-date-time') as DateTime;
        expect(date.value).toBe('2026-11-20T09:30:00.000Z');
    });

    it('shows the Alliance note only when there is one', () => {
        const list = render([
            invitation('i1', 'Rejected', 'Oumar', 'Please use the organisation address.'),
            invitation('i2', 'Approved', 'Awa')
        ]);

        const note = row(list, 'i1').querySelector('.slds-m-top_x-small');
        expect(note!.textContent).toBe('Please use the organisation address.');
        expect(row(list, 'i2').querySelector('.slds-m-top_x-small')).toBeNull();
    });

    it('shows a status it does not know as it comes, in a neutral badge', () => {
        const unknown = {
            ...invitation('i9', 'Pending', 'Oumar'),
            status: 'Archived'
        } as unknown as ColleagueInvitation;
        const list = render([unknown]);

        const badge = find(list, '[data-id="invitation-status"]')!;
        expect(badge.textContent).toBe('Archived');
        expect(badge.className).toBe('slds-badge');
    });

    it('follows a new list from the container', async () => {
        const list = render([]);

        list.invitations = [invitation('i1', 'Completed', 'Oumar')];
        await flush();

        expect(find(list, '[data-id="invitations-empty"]')).toBeNull();
        expect(row(list, 'i1')).not.toBeNull();
    });
});
