/**
 * Shapes sent to and returned by DirectConversationController (decision 0024).
 * Each interface names the Apex class it mirrors with `@apex`.
 */

/** @apex DirectConversationDraft */
export interface DirectConversationDraft {
    subject: string;
    opening: string | null;
    userIds: string[];
    organisationIds: string[];
}

/** @apex DirectConversationParticipant */
export interface DirectConversationParticipant {
    userId: string;
    name: string | null;
    organisationName: string | null;
    status: 'Active' | 'Invited';
    isSelf: boolean;
}

/** @apex DirectConversationSummary */
export interface DirectConversationSummary {
    id: string;
    subject: string;
    opening: string | null;
    status: 'Active' | 'Archived';
    myStatus: 'Active' | 'Invited' | null;
    myMembershipId: string | null;
    startedByName: string | null;
    participants: DirectConversationParticipant[];
    lastActivityAt: string | null;
    archivesOn: string | null;
}

/** @apex MyDirectConversations */
export interface MyDirectConversations {
    conversations: DirectConversationSummary[];
    canStart: boolean;
    contactable: boolean;
}
