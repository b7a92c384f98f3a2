import type { ComplaintCategory, ComplaintStatus } from '@dto/enumerations';
import { labelIn, optionsOf, type Option } from 'c/labelFormat';
import LABEL_ABUSE_OF_POWER from '@salesforce/label/c.Complaint_Category_Abuse_Of_Power';
import LABEL_CLOSED from '@salesforce/label/c.Complaint_Status_Closed';
import LABEL_FRAUD from '@salesforce/label/c.Complaint_Category_Fraud';
import LABEL_IN_REVIEW from '@salesforce/label/c.Complaint_Status_In_Review';
import LABEL_OTHER from '@salesforce/label/c.Complaint_Category_Other_Safeguarding';
import LABEL_RECEIVED from '@salesforce/label/c.Complaint_Status_Received';
import LABEL_REFERRED from '@salesforce/label/c.Complaint_Status_Referred';
import LABEL_SEA from '@salesforce/label/c.Complaint_Category_Sexual_Exploitation_Abuse';

const CATEGORIES: Record<ComplaintCategory, string> = {
    Fraud: LABEL_FRAUD,
    Abuse_Of_Power: LABEL_ABUSE_OF_POWER,
    Sexual_Exploitation_Abuse: LABEL_SEA,
    Other_Safeguarding: LABEL_OTHER
};

const STATUSES: Record<ComplaintStatus, string> = {
    Received: LABEL_RECEIVED,
    In_Review: LABEL_IN_REVIEW,
    Referred: LABEL_REFERRED,
    Closed: LABEL_CLOSED
};

/** @returns the categories a person may choose, in the form's order */
export function categoryOptions(): Option<ComplaintCategory>[] {
    return optionsOf(CATEGORIES);
}

/** @returns the statuses a focal point may set, in the order a complaint moves through them */
export function complaintStatusOptions(): Option<ComplaintStatus>[] {
    return optionsOf(STATUSES);
}

/** @returns the translated category, or the value itself for one added since */
export function categoryLabel(category: string): string {
    return labelIn(CATEGORIES, category);
}

/** @returns the translated status, or the value itself for one added since */
export function complaintStatusLabel(status: string): string {
    return labelIn(STATUSES, status);
}
