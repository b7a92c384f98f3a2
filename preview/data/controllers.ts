import taxonomy from 'preview:taxonomy';
import type { ExchangeErrorPayload } from '@dto/errors';
import { label } from './labels';
import { userOf } from './personas';
import { session } from './session';

/**
 * In-memory stand-ins for the Apex controllers, one function per
 * `Class.method`, answering with the same DTOs. They imitate the access rules
 * only so each persona sees what it would see; the real rules live in Apex.
 */
export type ControllerMethod = (params: Record<string, unknown>) => unknown;

/** Rejects the way an AuraHandledException from ExchangeException.toAuraHandled does. */
export class PreviewApexError {
    readonly status = 500;
    readonly body: { message: string };

    constructor(code: string, message: string) {
        const payload: ExchangeErrorPayload = { code, message };
        this.body = { message: JSON.stringify(payload) };
    }
}

function requireMember(): void {
    const permissions = userOf(session.persona).permissions;
    if (!permissions.includes('Exchange_Access') && !permissions.includes('Exchange_Moderate')) {
        throw new PreviewApexError('NOT_A_MEMBER', label('Error_Not_A_Member'));
    }
}

export const CONTROLLERS: Record<string, ControllerMethod> = {
    'TaxonomyController.getFrameworks': () => {
        requireMember();
        return taxonomy.frameworks;
    },
    'TaxonomyController.getVerificationStages': () => {
        requireMember();
        return taxonomy.stages;
    }
};
