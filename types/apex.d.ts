/**
 * Apex methods as components see them. Each imported method has one module
 * declaration below, typed with the DTOs of types/dto. Convention, relied on by
 * the project checks: the first type argument of ApexMethod is the parameter
 * object, whose keys are exactly the Apex parameter names (Record<string, never>
 * when the method takes none); the second is what the method returns.
 *
 * This file has no top-level import, so its declarations are global.
 */

/** The platform's wire result shape. */
interface ApexWireResult<Result> {
    data?: Result;
    error?: unknown;
}

/** An imported Apex method: callable imperatively, and usable with @wire. */
interface ApexMethod<Params, Result> {
    (params?: Params): Promise<Result>;
    adapter: import('lwc').WireAdapterConstructor<Params, ApexWireResult<Result>>;
}

declare module '@salesforce/apex/TaxonomyController.getFrameworks' {
    import type { StandardFramework } from '@dto/taxonomy';
    const getFrameworks: ApexMethod<Record<string, never>, StandardFramework[]>;
    export default getFrameworks;
}

declare module '@salesforce/apex/TaxonomyController.getVerificationStages' {
    import type { VerificationStage } from '@dto/taxonomy';
    const getVerificationStages: ApexMethod<Record<string, never>, VerificationStage[]>;
    export default getVerificationStages;
}

declare module '@salesforce/apex/AccessController.getAccessState' {
    import type { AccessState } from '@dto/access';
    const getAccessState: ApexMethod<Record<string, never>, AccessState>;
    export default getAccessState;
}

declare module '@salesforce/apex/ColleagueController.getColleagueDirectory' {
    import type { ColleagueDirectory } from '@dto/people';
    const getColleagueDirectory: ApexMethod<Record<string, never>, ColleagueDirectory>;
    export default getColleagueDirectory;
}

declare module '@salesforce/apex/ColleagueController.inviteColleague' {
    import type { ColleagueInvitation, LoginLanguage } from '@dto/people';
    const inviteColleague: ApexMethod<
        { firstName: string; lastName: string; email: string; language: LoginLanguage },
        ColleagueInvitation
    >;
    export default inviteColleague;
}

declare module '@salesforce/apex/ColleagueController.deactivateColleague' {
    const deactivateColleague: ApexMethod<{ userId: string }, void>;
    export default deactivateColleague;
}

declare module '@salesforce/apex/PersonalDataController.exportMyData' {
    import type { PersonalDataExport } from '@dto/privacy';
    const exportMyData: ApexMethod<Record<string, never>, PersonalDataExport>;
    export default exportMyData;
}

declare module '@salesforce/apex/PersonalDataController.requestErasure' {
    import type { ErasureRequest } from '@dto/privacy';
    const requestErasure: ApexMethod<Record<string, never>, ErasureRequest>;
    export default requestErasure;
}

declare module '@salesforce/apex/PersonalDataController.getMyErasureRequest' {
    import type { ErasureRequest } from '@dto/privacy';
    const getMyErasureRequest: ApexMethod<Record<string, never>, ErasureRequest | null>;
    export default getMyErasureRequest;
}

declare module '@salesforce/apex/AllianceAdminController.getInvitationQueue' {
    import type { ColleagueInvitation } from '@dto/people';
    const getInvitationQueue: ApexMethod<Record<string, never>, ColleagueInvitation[]>;
    export default getInvitationQueue;
}

declare module '@salesforce/apex/AllianceAdminController.approveInvitations' {
    const approveInvitations: ApexMethod<{ invitationIds: string[]; note: string }, void>;
    export default approveInvitations;
}

declare module '@salesforce/apex/AllianceAdminController.rejectInvitations' {
    const rejectInvitations: ApexMethod<{ invitationIds: string[]; note: string }, void>;
    export default rejectInvitations;
}

declare module '@salesforce/apex/AllianceAdminController.getErasureQueue' {
    import type { ErasureRequest } from '@dto/privacy';
    const getErasureQueue: ApexMethod<Record<string, never>, ErasureRequest[]>;
    export default getErasureQueue;
}

