import { createElement } from 'lwc';
import DiscussionMessage from 'c/discussionMessage';
import type { DiscussionMessage as DiscussionMessageData } from '@dto/conversations';

type MessageElement = HTMLElement & { message?: DiscussionMessageData; canReply: boolean; canModerate: boolean };

const MESSAGE: DiscussionMessageData = {
    id: 'm1',
    parentId: null,
    authorName: 'Aminata Traoré',
    organisationName: 'Sahel Relief Network',
    body: '<p>Hello</p>',
    postedAt: '2026-11-20T09:30:00.000Z',
    editedAt: null,
    isDeleted: false,
    isHidden: false,
    canReport: true,
    isMine: false,
    replies: []
};

function render(message: DiscussionMessageData | undefined, canReply = false, canModerate = false): MessageElement {
    const element = createElement('c-discussion-message', { is: DiscussionMessage }) as MessageElement;
    element.message = message;
    element.canReply = canReply;
    element.canModerate = canModerate;
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);

describe('c-discussion-message', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows the author, organisation and rich text, and offers a reply to those who may post', () => {
        const element = render(MESSAGE, true);

        expect(element.shadowRoot!.textContent).toContain('Aminata Traoré');
        expect((find(element, '[data-id="body"]') as unknown as { value: string }).value).toBe('<p>Hello</p>');
        expect(find(element, '[data-action="reply"]')).not.toBeNull();
        expect(find(element, '[data-action="edit"]')).toBeNull();
        expect(find(element, '[data-id="edited"]')).toBeNull();
    });

    it('lets the author edit or delete, and marks an edit', () => {
        const element = render({ ...MESSAGE, isMine: true, canReport: false, editedAt: '2026-11-21T09:30:00.000Z' });
        const handler = jest.fn();
        element.addEventListener('messageaction', handler);

        (find(element, '[data-action="edit"]') as HTMLElement).click();
        (find(element, '[data-action="delete"]') as HTMLElement).click();

        expect(handler.mock.calls.map((call) => (call[0] as CustomEvent<string>).detail)).toEqual([
            'edit:m1',
            'delete:m1'
        ]);
        expect(find(element, '[data-id="edited"]')!.textContent).toBe('(c.Discussion_Edited)');
        expect(find(element, '[data-action="reply"]')).toBeNull();
        expect(find(element, '[data-action="report"]')).toBeNull();
    });

    it("offers to report someone else's message", () => {
        const element = render(MESSAGE);
        const handler = jest.fn();
        element.addEventListener('messageaction', handler);

        (find(element, '[data-action="report"]') as HTMLElement).click();

        expect((handler.mock.calls[0][0] as CustomEvent<string>).detail).toBe('report:m1');
        expect(find(element, '[data-action="hide"]')).toBeNull();
    });

    it('tells members a moderator hid a message, without its text or actions', () => {
        const element = render({ ...MESSAGE, isHidden: true, body: null, canReport: false }, true);

        expect(find(element, '[data-id="hidden"]')!.textContent).toBe('c.Discussion_Hidden_Notice');
        expect(find(element, '[data-id="body"]')).toBeNull();
        expect(find(element, '[data-id="hidden-badge"]')).toBeNull();
        expect(find(element, 'lightning-button')).toBeNull();
    });

    it('lets a moderator hide a message, and restore a hidden one whose text they still see', () => {
        const shown = render(MESSAGE, true, true);
        const hidden = render({ ...MESSAGE, id: 'm2', isHidden: true, canReport: false }, true, true);
        const handler = jest.fn();
        shown.addEventListener('messageaction', handler);
        hidden.addEventListener('messageaction', handler);

        (find(shown, '[data-action="hide"]') as HTMLElement).click();
        (find(hidden, '[data-action="restore"]') as HTMLElement).click();

        expect(handler.mock.calls.map((call) => (call[0] as CustomEvent<string>).detail)).toEqual([
            'hide:m1',
            'restore:m2'
        ]);
        expect(find(hidden, '[data-id="hidden-badge"]')).not.toBeNull();
        expect((find(hidden, '[data-id="body"]') as unknown as { value: string }).value).toBe('<p>Hello</p>');
        expect(find(hidden, '[data-action="reply"]')).toBeNull();
        expect(find(hidden, '[data-action="hide"]')).toBeNull();
    });

    it('shows a deleted message without its text or actions', () => {
        const element = render({ ...MESSAGE, isDeleted: true, body: null, isMine: true, canReport: false }, true);

        expect(find(element, '[data-id="deleted"]')!.textContent).toBe('c.Discussion_Deleted');
        expect(find(element, '[data-id="body"]')).toBeNull();
        expect(find(element, 'lightning-button')).toBeNull();
    });

    it('renders nothing without a message', () => {
        expect(find(render(undefined), 'article')).toBeNull();
    });

    it('folds a long message behind Show more, and unfolds it for the reader (B18)', async () => {
        const element = render({ ...MESSAGE, body: `<p>${'word '.repeat(400)}</p>` });

        const body = find(element, '[data-id="body-text"]')!;
        const fold = find(element, '[data-id="fold"]') as HTMLButtonElement;
        expect(body.classList.contains('message-body_folded')).toBe(true);
        expect(fold.textContent!.trim()).toBe('c.Discussion_Show_More');
        expect(fold.getAttribute('aria-expanded')).toBe('false');

        fold.click();
        await Promise.resolve();

        expect(body.classList.contains('message-body_folded')).toBe(false);
        expect(fold.textContent!.trim()).toBe('c.Discussion_Show_Less');
        expect(fold.getAttribute('aria-expanded')).toBe('true');
    });

    it('shows a short message whole, with nothing to unfold', () => {
        const element = render({ ...MESSAGE, body: `<p>${'<b>x</b>'.repeat(1000)}</p>` });

        expect(find(element, '[data-id="body-text"]')!.classList.contains('message-body_folded')).toBe(false);
        expect(find(element, '[data-id="fold"]')).toBeNull();
    });
});
