/**
 * Shapes sent to and returned by DirectConversationController (decision 0024).
 * Each interface names the Apex class it mirrors with `@apex`.
 */

/** @apex DirectConversationViews.Draft */
export interface ConversationDraft {
    subject: string;
    opening: string | null;
    userIds: string[];
    organisationIds: string[];
}

/** @apex DirectConversationViews.Participant */
export interface ConversationParticipant {
    userId: string;
    name: string | null;
    organisationName: string | null;
    status: 'Active' | 'Invited';
    isSelf: boolean;
}

/** @apex DirectConversationViews.Summary */
export interface ConversationSummary {
    id: string;
    subject: string;
    opening: string | null;
    status: 'Active' | 'Archived';
    myStatus: 'Active' | 'Invited' | null;
    myMembershipId: string | null;
    startedByName: string | null;
    participants: ConversationParticipant[];
    lastActivityAt: string | null;
    archivesOn: string | null;
}

/** @apex DirectConversationViews.MyConversations */
export interface MyConversations {
    conversations: ConversationSummary[];
    canStart: boolean;
    contactable: boolean;
}
