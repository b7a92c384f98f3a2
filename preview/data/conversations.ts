import type {
    DirectConversationDraft,
    DirectConversationLimits,
    MyDirectConversations
} from '@dto/directconversations';
import type { ExchangeErrorCode } from '@dto/enumerations';
import type { GroupInvitee } from '@dto/groups';
import { PreviewApexError, currentUser, requireAccess, standing } from './access';
import { contactableMatching, isOpenToConversations, mayBeContacted, setOpenToConversations } from './contacts';
import { addConversation, myConversations } from './groups';
import { label } from './labels';
import { USERS } from './personas';

/**
 * Direct conversations for the preview, following DirectConversationService: a
 * member starts one with people and whole member organisations, who are invited
 * to a group of the kind Conversation; nobody who switched conversations off is
 * found or invited.
 */
const SUBJECT_LENGTH = 80;
const OPENING_LENGTH = 255;
/** Most_Conversation_Invitees__c of the Default setting. */
const MOST_INVITEES = 25;

function refuse(code: ExchangeErrorCode, labelName: string, ...values: (string | number)[]): never {
    const message = values.reduce<string>(
        (text, value, index) => text.replace(`{${index}}`, String(value)),
        label(labelName)
    );
    throw new PreviewApexError(code, message);
}

function requireMayStart(): void {
    requireAccess();
    if (standing() !== 'MEMBER') {
        refuse('NOT_ALLOWED', 'Conversation_Error_Members_Only');
    }
}

export function getMyConversations(): MyDirectConversations {
    requireAccess();
    const canStart = standing() === 'MEMBER';
    return {
        conversations: myConversations(),
        canStart,
        contactable: canStart && isOpenToConversations(currentUser())
    };
}

export function getDraftLimits(): DirectConversationLimits {
    requireAccess();
    return { subjectLength: SUBJECT_LENGTH, openingLength: OPENING_LENGTH };
}

export function searchPeople(params: Record<string, unknown>): GroupInvitee[] {
    requireMayStart();
    return contactableMatching(params.searchText, currentUser().id);
}

export function setContactable(params: Record<string, unknown>): void {
    requireMayStart();
    if (typeof params.contactable !== 'boolean') {
        refuse('VALIDATION', 'Error_Invalid_Choice');
    }
    setOpenToConversations(currentUser(), params.contactable);
}

export function startConversation(params: Record<string, unknown>): string {
    requireMayStart();
    const draft = (params.draft ?? {}) as Partial<DirectConversationDraft>;
    const subject = draft.subject?.trim() ?? '';
    const opening = draft.opening?.trim() ?? '';
    if (!subject) {
        refuse('VALIDATION', 'Conversation_Error_Subject_Required');
    }
    if (subject.length > SUBJECT_LENGTH || opening.length > OPENING_LENGTH) {
        refuse('VALIDATION', 'Conversation_Error_Too_Long');
    }
    const me = currentUser().id;
    const named = new Set((draft.userIds ?? []).filter((userId) => userId !== me));
    const organisationIds = new Set(draft.organisationIds ?? []);
    if (named.size === 0 && organisationIds.size === 0) {
        refuse('VALIDATION', 'Conversation_Error_Nobody');
    }
    const contactable = USERS.filter((user) => user.id !== me && mayBeContacted(user));
    if (![...named].every((userId) => contactable.some((user) => user.id === userId))) {
        refuse('VALIDATION', 'Conversation_Error_Not_Contactable');
    }
    const reached = contactable.filter((user) => organisationIds.has(user.organisationId));
    if (![...organisationIds].every((id) => reached.some((user) => user.organisationId === id))) {
        refuse('VALIDATION', 'Conversation_Error_Organisation_Unreachable');
    }
    const invitees = new Set([...named, ...reached.map((user) => user.id)]);
    if (invitees.size > MOST_INVITEES) {
        refuse('VALIDATION', 'Conversation_Error_Too_Many', MOST_INVITEES);
    }
    return addConversation(subject, opening || null, [...invitees]);
}