declare module '@salesforce/apex/AllianceAdminController.completeErasure' {
    const completeErasure: ApexMethod<{ requestId: string }, void>;
    export default completeErasure;
}

declare module '@salesforce/apex' {
    /** Fetches a wired Apex result again; pass the whole value the wire delivered. */
    export function refreshApex(wiredValue: unknown): Promise<void>;
}

declare module '@salesforce/apex/GroupController.getDirectory' {
    import type { GroupDirectoryPage, GroupDirectoryQuery } from '@dto/groups';
    const getDirectory: ApexMethod<{ query: GroupDirectoryQuery }, GroupDirectoryPage>;
    export default getDirectory;
}

declare module '@salesforce/apex/GroupController.getGroup' {
    import type { GroupDetail } from '@dto/groups';
    const getGroup: ApexMethod<{ groupId: string }, GroupDetail>;
    export default getGroup;
}

declare module '@salesforce/apex/GroupController.getMyInvitations' {
    import type { MyGroupInvitation } from '@dto/groups';
    const getMyInvitations: ApexMethod<Record<string, never>, MyGroupInvitation[]>;
    export default getMyInvitations;
}

declare module '@salesforce/apex/GroupController.saveGroup' {
    import type { GroupDraft } from '@dto/groups';
    const saveGroup: ApexMethod<{ draft: GroupDraft }, string>;
    export default saveGroup;
}

declare module '@salesforce/apex/GroupController.joinGroup' {
    import type { MembershipStatus } from '@dto/groups';
    const joinGroup: ApexMethod<{ groupId: string; message: string }, MembershipStatus>;
    export default joinGroup;
}

declare module '@salesforce/apex/GroupController.leaveGroup' {
    const leaveGroup: ApexMethod<{ groupId: string }, void>;
    export default leaveGroup;
}

declare module '@salesforce/apex/GroupController.respondToInvitation' {
    const respondToInvitation: ApexMethod<{ membershipId: string; accept: boolean }, void>;
    export default respondToInvitation;
}

declare module '@salesforce/apex/GroupController.inviteToGroup' {
    const inviteToGroup: ApexMethod<{ groupId: string; userIds: string[] }, number>;
    export default inviteToGroup;
}

declare module '@salesforce/apex/GroupController.searchInvitees' {
    import type { GroupInvitee } from '@dto/groups';
    const searchInvitees: ApexMethod<{ groupId: string; searchText: string }, GroupInvitee[]>;
    export default searchInvitees;
}

declare module '@salesforce/apex/GroupController.decideRequest' {
    const decideRequest: ApexMethod<{ membershipId: string; approve: boolean; message: string }, void>;
    export default decideRequest;
}

declare module '@salesforce/apex/GroupController.removeMember' {
    const removeMember: ApexMethod<{ membershipId: string }, void>;
    export default removeMember;
}

declare module '@salesforce/apex/GroupController.changeRole' {
    import type { GroupRole } from '@dto/groups';
    const changeRole: ApexMethod<{ membershipId: string; role: GroupRole }, void>;
    export default changeRole;
}

declare module '@salesforce/apex/DiscussionController.getMessages' {
    import type { DiscussionPage } from '@dto/discussion';
    const getMessages: ApexMethod<{ groupId: string; before: string | null }, DiscussionPage>;
    export default getMessages;
}

declare module '@salesforce/apex/DiscussionController.getLastChange' {
    const getLastChange: ApexMethod<{ groupId: string }, string | null>;
    export default getLastChange;
}

declare module '@salesforce/apex/DiscussionController.postMessage' {
    const postMessage: ApexMethod<{ groupId: string; parentId: string | null; body: string }, string>;
    export default postMessage;
}

declare module '@salesforce/apex/DiscussionController.editMessage' {
    const editMessage: ApexMethod<{ messageId: string; body: string }, void>;
    export default editMessage;
}

