/**
 * The closed sets of strings that cross the Apex-LWC boundary, by the name
 * components know them by, each with the one place its values are declared.
 * An Apex field, parameter or return value says which set it carries with
 * `@values <Name>` in its ApexDoc (decision 0027); the generator reads the
 * values from the source named here, so a new picklist value, enum constant
 * or map key reaches the TypeScript unions without a hand edit.
 */
export type EnumerationSource =
    /** Values of a picklist field (or the global value set it uses), as Object__c.Field__c. */
    | { picklist: string }
    /** Constants of an Apex enum, as Class.Enum; what name() answers is what is sent. */
    | { apexEnum: string }
    /** Keys of constant Apex maps, as Class.FIELD: the code looks a value up there, so the keys are the set. */
    | { mapKeys: string[] };

export const ENUMERATIONS: Record<string, EnumerationSource> = {
    AccessStanding: { apexEnum: 'ExchangeAccess.Standing' },
    ExchangeErrorCode: { apexEnum: 'ExchangeException.Code' },
    ComplaintCategory: { picklist: 'Sensitive_Complaint__c.Category__c' },
    ComplaintStatus: { picklist: 'Sensitive_Complaint__c.Status__c' },
    GroupKind: { picklist: 'Exchange_Group__c.Kind__c' },
    GroupLanguage: { picklist: 'Exchange_Group__c.Language__c' },
    GroupScope: { picklist: 'Exchange_Group__c.Scope__c' },
    GroupRegion: { picklist: 'Exchange_Group__c.Region__c' },
    GroupPrivacy: { picklist: 'Exchange_Group__c.Privacy__c' },
    GroupStatus: { picklist: 'Exchange_Group__c.Status__c' },
    GroupRole: { picklist: 'Exchange_Membership__c.Role__c' },
    MembershipStatus: { picklist: 'Exchange_Membership__c.Status__c' },
    DirectorySort: { mapKeys: ['GroupSelector.ORDER_BY_SORT'] },
    ReportTargetKind: { picklist: 'Exchange_Report__c.Target_Kind__c' },
    ReportReason: { picklist: 'Exchange_Report__c.Reason__c' },
    ReportStatus: { picklist: 'Exchange_Report__c.Status__c' },
    ModerationDecision: { picklist: 'Exchange_Report__c.Outcome__c' },
    NoticeType: { picklist: 'Notification_Preference__c.Type__c' },
    NoticeDelivery: { picklist: 'Notification_Preference__c.Delivery__c' },
    InvitationStatus: { picklist: 'Colleague_Invitation__c.Status__c' },
    LoginLanguage: { picklist: 'Colleague_Invitation__c.Language__c' },
    ErasureStatus: { picklist: 'Personal_Data_Request__c.Status__c' },
    SubmissionStatus: { picklist: 'Resource_Submission__c.Status__c' },
    SubmissionSource: { picklist: 'Resource_Submission__c.Source__c' },
    ResourceType: { picklist: 'Resource_Submission__c.Resource_Type__c' },
    ResourceStatus: { picklist: 'Repository_Resource__c.Status__c' },
    ReviewDecision: { mapKeys: ['RepositoryReviewService.STATUS_BY_DECISION'] },
    FacetName: { mapKeys: ['RepositoryCriteria.FIELD_BY_FACET', 'RepositoryCriteria.KINDS_BY_FACET'] },
    ResourceSort: { mapKeys: ['RepositorySearchService.ORDER_BY_SORT'] },
    ElementKind: { picklist: 'Standard_Element__mdt.Kind__c' },
    WorkingLanguage: { picklist: 'Account.Exchange_Languages__c' }
};
