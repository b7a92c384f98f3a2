/**
 * Shapes exchanged with ModerationController. Each interface names the Apex class
 * it mirrors with `@apex`.
 */

/** What can be reported from the site. */
export type ReportTargetKind = 'Message' | 'Member' | 'File';

/** Values of Exchange_Report__c.Reason__c. */
export type ReportReason = 'Harassment' | 'Hate' | 'Spam' | 'Misinformation' | 'Privacy' | 'Other';

/** Values of Exchange_Report__c.Status__c. */
export type ReportStatus = 'Open' | 'Actioned' | 'Dismissed';

/** Moderator decisions; each is also the outcome the reporter is shown. */
export type ModerationDecision =
    'Content_Hidden' | 'Member_Warned' | 'Suspended_From_Group' | 'Suspended_From_Exchange' | 'Dismissed';

/** @apex ReportRequest */
export interface ReportRequest {
    targetKind: ReportTargetKind;
    messageId: string | null;
    groupId: string | null;
    userId: string | null;
    fileId: string | null;
    reason: ReportReason;
    details: string | null;
}

/** @apex MyReport */
export interface MyReport {
    id: string;
    targetKind: ReportTargetKind;
    reason: ReportReason;
    groupId: string | null;
    groupName: string | null;
    status: ReportStatus;
    outcome: ModerationDecision | null;
    reportedAt: string;
    decidedAt: string | null;
}

/** @apex ModerationQueueItem */
export interface ModerationQueueItem {
    id: string;
    name: string;
    targetKind: ReportTargetKind;
    reason: ReportReason;
    details: string | null;
    reportedByName: string | null;
    reportedAt: string;
    groupId: string | null;
    groupName: string | null;
    messageId: string | null;
    /** Sanitised rich text of the reported message, hidden or not. */
    messageBody: string | null;
    messageHidden: boolean;
    messageDeleted: boolean;
    fileId: string | null;
    fileTitle: string | null;
    fileHidden: boolean;
    reportedUserId: string | null;
    reportedUserName: string | null;
    reportedOrganisationName: string | null;
    status: ReportStatus;
    outcome: ModerationDecision | null;
    moderatorNote: string | null;
    decidedByName: string | null;
    decidedAt: string | null;
}

/** @apex ModerationQueue */
export interface ModerationQueue {
    items: ModerationQueueItem[];
    hasMore: boolean;
}
