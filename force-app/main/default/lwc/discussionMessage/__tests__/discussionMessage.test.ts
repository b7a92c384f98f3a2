import { createElement } from 'lwc';
import DiscussionMessage from 'c/discussionMessage';
import type { DiscussionMessage as DiscussionMessageData } from '@dto/discussion';

type MessageElement = HTMLElement & { message?: DiscussionMessageData; canReply: boolean };

const MESSAGE: DiscussionMessageData = {
    id: 'm1',
    parentId: null,
    authorName: 'Aminata Traoré',
    organisationName: 'Sahel Relief Network',
    body: '<p>Hello</p>',
    postedAt: '2026-11-20T09:30:00.000Z',
    editedAt: null,
    isDeleted: false,
    isMine: false,
    replies: []
};

function render(message: DiscussionMessageData | undefined, canReply = false): MessageElement {
    const element = createElement('c-discussion-message', { is: DiscussionMessage }) as MessageElement;
    element.message = message;
    element.canReply = canReply;
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
        const element = render({ ...MESSAGE, isMine: true, editedAt: '2026-11-21T09:30:00.000Z' });
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
    });

    it('shows a deleted message without its text or actions', () => {
        const element = render({ ...MESSAGE, isDeleted: true, body: null, isMine: true }, true);

        expect(find(element, '[data-id="deleted"]')!.textContent).toBe('c.Discussion_Deleted');
        expect(find(element, '[data-id="body"]')).toBeNull();
        expect(find(element, 'lightning-button')).toBeNull();
    });

    it('renders nothing without a message', () => {
        expect(find(render(undefined), 'article')).toBeNull();
    });
});
