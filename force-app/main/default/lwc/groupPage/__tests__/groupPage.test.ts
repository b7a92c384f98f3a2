import { createElement } from 'lwc';
import GroupPage from 'c/groupPage';
import { refreshApex } from '@salesforce/apex';
import changeRole from '@salesforce/apex/GroupController.changeRole';
import decideRequest from '@salesforce/apex/GroupController.decideRequest';
import getGroup from '@salesforce/apex/GroupController.getGroup';
import inviteToGroup from '@salesforce/apex/GroupController.inviteToGroup';
import joinGroup from '@salesforce/apex/GroupController.joinGroup';
import leaveGroup from '@salesforce/apex/GroupController.leaveGroup';
import removeMember from '@salesforce/apex/GroupController.removeMember';
import respondToInvitation from '@salesforce/apex/GroupController.respondToInvitation';
import searchInvitees from '@salesforce/apex/GroupController.searchInvitees';
import withdrawRequest from '@salesforce/apex/GroupController.withdrawRequest';
import restoreGroup from '@salesforce/apex/LifecycleController.restoreGroup';
import type { GroupRights } from '@dto/access';
import type { GroupDetail, GroupMembership } from '@dto/groups';

jest.mock(
    '@salesforce/apex/GroupController.getGroup',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TaxonomyController.getFrameworks',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/GroupController.changeRole', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupController.decideRequest', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupController.inviteToGroup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupController.joinGroup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupController.leaveGroup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupController.removeMember', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupController.respondToInvitation', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupController.searchInvitees', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupController.withdrawRequest', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LifecycleController.restoreGroup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/DirectConversationController.searchPeople', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/DirectConversationController.startConversation', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Invited', () => ({ default: 'Invited: {0}.' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Request_Approved', () => ({ default: 'Approved: {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Request_Declined', () => ({ default: 'Declined: {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Leave_Confirm', () => ({ default: 'Leave {0}?' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Leave_Confirm_Request', () => ({ default: 'Leave {0}? Ask again.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Group_Leave_Confirm_Invitation', () => ({ default: 'Leave {0}? Invitation only.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Group_Leave_Successor', () => ({ default: '{0} will own it.' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Left_Named', () => ({ default: 'You left {0}.' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Request_Withdrawn_Named', () => ({ default: 'Withdrawn: {0}.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Report_Title_Member', () => ({ default: 'Report {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const groupAdapter = getGroup as unknown as WireAdapterMock;
const mocks = {
    changeRole: changeRole as unknown as jest.Mock,
    decideRequest: decideRequest as unknown as jest.Mock,
    inviteToGroup: inviteToGroup as unknown as jest.Mock,
    joinGroup: joinGroup as unknown as jest.Mock,
    leaveGroup: leaveGroup as unknown as jest.Mock,
    removeMember: removeMember as unknown as jest.Mock,
    respondToInvitation: respondToInvitation as unknown as jest.Mock,
    searchInvitees: searchInvitees as unknown as jest.Mock,
    withdrawRequest: withdrawRequest as unknown as jest.Mock,
    restoreGroup: restoreGroup as unknown as jest.Mock,
    refresh: refreshApex as unknown as jest.Mock
};

const NONE: GroupRights = {
    canSee: true,
    canSeeMembers: false,
    canJoin: false,
    canRequest: false,
    canRespond: false,
    canLeave: false,
    canInvite: false,
    canManageMembers: false,
    canChangeRoles: false,
    canEdit: false,
    canSetKind: false,
    canReadDiscussion: false,
    canPost: false,
    canUseFiles: false,
    canRestore: false,
    canConvert: false,
    readsAsModerator: false
};

function person(
    id: string,
    status: GroupMembership['status'],
    message: string | null = null,
    isSelf = false
): GroupMembership {
    return {
        membershipId: id,
        userId: `005${id}`,
        name: `Person ${id}`,
        organisationName: 'Mercy Bridge International',
        role: 'Member',
        status,
        since: '2026-11-01T10:00:00.000Z',
        message,
        isSelf
    };
}

function detail(rights: Partial<GroupRights>, extra: Partial<GroupDetail> = {}): GroupDetail {
    return {
        card: {
            id: 'a03000000000001AAA',
            title: 'Safeguarding leads',
            description: 'Peers who lead safeguarding.',
            topic: 'Safeguarding',
            kind: 'Peer_Group',
            commitments: ['CHS2014:5'],
            standards: ['CPMS2019:P1'],
            language: 'en',
            scope: 'Global',
            region: null,
            country: null,
            privacy: 'Restricted',
            listed: true,
            status: 'Active',
            memberCount: 2,
            lastActivityAt: null,
            createdAt: '2026-11-01T10:00:00.000Z',
            archivedAt: null,
            archivesOn: null,
            myStatus: null,
            myRole: null,
            myMembershipId: 'm-self'
        },
        members: [person('m1', 'Active')],
        requests: [],
        invitations: [],
        rights: { ...NONE, ...rights },
        messageLength: 255,
        canStartConversation: false,
        ...extra
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(value?: GroupDetail): Promise<HTMLElement> {
    const page = createElement('c-group-page', { is: GroupPage }) as HTMLElement & { groupId: string };
    page.groupId = 'a03000000000001AAA';
    document.body.appendChild(page);
    if (value) {
        groupAdapter.emit(value);
        await flush();
    }
    return page;
}

const find = (page: HTMLElement, selector: string): HTMLElement | null => page.shadowRoot!.querySelector(selector);
const click = async (page: HTMLElement, selector: string): Promise<void> => {
    (find(page, selector) as HTMLElement).click();
    await flush();
};
const feedback = (page: HTMLElement): { message: string; error: unknown } =>
    find(page, 'c-action-feedback') as unknown as { message: string; error: unknown };

describe('c-group-page', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows a spinner, then an error the server explains', async () => {
        const page = await render();
        expect(find(page, 'lightning-spinner')).not.toBeNull();

        groupAdapter.error({ message: JSON.stringify({ code: 'GROUP_RESTRICTED', message: 'Members only.' }) });
        await flush();
        expect(find(page, 'c-error-panel')).not.toBeNull();
    });

    it('shows the definition and hides the members of a restricted group from outsiders', async () => {
        const page = await render(detail({ canRequest: true }));

        expect(find(page, '[data-id="group-title"]')!.textContent).toBe('Safeguarding leads');
        expect(find(page, '[data-id="members-hidden"]')).not.toBeNull();
        expect(find(page, '[data-id="request"]')).not.toBeNull();
        expect(find(page, '[data-id="join"]')).toBeNull();
        expect(find(page, '[data-id="leave"]')).toBeNull();
        expect(find(page, '[data-id="invite-panel"]')).toBeNull();
    });

    it('asks to join with a message, then reads the group again', async () => {
        const page = await render(detail({ canRequest: true }));
        mocks.joinGroup.mockResolvedValue('Requested');

        const message = find(page, '[data-id="request-message"]') as HTMLElement & { value: string };
        message.value = ' We lead safeguarding too. ';
        message.dispatchEvent(new CustomEvent('change'));
        await click(page, '[data-id="request"]');

        expect(mocks.joinGroup).toHaveBeenCalledWith({
            groupId: 'a03000000000001AAA',
            message: 'We lead safeguarding too.'
        });
        expect(feedback(page).message).toBe('c.Group_Request_Sent');
        expect(mocks.refresh).toHaveBeenCalledTimes(1);
    });

    it('limits the request message and the answer to what the server keeps (B18)', async () => {
        const asking = await render(detail({ canRequest: true }, { messageLength: 140 }));
        const maxLength = (page: HTMLElement, id: string): number =>
            (find(page, `[data-id="${id}"]`) as HTMLElement & { maxLength: number }).maxLength;
        expect(maxLength(asking, 'request-message')).toBe(140);
        document.body.replaceChildren();

        const managing = await render(
            detail({ canManageMembers: true }, { messageLength: 140, requests: [person('m9', 'Requested', 'Hello')] })
        );
        expect(maxLength(managing, 'request-answer')).toBe(140);
    });

    it('joins an open group at once', async () => {
        const page = await render(detail({ canJoin: true, canSeeMembers: true }));
        mocks.joinGroup.mockResolvedValue('Active');

        await click(page, '[data-id="join"]');

        expect(feedback(page).message).toBe('c.Group_Joined');
        expect(find(page, 'c-group-member-list')).not.toBeNull();
    });

    it('answers an invitation', async () => {
        const page = await render(detail({ canRespond: true }));
        mocks.respondToInvitation.mockResolvedValue(undefined);

        await click(page, '[data-id="accept"]');
        expect(mocks.respondToInvitation).toHaveBeenCalledWith({ membershipId: 'm-self', accept: true });
        expect(feedback(page).message).toBe('c.Group_Joined');

        await click(page, '[data-id="decline"]');
        expect(mocks.respondToInvitation).toHaveBeenLastCalledWith({ membershipId: 'm-self', accept: false });
        expect(feedback(page).message).toBe('c.Group_Declined');
    });

    it('asks before leaving, and can be cancelled; an open group stays shown with the news', async () => {
        const open = { ...detail({}).card, privacy: 'Open' as const };
        const page = await render(detail({ canLeave: true, canSeeMembers: true }, { card: open }));
        mocks.leaveGroup.mockResolvedValue(undefined);

        await click(page, '[data-id="leave"]');
        const panel = find(page, 'c-confirm-panel') as HTMLElement & { question: string };
        expect(panel.question).toBe('Leave Safeguarding leads?');
        panel.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(page, 'c-confirm-panel')).toBeNull();

        await click(page, '[data-id="leave"]');
        find(page, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();
        expect(mocks.leaveGroup).toHaveBeenCalledWith({ groupId: 'a03000000000001AAA' });
        expect(feedback(page).message).toBe('c.Group_Left');
        expect((find(page, '[data-id="leave"]') as unknown as { label: string }).label).toBe('c.Group_Leave');
        expect(find(page, 'c-confirm-panel')).toBeNull();
    });

    it('says how to come back to a group that is not open, and sends the user to the directory once left (B4)', async () => {
        const page = await render(detail({ canLeave: true, canSeeMembers: true }));
        const left = jest.fn();
        page.addEventListener('left', (event) => left((event as CustomEvent<string>).detail));
        mocks.leaveGroup.mockResolvedValue(undefined);

        await click(page, '[data-id="leave"]');
        expect((find(page, 'c-confirm-panel') as HTMLElement & { question: string }).question).toBe(
            'Leave Safeguarding leads? Ask again.'
        );
        find(page, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(left).toHaveBeenCalledWith('You left Safeguarding leads.');
        expect(mocks.refresh).not.toHaveBeenCalled();
        expect(find(page, 'c-confirm-panel')).toBeNull();

        const unlisted = { ...detail({}).card, listed: false };
        const hidden = await render(detail({ canLeave: true }, { card: unlisted }));
        await click(hidden, '[data-id="leave"]');
        expect((find(hidden, 'c-confirm-panel') as HTMLElement & { question: string }).question).toBe(
            'Leave Safeguarding leads? Invitation only.'
        );
    });

    it('keeps the page and its question when leaving fails', async () => {
        const page = await render(detail({ canLeave: true }));
        const left = jest.fn();
        page.addEventListener('left', left);
        mocks.leaveGroup.mockRejectedValue({ body: { message: 'Down' } });

        await click(page, '[data-id="leave"]');
        find(page, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(left).not.toHaveBeenCalled();
        expect(find(page, 'c-confirm-panel')).not.toBeNull();
    });

    it('tells the only owner who takes the group over, or that the moderators keep it (B5)', async () => {
        const owned = { ...detail({}).card, privacy: 'Open' as const, myRole: 'Owner' as const };
        const self = { ...person('m0', 'Active', null, true), role: 'Owner' as const };
        const facilitator = { ...person('m2', 'Active'), role: 'Facilitator' as const };
        const question = async (members: GroupMembership[]): Promise<string> => {
            const page = await render(detail({ canLeave: true, canSeeMembers: true }, { card: owned, members }));
            await click(page, '[data-id="leave"]');
            const text = (find(page, 'c-confirm-panel') as HTMLElement & { question: string }).question;
            document.body.replaceChildren();
            return text;
        };

        expect(await question([self, person('m1', 'Active'), facilitator])).toBe(
            'Leave Safeguarding leads? Person m2 will own it.'
        );
        expect(await question([self, person('m1', 'Active')])).toBe('Leave Safeguarding leads? Person m1 will own it.');
        expect(await question([self])).toBe('Leave Safeguarding leads? c.Group_Leave_Last_Member');
        expect(await question([self, { ...person('m3', 'Active'), role: 'Owner' }])).toBe('Leave Safeguarding leads?');
    });

    it('puts the focus on the heading of the opened group, once, not again after each action (B15)', async () => {
        const page = await render(detail({}));
        await flush();
        const title = find(page, '[data-id="group-title"]');
        expect(page.shadowRoot!.activeElement).toBe(title);

        (title as HTMLElement).blur();
        groupAdapter.emit(detail({ canLeave: true }));
        await flush();
        expect(page.shadowRoot!.activeElement).toBeNull();
    });

    it('shows a sent request as waiting after a reload, instead of offering to ask again (B17)', async () => {
        const requested = { ...detail({}).card, myStatus: 'Requested' as const };
        const page = await render(detail({ canRequest: true }, { card: requested }));

        expect(find(page, '[data-id="request-pending"]')!.textContent).toBe('c.Group_Request_Pending');
        expect(find(page, '[data-id="request"]')).toBeNull();
    });

    it('withdraws a waiting request in a listed group and stays to offer asking again (B17)', async () => {
        const requested = { ...detail({}).card, myStatus: 'Requested' as const };
        const page = await render(detail({}, { card: requested }));
        const left = jest.fn();
        page.addEventListener('left', left);
        mocks.withdrawRequest.mockResolvedValue(undefined);

        await click(page, '[data-id="withdraw-request"]');

        expect(mocks.withdrawRequest).toHaveBeenCalledWith({ groupId: 'a03000000000001AAA' });
        expect(feedback(page).message).toBe('c.Group_Request_Withdrawn');
        expect(mocks.refresh).toHaveBeenCalledTimes(1);
        expect(left).not.toHaveBeenCalled();
    });

    it('sends the user to the directory once a request to an unlisted group is withdrawn (B17)', async () => {
        const requested = { ...detail({}).card, myStatus: 'Requested' as const, listed: false };
        const page = await render(detail({}, { card: requested }));
        const left = jest.fn();
        page.addEventListener('left', (event) => left((event as CustomEvent<string>).detail));
        mocks.withdrawRequest.mockResolvedValue(undefined);

        await click(page, '[data-id="withdraw-request"]');

        expect(left).toHaveBeenCalledWith('Withdrawn: Safeguarding leads.');
    });

    it('keeps the request shown when withdrawing it fails (B17)', async () => {
        const requested = { ...detail({}).card, myStatus: 'Requested' as const };
        const page = await render(detail({}, { card: requested }));
        const refused = { body: { message: JSON.stringify({ code: 'VALIDATION', message: 'Answered already.' }) } };
        mocks.withdrawRequest.mockRejectedValue(refused);

        await click(page, '[data-id="withdraw-request"]');

        expect(feedback(page).error).toEqual(refused);
        expect(find(page, '[data-id="request-pending"]')).not.toBeNull();
    });

    it('tells the discussion when the group is archived', async () => {
        const archived = { ...detail({}).card, status: 'Archived' as const };
        const page = await render(detail({ canReadDiscussion: true, canSeeMembers: true }, { card: archived }));
        const discussion = find(page, 'c-group-discussion') as HTMLElement & { archived: boolean };
        expect(discussion.archived).toBe(true);
    });

    it('lets an owner edit, and shows the saved group', async () => {
        const page = await render(detail({ canEdit: true, canSetKind: false }));

        await click(page, '[data-id="edit"]');
        const form = find(page, 'c-group-form') as HTMLElement & { draft: { id: string; standards: string[] } };
        expect(form.draft.id).toBe('a03000000000001AAA');
        expect(form.draft.standards).toEqual(['CPMS2019:P1']);

        form.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(page, 'c-group-form')).toBeNull();

        await click(page, '[data-id="edit"]');
        find(page, 'c-group-form')!.dispatchEvent(new CustomEvent('saved', { detail: 'a03000000000001AAA' }));
        await flush();
        expect(find(page, 'c-group-form')).toBeNull();
        expect(feedback(page).message).toBe('c.Group_Saved');
        expect(mocks.refresh).toHaveBeenCalledTimes(1);
    });

    it('searches people, invites the chosen ones and says how many', async () => {
        const page = await render(detail({ canInvite: true, canSeeMembers: true }));
        mocks.searchInvitees.mockResolvedValue([
            { userId: '005A', name: 'Hannah Okafor', organisationName: 'Mercy Bridge International' },
            { userId: '005B', name: 'Claire Dubois', organisationName: null }
        ]);
        mocks.inviteToGroup.mockResolvedValue(1);
        const search = find(page, '[data-id="invite-search"]') as HTMLElement & { value: string };

        search.value = 'h';
        search.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(mocks.searchInvitees).not.toHaveBeenCalled();

        search.value = 'Mercy';
        search.dispatchEvent(new CustomEvent('change'));
        await flush();
        const choices = find(page, '[data-id="invitees"]') as HTMLElement & { options: { label: string }[] };
        expect(choices.options.map((option) => option.label)).toEqual([
            'Hannah Okafor (Mercy Bridge International)',
            'Claire Dubois'
        ]);
        expect((find(page, '[data-id="invite-send"]') as unknown as { disabled: boolean }).disabled).toBe(true);

        choices.dispatchEvent(new CustomEvent('change', { detail: { value: ['005A'] } }));
        await flush();
        await click(page, '[data-id="invite-send"]');

        expect(mocks.inviteToGroup).toHaveBeenCalledWith({ groupId: 'a03000000000001AAA', userIds: ['005A'] });
        expect(feedback(page).message).toBe('Invited: 1.');
        expect(find(page, '[data-id="invitees"]')).toBeNull();
    });

    it('says when nobody can be invited, and shows a failed search', async () => {
        const page = await render(detail({ canInvite: true, canSeeMembers: true }));
        const search = find(page, '[data-id="invite-search"]') as HTMLElement & { value: string };
        mocks.searchInvitees.mockResolvedValueOnce([]);

        search.value = 'Nobody';
        search.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(find(page, '[data-id="invite-none"]')).not.toBeNull();

        const failure = { body: { message: 'Down' } };
        mocks.searchInvitees.mockRejectedValueOnce(failure);
        search.value = 'Again';
        search.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(feedback(page).error).toEqual(failure);
    });

    it('lets managers answer requests and see open invitations', async () => {
        const page = await render(
            detail(
                { canManageMembers: true, canSeeMembers: true },
                { requests: [person('r1', 'Requested', 'Please let me in')], invitations: [person('i1', 'Invited')] }
            )
        );
        mocks.decideRequest.mockResolvedValue(undefined);

        expect(find(page, '[data-id="request-list"]')!.textContent).toContain('Please let me in');
        expect(find(page, '[data-id="request-list"]')!.textContent).toContain('Person i1');
        const answer = find(page, '[data-id="request-answer"]') as HTMLElement & { value: string };
        answer.value = ' Welcome ';
        answer.dispatchEvent(new CustomEvent('change'));
        await click(page, '[data-membership-id="r1"][data-approve="true"]');

        expect(mocks.decideRequest).toHaveBeenCalledWith({ membershipId: 'r1', approve: true, message: 'Welcome' });
        // B20: says whose request was approved, not only "Done."
        expect(feedback(page).message).toBe('Approved: Person r1');
        await click(page, '[data-membership-id="r1"][data-approve="false"]');
        expect(feedback(page).message).toBe('Declined: Person r1');
    });

    it('says when no request waits', async () => {
        const page = await render(detail({ canManageMembers: true, canSeeMembers: true }));

        expect(find(page, '[data-id="no-requests"]')).not.toBeNull();
    });

    it('changes roles and removes members from the list', async () => {
        const page = await render(detail({ canManageMembers: true, canChangeRoles: true, canSeeMembers: true }));
        mocks.changeRole.mockResolvedValue(undefined);
        mocks.removeMember.mockResolvedValue(undefined);
        const list = find(page, 'c-group-member-list')!;

        list.dispatchEvent(new CustomEvent('memberaction', { detail: 'Facilitator:m1' }));
        await flush();
        list.dispatchEvent(new CustomEvent('memberaction', { detail: 'remove:m1' }));
        await flush();

        expect(mocks.changeRole).toHaveBeenCalledWith({ membershipId: 'm1', role: 'Facilitator' });
        expect(mocks.removeMember).toHaveBeenCalledWith({ membershipId: 'm1' });
    });

    it('reports a member through the inline form and thanks the reporter', async () => {
        const page = await render(detail({ canSeeMembers: true }));
        const list = find(page, 'c-group-member-list')!;

        list.dispatchEvent(new CustomEvent('memberaction', { detail: 'report:m1' }));
        await flush();
        const form = find(page, 'c-report-form') as HTMLElement & {
            heading: string;
            targetKind: string;
            groupId: string;
            userId: string;
        };
        expect(form.heading).toBe('Report Person m1');
        expect([form.targetKind, form.groupId, form.userId]).toEqual(['Member', 'a03000000000001AAA', '005m1']);
        form.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(page, 'c-report-form')).toBeNull();

        list.dispatchEvent(new CustomEvent('memberaction', { detail: 'report:m1' }));
        await flush();
        find(page, 'c-report-form')!.dispatchEvent(new CustomEvent('reported', { detail: 'r1' }));
        await flush();
        expect(find(page, 'c-report-form')).toBeNull();
        expect(feedback(page).message).toBe('c.Report_Sent');
        expect(mocks.changeRole).not.toHaveBeenCalled();
    });

    it('opens the confidential concern form from the group, for the group', async () => {
        const page = await render(detail({}));
        const opener = find(page, '[data-id="open-concern"]') as HTMLElement & { ariaExpanded: string };
        expect(find(page, 'c-confidential-concern')).toBeNull();

        opener.click();
        await flush();
        expect((find(page, 'c-confidential-concern') as unknown as { groupId: string }).groupId).toBe(
            'a03000000000001AAA'
        );
        opener.click();
        await flush();
        expect(find(page, 'c-confidential-concern')).toBeNull();
    });

    it('searches the group for its readers and brings the discussion forward for a post found', async () => {
        const page = await render(detail({ canReadDiscussion: true, canUseFiles: true }));
        const tabset = find(page, 'lightning-tabset') as HTMLElement & { activeTabValue: string };
        expect(find(page, 'c-group-files')).not.toBeNull();

        const tabs = [...page.shadowRoot!.querySelectorAll('lightning-tab')] as (HTMLElement & { value: string })[];
        tabs.find((tab) => tab.value === 'files')!.dispatchEvent(new CustomEvent('active'));
        await flush();
        expect(tabset.activeTabValue).toBe('files');
        find(page, 'c-group-search')!.dispatchEvent(new CustomEvent('openpost', { detail: 'm1' }));
        await flush();
        expect(tabset.activeTabValue).toBe('discussion');
    });

    it('shows where the group stands in its life and restores an archived group', async () => {
        const page = await render(
            detail(
                { canRestore: true },
                { card: { ...detail({}).card, status: 'Archived', archivedAt: '2026-08-01T02:00:00.000Z' } }
            )
        );
        mocks.restoreGroup.mockResolvedValue(undefined);
        const banner = find(page, 'c-group-lifecycle-banner') as HTMLElement & { canRestore: boolean };
        expect(banner.canRestore).toBe(true);

        banner.dispatchEvent(new CustomEvent('restore'));
        await flush();

        expect(mocks.restoreGroup).toHaveBeenCalledWith({ groupId: 'a03000000000001AAA' });
        expect(feedback(page).message).toBe('c.Lifecycle_Restored');
        expect(mocks.refresh).toHaveBeenCalled();
    });

    it('shows a refused action and goes back on request', async () => {
        const page = await render(detail({ canJoin: true }));
        const refused = { body: { message: JSON.stringify({ code: 'GROUP_ARCHIVED', message: 'Archived.' }) } };
        mocks.joinGroup.mockRejectedValue(refused);
        const back = jest.fn();
        page.addEventListener('back', back);

        await click(page, '[data-id="join"]');
        await click(page, '[data-id="back"]');

        expect(feedback(page).error).toEqual(refused);
        expect(mocks.refresh).not.toHaveBeenCalled();
        expect(back).toHaveBeenCalledTimes(1);
    });

    it('shows a direct conversation with its participants, and lets its starter turn it into a group', async () => {
        const card = { ...detail({}).card, kind: 'Conversation' as const, topic: null, commitments: [], standards: [] };
        const page = await render(
            detail(
                { canSeeMembers: true, canReadDiscussion: true, canConvert: true, canLeave: true },
                {
                    card,
                    members: [person('m-self', 'Active', null, true), person('m1', 'Active')],
                    invitations: [person('i1', 'Invited')]
                }
            )
        );

        const participants = find(page, 'c-conversation-participants') as unknown as {
            participants: { userId: string; status: string; isSelf: boolean }[];
        };
        expect(participants.participants.map(({ userId, status, isSelf }) => [userId, status, isSelf])).toEqual([
            ['005m-self', 'Active', true],
            ['005m1', 'Active', false],
            ['005i1', 'Invited', false]
        ]);
        expect((find(page, 'c-group-member-list') as unknown as { hideRoles: boolean }).hideRoles).toBe(true);
        expect(find(page, '[data-id="moderator-notice"]')).toBeNull();
        expect((find(page, '[data-id="leave"]') as unknown as { label: string }).label).toBe('c.Conversation_Leave');

        await click(page, '[data-id="convert"]');
        expect(find(page, '[data-id="convert-warning"]')!.textContent).toContain('c.Conversation_Convert_Warning');
        const form = find(page, 'c-group-form') as HTMLElement & { draft: Record<string, unknown>; purpose: string };
        expect(form.purpose).toBe('c.Conversation_Convert');
        expect(form.draft).toEqual({
            id: 'a03000000000001AAA',
            title: 'Safeguarding leads',
            description: 'Peers who lead safeguarding.',
            topic: null,
            kind: 'Peer_Group',
            commitments: [],
            standards: [],
            language: 'multi',
            scope: 'None',
            region: null,
            country: null,
            privacy: 'Restricted',
            listed: true
        });

        form.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(page, 'c-group-form')).toBeNull();

        await click(page, '[data-id="convert"]');
        find(page, 'c-group-form')!.dispatchEvent(new CustomEvent('saved', { detail: 'a03000000000001AAA' }));
        await flush();
        expect(find(page, 'c-group-form')).toBeNull();
        expect(feedback(page).message).toBe('c.Conversation_Converted');
        expect(mocks.refresh).toHaveBeenCalledTimes(1);
    });

    it('says it was a conversation that was left or restored', async () => {
        const card = { ...detail({}).card, kind: 'Conversation' as const };
        const page = await render(detail({ canLeave: true, canSeeMembers: true }, { card }));
        mocks.leaveGroup.mockResolvedValue(undefined);
        mocks.restoreGroup.mockResolvedValue(undefined);

        const left = jest.fn();
        page.addEventListener('left', (event) => left((event as CustomEvent<string>).detail));
        await click(page, '[data-id="leave"]');
        find(page, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();
        expect(left).toHaveBeenCalledWith('c.Conversation_Left');

        find(page, 'c-group-lifecycle-banner')!.dispatchEvent(new CustomEvent('restore'));
        await flush();
        expect(feedback(page).message).toBe('c.Conversation_Restored');
    });

    it('shows neither participants nor the way to a group on a group page', async () => {
        const page = await render(detail({ canSeeMembers: true }));

        expect(find(page, 'c-conversation-participants')).toBeNull();
        expect(find(page, '[data-id="convert"]')).toBeNull();
    });

    it('tells a moderator that reading a reported conversation is recorded', async () => {
        const card = { ...detail({}).card, kind: 'Conversation' as const };
        const page = await render(
            detail({ canSeeMembers: true, canReadDiscussion: true, readsAsModerator: true }, { card })
        );

        expect(find(page, '[data-id="moderator-notice"]')!.textContent).toContain('c.Conversation_Moderator_Notice');
        expect(find(page, '[data-id="convert"]')).toBeNull();
    });

    it('starts a conversation with a member and asks to open it, or puts the form away', async () => {
        const page = await render(detail({ canSeeMembers: true }, { canStartConversation: true }));
        const opened = jest.fn();
        page.addEventListener('open', opened);
        const list = find(page, 'c-group-member-list') as HTMLElement & { canMessage: boolean };
        expect(list.canMessage).toBe(true);

        list.dispatchEvent(new CustomEvent('memberaction', { detail: 'message:m1' }));
        await flush();
        const panel = find(page, 'c-start-conversation') as HTMLElement & { people: unknown[] };
        expect(panel.people).toEqual([
            { userId: '005m1', name: 'Person m1', organisationName: 'Mercy Bridge International' }
        ]);
        panel.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(page, 'c-start-conversation')).toBeNull();

        list.dispatchEvent(new CustomEvent('memberaction', { detail: 'message:m1' }));
        await flush();
        find(page, 'c-start-conversation')!.dispatchEvent(new CustomEvent('started', { detail: 'c1' }));
        await flush();
        expect(find(page, 'c-start-conversation')).toBeNull();
        expect((opened.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('c1');
        expect(mocks.changeRole).not.toHaveBeenCalled();
    });

    it('takes its group from the record on a record page', async () => {
        const page = createElement('c-group-page', { is: GroupPage }) as HTMLElement & {
            recordId: string;
            groupId: string;
        };
        page.recordId = 'a03000000000002AAA';
        document.body.appendChild(page);

        expect(page.groupId).toBe('a03000000000002AAA');
    });
});
