import type { DiscussionMessage, DiscussionPage } from '@dto/conversations';
import { PreviewApexError, currentUser, isModerator } from './access';
import { mustAccept, requireAccepted } from './conduct';
import { rightsOf } from './groups';
import { label } from './labels';
import { ORGANISATIONS, USERS } from './personas';

/**
 * Group discussions for the preview, kept in session storage like the groups.
 * Bodies are shown as the composer sent them: sanitising is Apex's job (see
 * MessageSanitiser), and lightning-formatted-rich-text sanitises on display.
 */
const STORAGE_KEY = 'chs-exchange-preview-messages';
const PAGE_SIZE = 20;

interface StoredMessage {
    id: string;
    groupId: string;
    parentId: string | null;
    authorId: string;
    body: string | null;
    postedAt: string;
    editedAt: string | null;
    isDeleted: boolean;
    /** Hidden by a moderator; absent in messages stored before hiding existed. */
    isHidden?: boolean;
    /** When a moderator last hid or restored it, so polling sees the change. */
    moderatedAt?: string;
}

function seed(): StoredMessage[] {
    return [
        {
            id: 'a05000000000001AAA',
            groupId: 'a03000000000001AAA',
            parentId: null,
            authorId: '005000000000007AAA',
            body: '<p>Welcome! Which <strong>feedback channels</strong> have worked best for you this year?</p>',
            postedAt: '2026-11-18T08:00:00.000Z',
            editedAt: null,
            isDeleted: false
        },
        {
            id: 'a05000000000002AAA',
            groupId: 'a03000000000001AAA',
            parentId: 'a05000000000001AAA',
            authorId: '005000000000003AAA',
            body: '<p>Community radio call-ins, followed up in person within a week.</p>',
            postedAt: '2026-11-19T10:30:00.000Z',
            editedAt: null,
            isDeleted: false
        },
        {
            id: 'a05000000000003AAA',
            groupId: 'a03000000000007AAA',
            parentId: null,
            authorId: '005000000000001AAA',
            body: '<p>Our desk in Mopti gets complaints about partners we fund through you. Who should we send them to?</p>',
            postedAt: '2026-11-16T09:00:00.000Z',
            editedAt: null,
            isDeleted: false
        },
        {
            id: 'a05000000000004AAA',
            groupId: 'a03000000000007AAA',
            parentId: 'a05000000000003AAA',
            authorId: '005000000000003AAA',
            body: '<p>To our complaints focal point in London; I will share the referral form here.</p>',
            postedAt: '2026-11-17T14:00:00.000Z',
            editedAt: null,
            isDeleted: false
        }
    ];
}

function load(): StoredMessage[] {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as StoredMessage[]) : seed();
}

function save(messages: StoredMessage[]): void {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(messages));
}

function toView(message: StoredMessage, all: StoredMessage[]): DiscussionMessage {
    const author = USERS.find((user) => user.id === message.authorId);
    const isHidden = message.isHidden === true;
    const isMine = message.authorId === currentUser().id;
    return {
        id: message.id,
        parentId: message.parentId,
        authorName: author?.name ?? null,
        organisationName:
            ORGANISATIONS.find((organisation) => organisation.id === author?.organisationId)?.name ?? null,
        body: message.isDeleted || (isHidden && !isModerator()) ? null : message.body,
        postedAt: message.postedAt,
        editedAt: message.editedAt,
        isDeleted: message.isDeleted,
        isHidden,
        canReport: !isMine && !message.isDeleted && !isHidden,
        isMine,
        replies: message.parentId
            ? []
            : all
                  .filter((reply) => reply.parentId === message.id)
                  .sort((left, right) => left.postedAt.localeCompare(right.postedAt))
                  .map((reply) => toView(reply, all))
    };
}

function lastChangeOf(groupId: string, all: StoredMessage[]): string | null {
    const times = all
        .filter((message) => message.groupId === groupId)
        .map(
            (message) =>
                [message.moderatedAt ?? '', message.editedAt ?? message.postedAt].sort().pop() ?? message.postedAt
        );
    return times.sort().pop() ?? null;
}

function hasText(body: string): boolean {
    return body.replace(/<[^>]*>/g, '').trim().length > 0;
}

