/**
 * Shapes exchanged with ComplaintController. Each interface names the Apex class
 * it mirrors with `@apex`.
 */

/** Values of Sensitive_Complaint__c.Category__c. */
export type ComplaintCategory = 'Fraud' | 'Abuse_Of_Power' | 'Sexual_Exploitation_Abuse' | 'Other_Safeguarding';

/** Values of Sensitive_Complaint__c.Status__c. */
export type ComplaintStatus = 'Received' | 'In_Review' | 'Referred' | 'Closed';

/** @apex ComplaintDraft */
export interface ComplaintDraft {
    category: ComplaintCategory;
    description: string;
    groupId: string | null;
    shareIdentity: boolean;
}

/** @apex MyComplaint */
export interface MyComplaint {
    id: string;
    reference: string;
    category: ComplaintCategory;
    status: ComplaintStatus;
    raisedAt: string;
    acknowledgedAt: string | null;
}

/** @apex ComplaintCase */
export interface ComplaintCase {
    id: string;
    reference: string;
    category: ComplaintCategory;
    description: string;
    groupName: string | null;
    status: ComplaintStatus;
    raisedAt: string;
    /** When false, reporterName and reporterOrganisation are null. */
    identityShared: boolean;
    reporterName: string | null;
    reporterOrganisation: string | null;
    officerNote: string | null;
}
