import { createElement } from 'lwc';
import GroupDiscussion from 'c/groupDiscussion';
import deleteMessage from '@salesforce/apex/DiscussionController.deleteMessage';
import editMessage from '@salesforce/apex/DiscussionController.editMessage';
import getLastChange from '@salesforce/apex/DiscussionController.getLastChange';
import getMessages from '@salesforce/apex/DiscussionController.getMessages';
import postMessage from '@salesforce/apex/DiscussionController.postMessage';
import setMessageHidden from '@salesforce/apex/ModerationController.setMessageHidden';
import type { DiscussionMessage, DiscussionPage } from '@dto/conversations';

jest.mock('@salesforce/apex/DiscussionController.deleteMessage', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/DiscussionController.editMessage', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/DiscussionController.getLastChange', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/DiscussionController.getMessages', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/DiscussionController.postMessage', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ModerationController.setMessageHidden', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/label/c.Discussion_Reply_To', () => ({ default: 'Reply to {0}' }), { virtual: true });

const mocks = {
    delete: deleteMessage as unknown as jest.Mock,
    edit: editMessage as unknown as jest.Mock,
    lastChange: getLastChange as unknown as jest.Mock,
    messages: getMessages as unknown as jest.Mock,
    post: postMessage as unknown as jest.Mock,
    hide: setMessageHidden as unknown as jest.Mock
};

function message(id: string, extra: Partial<DiscussionMessage> = {}): DiscussionMessage {
    return {
        id,
        parentId: null,
        authorName: `Author ${id}`,
        organisationName: null,
        body: `<p>Body ${id}</p>`,
        postedAt: `2026-11-20T09:${id.padStart(2, '0')}:00.000Z`,
        editedAt: null,
        isDeleted: false,
        isHidden: false,
        canReport: true,
        isMine: false,
        replies: [],
        ...extra
    };
}

function page(messages: DiscussionMessage[], extra: Partial<DiscussionPage> = {}): DiscussionPage {
    return {
        messages,
        hasOlder: false,
        canPost: true,
        canModerate: false,
        mustAcceptConduct: false,
        pollSeconds: 15,
        lastChangeAt: 'T1',
        maxLength: 10000,
        ...extra
    };
}

/** Lets chained promises (an Apex call, then the refresh after it) settle under fake timers. */
async function flush(): Promise<void> {
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
}

async function render(first: DiscussionPage | Error): Promise<HTMLElement> {
    if (first instanceof Error) {
        mocks.messages.mockRejectedValueOnce(first);
    } else {
        mocks.messages.mockResolvedValueOnce(first);
    }
    const element = createElement('c-group-discussion', { is: GroupDiscussion }) as HTMLElement & { groupId: string };
    element.groupId = 'g1';
    document.body.appendChild(element);
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);

async function type(element: HTMLElement, html: string): Promise<void> {
    const input = find(element, '[data-id="composer-input"]') as HTMLElement & { value: string };
    input.value = html;
    input.dispatchEvent(new CustomEvent('change'));
    await flush();
}

async function send(element: HTMLElement): Promise<void> {
    (find(element, '[data-id="send"]') as HTMLElement).click();
    await flush();
}