declare module '@salesforce/apex/DiscussionController.deleteMessage' {
    const deleteMessage: ApexMethod<{ messageId: string }, void>;
    export default deleteMessage;
}

declare module '@salesforce/apex/ModerationController.reportContent' {
    import type { ReportRequest } from '@dto/moderation';
    const reportContent: ApexMethod<{ request: ReportRequest }, string>;
    export default reportContent;
}

declare module '@salesforce/apex/ModerationController.getMyReports' {
    import type { MyReport } from '@dto/moderation';
    const getMyReports: ApexMethod<Record<string, never>, MyReport[]>;
    export default getMyReports;
}

declare module '@salesforce/apex/ModerationController.getQueue' {
    import type { ModerationQueue, ReportStatus } from '@dto/moderation';
    const getQueue: ApexMethod<{ status: ReportStatus }, ModerationQueue>;
    export default getQueue;
}

declare module '@salesforce/apex/ModerationController.decideReport' {
    import type { ModerationDecision } from '@dto/moderation';
    const decideReport: ApexMethod<{ reportId: string; decision: ModerationDecision; note: string | null }, void>;
    export default decideReport;
}

declare module '@salesforce/apex/ModerationController.setContentHidden' {
    const setContentHidden: ApexMethod<{ contentId: string; hidden: boolean }, void>;
    export default setContentHidden;
}

declare module '@salesforce/apex/ModerationController.setMessageHidden' {
    const setMessageHidden: ApexMethod<{ messageId: string; hidden: boolean }, void>;
    export default setMessageHidden;
}

declare module '@salesforce/apex/ConductController.getConduct' {
    import type { CodeOfConduct } from '@dto/conduct';
    const getConduct: ApexMethod<Record<string, never>, CodeOfConduct>;
    export default getConduct;
}

declare module '@salesforce/apex/ConductController.acceptConduct' {
    const acceptConduct: ApexMethod<{ version: number }, void>;
    export default acceptConduct;
}

declare module '@salesforce/apex/ComplaintController.raiseComplaint' {
    import type { ComplaintDraft, MyComplaint } from '@dto/complaints';
    const raiseComplaint: ApexMethod<{ draft: ComplaintDraft }, MyComplaint>;
    export default raiseComplaint;
}

declare module '@salesforce/apex/ComplaintController.getMyComplaints' {
    import type { MyComplaint } from '@dto/complaints';
    const getMyComplaints: ApexMethod<Record<string, never>, MyComplaint[]>;
    export default getMyComplaints;
}

declare module '@salesforce/apex/ComplaintController.getCaseload' {
    import type { ComplaintCase } from '@dto/complaints';
    const getCaseload: ApexMethod<{ openOnly: boolean }, ComplaintCase[]>;
    export default getCaseload;
}

declare module '@salesforce/apex/ComplaintController.updateComplaint' {
    import type { ComplaintStatus } from '@dto/complaints';
    const updateComplaint: ApexMethod<{ complaintId: string; status: ComplaintStatus; note: string | null }, void>;
    export default updateComplaint;
}

declare module '@salesforce/apex/GroupFileController.getFiles' {
    import type { GroupFileListing } from '@dto/files';
    const getFiles: ApexMethod<{ groupId: string }, GroupFileListing>;
    export default getFiles;
}

declare module '@salesforce/apex/GroupFileController.attachFiles' {
    const attachFiles: ApexMethod<{ groupId: string; documentIds: string[] }, number>;
    export default attachFiles;
}

declare module '@salesforce/apex/GroupFileController.deleteFile' {
    const deleteFile: ApexMethod<{ fileId: string }, void>;
    export default deleteFile;
}

declare module '@salesforce/apex/GroupFileController.setFileHidden' {
    const setFileHidden: ApexMethod<{ fileId: string; hidden: boolean }, void>;
    export default setFileHidden;
}

