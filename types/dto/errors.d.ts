/**
 * What an Apex controller puts in an AuraHandledException message: a JSON
 * object with a stable code the UI can react to and a message already
 * translated into the caller's language (from a Custom Label).
 */

/** @apex ExchangeErrorPayload */
export interface ExchangeErrorPayload {
    /** Stable code: NOT_A_MEMBER, NOT_ALLOWED, NOT_FOUND, VALIDATION, UNEXPECTED, … */
    code: string;
    /** Human-readable, translated message. */
    message: string;
}