export function getMessages(params: Record<string, unknown>): DiscussionPage {
    const groupId = String(params.groupId ?? '');
    const rights = rightsOf(groupId);
    if (!rights.canReadDiscussion) {
        throw new PreviewApexError('GROUP_RESTRICTED', label('Group_Error_Restricted'));
    }
    const all = load();
    const before = typeof params.before === 'string' ? params.before : '9999';
    const posts = all
        .filter((message) => message.groupId === groupId && !message.parentId && message.postedAt < before)
        .sort((left, right) => right.postedAt.localeCompare(left.postedAt));
    return {
        messages: posts.slice(0, PAGE_SIZE).map((post) => toView(post, all)),
        hasOlder: posts.length > PAGE_SIZE,
        canPost: rights.canPost,
        canModerate: isModerator(),
        mustAcceptConduct: rights.canPost && mustAccept(),
        pollSeconds: 15,
        lastChangeAt: lastChangeOf(groupId, all),
        maxLength: MAX_LENGTH
    };
}

/** As the settings' longest message in the org. */
const MAX_LENGTH = 10000;

/** Refuses what Apex refuses: no text, or more than the longest message, counted without markup. */
function checkedBody(body: string): string {
    if (!hasText(body)) {
        throw new PreviewApexError('VALIDATION', label('Discussion_Error_Empty'));
    }
    if (body.replace(/<[^>]*>/g, '').length > MAX_LENGTH) {
        throw new PreviewApexError('VALIDATION', label('Discussion_Error_Too_Long'));
    }
    return body;
}

export function getLastChange(params: Record<string, unknown>): string | null {
    return lastChangeOf(String(params.groupId ?? ''), load());
}

export function postMessage(params: Record<string, unknown>): string {
    const groupId = String(params.groupId ?? '');
    const rights = rightsOf(groupId);
    if (!rights.canPost) {
        throw new PreviewApexError('NOT_ALLOWED', label('Discussion_Error_Join_First'));
    }
    requireAccepted();
    const body = checkedBody(String(params.body ?? ''));
    const all = load();
    const id = `a05${String(Date.now()).slice(-12)}${String(all.length).padStart(3, '0')}`.slice(0, 18);
    all.push({
        id,
        groupId,
        parentId: typeof params.parentId === 'string' ? params.parentId : null,
        authorId: currentUser().id,
        body,
        postedAt: new Date().toISOString(),
        editedAt: null,
        isDeleted: false
    });
    save(all);
    return id;
}

function ownMessage(all: StoredMessage[], messageId: unknown): StoredMessage {
    const message = all.find((candidate) => candidate.id === messageId && !candidate.isDeleted);
    if (!message) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    if (message.authorId !== currentUser().id) {
        throw new PreviewApexError('NOT_ALLOWED', label('Discussion_Error_Not_Yours'));
    }
    if (message.isHidden) {
        throw new PreviewApexError('NOT_ALLOWED', label('Discussion_Error_Hidden'));
    }
    return message;
}

export function editMessage(params: Record<string, unknown>): void {
    const all = load();
    const message = ownMessage(all, params.messageId);
    message.body = checkedBody(String(params.body ?? ''));
    message.editedAt = new Date().toISOString();
    save(all);
}

export function deleteMessage(params: Record<string, unknown>): void {
    const all = load();
    const message = ownMessage(all, params.messageId);
    message.body = null;
    message.isDeleted = true;
    message.editedAt = new Date().toISOString();
    save(all);
}

/** A message as the moderation stand-ins need it, or undefined. */
export function findMessage(messageId: unknown): StoredMessage | undefined {
    return load().find((message) => message.id === messageId);
}

/** Hides a message or shows it again; the moderation stand-ins check who may. */
export function markHidden(messageId: string, hidden: boolean): void {
    const all = load();
    const message = all.find((candidate) => candidate.id === messageId);
    if (!message) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    message.isHidden = hidden;
    message.moderatedAt = new Date().toISOString();
    save(all);
}

/** The shown messages of a group, as search needs them: neither deleted nor hidden. */
export function shownMessagesOf(
    groupId: string
): { id: string; postId: string; body: string; authorId: string; postedAt: string }[] {
    return load()
        .filter((message) => message.groupId === groupId && !message.isDeleted && !message.isHidden)
        .map((message) => ({
            id: message.id,
            postId: message.parentId ?? message.id,
            body: message.body ?? '',
            authorId: message.authorId,
            postedAt: message.postedAt
        }));
}