describe('c-group-discussion', () => {
    beforeEach(() => {
        jest.useFakeTimers();
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllTimers();
        jest.useRealTimers();
        jest.resetAllMocks();
    });

    it('shows a spinner, then the error when the discussion cannot be read', async () => {
        mocks.messages.mockReturnValueOnce(new Promise(() => undefined));
        const loading = createElement('c-group-discussion', { is: GroupDiscussion });
        document.body.appendChild(loading);
        expect(find(loading, 'lightning-spinner')).not.toBeNull();

        const element = await render(new Error('Members only'));
        expect(find(element, 'c-error-panel')).not.toBeNull();
    });

    it('invites the first post when the discussion is empty', async () => {
        const element = await render(page([]));

        expect(find(element, '[data-id="discussion-empty"]')!.textContent).toBe('c.Discussion_Empty');
        expect((find(element, '[data-id="send"]') as unknown as { disabled: boolean }).disabled).toBe(true);
    });

    it('tells the members of an archived group that it is archived, not to join or to start the discussion (B6)', async () => {
        mocks.messages.mockResolvedValueOnce(page([], { canPost: false }));
        const element = createElement('c-group-discussion', { is: GroupDiscussion }) as HTMLElement & {
            groupId: string;
            archived: boolean;
        };
        element.groupId = 'g1';
        element.archived = true;
        document.body.appendChild(element);
        await flush();

        expect(find(element, '[data-id="read-only"]')!.textContent).toBe('c.Discussion_Read_Only_Archived');
        expect(find(element, '[data-id="discussion-empty"]')!.textContent).toBe('c.Discussion_Empty_Read_Only');
        expect(find(element, '[data-id="composer"]')).toBeNull();
    });

    it('lets a reader of an open group read but not post', async () => {
        const element = await render(page([message('1')], { canPost: false }));

        expect(find(element, '[data-id="read-only"]')!.textContent).toBe('c.Discussion_Read_Only');
        expect(find(element, '[data-id="composer"]')).toBeNull();
        expect(element.shadowRoot!.querySelectorAll('c-discussion-message')).toHaveLength(1);
    });

    it('asks a member to accept the code of conduct before the composer opens', async () => {
        const element = await render(page([message('1')], { mustAcceptConduct: true }));
        mocks.messages.mockResolvedValueOnce(page([message('1')]));

        expect(find(element, '[data-id="composer"]')).toBeNull();
        expect(find(element, '[data-id="read-only"]')).toBeNull();
        find(element, 'c-code-of-conduct')!.dispatchEvent(new CustomEvent('accepted'));
        await flush();

        expect(find(element, 'c-code-of-conduct')).toBeNull();
        expect(find(element, '[data-id="composer"]')).not.toBeNull();
    });

    it('posts, then reads the newest page again', async () => {
        const element = await render(page([message('1', { replies: [message('2', { parentId: '1' })] })]));
        mocks.post.mockResolvedValue('3');
        mocks.messages.mockResolvedValueOnce(page([message('3'), message('1')], { lastChangeAt: 'T2' }));

        expect(element.shadowRoot!.querySelectorAll('c-discussion-message')).toHaveLength(2);
        await type(element, '<p>New post</p>');
        await send(element);

        expect(mocks.post).toHaveBeenCalledWith({ groupId: 'g1', parentId: null, body: '<p>New post</p>' });
        expect(element.shadowRoot!.querySelectorAll('c-discussion-message')).toHaveLength(2);
        expect((find(element, '[data-id="composer-input"]') as unknown as { value: string }).value).toBe('');
        await flush();
        // B15: focus lands on the new post, not on the page's body.
        expect(element.shadowRoot!.activeElement).toBe(find(element, '[data-message-id="3"]'));
    });

    it('brings the composer into view with the focus to reply, and after the code of conduct is accepted', async () => {
        const element = await render(page([message('1')]));
        const composer = find(element, '[data-id="composer-input"]') as HTMLElement;
        composer.focus = jest.fn();
        const section = find(element, '[data-id="composer"]') as HTMLElement;
        section.scrollIntoView = jest.fn();

        find(element, 'c-discussion-message')!.dispatchEvent(new CustomEvent('messageaction', { detail: 'reply:1' }));
        await flush();

        expect(composer.focus).toHaveBeenCalled();
        expect(section.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
    });

    it('replies to a post and can cancel a reply', async () => {
        const element = await render(page([message('1')]));
        mocks.post.mockResolvedValue('2');
        mocks.messages.mockResolvedValueOnce(page([message('1')]));
        const post = find(element, 'c-discussion-message')!;

        post.dispatchEvent(new CustomEvent('messageaction', { detail: 'reply:1' }));
        await flush();
        expect((find(element, '[data-id="composer-input"]') as unknown as { label: string }).label).toBe(
            'Reply to Author 1'
        );
        (find(element, '[data-id="cancel-answer"]') as HTMLElement).click();
        await flush();
        expect(find(element, '[data-id="cancel-answer"]')).toBeNull();

        post.dispatchEvent(new CustomEvent('messageaction', { detail: 'reply:1' }));
        await flush();
        await type(element, '<p>Answer</p>');
        await send(element);
        expect(mocks.post).toHaveBeenCalledWith({ groupId: 'g1', parentId: '1', body: '<p>Answer</p>' });
    });

    it('edits one of its own messages, starting from its text', async () => {
        const element = await render(
            page([message('1', { replies: [message('2', { parentId: '1', isMine: true })] })])
        );
        mocks.edit.mockResolvedValue(undefined);
        mocks.messages.mockResolvedValueOnce(page([message('1')]));

        find(element, 'c-discussion-message')!.dispatchEvent(new CustomEvent('messageaction', { detail: 'edit:2' }));
        await flush();
        expect((find(element, '[data-id="composer-input"]') as unknown as { value: string }).value).toBe(
            '<p>Body 2</p>'
        );
        expect((find(element, '[data-id="send"]') as unknown as { label: string }).label).toBe('c.Common_Save');
        await type(element, '<p>Changed</p>');
        await send(element);

        expect(mocks.edit).toHaveBeenCalledWith({ messageId: '2', body: '<p>Changed</p>' });
    });

    it('asks before deleting, and keeps the question when the server refuses', async () => {
        const element = await render(page([message('1', { isMine: true })]));
        const refused = { body: { message: 'Refused' } };
        mocks.delete.mockRejectedValueOnce(refused);
        mocks.delete.mockResolvedValueOnce(undefined);
        mocks.messages.mockResolvedValueOnce(page([message('1', { isDeleted: true, body: null })]));

        find(element, 'c-discussion-message')!.dispatchEvent(new CustomEvent('messageaction', { detail: 'delete:1' }));
        await flush();
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-confirm-panel')).toBeNull();

        find(element, 'c-discussion-message')!.dispatchEvent(new CustomEvent('messageaction', { detail: 'delete:1' }));
        await flush();
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();
        expect((find(element, 'c-action-feedback') as unknown as { error: unknown }).error).toEqual(refused);

        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();
        expect(mocks.delete).toHaveBeenLastCalledWith({ messageId: '1' });
        expect(find(element, 'c-confirm-panel')).toBeNull();
    });

    it('opens the report form for a message and thanks the reporter once it is sent', async () => {
        const element = await render(page([message('1')]));

        find(element, 'c-discussion-message')!.dispatchEvent(new CustomEvent('messageaction', { detail: 'report:1' }));
        await flush();
        const form = find(element, 'c-report-form') as HTMLElement & { messageId: string; targetKind: string };
        expect(form.messageId).toBe('1');
        expect(form.targetKind).toBe('Message');
        form.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-report-form')).toBeNull();

        find(element, 'c-discussion-message')!.dispatchEvent(new CustomEvent('messageaction', { detail: 'report:1' }));
        await flush();
        find(element, 'c-report-form')!.dispatchEvent(new CustomEvent('reported', { detail: 'r1' }));
        await flush();
        expect(find(element, 'c-report-form')).toBeNull();
        expect((find(element, 'c-action-feedback') as unknown as { message: string }).message).toBe('c.Report_Sent');
    });

    it('lets a moderator hide a message after confirming, and restore it', async () => {
        const element = await render(page([message('1')], { canModerate: true }));
        mocks.hide.mockResolvedValue(undefined);
        mocks.messages.mockResolvedValue(page([message('1', { isHidden: true })], { canModerate: true }));
        const post = find(element, 'c-discussion-message') as HTMLElement & { canModerate: boolean };
        expect(post.canModerate).toBe(true);

        post.dispatchEvent(new CustomEvent('messageaction', { detail: 'hide:1' }));
        await flush();
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(mocks.hide).not.toHaveBeenCalled();

        post.dispatchEvent(new CustomEvent('messageaction', { detail: 'hide:1' }));
        await flush();
        expect((find(element, 'c-confirm-panel') as unknown as { question: string }).question).toBe(
            'c.Discussion_Hide_Confirm'
        );
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();
        expect(mocks.hide).toHaveBeenCalledWith({ messageId: '1', hidden: true });
        expect(find(element, 'c-confirm-panel')).toBeNull();

        find(element, 'c-discussion-message')!.dispatchEvent(new CustomEvent('messageaction', { detail: 'restore:1' }));
        await flush();
        expect(mocks.hide).toHaveBeenLastCalledWith({ messageId: '1', hidden: false });
    });

    it('shows older posts on request', async () => {
        const element = await render(page([message('2')], { hasOlder: true }));
        mocks.messages.mockResolvedValueOnce(page([message('1')], { hasOlder: false, lastChangeAt: 'other' }));

        (find(element, '[data-id="older"]') as HTMLElement).click();
        await flush();

        expect(mocks.messages).toHaveBeenLastCalledWith({ groupId: 'g1', before: '2026-11-20T09:02:00.000Z' });
        expect(element.shadowRoot!.querySelectorAll('c-discussion-message')).toHaveLength(2);
        expect(find(element, '[data-id="older"]')).toBeNull();
    });

    it('polls, backs off while nothing changes, and reloads when something did', async () => {
        await render(page([message('1')]));
        mocks.lastChange.mockResolvedValueOnce('T1');
        mocks.lastChange.mockResolvedValueOnce('T2');
        mocks.messages.mockResolvedValueOnce(page([message('2'), message('1')], { lastChangeAt: 'T2' }));

        jest.advanceTimersByTime(15_000);
        await flush();
        expect(mocks.lastChange).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(15_000);
        await flush();
        expect(mocks.lastChange).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(15_000);
        await flush();
        expect(mocks.lastChange).toHaveBeenCalledTimes(2);
        await flush();
        expect(mocks.messages).toHaveBeenCalledTimes(2);
    });

    it('waits while the page is hidden, and keeps going after a failed check', async () => {
        await render(page([message('1')]));
        const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');

        jest.advanceTimersByTime(15_000);
        await flush();
        expect(mocks.lastChange).not.toHaveBeenCalled();

        visibility.mockReturnValue('visible');
        mocks.lastChange.mockRejectedValueOnce(new Error('Offline'));
        jest.advanceTimersByTime(15_000);
        await flush();
        expect(mocks.lastChange).toHaveBeenCalledTimes(1);
        visibility.mockRestore();
    });

    it('counts the characters against the server limit and will not send past it (B18)', async () => {
        const element = await render(page([], { maxLength: 10 }));
        await type(element, '<p>Short</p>');
        expect(find(element, '[data-id="character-count"]')!.textContent).toBe('c.Common_Characters_Used');
        expect(find(element, '[data-id="too-long"]')).toBeNull();
        expect((find(element, '[data-id="send"]') as unknown as { disabled: boolean }).disabled).toBe(false);

        await type(element, '<p>Far too long a post</p>');
        expect(find(element, '[data-id="too-long"]')).not.toBeNull();
        expect((find(element, '[data-id="send"]') as unknown as { disabled: boolean }).disabled).toBe(true);
    });

    it('keeps an unsent post through a reload and warns before the page is left (point 8)', async () => {
        window.sessionStorage.clear();
        const element = await render(page([]));
        await type(element, '<p>Half a thought</p>');
        const leaving = new CustomEvent('beforeunload', { cancelable: true });
        window.dispatchEvent(leaving);
        expect(leaving.defaultPrevented).toBe(true);
        element.remove();

        const again = await render(page([]));
        expect((find(again, '[data-id="composer-input"]') as unknown as { value: string }).value).toBe(
            '<p>Half a thought</p>'
        );
        await type(again, '');
        expect(window.sessionStorage.length).toBe(0);
        const calm = new CustomEvent('beforeunload', { cancelable: true });
        window.dispatchEvent(calm);
        expect(calm.defaultPrevented).toBe(false);
    });
});
