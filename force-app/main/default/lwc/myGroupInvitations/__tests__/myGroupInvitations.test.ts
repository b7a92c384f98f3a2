import { createElement } from 'lwc';
import MyGroupInvitations from 'c/myGroupInvitations';
import { refreshApex } from '@salesforce/apex';
import getMyInvitations from '@salesforce/apex/GroupController.getMyInvitations';
import respondToInvitation from '@salesforce/apex/GroupController.respondToInvitation';
import type { MyGroupInvitation } from '@dto/groups';

jest.mock(
    '@salesforce/apex/GroupController.getMyInvitations',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/GroupController.respondToInvitation', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Accepted', () => ({ default: 'You joined {0}.' }), { virtual: true });
jest.mock('@salesforce/label/c.My_Invitations_By', () => ({ default: 'Invited by {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const invitationsAdapter = getMyInvitations as unknown as WireAdapterMock;
const respond = respondToInvitation as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

const INVITATION = {
    membershipId: 'm1',
    invitedByName: 'Moussa Keïta',
    invitedAt: '2026-11-20T09:30:00.000Z',
    card: { id: 'g1', title: 'Safeguarding leads', description: 'Peers who lead safeguarding.' }
} as unknown as MyGroupInvitation;

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(hideWhenEmpty = false, skipConversations = false): HTMLElement {
    const element = createElement('c-my-group-invitations', { is: MyGroupInvitations }) as HTMLElement & {
        hideWhenEmpty: boolean;
        skipConversations: boolean;
    };
    element.hideWhenEmpty = hideWhenEmpty;
    element.skipConversations = skipConversations;
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);

describe('c-my-group-invitations', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads, then says when nothing waits, or shows the error', async () => {
        const element = render();
        expect(find(element, 'lightning-spinner')).not.toBeNull();

        invitationsAdapter.emit([]);
        await flush();
        expect(find(element, '[data-id="invitations-empty"]')).not.toBeNull();

        invitationsAdapter.error({ message: 'Down' });
        await flush();
        expect(find(element, 'c-error-panel')).not.toBeNull();
    });

    it('stays out of the way in the directory when nothing waits', async () => {
        const element = render(true);
        expect(find(element, 'section')).toBeNull();

        invitationsAdapter.emit([]);
        await flush();
        expect(find(element, 'section')).toBeNull();

        invitationsAdapter.emit([INVITATION]);
        await flush();
        expect(find(element, 'section')).not.toBeNull();
    });

    it('leaves invitations to direct conversations to My conversations when asked', async () => {
        const conversation = {
            ...INVITATION,
            membershipId: 'm2',
            card: { id: 'c1', title: 'Referral pathways', description: null, kind: 'Conversation' }
        } as unknown as MyGroupInvitation;
        const groupsOnly = render(true, true);
        const everything = render();
        invitationsAdapter.emit([{ ...INVITATION, card: { ...INVITATION.card, kind: 'Peer_Group' } }, conversation]);
        await flush();

        const titles = (element: HTMLElement): string[] =>
            [...element.shadowRoot!.querySelectorAll('[data-id="my-invitations"] .slds-text-title_bold')].map(
                (title) => title.textContent!
            );
        expect(titles(groupsOnly)).toEqual(['Safeguarding leads']);
        expect(titles(everything)).toEqual(['Safeguarding leads', 'Referral pathways']);

        invitationsAdapter.emit([conversation]);
        await flush();
        expect(find(groupsOnly, 'section')).toBeNull();
    });

    it('accepts, says so, and asks to open the group', async () => {
        const element = render(true);
        invitationsAdapter.emit([INVITATION]);
        await flush();
        respond.mockResolvedValue(undefined);
        const open = jest.fn();
        element.addEventListener('open', open);

        expect(find(element, '[data-id="my-invitations"]')!.textContent).toContain('Invited by Moussa Keïta');
        (find(element, '[data-membership-id="m1"][data-accept="true"]') as HTMLElement).click();
        await flush();
        invitationsAdapter.emit([]);
        await flush();

        expect(respond).toHaveBeenCalledWith({ membershipId: 'm1', accept: true });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect((open.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('g1');
        expect((find(element, 'c-action-feedback') as unknown as { message: string }).message).toBe(
            'You joined Safeguarding leads.'
        );
    });

    it('declines without opening the group, and shows a refusal', async () => {
        const element = render();
        invitationsAdapter.emit([INVITATION]);
        await flush();
        const open = jest.fn();
        element.addEventListener('open', open);
        respond.mockResolvedValueOnce(undefined);

        (find(element, '[data-membership-id="m1"][data-accept="false"]') as HTMLElement).click();
        await flush();
        expect((find(element, 'c-action-feedback') as unknown as { message: string }).message).toBe('c.Group_Declined');

        const refused = { body: { message: 'Refused' } };
        respond.mockRejectedValueOnce(refused);
        (find(element, '[data-membership-id="m1"][data-accept="true"]') as HTMLElement).click();
        await flush();
        expect((find(element, 'c-action-feedback') as unknown as { error: unknown }).error).toEqual(refused);
        expect(open).not.toHaveBeenCalled();
    });
});
