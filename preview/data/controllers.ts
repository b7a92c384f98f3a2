import taxonomy from 'preview:taxonomy';
import { accessState, requireAccess } from './access';
import * as complaints from './complaints';
import * as conduct from './conduct';
import * as conversations from './conversations';
import * as discussion from './discussion';
import * as files from './files';
import * as groups from './groups';
import * as insights from './insights';
import * as lifecycle from './lifecycle';
import * as moderation from './moderation';
import * as notifications from './notifications';
import * as organisations from './organisations';
import * as people from './people';
import * as repository from './repository';
import * as search from './search';
import * as taxonomyTexts from './taxonomyTexts';

/**
 * In-memory stand-ins for the Apex controllers, one function per
 * `Class.method`, answering with the same DTOs. They imitate the access rules
 * only so each persona sees what it would see; the real rules live in Apex.
 */
export type ControllerMethod = (params: Record<string, unknown>) => unknown;

/**
 * What a stand-in must accept and answer: the generated declaration of the Apex
 * method (types/apex.d.ts), so tsc fails when the preview and Apex disagree on a
 * field or a value, and when a method has no stand-in.
 */
type StandIn<Name extends keyof ApexMethods> = (params: ApexParams<ApexMethods[Name]>) => ApexResult<ApexMethods[Name]>;

