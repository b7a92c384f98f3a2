import type { DirectConversationSummary } from '@dto/directconversations';
import type { GroupRights } from '@dto/access';
import type { ExchangeErrorCode, MembershipStatus } from '@dto/enumerations';
import type {
    GroupDirectoryPage,
    GroupDirectoryQuery,
    GroupCard,
    GroupDetail,
    GroupDraft,
    GroupDraftLimits,
    GroupInvitee,
    GroupMembership,
    MyGroupInvitation
} from '@dto/groups';
import type { DirectoryFacets } from '@dto/shared';
import { PreviewApexError, currentUser, requireAccess, standing } from './access';
import { contactableMatching, mayBeContacted } from './contacts';
import { label } from './labels';
import { ORGANISATIONS, USERS } from './personas';

/** As GroupService.MESSAGE_LENGTH: characters of a request message or answer kept. */
const MESSAGE_LENGTH = 255;
/** What the group's Name, Topic__c and Description__c fields hold, as GroupService reads them. */
const DRAFT_LIMITS: GroupDraftLimits = { titleLength: 80, topicLength: 120, descriptionLength: 255 };

/**
 * Groups for the preview, kept in the browser's session storage so that a
 * persona switch (a page reload) keeps what the last persona did: one persona
 * invites, the next accepts. The rules mirror ExchangeAccess.groupRights and
 * GroupService so each persona meets the same answers; the real rules are Apex.
 * Direct conversations are groups of the kind Conversation, as in the org.
 */
const STORAGE_KEY = 'chs-exchange-preview-groups';
const PAGE_SIZE = 12;

interface StoredMembership {
    id: string;
    userId: string;
    role: GroupMembership['role'];
    status: MembershipStatus;
    since: string;
    message: string | null;
    invitedBy: string | null;
}

interface StoredGroup {
    card: Omit<GroupCard, 'memberCount' | 'myStatus' | 'myRole' | 'myMembershipId'>;
    memberships: StoredMembership[];
    /** Who created it: they, and moderators, may restore it once archived. */
    creatorId?: string;
    /** Something in it was reported: moderators may then read a direct conversation. */
    reported?: boolean;
}

let rowsMade = 0;
function nextId(prefix: string): string {
    rowsMade++;
    return `${prefix}${String(Date.now() % 1_000_000_000).padStart(9, '0')}${String(rowsMade).padStart(3, '0')}AAA`.slice(
        0,
        18
    );
}

function member(
    userNumber: number,
    role: GroupMembership['role'],
    status: MembershipStatus = 'Active'
): StoredMembership {
    return {
        id: nextId('a04'),
        userId: `0050000000000${String(userNumber).padStart(2, '0')}AAA`,
        role,
        status,
        since: '2026-10-01T09:00:00.000Z',
        message:
            status === 'Requested'
                ? 'We run feedback desks in three districts and would like to learn with you.'
                : null,
        invitedBy: null
    };
}

function demoGroup(
    number: number,
    card: Partial<StoredGroup['card']> & Pick<StoredGroup['card'], 'title' | 'kind' | 'privacy' | 'listed' | 'scope'>,
    memberships: StoredMembership[],
    creatorId?: string
): StoredGroup {
    return {
        creatorId,
        card: {
            id: `a03000000000${String(number).padStart(3, '0')}AAA`,
            description: null,
            topic: null,
            commitments: ['CHS2014:4'],
            standards: [],
            language: 'en',
            region: null,
            country: null,
            status: 'Active',
            lastActivityAt: `2026-11-${String(10 + number).padStart(2, '0')}T10:00:00.000Z`,
            createdAt: `2026-0${number}-01T10:00:00.000Z`,
            archivedAt: null,
            archivesOn: null,
            ...card
        },
        memberships
    };
}

