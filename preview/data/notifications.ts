import type { NoticeDelivery, NoticeType } from '@dto/enumerations';
import type { NoticePreference } from '@dto/notifications';
import { PreviewApexError, currentUser, requireAccess } from './access';
import { label } from './labels';

/** Notification preferences for the preview: user Id → type → delivery, in session storage. */
const STORAGE_KEY = 'chs-exchange-preview-notice-preferences';
const TYPES: NoticeType[] = [
    'Invitation',
    'Join_Request',
    'Request_Approved',
    'Request_Declined',
    'Reply',
    'Archive_Warning',
    'Archived',
    'Restored',
    'Submission_Decided'
];
const DELIVERIES: NoticeDelivery[] = ['Immediately', 'Daily_Digest', 'Off'];

function load(): Record<string, Partial<Record<NoticeType, NoticeDelivery>>> {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as Record<string, Partial<Record<NoticeType, NoticeDelivery>>>) : {};
}

export function getPreferences(): NoticePreference[] {
    requireAccess();
    const mine = load()[currentUser().id] ?? {};
    return TYPES.map((type) => ({ type, delivery: mine[type] ?? 'Immediately' }));
}

export function savePreference(params: Record<string, unknown>): void {
    requireAccess();
    const type = params.type as NoticeType;
    const delivery = params.delivery as NoticeDelivery;
    if (!TYPES.includes(type) || !DELIVERIES.includes(delivery)) {
        throw new PreviewApexError('VALIDATION', label('Error_Invalid_Choice'));
    }
    const all = load();
    all[currentUser().id] = { ...all[currentUser().id], [type]: delivery };
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(all));
}