declare module '@salesforce/apex/GroupSearchController.searchGroup' {
    import type { GroupSearchResults } from '@dto/search';
    const searchGroup: ApexMethod<{ groupId: string; text: string }, GroupSearchResults>;
    export default searchGroup;
}

declare module '@salesforce/apex/LifecycleController.restoreGroup' {
    const restoreGroup: ApexMethod<{ groupId: string }, void>;
    export default restoreGroup;
}

declare module '@salesforce/apex/LifecycleController.getJobState' {
    import type { DormancyJobState } from '@dto/lifecycle';
    const getJobState: ApexMethod<Record<string, never>, DormancyJobState>;
    export default getJobState;
}

declare module '@salesforce/apex/LifecycleController.scheduleJob' {
    import type { DormancyJobState } from '@dto/lifecycle';
    const scheduleJob: ApexMethod<Record<string, never>, DormancyJobState>;
    export default scheduleJob;
}

declare module '@salesforce/apex/LifecycleController.unscheduleJob' {
    import type { DormancyJobState } from '@dto/lifecycle';
    const unscheduleJob: ApexMethod<Record<string, never>, DormancyJobState>;
    export default unscheduleJob;
}

declare module '@salesforce/apex/LifecycleController.runJobNow' {
    const runJobNow: ApexMethod<Record<string, never>, string>;
    export default runJobNow;
}

declare module '@salesforce/apex/NotificationController.getPreferences' {
    import type { NoticePreference } from '@dto/notifications';
    const getPreferences: ApexMethod<Record<string, never>, NoticePreference[]>;
    export default getPreferences;
}

declare module '@salesforce/apex/NotificationController.savePreference' {
    import type { NoticeDelivery, NoticeType } from '@dto/notifications';
    const savePreference: ApexMethod<{ type: NoticeType; delivery: NoticeDelivery }, void>;
    export default savePreference;
}

declare module '@salesforce/apex/RepositorySubmissionController.getMySubmissions' {
    import type { MySubmission } from '@dto/repository';
    const getMySubmissions: ApexMethod<Record<string, never>, MySubmission[]>;
    export default getMySubmissions;
}

declare module '@salesforce/apex/RepositorySubmissionController.withdrawSubmission' {
    const withdrawSubmission: ApexMethod<{ submissionId: string }, void>;
    export default withdrawSubmission;
}

declare module '@salesforce/apex/RepositorySubmissionController.findSimilar' {
    import type { SimilarItem } from '@dto/repository';
    const findSimilar: ApexMethod<{ title: string | null; documentId: string | null }, SimilarItem[]>;
    export default findSimilar;
}

declare module '@salesforce/apex/RepositorySubmissionController.submitResource' {
    import type { ResourceRequest } from '@dto/repository';
    const submitResource: ApexMethod<{ request: ResourceRequest }, string>;
    export default submitResource;
}

declare module '@salesforce/apex/RepositorySubmissionController.resubmitResource' {
    import type { ResourceRequest } from '@dto/repository';
    const resubmitResource: ApexMethod<{ submissionId: string; request: ResourceRequest }, void>;
    export default resubmitResource;
}

declare module '@salesforce/apex/RepositoryReviewController.getReviewQueue' {
    import type { ReviewQueueItem } from '@dto/repository';
    const getReviewQueue: ApexMethod<Record<string, never>, ReviewQueueItem[]>;
    export default getReviewQueue;
}

declare module '@salesforce/apex/RepositoryReviewController.openForReview' {
    import type { SubmissionReview } from '@dto/repository';
    const openForReview: ApexMethod<{ submissionId: string }, SubmissionReview>;
    export default openForReview;
}

declare module '@salesforce/apex/RepositoryReviewController.decideSubmission' {
    import type { SubmissionReview } from '@dto/repository';
    const decideSubmission: ApexMethod<{ review: SubmissionReview }, string | null>;
    export default decideSubmission;
}

declare module '@salesforce/apex/RepositoryReviewController.retireResource' {
    const retireResource: ApexMethod<{ resourceId: string }, void>;
    export default retireResource;
}