function seed(): StoredGroup[] {
    return [
        demoGroup(
            1,
            {
                title: 'Accountability to affected people',
                description: 'The Alliance community of practice on listening to and acting on what communities say.',
                topic: 'Community feedback',
                kind: 'Community_Of_Practice',
                commitments: ['CHS2014:4', 'CHS2014:5'],
                privacy: 'Open',
                listed: true,
                scope: 'Global',
                language: 'multi'
            },
            [member(7, 'Owner'), member(3, 'Member'), member(4, 'Member'), member(2, 'Facilitator')]
        ),
        demoGroup(
            2,
            {
                title: 'Safeguarding focal points, Sahel',
                description: 'Peers who handle safeguarding reports in the Sahel.',
                topic: 'PSEA',
                kind: 'Peer_Group',
                commitments: ['CHS2014:5'],
                privacy: 'Restricted',
                listed: true,
                scope: 'Regional',
                region: 'Africa',
                language: 'fr'
            },
            [member(1, 'Owner'), member(5, 'Member', 'Requested')]
        ),
        demoGroup(
            3,
            {
                title: 'Localisation in Colombia',
                description: 'Local organisations sharing how they lead the response.',
                topic: 'Local leadership',
                kind: 'Peer_Group',
                commitments: ['CHS2014:3', 'CHS2014:6'],
                standards: ['CPMS2019:P4'],
                privacy: 'Open',
                listed: true,
                scope: 'Country',
                country: 'CO',
                language: 'es'
            },
            [member(4, 'Owner')]
        ),
        demoGroup(
            4,
            {
                title: 'Board members for quality',
                description: 'An unlisted circle of board members; only its members see it.',
                topic: 'Governance',
                kind: 'Peer_Group',
                commitments: ['CHS2014:9'],
                privacy: 'Restricted',
                listed: false,
                scope: 'None'
            },
            [member(3, 'Owner'), member(5, 'Member')]
        ),
        demoGroup(
            5,
            {
                title: 'Child protection case management',
                description: 'Practitioners comparing case management tools, Middle East and North Africa.',
                topic: 'Case management',
                kind: 'Community_Of_Practice',
                commitments: ['CHS2014:2'],
                standards: ['CPMS2019:P2'],
                privacy: 'Open',
                listed: true,
                scope: 'Regional',
                region: 'Middle_East_North_Africa',
                language: 'ar'
            },
            [member(5, 'Owner'), member(7, 'Facilitator')]
        ),
        demoGroup(
            6,
            {
                title: 'Cash and voucher assistance',
                description: 'Peers comparing cash programmes; quiet since the spring, so it was archived.',
                topic: 'Cash',
                kind: 'Peer_Group',
                commitments: ['CHS2014:1'],
                privacy: 'Open',
                listed: true,
                scope: 'Global',
                status: 'Archived',
                lastActivityAt: '2026-05-02T10:00:00.000Z',
                archivedAt: '2026-08-01T02:00:00.000Z'
            },
            [member(2, 'Owner'), member(1, 'Member')],
            '005000000000002AAA'
        ),
        demoGroup(
            7,
            {
                title: 'Referrals between our Mali and UK teams',
                description: 'Could we compare how we refer complaints between our teams?',
                kind: 'Conversation',
                commitments: [],
                privacy: 'Restricted',
                listed: false,
                scope: 'None',
                language: 'multi'
            },
            [member(1, 'Owner'), member(3, 'Member')],
            '005000000000001AAA'
        )
    ];
}

function load(): StoredGroup[] {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as StoredGroup[]) : seed();
}

function save(groups: StoredGroup[]): void {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(groups));
}

function isStaff(): boolean {
    return standing() === 'ALLIANCE_STAFF';
}

function mine(group: StoredGroup): StoredMembership | undefined {
    return group.memberships.find((membership) => membership.userId === currentUser().id);
}

/** As ExchangeAccess.conversationRights: the people in it, and moderators once something in it was reported. */
function conversationRights(group: StoredGroup): GroupRights {
    const status = mine(group)?.status;
    const moderating = isStaff() && group.reported === true;
    const active = status === 'Active';
    const live = group.card.status !== 'Archived';
    const started = group.creatorId === currentUser().id;
    return {
        canSee: moderating || active || status === 'Invited',
        canSeeMembers: moderating || active,
        canReadDiscussion: moderating || active,
        canPost: live && active,
        canUseFiles: active,
        canJoin: false,
        canRequest: false,
        canRespond: live && status === 'Invited',
        canLeave: active,
        canInvite: live && active,
        canManageMembers: live && moderating,
        canChangeRoles: false,
        canEdit: false,
        canRestore: !live && (moderating || (active && started)),
        canSetKind: false,
        canConvert: live && active && started,
        readsAsModerator: moderating && !active
    };
}

