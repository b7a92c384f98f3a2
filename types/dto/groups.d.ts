/**
 * Shapes sent to and returned by GroupController. Each interface names the Apex
 * class it mirrors with `@apex`.
 */

/** Conversation: a direct conversation between members, never in the directory (decision 0024). */
export type GroupKind = 'Peer_Group' | 'Community_Of_Practice' | 'Conversation';
export type GroupLanguage = 'en' | 'fr' | 'es' | 'ar' | 'multi';
export type GroupScope = 'Global' | 'Regional' | 'Country' | 'None';
export type GroupRegion =
    'Africa' | 'Asia_Pacific' | 'Europe' | 'Latin_America_Caribbean' | 'Middle_East_North_Africa' | 'North_America';
export type GroupPrivacy = 'Open' | 'Restricted';
export type GroupRole = 'Owner' | 'Facilitator' | 'Member';
export type MembershipStatus = 'Invited' | 'Requested' | 'Active' | 'Declined' | 'Left' | 'Removed';
export type DirectorySort = 'recent' | 'newest' | 'members' | 'name';

/** @apex GroupCard */
export interface GroupCard {
    id: string;
    title: string;
    description: string | null;
    topic: string | null;
    kind: GroupKind;
    /** Keys such as CHS2014:3. */
    commitments: string[];
    /** Keys such as CPMS2019:P1. */
    standards: string[];
    language: GroupLanguage;
    scope: GroupScope;
    region: GroupRegion | null;
    /** ISO 3166 alpha-2. */
    country: string | null;
    privacy: GroupPrivacy;
    listed: boolean;
    status: 'Active' | 'Archived';
    memberCount: number;
    lastActivityAt: string | null;
    createdAt: string;
    /** When it was archived; null while active. */
    archivedAt: string | null;
    /** After a dormancy warning, the day it will be archived without activity. */
    archivesOn: string | null;
    myStatus: MembershipStatus | null;
    myRole: GroupRole | null;
    /** The running user's membership row, to answer an invitation. */
    myMembershipId: string | null;
}

/** @apex GroupDirectoryQuery */
export interface GroupDirectoryQuery {
    searchText?: string | null;
    commitment?: string | null;
    language?: GroupLanguage | null;
    scope?: GroupScope | null;
    region?: GroupRegion | null;
    country?: string | null;
    kind?: GroupKind | null;
    privacy?: GroupPrivacy | null;
    myGroupsOnly?: boolean | null;
    /** Archived groups are left out unless asked for. */
    includeArchived?: boolean | null;
    sortBy?: DirectorySort | null;
    page?: number | null;
}

/** @apex GroupDirectoryPage */
export interface GroupDirectoryPage {
    groups: GroupCard[];
    hasNextPage: boolean;
    page: number;
    pageSize: number;
}

/** @apex GroupMembership */
export interface GroupMembership {
    membershipId: string;
    userId: string;
    name: string;
    organisationName: string | null;
    role: GroupRole;
    status: MembershipStatus;
    since: string;
    message: string | null;
    isSelf: boolean;
}

/** @apex GroupRights */
export interface GroupRights {
    canSee: boolean;
    canSeeMembers: boolean;
    canJoin: boolean;
    canRequest: boolean;
    canRespond: boolean;
    canLeave: boolean;
    canInvite: boolean;
    canManageMembers: boolean;
    canChangeRoles: boolean;
    canEdit: boolean;
    canSetKind: boolean;
    /** Members, moderators, and any member for an open listed group (decision 0011). */
    canReadDiscussion: boolean;
    canPost: boolean;
    /** Members and moderators list and open the group's files (decision 0015). */
    canUseFiles: boolean;
    /** The creator and moderators bring an archived group back (decision 0017). */
    canRestore: boolean;
    /** The person who started a direct conversation turns it into a group (decision 0024). */
    canConvert: boolean;
    /** A moderator reads a reported direct conversation; each read is audited (decision 0024). */
    readsAsModerator: boolean;
}

/** @apex GroupDetail */
export interface GroupDetail {
    card: GroupCard;
    members: GroupMembership[];
    requests: GroupMembership[];
    invitations: GroupMembership[];
    rights: GroupRights;
    /** The running user may start a direct conversation with someone listed. */
    canStartConversation: boolean;
}

/** @apex GroupDraft */
export interface GroupDraft {
    id: string | null;
    title: string;
    description: string | null;
    topic: string | null;
    kind: GroupKind;
    commitments: string[];
    standards: string[];
    language: GroupLanguage;
    scope: GroupScope;
    region: GroupRegion | null;
    country: string | null;
    privacy: GroupPrivacy;
    listed: boolean;
}

/** @apex GroupInvitee */
export interface GroupInvitee {
    userId: string;
    name: string;
    organisationName: string | null;
}

/** @apex MyGroupInvitation */
export interface MyGroupInvitation {
    membershipId: string;
    card: GroupCard;
    invitedByName: string | null;
    invitedAt: string;
}
