import { apexIndex } from './apex-index';
import { customPermissionNames, permissionSets, projectObjects } from './metadata-model';

/**
 * Every custom field can be read through at least one permission set, and every
 * reference in a permission set exists. Exempt from FLS, as the platform refuses
 * field permissions for them: required fields and master-detail fields. Custom
 * metadata type fields take no field permissions at all; access to the type is
 * granted with customMetadataTypeAccesses, so that is required instead.
 */
/**
 * Fields that no permission set may grant: only the Apex service that owns them
 * reads them, through a documented gate (decision 0016), and decides what to
 * reveal. Each names the decision that documents the gate; decision 0038 says why
 * "read only by Apex" counts as read.
 */
const SUBMISSION_REVIEW =
    'the review queue and My Submissions read the intake through the repository services (decisions 0019, 0020)';
const RATERS = 'who rated is read only by RepositoryResourceService: one rating per member (decision 0021)';
export const SERVICE_ONLY_FIELDS = new Map([
    ['sensitive_complaint__c.reporter__c', 'the reporter reaches focal points only with consent (decision 0014)'],
    ['exchange_message__c.body__c', 'message text only through the audited services (decision 0031)'],
    [
        'account.exchange_languages__c',
        'the directory reads it, organisation admins edit it, through OrganisationService (decision 0023)'
    ],
    [
        'account.exchange_profile__c',
        'the directory reads it, organisation admins edit it, through OrganisationService (decision 0023)'
    ],
    [
        'exchange_message__c.account__c',
        "the author's organisation, kept by DiscussionService when a message is posted (decision 0011)"
    ],
    ['contact.exchange_contactable__c', 'the contact switch, through DirectConversationService (decision 0024)'],
    [
        'repository_resource__c.content_document_id__c',
        'the file opens through RepositoryResourceService, which counts the download (decision 0021)'
    ],
    [
        'repository_resource__c.submission__c',
        'publishing links the submission, in RepositoryReviewService (decision 0020)'
    ],
    ['resource_rating__c.rated_by__c', RATERS],
    ['resource_rating__c.resource_and_rater__c', RATERS],
    ['resource_submission__c.content_document_id__c', SUBMISSION_REVIEW],
    ['resource_submission__c.external_reference__c', SUBMISSION_REVIEW],
    ['resource_submission__c.file_checksum__c', SUBMISSION_REVIEW],
    ['resource_submission__c.moderator_message__c', SUBMISSION_REVIEW],
    ['resource_submission__c.proposed_stage__c', SUBMISSION_REVIEW],
    ['resource_submission__c.proposed_tags__c', SUBMISSION_REVIEW],
    ['resource_submission__c.submitted_by__c', SUBMISSION_REVIEW],
    ['resource_submission__c.summary__c', SUBMISSION_REVIEW]
]);

/**
 * Objects that no permission set may grant at all, neither the object nor any of
 * its fields: only Apex reads them, through the gate the decision names. Their
 * fields need no reader. A complaint's Owner, Created By and history would
 * otherwise be one list view or API query away (decision 0028), and whoever may
 * read its filing event could subscribe and learn who published it; the others
 * hold what the services decide to show, person by person (decision 0038).
 */
export const SERVICE_ONLY_OBJECTS = new Map([
    ['sensitive_complaint__c', 'the safeguarding caseload, through ComplaintService (decisions 0014, 0028)'],
    ['sensitive_complaint_filed__e', 'its trigger files the complaint (decision 0028)'],
    ['colleague_invitation__c', 'Exchange Colleagues and the admin queue, through ColleagueService (decision 0008)'],
    ['conduct_acceptance__c', 'ConductService asks for the code of conduct (decision 0013)'],
    ['exchange_membership__c', 'ExchangeAccess and the group services decide from it (decisions 0010, 0030)'],
    ['exchange_report__c', 'the moderation queue and My Reports, through ModerationService (decision 0012)'],
    ['group_file__c', 'group files follow membership, through GroupFileService (decisions 0015, 0033)'],
    ['exchange_notification__c', 'notices and their delivery, through NotificationService (decision 0018)'],
    ['notification_preference__c', 'Exchange Notification Preferences, through NotificationService (decision 0018)'],
    ['personal_data_request__c', 'My Data and the admin queue, through PersonalDataService (decision 0009)']
]);