function rightsIn(group: StoredGroup): GroupRights {
    if (group.card.kind === 'Conversation') {
        return conversationRights(group);
    }
    const own = mine(group);
    const status = own?.status;
    const active = status === 'Active';
    const open = group.card.privacy === 'Open';
    const live = group.card.status !== 'Archived';
    const staff = isStaff();
    const owner = active && own?.role === 'Owner';
    const manager = staff || (active && (owner || own?.role === 'Facilitator'));
    const pending = status === 'Invited' || status === 'Requested';
    // As in ExchangeAccess: someone a moderator suspended from the group cannot come back by themselves.
    const barred = status === 'Suspended';
    const canSee = staff || group.card.listed || active || pending;
    const canSeeMembers = staff || active || (open && group.card.listed);
    return {
        canSee,
        canSeeMembers,
        canReadDiscussion: canSeeMembers,
        canPost: live && (staff || active),
        canUseFiles: staff || active,
        canJoin: live && open && !active && !barred,
        canRequest: live && !open && !active && !pending && !barred && canSee,
        canRespond: live && status === 'Invited',
        canLeave: active,
        canInvite: live && (manager || (active && open)),
        canManageMembers: live && manager,
        canChangeRoles: live && (staff || owner),
        canEdit: live && (staff || owner),
        canRestore: !live && (staff || group.creatorId === currentUser().id),
        canSetKind: staff,
        canConvert: false,
        readsAsModerator: false
    };
}

function toCard(group: StoredGroup): GroupCard {
    const own = mine(group);
    return {
        ...group.card,
        memberCount: group.memberships.filter((membership) => membership.status === 'Active').length,
        myStatus: own?.status ?? null,
        myRole: own?.status === 'Active' ? own.role : null,
        myMembershipId: own?.id ?? null
    };
}

function toMember(membership: StoredMembership): GroupMembership {
    const user = USERS.find((candidate) => candidate.id === membership.userId);
    return {
        membershipId: membership.id,
        userId: membership.userId,
        name: user?.name ?? membership.userId,
        organisationName: ORGANISATIONS.find((organisation) => organisation.id === user?.organisationId)?.name ?? null,
        role: membership.role,
        status: membership.status,
        since: membership.since,
        message: membership.message,
        isSelf: membership.userId === currentUser().id
    };
}

function refuse(code: ExchangeErrorCode, labelName: string): PreviewApexError {
    return new PreviewApexError(code, label(labelName));
}

function groupOrFail(groups: StoredGroup[], groupId: unknown): StoredGroup {
    const group = groups.find((candidate) => candidate.card.id === groupId);
    if (!group) {
        throw refuse('NOT_FOUND', 'Error_Not_Found');
    }
    if (!rightsIn(group).canSee) {
        throw refuse('GROUP_RESTRICTED', 'Group_Error_Restricted');
    }
    return group;
}

function membershipOrFail(groups: StoredGroup[], membershipId: unknown): [StoredGroup, StoredMembership] {
    for (const group of groups) {
        const membership = group.memberships.find((candidate) => candidate.id === membershipId);
        if (membership) {
            return [group, membership];
        }
    }
    throw refuse('NOT_FOUND', 'Error_Not_Found');
}

function setMembership(group: StoredGroup, userId: string, change: Partial<StoredMembership>): void {
    const existing = group.memberships.find((membership) => membership.userId === userId);
    if (existing) {
        Object.assign(existing, change);
    } else {
        group.memberships.push({
            id: nextId('a04'),
            userId,
            role: 'Member',
            status: 'Active',
            since: new Date().toISOString(),
            message: null,
            invitedBy: null,
            ...change
        });
    }
}

const SORTERS: Record<string, (left: GroupCard, right: GroupCard) => number> = {
    recent: (left, right) => (right.lastActivityAt ?? '').localeCompare(left.lastActivityAt ?? ''),
    newest: (left, right) => right.createdAt.localeCompare(left.createdAt),
    members: (left, right) => right.memberCount - left.memberCount,
    name: (left, right) => left.title.localeCompare(right.title)
};

/** The running persona's rights in a group, for the discussion stand-in. */
/** Listed, active groups an organisation's people take part in, as OrganisationSelector.listedMemberships reads them. */
export function listedGroupsOf(organisationId: string): { id: string; title: string; commitments: string[] }[] {
    const people = new Set(USERS.filter((user) => user.organisationId === organisationId).map((user) => user.id));
    return load()
        .filter(
            (group) =>
                group.card.listed &&
                group.card.status === 'Active' &&
                group.memberships.some((membership) => membership.status === 'Active' && people.has(membership.userId))
        )
        .map((group) => ({ id: group.card.id, title: group.card.title, commitments: group.card.commitments }));
}

