import { createElement } from 'lwc';
import MyDirectConversations from 'c/myConversations';
import { refreshApex } from '@salesforce/apex';
import getMyConversations from '@salesforce/apex/DirectConversationController.getMyConversations';
import setContactable from '@salesforce/apex/DirectConversationController.setContactable';
import respondToInvitation from '@salesforce/apex/GroupController.respondToInvitation';
import type { DirectConversationSummary, MyDirectConversations as MyConversationsData } from '@dto/directconversations';

jest.mock(
    '@salesforce/apex/DirectConversationController.getMyConversations',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/DirectConversationController.setContactable', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/DirectConversationController.searchPeople', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/DirectConversationController.startConversation', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/GroupController.respondToInvitation', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Accepted', () => ({ default: 'You have joined {0}.' }), { virtual: true });
jest.mock('@salesforce/label/c.Conversation_Started_By', () => ({ default: 'Started by {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Conversation_Archives_On', () => ({ default: 'Archived on {0} unless…' }), {
    virtual: true
});

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getMyConversations as unknown as WireAdapterMock;
const saveContactable = setContactable as unknown as jest.Mock;
const respond = respondToInvitation as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

type Toggle = HTMLElement & { checked: boolean; disabled: boolean };
type Feedback = HTMLElement & { message: string; error: unknown };

function conversation(id: string, extra: Partial<DirectConversationSummary> = {}): DirectConversationSummary {
    return {
        id,
        subject: `Subject ${id}`,
        opening: 'Shall we compare referral pathways?',
        status: 'Active',
        myStatus: 'Active',
        myMembershipId: `m-${id}`,
        startedByName: 'Hannah Okafor',
        participants: [
            {
                userId: '005A',
                name: 'Aminata Traoré',
                organisationName: 'Sahel Relief Network',
                status: 'Active',
                isSelf: true
            },
            {
                userId: '005H',
                name: 'Hannah Okafor',
                organisationName: 'Mercy Bridge International',
                status: 'Active',
                isSelf: false
            }
        ],
        lastActivityAt: '2026-11-20T09:30:00.000Z',
        archivesOn: null,
        ...extra
    };
}

function mine(conversations: DirectConversationSummary[], canStart = true, contactable = true): MyConversationsData {
    return { conversations, canStart, contactable };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(data?: MyConversationsData): Promise<HTMLElement> {
    const element = createElement('c-my-conversations', { is: MyDirectConversations });
    document.body.appendChild(element);
    if (data) {
        adapter.emit(data);
        await flush();
    }
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const row = (element: HTMLElement, id: string): HTMLElement => find(element, `[data-conversation="${id}"]`)!;
const feedback = (element: HTMLElement): Feedback => find(element, 'c-action-feedback') as Feedback;
const toggle = (element: HTMLElement): Toggle => find(element, '[data-id="contactable"]') as Toggle;

async function switchContactable(element: HTMLElement, checked: boolean): Promise<void> {
    toggle(element).dispatchEvent(new CustomEvent('change', { detail: { checked } }));
    await flush();
}

describe('c-my-conversations', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads, then says when there is no conversation, or shows the error', async () => {
        const element = await render();
        expect(find(element, 'lightning-spinner')).not.toBeNull();

        adapter.emit(mine([]));
        await flush();
        expect(find(element, '[data-id="conversations-empty"]')).not.toBeNull();
        expect(toggle(element).checked).toBe(true);
        expect(find(element, '[data-id="start"]')).not.toBeNull();

        adapter.error({ message: 'Down' });
        await flush();
        expect(find(element, 'c-error-panel')).not.toBeNull();
        expect(toggle(element)).toBeNull();
    });

    it('shows nothing to Alliance staff who are in no conversation, and no switch or start to those who are', async () => {
        const element = await render(mine([], false, false));
        expect(find(element, '[data-id="my-conversations"]')).toBeNull();

        adapter.emit(mine([conversation('c1')], false, false));
        await flush();
        expect(find(element, '[data-id="my-conversations"]')).not.toBeNull();
        expect(toggle(element)).toBeNull();
        expect(find(element, '[data-id="start"]')).toBeNull();
    });

    it('shows each conversation: subject, who started it, the others, activity and where it stands', async () => {
        const element = await render(
            mine([
                conversation('c1'),
                conversation('c2', { status: 'Archived', startedByName: null, lastActivityAt: null }),
                conversation('c3', { archivesOn: '2026-12-24' })
            ])
        );

        const open = row(element, 'c1').querySelector('[data-conversation-id="c1"]') as HTMLElement & {
            label: string;
            title: string;
        };
        expect([open.label, open.title]).toEqual(['Subject c1', 'c.Group_Open']);
        expect(row(element, 'c1').textContent).toContain('Started by Hannah Okafor');
        expect(row(element, 'c1').textContent).toContain('Shall we compare referral pathways?');
        expect(
            (row(element, 'c1').querySelector('c-conversation-participants') as unknown as { participants: unknown[] })
                .participants
        ).toHaveLength(2);
        expect(row(element, 'c1').querySelector('lightning-formatted-date-time')).not.toBeNull();
        expect(row(element, 'c1').querySelector('lightning-badge')).toBeNull();

        expect(row(element, 'c2').querySelector('[data-id="archived"]')).not.toBeNull();
        expect(row(element, 'c2').textContent).not.toContain('Started by');
        expect(row(element, 'c2').querySelector('lightning-formatted-date-time')).toBeNull();
        expect(
            (row(element, 'c3').querySelector('[data-id="archives-on"]') as unknown as { label: string }).label
        ).toMatch(/^Archived on .*2026 unless…$/);
    });

    it('opens a conversation', async () => {
        const element = await render(mine([conversation('c1')]));
        const opened = jest.fn();
        element.addEventListener('open', opened);

        (row(element, 'c1').querySelector('[data-conversation-id="c1"]') as HTMLElement).click();

        expect((opened.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('c1');
    });

    it('accepts an invitation, says so and opens the conversation', async () => {
        const element = await render(
            mine([
                conversation('c1', { myStatus: 'Invited' }),
                conversation('c2', { myStatus: 'Invited', status: 'Archived' })
            ])
        );
        respond.mockResolvedValue(undefined);
        const opened = jest.fn();
        element.addEventListener('open', opened);

        expect(row(element, 'c1').querySelector('[data-id="my-invitation"]')).not.toBeNull();
        expect(row(element, 'c2').querySelector('[data-accept]')).toBeNull();
        (row(element, 'c1').querySelector('[data-accept="true"]') as HTMLElement).click();
        await flush();

        expect(respond).toHaveBeenCalledWith({ membershipId: 'm-c1', accept: true });
        expect(feedback(element).message).toBe('You have joined Subject c1.');
        expect(refresh).toHaveBeenCalledTimes(1);
        expect((opened.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('c1');
    });

    it('declines an invitation without opening it, and shows a refusal', async () => {
        const element = await render(mine([conversation('c1', { myStatus: 'Invited', myMembershipId: null })]));
        const opened = jest.fn();
        element.addEventListener('open', opened);
        respond.mockResolvedValueOnce(undefined);

        (row(element, 'c1').querySelector('[data-accept="false"]') as HTMLElement).click();
        await flush();
        expect(respond).toHaveBeenCalledWith({ membershipId: '', accept: false });
        expect(feedback(element).message).toBe('c.Group_Declined');

        const refused = { body: { message: 'Refused' } };
        respond.mockRejectedValueOnce(refused);
        (row(element, 'c1').querySelector('[data-accept="true"]') as HTMLElement).click();
        await flush();
        expect(feedback(element).error).toEqual(refused);
        expect(opened).not.toHaveBeenCalled();
    });

    it('switches conversations off and on, and says what that means', async () => {
        const element = await render(mine([]));
        saveContactable.mockResolvedValue(undefined);

        await switchContactable(element, false);
        expect(saveContactable).toHaveBeenCalledWith({ contactable: false });
        expect(feedback(element).message).toBe('c.Conversation_Contactable_Off');
        expect(toggle(element).checked).toBe(false);
        expect(refresh).toHaveBeenCalledTimes(1);

        await switchContactable(element, true);
        expect(saveContactable).toHaveBeenLastCalledWith({ contactable: true });
        expect(feedback(element).message).toBe('c.Conversation_Contactable_On');
    });

    it('puts the switch back when the preference could not be saved', async () => {
        const element = await render(mine([]));
        const refused = { body: { message: 'Suspended' } };
        saveContactable.mockRejectedValue(refused);

        await switchContactable(element, false);

        expect(feedback(element).error).toEqual(refused);
        expect(toggle(element).checked).toBe(true);
        expect(refresh).not.toHaveBeenCalled();
    });

    it('starts a conversation with nobody chosen yet, then opens it, or puts the form away', async () => {
        const element = await render(mine([]));
        const opened = jest.fn();
        element.addEventListener('open', opened);

        (find(element, '[data-id="start"]') as HTMLElement).click();
        await flush();
        const panel = find(element, 'c-start-conversation') as HTMLElement & {
            people: unknown[];
            organisations: unknown[];
        };
        expect([panel.people, panel.organisations]).toEqual([[], []]);
        panel.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-start-conversation')).toBeNull();

        refresh.mockRejectedValueOnce(new Error('Gone with the page'));
        (find(element, '[data-id="start"]') as HTMLElement).click();
        await flush();
        find(element, 'c-start-conversation')!.dispatchEvent(new CustomEvent('started', { detail: 'c9' }));
        await flush();
        expect(find(element, 'c-start-conversation')).toBeNull();
        expect((opened.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('c9');
        expect(refresh).toHaveBeenCalledTimes(1);
    });
});