declare module '@salesforce/apex/RepositoryBrowseController.searchResources' {
    import type { ResourceSearchRequest, ResourceSearchResult } from '@dto/repository';
    const searchResources: ApexMethod<{ request: ResourceSearchRequest }, ResourceSearchResult>;
    export default searchResources;
}

declare module '@salesforce/apex/RepositoryBrowseController.getResource' {
    import type { ResourceDetail } from '@dto/repository';
    const getResource: ApexMethod<{ resourceId: string }, ResourceDetail>;
    export default getResource;
}

declare module '@salesforce/apex/RepositoryBrowseController.openResourceFile' {
    const openResourceFile: ApexMethod<{ resourceId: string }, string>;
    export default openResourceFile;
}

declare module '@salesforce/apex/RepositoryBrowseController.rateResource' {
    const rateResource: ApexMethod<{ resourceId: string; stars: number }, void>;
    export default rateResource;
}

declare module '@salesforce/apex/RepositorySubmissionController.getSubmissionRules' {
    import type { SubmissionRules } from '@dto/repository';
    const getSubmissionRules: ApexMethod<Record<string, never>, SubmissionRules>;
    export default getSubmissionRules;
}

declare module '@salesforce/apex/RepositorySubmissionController.getSubmissionDraft' {
    import type { ResourceRequest } from '@dto/repository';
    const getSubmissionDraft: ApexMethod<{ submissionId: string }, ResourceRequest>;
    export default getSubmissionDraft;
}

declare module '@salesforce/apex/InsightsController.getGapMap' {
    import type { FacetSelection } from '@dto/repository';
    import type { GapMap } from '@dto/insights';
    const getGapMap: ApexMethod<{ filters: FacetSelection[] }, GapMap>;
    export default getGapMap;
}

declare module '@salesforce/apex/InsightsController.getEngagement' {
    import type { Engagement } from '@dto/insights';
    const getEngagement: ApexMethod<Record<string, never>, Engagement>;
    export default getEngagement;
}

declare module '@salesforce/apex/OrganisationDirectoryController.searchOrganisations' {
    import type { OrganisationDirectoryFilter, OrganisationDirectoryPage } from '@dto/organisations';
    const searchOrganisations: ApexMethod<{ filter: OrganisationDirectoryFilter }, OrganisationDirectoryPage>;
    export default searchOrganisations;
}

declare module '@salesforce/apex/OrganisationDirectoryController.getOrganisation' {
    import type { OrganisationDetail } from '@dto/organisations';
    const getOrganisation: ApexMethod<{ organisationId: string }, OrganisationDetail>;
    export default getOrganisation;
}

declare module '@salesforce/apex/OrganisationDirectoryController.saveOrganisationProfile' {
    import type { OrganisationProfileDraft } from '@dto/organisations';
    const saveOrganisationProfile: ApexMethod<{ organisationId: string; draft: OrganisationProfileDraft }, void>;
    export default saveOrganisationProfile;
}

declare module '@salesforce/apex/DirectConversationController.startConversation' {
    import type { DirectConversationDraft } from '@dto/conversations';
    const startConversation: ApexMethod<{ draft: DirectConversationDraft }, string>;
    export default startConversation;
}

declare module '@salesforce/apex/DirectConversationController.getMyConversations' {
    import type { MyDirectConversations } from '@dto/conversations';
    const getMyConversations: ApexMethod<Record<string, never>, MyDirectConversations>;
    export default getMyConversations;
}

declare module '@salesforce/apex/DirectConversationController.searchPeople' {
    import type { GroupInvitee } from '@dto/groups';
    const searchPeople: ApexMethod<{ searchText: string }, GroupInvitee[]>;
    export default searchPeople;
}

declare module '@salesforce/apex/DirectConversationController.setContactable' {
    const setContactable: ApexMethod<{ contactable: boolean }, void>;
    export default setContactable;
}
