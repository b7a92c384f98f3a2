import type { GroupInvitee } from '@dto/groups';
import { standingOf } from './access';
import { ORGANISATIONS, USERS, type DemoUser } from './personas';

/**
 * Who may be invited to a direct conversation, as ExchangeAccess.mayBeContacted
 * decides it: active staff of a member organisation in good standing who have not
 * switched conversations off. Each person's choice is kept in session storage, so
 * it survives a persona switch.
 */
const STORAGE_KEY = 'chs-exchange-preview-contactable';
const MOST_MATCHES = 20;
const SHORTEST_SEARCH = 2;

function choices(): Record<string, boolean> {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as Record<string, boolean>) : {};
}

/** Whether the person lets others start conversations with them. */
export function isOpenToConversations(user: DemoUser): boolean {
    return choices()[user.id] ?? user.contactable;
}

export function setOpenToConversations(user: DemoUser, contactable: boolean): void {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...choices(), [user.id]: contactable }));
}

export function mayBeContacted(user: DemoUser): boolean {
    return user.isActive && standingOf(user) === 'MEMBER' && isOpenToConversations(user);
}

function organisationName(user: DemoUser): string | null {
    return ORGANISATIONS.find((organisation) => organisation.id === user.organisationId)?.name ?? null;
}

export function toInvitee(user: DemoUser): GroupInvitee {
    return { userId: user.id, name: user.name, organisationName: organisationName(user) };
}

/** People who may be contacted whose or whose organisation's name holds the text; never `exceptUserId`. */
export function contactableMatching(searchText: unknown, exceptUserId: string): GroupInvitee[] {
    const text = String(searchText ?? '')
        .trim()
        .toLowerCase();
    if (text.length < SHORTEST_SEARCH) {
        return [];
    }
    return USERS.filter(
        (user) =>
            user.id !== exceptUserId &&
            mayBeContacted(user) &&
            [user.name, organisationName(user) ?? ''].some((name) => name.toLowerCase().includes(text))
    )
        .slice(0, MOST_MATCHES)
        .map(toInvitee);
}
