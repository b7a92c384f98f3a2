/** Shapes exchanged with NotificationController. */

/** Values of Exchange_Notification__c.Type__c. */
export type NoticeType =
    | 'Invitation'
    | 'Join_Request'
    | 'Request_Approved'
    | 'Request_Declined'
    | 'Reply'
    | 'Archive_Warning'
    | 'Archived'
    | 'Restored'
    | 'Submission_Decided';

/** How a person wants one type of notice. */
export type NoticeDelivery = 'Immediately' | 'Daily_Digest' | 'Off';

/** @apex NoticePreference */
export interface NoticePreference {
    type: NoticeType;
    delivery: NoticeDelivery;
}
