import texts from 'preview:conduct';
import type { CodeOfConduct } from '@dto/moderation';
import { PreviewApexError, currentUser, requireAccess, standing } from './access';
import { label } from './labels';
import { session } from './session';

/** Acceptances of the code of conduct for the preview: user Id → version → when. */
const STORAGE_KEY = 'chs-exchange-preview-conduct';

function acceptances(): Record<string, Record<number, string>> {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as Record<string, Record<number, string>>) : {};
}

function currentVersion(): number | null {
    const versions = texts.map((text) => text.version);
    return versions.length > 0 ? Math.max(...versions) : null;
}

function acceptedAt(version: number): string | null {
    return acceptances()[currentUser().id]?.[version] ?? null;
}

/** The same rule as ConductService.mustAccept: members who have not accepted the version in force. */
export function mustAccept(): boolean {
    const version = currentVersion();
    return version !== null && standing() === 'MEMBER' && acceptedAt(version) === null;
}

export function requireAccepted(): void {
    if (mustAccept()) {
        throw new PreviewApexError('CONDUCT_NOT_ACCEPTED', label('Conduct_Error_Not_Accepted'));
    }
}

export function getConduct(): CodeOfConduct {
    requireAccess();
    const version = currentVersion();
    const ofVersion = texts.filter((text) => text.version === version);
    const text =
        ofVersion.find((candidate) => candidate.language === session.language) ??
        ofVersion.find((candidate) => candidate.language === 'en');
    return {
        version,
        language: text?.language ?? null,
        body: text?.body ?? null,
        acceptedAt: version === null ? null : acceptedAt(version),
        mustAccept: mustAccept()
    };
}

export function acceptConduct(params: Record<string, unknown>): void {
    requireAccess();
    const version = currentVersion();
    if (params.version !== version || version === null) {
        throw new PreviewApexError('VALIDATION', label('Conduct_Error_Outdated'));
    }
    const all = acceptances();
    all[currentUser().id] = { ...all[currentUser().id], [version]: new Date().toISOString() };
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(all));
}
