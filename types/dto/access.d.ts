/**
 * Shapes returned by AccessController. Each interface names the Apex class it
 * mirrors with `@apex`; the project check compares them member by member.
 */

/** MEMBER, ALLIANCE_STAFF, SUSPENDED or NOT_A_MEMBER (ExchangeAccess.Standing). */
export type AccessStanding = 'MEMBER' | 'ALLIANCE_STAFF' | 'SUSPENDED' | 'NOT_A_MEMBER';

/** @apex AccessState */
export interface AccessState {
    standing: AccessStanding;
    hasAccess: boolean;
    isOrganisationAdmin: boolean;
    isModerator: boolean;
    isAdministrator: boolean;
    /** The user's organisation; null for Alliance staff. */
    organisationName: string | null;
    /** Translated reason a user is not let in; null when they are. */
    message: string | null;
    /** Page explaining how to become a member. */
    membershipInfoUrl: string | null;
}
