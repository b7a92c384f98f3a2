/**
 * What a transaction sent through Messaging: nothing is delivered, Apex cannot see delivery, and the
 * runtime's tests read what was accepted for sending here.
 */
export interface SentEmail {
    readonly targetObjectId: string | null;
    readonly toAddresses: readonly string[];
    readonly orgWideEmailAddressId: string | null;
    readonly replyTo: string | null;
    readonly subject: string | null;
    readonly plainTextBody: string | null;
    readonly htmlBody: string | null;
}

export interface SentNotification {
    readonly notificationTypeId: string;
    readonly title: string;
    readonly body: string;
    readonly targetId: string;
    readonly recipients: readonly string[];
}

/**
 * An email the platform sends to a user of the organization because a DML operation asked for it
 * (DmlOptions.EmailHeader.triggerUserEmail); its text is the platform's own and is not simulated.
 */
export interface TriggeredUserEmail {
    /** What triggered it: creating the user. */
    readonly event: 'newUser';
    readonly userId: string;
}

export class Outbox {
    readonly emails: SentEmail[] = [];
    readonly userEmails: TriggeredUserEmail[] = [];
    readonly notifications: SentNotification[] = [];
}
