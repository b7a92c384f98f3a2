/**
 * Shapes exchanged with the repository controllers. Each interface names the Apex
 * class it mirrors with `@apex`.
 */

/** Values of Resource_Submission__c.Status__c. */
export type SubmissionStatus = 'Submitted' | 'In_Review' | 'Changes_Requested' | 'Published' | 'Rejected' | 'Withdrawn';

/** @apex RepositoryViews.MySubmission */
export interface MySubmission {
    id: string;
    name: string;
    title: string | null;
    status: SubmissionStatus;
    /** What to change, or why it was rejected. */
    moderatorMessage: string | null;
    submittedAt: string;
}