/** The groups (not conversations) by state, as the insights count them: live, warned of archiving, archived. */
export function groupCounts(): { active: number; dormant: number; archived: number } {
    const groups = load().filter((group) => group.card.kind !== 'Conversation');
    const live = groups.filter((group) => group.card.status === 'Active');
    return {
        active: live.length,
        dormant: live.filter((group) => group.card.archivesOn !== null).length,
        archived: groups.length - live.length
    };
}

export function rightsOf(groupId: string): GroupRights {
    requireAccess();
    return rightsIn(groupOrFail(load(), groupId));
}

/** A group's title, for the moderation stand-ins; null when unknown. */
export function groupTitle(groupId: string | null): string | null {
    return load().find((group) => group.card.id === groupId)?.card.title ?? null;
}

const FIELD_FILTERS = ['language', 'scope', 'region', 'country', 'kind', 'privacy'] as const;
type DirectoryFilter = 'commitment' | (typeof FIELD_FILTERS)[number];

/** The cards the directory finds for the query, every filter applied but the one left out. */
function directoryCards(query: GroupDirectoryQuery, leftOut?: DirectoryFilter): GroupCard[] {
    const text = query.searchText?.toLowerCase();
    return load()
        .filter(
            (group) =>
                group.card.kind !== 'Conversation' &&
                (group.card.status === 'Active' || query.includeArchived === true) &&
                (group.card.listed ||
                    isStaff() ||
                    mine(group)?.status === 'Active' ||
                    mine(group)?.status === 'Invited')
        )
        .map(toCard)
        .filter(
            (card) =>
                !text || card.title.toLowerCase().includes(text) || (card.topic ?? '').toLowerCase().includes(text)
        )
        .filter((card) => leftOut === 'commitment' || !query.commitment || card.commitments.includes(query.commitment))
        .filter((card) =>
            FIELD_FILTERS.every((filter) => filter === leftOut || !query[filter] || card[filter] === query[filter])
        )
        .filter((card) => !query.myGroupsOnly || card.myStatus === 'Active');
}

export function directory(params: Record<string, unknown>): GroupDirectoryPage {
    requireAccess();
    const query = (params.query ?? {}) as GroupDirectoryQuery;
    const cards = directoryCards(query).sort(SORTERS[query.sortBy ?? 'recent'] ?? SORTERS.recent);
    const page = Math.max(1, query.page ?? 1);
    return {
        groups: cards.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
        hasNextPage: cards.length > page * PAGE_SIZE,
        page,
        pageSize: PAGE_SIZE
    };
}

/**
 * As GroupService.getDirectoryFacets: each filter counts the groups every other filter lets
 * through, page and sort aside; a chosen value that finds nothing stays at zero.
 */
export function directoryFacets(params: Record<string, unknown>): DirectoryFacets {
    requireAccess();
    const query = (params.query ?? {}) as GroupDirectoryQuery;
    const names: DirectoryFilter[] = ['commitment', ...FIELD_FILTERS];
    return {
        total: directoryCards(query).length,
        facets: names.map((name) => {
            const counts = new Map<string, number>();
            for (const card of directoryCards(query, name)) {
                for (const value of name === 'commitment' ? card.commitments : [card[name]]) {
                    if (value) {
                        counts.set(value, (counts.get(value) ?? 0) + 1);
                    }
                }
            }
            const chosen = query[name];
            if (chosen && !counts.has(chosen)) {
                counts.set(chosen, 0);
            }
            return {
                name,
                values: [...counts.keys()]
                    .sort()
                    .map((value) => ({ value, count: counts.get(value) ?? 0, selected: value === chosen }))
            };
        })
    };
}

export function groupDetail(params: Record<string, unknown>): GroupDetail {
    requireAccess();
    const group = groupOrFail(load(), params.groupId);
    const rights = rightsIn(group);
    const of = (status: MembershipStatus): GroupMembership[] =>
        group.memberships.filter((membership) => membership.status === status).map(toMember);
    return {
        card: toCard(group),
        members: rights.canSeeMembers ? of('Active') : [],
        requests: rights.canManageMembers ? of('Requested') : [],
        // In a conversation everyone sees who is still to answer: there is nobody to manage it.
        invitations:
            rights.canManageMembers || (group.card.kind === 'Conversation' && rights.canSeeMembers)
                ? of('Invited')
                : [],
        rights,
        messageLength: MESSAGE_LENGTH,
        canStartConversation: standing() === 'MEMBER'
    };
}