/**
 * Platform event fields take no field-level security (every field is in every
 * message), so they need no field permission:
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_considerations.htm
 */
function isPlatformEvent(objectName: string): boolean {
    return objectName.toLowerCase().endsWith('__e');
}

export function checkPermissions(): string[] {
    const objects = projectObjects();
    const sets = permissionSets();
    const problems: string[] = [];
    const readable = new Set(sets.flatMap((set) => [...set.readableFields]));
    const grantedTypes = new Set(sets.flatMap((set) => set.metadataTypeReferences.map((name) => name.toLowerCase())));

    for (const object of objects.values()) {
        if (object.name.endsWith('__mdt')) {
            if (!grantedTypes.has(object.name.toLowerCase())) {
                problems.push(`objects/${object.name}: no permission set grants access to this custom metadata type`);
            }
            continue;
        }
        if (SERVICE_ONLY_OBJECTS.has(object.name.toLowerCase()) || isPlatformEvent(object.name)) {
            continue;
        }
        for (const field of object.fields.values()) {
            const key = `${object.name}.${field.name}`.toLowerCase();
            if (SERVICE_ONLY_FIELDS.has(key)) {
                continue;
            }
            const exempt = field.required || field.type === 'MasterDetail';
            if (!exempt && !readable.has(key)) {
                problems.push(`${field.file}: no permission set makes ${object.name}.${field.name} readable`);
            }
        }
    }

    const classes = apexIndex().classes;
    const permissions = customPermissionNames();
    for (const set of sets) {
        for (const reference of set.fieldReferences) {
            if (SERVICE_ONLY_FIELDS.has(reference.toLowerCase())) {
                problems.push(
                    `${set.file}: ${reference} is read only through its service and must not be granted: ${SERVICE_ONLY_FIELDS.get(reference.toLowerCase())}`
                );
            }
            const [objectName = '', fieldName = ''] = reference.split('.');
            if (SERVICE_ONLY_OBJECTS.has(objectName.toLowerCase())) {
                problems.push(
                    `${set.file}: ${objectName} is read only through its service and must not be granted: ${SERVICE_ONLY_OBJECTS.get(objectName.toLowerCase())}`
                );
            }
            const object = objects.get(objectName.toLowerCase());
            if (object && !object.fields.has(fieldName.toLowerCase())) {
                problems.push(`${set.file}: field ${reference} does not exist`);
            }
            if (!object && objectName.endsWith('__c')) {
                problems.push(`${set.file}: object of ${reference} does not exist`);
            }
        }
        for (const objectName of set.objectReferences.filter((name) => SERVICE_ONLY_OBJECTS.has(name.toLowerCase()))) {
            problems.push(
                `${set.file}: ${objectName} is read only through its service and must not be granted: ${SERVICE_ONLY_OBJECTS.get(objectName.toLowerCase())}`
            );
        }
        for (const objectName of set.objectReferences.filter((name) => name.endsWith('__c'))) {
            if (!objects.has(objectName.toLowerCase())) {
                problems.push(`${set.file}: object ${objectName} does not exist`);
            }
        }
        for (const className of set.classReferences) {
            if (!classes.has(className.toLowerCase())) {
                problems.push(`${set.file}: Apex class ${className} does not exist`);
            }
        }
        for (const typeName of set.metadataTypeReferences) {
            if (!objects.has(typeName.toLowerCase())) {
                problems.push(`${set.file}: custom metadata type ${typeName} does not exist`);
            }
        }
        for (const permission of set.customPermissionReferences) {
            if (!permissions.has(permission)) {
                problems.push(`${set.file}: custom permission ${permission} does not exist`);
            }
        }
    }
    return problems;
}
