import type { AccessState } from '@dto/access';
import type { AccessStanding, ExchangeErrorCode } from '@dto/enumerations';
import type { ExchangeErrorPayload } from '@dto/shared';
import { label } from './labels';
import { organisationOf, userOf, type DemoPermission, type DemoUser } from './personas';
import { session } from './session';

/** Shown to non-members, as the deployed Default setting does. */
export const MEMBERSHIP_INFO_URL = 'https://www.chsalliance.org/membership/';

/** Rejects the way an AuraHandledException from ExchangeException.toAuraHandled does. */
export class PreviewApexError {
    readonly status = 500;
    readonly body: { message: string };

    constructor(code: ExchangeErrorCode, message: string) {
        const payload: ExchangeErrorPayload = { code, message };
        this.body = { message: JSON.stringify(payload) };
    }
}

export function currentUser(): DemoUser {
    return userOf(session.persona);
}

function holds(permission: DemoPermission): boolean {
    return currentUser().permissions.includes(permission);
}

/** The same decision as ExchangeAccess.standing(), on demo data, for anyone. */
export function standingOf(user: DemoUser): AccessStanding {
    const has = (permission: DemoPermission): boolean => user.permissions.includes(permission);
    if (has('Exchange_Moderate') || has('Exchange_Administer')) {
        return 'ALLIANCE_STAFF';
    }
    const status = organisationOf(user).status;
    if (has('Exchange_Access') && status === 'Member') {
        return 'MEMBER';
    }
    return status === 'Suspended' ? 'SUSPENDED' : 'NOT_A_MEMBER';
}

/** The running persona's standing. */
export function standing(): AccessStanding {
    return standingOf(currentUser());
}

function refusal(current: AccessStanding): string {
    return label(current === 'SUSPENDED' ? 'Error_Membership_Suspended' : 'Error_Not_A_Member');
}

export function requireAccess(): void {
    const current = standing();
    if (current !== 'MEMBER' && current !== 'ALLIANCE_STAFF') {
        throw new PreviewApexError('NOT_A_MEMBER', refusal(current));
    }
}

/**
 * As ExchangeAccess.requireOwnDataAccess(): export and erasure stay open to people
 * suspended or whose organisation lapsed; every demo persona belongs to an organisation.
 */
export function requireOwnDataAccess(): void {
    const current = standing();
    if (current !== 'MEMBER' && current !== 'ALLIANCE_STAFF' && !currentUser().organisationId) {
        throw new PreviewApexError('NOT_A_MEMBER', refusal(current));
    }
}

export function requireOrganisationAdmin(): void {
    requireAccess();
    if (standing() !== 'MEMBER' || !holds('Exchange_Manage_Colleagues')) {
        throw new PreviewApexError('NOT_ALLOWED', label('Error_Not_Allowed'));
    }
}

export function requireAdministrator(): void {
    if (!holds('Exchange_Administer')) {
        throw new PreviewApexError('NOT_ALLOWED', label('Error_Not_Allowed'));
    }
}

export function requireModerator(): void {
    if (!holds('Exchange_Moderate')) {
        throw new PreviewApexError('NOT_ALLOWED', label('Error_Not_Allowed'));
    }
}

export function requireSafeguardingOfficer(): void {
    if (!holds('Exchange_Safeguarding')) {
        throw new PreviewApexError('NOT_ALLOWED', label('Error_Not_Allowed'));
    }
}

export function isModerator(): boolean {
    return holds('Exchange_Moderate');
}

export function accessState(): AccessState {
    const current = standing();
    const hasAccess = current === 'MEMBER' || current === 'ALLIANCE_STAFF';
    return {
        standing: current,
        hasAccess,
        isOrganisationAdmin: current === 'MEMBER' && holds('Exchange_Manage_Colleagues'),
        isModerator: isModerator(),
        isAdministrator: holds('Exchange_Administer'),
        organisationName: current === 'ALLIANCE_STAFF' ? null : organisationOf(currentUser()).name,
        message: hasAccess ? null : refusal(current),
        membershipInfoUrl: MEMBERSHIP_INFO_URL
    };
}