export function myInvitations(): MyGroupInvitation[] {
    requireAccess();
    return load()
        .filter((group) => mine(group)?.status === 'Invited')
        .map((group) => {
            const invitedBy = USERS.find((user) => user.id === mine(group)?.invitedBy);
            return {
                membershipId: mine(group)?.id ?? '',
                card: toCard(group),
                invitedByName: invitedBy?.name ?? null,
                invitedAt: mine(group)?.since ?? ''
            };
        });
}

export function draftLimits(): GroupDraftLimits {
    requireAccess();
    return { ...DRAFT_LIMITS };
}

export function saveGroup(params: Record<string, unknown>): string {
    requireAccess();
    const draft = params.draft as GroupDraft;
    if (!draft.title?.trim()) {
        throw refuse('VALIDATION', 'Group_Error_Title_Required');
    }
    if (!draft.commitments?.length) {
        throw refuse('VALIDATION', 'Group_Error_Commitment_Required');
    }
    if (draft.scope === 'Regional' && !draft.region) {
        throw refuse('VALIDATION', 'Group_Error_Region_Required');
    }
    if (draft.scope === 'Country' && !draft.country) {
        throw refuse('VALIDATION', 'Group_Error_Country_Required');
    }
    const groups = load();
    const existing = draft.id ? groupOrFail(groups, draft.id) : undefined;
    // Saving a direct conversation with a group's definition turns it into a group, for the person who started it.
    const converting = existing?.card.kind === 'Conversation';
    if (existing && !(converting ? rightsIn(existing).canConvert : rightsIn(existing).canEdit)) {
        throw refuse('NOT_ALLOWED', 'Error_Not_Allowed');
    }
    if (draft.kind === 'Community_Of_Practice' && existing?.card.kind !== draft.kind && !isStaff()) {
        throw refuse('NOT_ALLOWED', 'Group_Error_Kind_Alliance_Only');
    }
    const card = {
        id: existing?.card.id ?? nextId('a03'),
        title: draft.title.trim(),
        description: draft.description ?? null,
        topic: draft.topic ?? null,
        kind: draft.kind,
        commitments: draft.commitments,
        standards: draft.standards ?? [],
        language: draft.language,
        scope: draft.scope,
        region: draft.scope === 'Regional' ? (draft.region ?? null) : null,
        country: draft.scope === 'Country' ? (draft.country ?? null) : null,
        privacy: draft.privacy,
        listed: draft.listed,
        status: existing?.card.status ?? ('Active' as const),
        lastActivityAt: new Date().toISOString(),
        createdAt: existing?.card.createdAt ?? new Date().toISOString(),
        archivedAt: existing?.card.archivedAt ?? null,
        archivesOn: existing?.card.archivesOn ?? null
    };
    if (existing) {
        existing.card = card;
    } else {
        groups.push({ card, memberships: [], creatorId: currentUser().id });
        setMembership(groups[groups.length - 1] as StoredGroup, currentUser().id, { role: 'Owner', status: 'Active' });
    }
    save(groups);
    return card.id;
}

export function joinGroup(params: Record<string, unknown>): MembershipStatus {
    requireAccess();
    const groups = load();
    const group = groupOrFail(groups, params.groupId);
    const rights = rightsIn(group);
    if (!rights.canJoin && !rights.canRequest) {
        throw mine(group)?.status === 'Active'
            ? refuse('VALIDATION', 'Group_Error_Already_Member')
            : refuse('VALIDATION', 'Group_Error_Already_Asked');
    }
    const status: MembershipStatus = rights.canJoin ? 'Active' : 'Requested';
    const message = String(params.message ?? '')
        .trim()
        .slice(0, MESSAGE_LENGTH);
    setMembership(group, currentUser().id, {
        role: 'Member',
        status,
        since: new Date().toISOString(),
        message: status === 'Requested' ? message || null : null
    });
    save(groups);
    return status;
}