const STAND_INS: { [Name in keyof ApexMethods]: StandIn<Name> } = {
    'TaxonomyController.getFrameworks': () => {
        requireAccess();
        return taxonomy.frameworks;
    },
    'TaxonomyController.getVerificationStages': () => {
        requireAccess();
        return taxonomy.stages;
    },
    'TaxonomyTextImportController.getImportCodes': taxonomyTexts.getImportCodes,
    'TaxonomyTextImportController.loadTexts': taxonomyTexts.loadTexts,
    'TaxonomyTextImportController.getLoadOutcome': taxonomyTexts.getLoadOutcome,
    'AccessController.getAccessState': accessState,
    'ColleagueController.getColleagueDirectory': people.colleagueDirectory,
    'ColleagueController.inviteColleague': people.inviteColleague,
    'ColleagueController.deactivateColleague': people.deactivateColleague,
    'PersonalDataController.exportMyData': people.exportMyData,
    'PersonalDataController.requestErasure': people.requestErasure,
    'PersonalDataController.getMyErasureRequest': people.myErasureRequest,
    'AllianceAdminController.getDecisionLimits': people.decisionLimits,
    'AllianceAdminController.getInvitationQueue': people.invitationQueue,
    'AllianceAdminController.approveInvitations': people.approveInvitations,
    'AllianceAdminController.rejectInvitations': people.rejectInvitations,
    'AllianceAdminController.getErasureQueue': people.erasureQueue,
    'AllianceAdminController.completeErasure': people.completeErasure,
    'GroupController.getDirectory': groups.directory,
    'GroupController.getDirectoryFacets': groups.directoryFacets,
    'GroupController.getGroup': groups.groupDetail,
    'GroupController.getMyInvitations': groups.myInvitations,
    'GroupController.getDraftLimits': groups.draftLimits,
    'GroupController.saveGroup': groups.saveGroup,
    'GroupController.joinGroup': groups.joinGroup,
    'GroupController.leaveGroup': groups.leaveGroup,
    'GroupController.withdrawRequest': groups.withdrawRequest,
    'GroupController.respondToInvitation': groups.respondToInvitation,
    'GroupController.inviteToGroup': groups.inviteToGroup,
    'GroupController.searchInvitees': groups.searchInvitees,
    'GroupController.decideRequest': groups.decideRequest,
    'GroupController.removeMember': groups.removeMember,
    'GroupController.changeRole': groups.changeRole,
    'DiscussionController.getMessages': discussion.getMessages,
    'DiscussionController.getLastChange': discussion.getLastChange,
    'DiscussionController.postMessage': discussion.postMessage,
    'DiscussionController.editMessage': discussion.editMessage,
    'DiscussionController.deleteMessage': discussion.deleteMessage,
    'ModerationController.reportContent': moderation.reportContent,
    'ModerationController.getReportLimits': moderation.reportLimits,
    'ModerationController.getMyReports': moderation.getMyReports,
    'ModerationController.getQueue': moderation.getQueue,
    'ModerationController.decideReport': moderation.decideReport,
    'ModerationController.setMessageHidden': moderation.setMessageHidden,
    'ConductController.getConduct': conduct.getConduct,
    'ConductController.acceptConduct': conduct.acceptConduct,
    'ComplaintController.raiseComplaint': complaints.raiseComplaint,
    'ComplaintController.getDraftLimits': complaints.draftLimits,
    'ComplaintController.getMyComplaints': complaints.getMyComplaints,
    'ComplaintController.getCaseload': complaints.getCaseload,
    'ComplaintController.updateComplaint': complaints.updateComplaint,
    'GroupFileController.getFiles': files.getFiles,
    'GroupFileController.attachFiles': files.attachFiles,
    'GroupFileController.deleteFile': files.deleteFile,
    'GroupFileController.setFileHidden': files.setFileHidden,
    'ModerationController.setContentHidden': moderation.setContentHidden,
    'GroupSearchController.searchGroup': search.searchGroup,
    'LifecycleController.restoreGroup': groups.restoreGroup,
    'LifecycleController.getJobState': lifecycle.getJobState,
    'LifecycleController.scheduleJob': lifecycle.scheduleJob,
    'LifecycleController.unscheduleJob': lifecycle.unscheduleJob,
    'LifecycleController.runJobNow': lifecycle.runJobNow,
    'NotificationController.getPreferences': notifications.getPreferences,
    'NotificationController.savePreference': notifications.savePreference,
    'RepositorySubmissionController.getMySubmissions': repository.getMySubmissions,
    'RepositorySubmissionController.withdrawSubmission': repository.withdrawSubmission,
    'RepositorySubmissionController.getSubmissionRules': repository.getSubmissionRules,
    'RepositorySubmissionController.findSimilar': repository.findSimilar,
    'RepositorySubmissionController.submitResource': repository.submitResource,
    'RepositorySubmissionController.getSubmissionDraft': repository.getSubmissionDraft,
    'RepositorySubmissionController.resubmitResource': repository.resubmitResource,
    'RepositoryReviewController.getReviewQueue': repository.getReviewQueue,
    'RepositoryReviewController.openForReview': repository.openForReview,
    'RepositoryReviewController.decideSubmission': repository.decideSubmission,
    'RepositoryReviewController.retireResource': repository.retireResource,
    'RepositoryBrowseController.searchResources': repository.searchResources,
    'RepositoryBrowseController.getResource': repository.getResource,
    'RepositoryBrowseController.openResourceFile': repository.openResourceFile,
    'RepositoryBrowseController.rateResource': repository.rateResource,
    'InsightsController.getGapMap': repository.getGapMap,
    'InsightsController.getEngagement': insights.getEngagement,
    'OrganisationDirectoryController.searchOrganisations': organisations.searchOrganisations,
    'OrganisationDirectoryController.getDirectoryFacets': organisations.organisationFacets,
    'OrganisationDirectoryController.getOrganisation': organisations.getOrganisation,
    'OrganisationDirectoryController.saveOrganisationProfile': organisations.saveOrganisationProfile,
    'DirectConversationController.startConversation': conversations.startConversation,
    'DirectConversationController.getDraftLimits': conversations.getDraftLimits,
    'DirectConversationController.getMyConversations': conversations.getMyConversations,
    'DirectConversationController.searchPeople': conversations.searchPeople,
    'DirectConversationController.setContactable': conversations.setContactable
};

/** The stand-in for `Class.method`, for the runtime, which only knows the imported name. */
export function standInFor(name: string): ControllerMethod | undefined {
    return name in STAND_INS ? (STAND_INS[name as keyof ApexMethods] as ControllerMethod) : undefined;
}
