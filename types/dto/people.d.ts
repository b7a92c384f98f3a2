/**
 * Shapes returned by ColleagueController and AllianceAdminController. Each
 * interface names the Apex class it mirrors with `@apex`.
 */

/** Status__c of Colleague_Invitation__c. */
export type InvitationStatus = 'Pending' | 'Approved' | 'Completed' | 'Rejected' | 'Failed';

/** Language of a new login (LanguageLocaleKey). */
export type LoginLanguage = 'en_US' | 'fr' | 'es' | 'ar';

/** @apex Colleague */
export interface Colleague {
    id: string;
    name: string;
    email: string;
    isActive: boolean;
    /** The organisation admin's own row. */
    isSelf: boolean;
    /** ISO date-time; null when the colleague never signed in. */
    lastLogin: string | null;
}

/** @apex ColleagueInvitation */
export interface ColleagueInvitation {
    id: string;
    firstName: string | null;
    lastName: string;
    email: string;
    language: LoginLanguage;
    status: InvitationStatus;
    organisationName: string | null;
    invitedByName: string | null;
    /** ISO date-time. */
    requestedAt: string;
    decisionNote: string | null;
    /** Alliance admins only; null for organisation admins. */
    failureReason: string | null;
}

/** @apex ColleagueDirectory */
export interface ColleagueDirectory {
    organisationName: string;
    colleagues: Colleague[];
    invitations: ColleagueInvitation[];
    autoApprove: boolean;
}