export function respondToInvitation(params: Record<string, unknown>): void {
    requireAccess();
    const groups = load();
    const [, membership] = membershipOrFail(groups, params.membershipId);
    if (membership.userId !== currentUser().id || membership.status !== 'Invited') {
        throw refuse('VALIDATION', 'Group_Error_Not_Invited');
    }
    membership.status = params.accept === true ? 'Active' : 'Declined';
    membership.since = new Date().toISOString();
    save(groups);
}

export function leaveGroup(params: Record<string, unknown>): void {
    requireAccess();
    const groups = load();
    const group = groupOrFail(groups, params.groupId);
    const own = mine(group);
    if (own?.status !== 'Active') {
        throw refuse('VALIDATION', 'Group_Error_Not_A_Group_Member');
    }
    const others = group.memberships.filter((membership) => membership !== own && membership.status === 'Active');
    if (own.role === 'Owner' && !others.some((membership) => membership.role === 'Owner')) {
        const successor = others.find((membership) => membership.role === 'Facilitator') ?? others[0];
        if (successor) {
            successor.role = 'Owner';
        }
    }
    own.status = 'Left';
    own.role = 'Member';
    save(groups);
}

/** As GroupService.withdrawRequest: only a request still waiting, and its reason is not kept. */
export function withdrawRequest(params: Record<string, unknown>): void {
    requireAccess();
    const groups = load();
    const own = mine(groupOrFail(groups, params.groupId));
    if (own?.status !== 'Requested') {
        throw refuse('VALIDATION', 'Group_Error_Request_Closed');
    }
    own.status = 'Left';
    own.message = null;
    save(groups);
}

export function inviteToGroup(params: Record<string, unknown>): number {
    requireAccess();
    const groups = load();
    const group = groupOrFail(groups, params.groupId);
    if (!rightsIn(group).canInvite) {
        throw refuse('NOT_ALLOWED', 'Error_Not_Allowed');
    }
    const userIds = (params.userIds ?? []) as string[];
    const conversation = group.card.kind === 'Conversation';
    if (conversation && !userIds.every((userId) => USERS.some((user) => user.id === userId && mayBeContacted(user)))) {
        throw refuse('VALIDATION', 'Conversation_Error_Not_Contactable');
    }
    let invited = 0;
    for (const userId of userIds) {
        const existing = group.memberships.find((membership) => membership.userId === userId);
        if (!existing || ['Declined', 'Left', 'Removed'].includes(existing.status)) {
            setMembership(group, userId, {
                status: 'Invited',
                role: 'Member',
                invitedBy: currentUser().id,
                since: new Date().toISOString()
            });
            invited++;
        }
    }
    save(groups);
    return invited;
}

export function searchInvitees(params: Record<string, unknown>): GroupInvitee[] {
    requireAccess();
    const group = groupOrFail(load(), params.groupId);
    const text = String(params.searchText ?? '')
        .trim()
        .toLowerCase();
    if (text.length < 2) {
        return [];
    }
    const taken = new Set(
        group.memberships
            .filter((membership) => ['Active', 'Invited', 'Requested'].includes(membership.status))
            .map((membership) => membership.userId)
    );
    if (group.card.kind === 'Conversation') {
        return contactableMatching(text, currentUser().id).filter((invitee) => !taken.has(invitee.userId));
    }
    return USERS.filter((user) => user.permissions.includes('Exchange_Access') && !taken.has(user.id))
        .map((user) => ({
            user,
            organisation: ORGANISATIONS.find((organisation) => organisation.id === user.organisationId)
        }))
        .filter(
            ({ user, organisation }) =>
                organisation?.status === 'Member' &&
                (user.name.toLowerCase().includes(text) || organisation.name.toLowerCase().includes(text))
        )
        .map(({ user, organisation }) => ({
            userId: user.id,
            name: user.name,
            organisationName: organisation?.name ?? null
        }));
}

export function decideRequest(params: Record<string, unknown>): void {
    requireAccess();
    const groups = load();
    const [group, membership] = membershipOrFail(groups, params.membershipId);
    if (!rightsIn(group).canManageMembers) {
        throw refuse('NOT_ALLOWED', 'Error_Not_Allowed');
    }
    if (membership.status !== 'Requested') {
        throw refuse('VALIDATION', 'Group_Error_Request_Closed');
    }
    membership.status = params.approve === true ? 'Active' : 'Declined';
    membership.message = String(params.message ?? '').trim() || null;
    save(groups);
}

export function removeMember(params: Record<string, unknown>): void {
    requireAccess();
    const groups = load();
    const [group, membership] = membershipOrFail(groups, params.membershipId);
    if (!rightsIn(group).canManageMembers) {
        throw refuse('NOT_ALLOWED', 'Error_Not_Allowed');
    }
    if (membership.userId === currentUser().id) {
        throw refuse('VALIDATION', 'Group_Error_Role_Self');
    }
    membership.status = 'Removed';
    membership.role = 'Member';
    save(groups);
}

export function changeRole(params: Record<string, unknown>): void {
    requireAccess();
    const groups = load();
    const [group, membership] = membershipOrFail(groups, params.membershipId);
    if (!rightsIn(group).canChangeRoles) {
        throw refuse('NOT_ALLOWED', 'Error_Not_Allowed');
    }
    if (membership.userId === currentUser().id) {
        throw refuse('VALIDATION', 'Group_Error_Role_Self');
    }
    membership.role = params.role as GroupMembership['role'];
    save(groups);
}

/** Brings an archived group back, as GroupLifecycleService.restore does. */
export function restoreGroup(params: Record<string, unknown>): void {
    const groups = load();
    const group = groupOrFail(groups, params.groupId);
    if (!rightsIn(group).canRestore) {
        throw refuse('NOT_ALLOWED', 'Lifecycle_Error_Restore');
    }
    group.card = {
        ...group.card,
        status: 'Active',
        archivedAt: null,
        archivesOn: null,
        lastActivityAt: new Date().toISOString()
    };
    save(groups);
}

/** Marks a group as reported, as ModerationService does: a reported direct conversation opens to moderators. */
export function markReported(groupId: string | null): void {
    const groups = load();
    const group = groups.find((candidate) => candidate.card.id === groupId);
    if (group) {
        group.reported = true;
        save(groups);
    }
}

/** The running persona's direct conversations, most recent first, as DirectConversationService lists them. */
export function myConversations(): DirectConversationSummary[] {
    return load()
        .filter(
            (group) => group.card.kind === 'Conversation' && ['Active', 'Invited'].includes(mine(group)?.status ?? '')
        )
        .sort((left, right) => (right.card.lastActivityAt ?? '').localeCompare(left.card.lastActivityAt ?? ''))
        .map((group) => {
            const own = mine(group);
            return {
                id: group.card.id,
                subject: group.card.title,
                opening: group.card.description,
                status: group.card.status,
                myStatus: own?.status === 'Active' || own?.status === 'Invited' ? own.status : null,
                myMembershipId: own?.id ?? null,
                startedByName: USERS.find((user) => user.id === group.creatorId)?.name ?? null,
                participants: group.memberships
                    .filter((membership) => membership.status === 'Active' || membership.status === 'Invited')
                    .map((membership) => {
                        const person = toMember(membership);
                        return {
                            userId: person.userId,
                            name: person.name,
                            organisationName: person.organisationName,
                            status: membership.status === 'Invited' ? ('Invited' as const) : ('Active' as const),
                            isSelf: person.isSelf
                        };
                    }),
                lastActivityAt: group.card.lastActivityAt,
                archivesOn: group.card.archivesOn
            };
        });
}

/** Starts a direct conversation, as DirectConversationService.start does once it has checked the draft. */
export function addConversation(subject: string, opening: string | null, inviteeIds: string[]): string {
    const groups = load();
    const now = new Date().toISOString();
    const conversation: StoredGroup = {
        creatorId: currentUser().id,
        card: {
            id: nextId('a03'),
            title: subject,
            description: opening,
            topic: null,
            kind: 'Conversation',
            commitments: [],
            standards: [],
            language: 'multi',
            scope: 'None',
            region: null,
            country: null,
            privacy: 'Restricted',
            listed: false,
            status: 'Active',
            lastActivityAt: now,
            createdAt: now,
            archivedAt: null,
            archivesOn: null
        },
        memberships: []
    };
    setMembership(conversation, currentUser().id, { role: 'Owner', status: 'Active', since: now });
    for (const userId of inviteeIds) {
        setMembership(conversation, userId, { status: 'Invited', invitedBy: currentUser().id, since: now });
    }
    groups.push(conversation);
    save(groups);
    return conversation.card.id;
}
