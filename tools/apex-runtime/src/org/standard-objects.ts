import { auditFields, fieldDef, fieldMap, lookup, ownerField, picklist, systemField } from './fields';
import type { FieldDef, ObjectDef } from './schema';

/**
 * The standard objects the project's Apex reads or writes, each with only the fields it uses.
 * Key prefixes and fields follow the Object Reference page of each object
 * (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_<name>.htm);
 * a field the code uses that is missing here fails the query or the DML as an unknown field.
 */

interface StandardObject {
    readonly apiName: string;
    readonly keyPrefix: string;
    readonly owned: boolean;
    /** Its Object Reference page, under the address above. */
    readonly page: string;
    readonly fields: readonly FieldDef[];
}

const text = (apiName: string, length: number, required = false): FieldDef =>
    fieldDef(apiName, 'Text', { length, required });

/** Name of User and Contact: compound, read-only, `FirstName LastName`. */
const compoundName = (): FieldDef => systemField('Name', 'Text', { length: 121 });

const STANDARD_OBJECTS: readonly StandardObject[] = [
    {
        apiName: 'User',
        keyPrefix: '005',
        owned: false,
        page: 'sforce_api_objects_user.htm',
        fields: [
            text('Username', 80, true),
            text('FirstName', 40),
            text('LastName', 80, true),
            compoundName(),
            fieldDef('Email', 'Email', { length: 128, required: true }),
            text('Alias', 8, true),
            text('CommunityNickname', 40),
            fieldDef('IsActive', 'Checkbox', { defaultValue: 'true' }),
            text('LanguageLocaleKey', 40, true),
            text('LocaleSidKey', 40, true),
            text('TimeZoneSidKey', 40, true),
            text('EmailEncodingKey', 40, true),
            lookup('ProfileId', ['Profile'], { required: true }),
            lookup('UserRoleId', ['UserRole']),
            lookup('ContactId', ['Contact']),
            // AccountId: the account of the portal user's contact, read-only (User, Object Reference).
            systemField('AccountId', 'Lookup', { referenceTo: ['Account'], relationshipName: 'Account' }),
            lookup('ManagerId', ['User'], { relationshipName: 'Manager' }),
            systemField('LastLoginDate', 'DateTime')
        ]
    },
    {
        apiName: 'Profile',
        keyPrefix: '00e',
        owned: false,
        page: 'sforce_api_objects_profile.htm',
        fields: [
            text('Name', 255, true),
            lookup('UserLicenseId', ['UserLicense']),
            systemField('UserType', 'Text', { length: 40 })
        ]
    },
    {
        apiName: 'UserLicense',
        keyPrefix: '100',
        owned: false,
        page: 'sforce_api_objects_userlicense.htm',
        fields: [
            systemField('Name', 'Text', { length: 40 }),
            systemField('TotalLicenses', 'Number', { precision: 9, scale: 0 }),
            systemField('UsedLicenses', 'Number', { precision: 9, scale: 0 })
        ]
    },
    {
        apiName: 'UserRole',
        keyPrefix: '00E',
        owned: false,
        page: 'sforce_api_objects_userrole.htm',
        fields: [
            text('Name', 80, true),
            text('DeveloperName', 80),
            lookup('ParentRoleId', ['UserRole'], { relationshipName: 'ParentRole' }),
            fieldDef('PortalType', 'Picklist', { length: 40 })
        ]
    },
    {
        apiName: 'Account',
        keyPrefix: '001',
        owned: true,
        page: 'sforce_api_objects_account.htm',
        fields: [
            text('Name', 255, true),
            fieldDef('Type', 'Picklist', { length: 255 }),
            text('BillingCountryCode', 10),
            lookup('ParentId', ['Account'], { relationshipName: 'Parent', childRelationshipName: 'ChildAccounts' })
        ]
    },
    {
        apiName: 'Contact',
        keyPrefix: '003',
        owned: true,
        page: 'sforce_api_objects_contact.htm',
        fields: [
            text('FirstName', 40),
            text('LastName', 80, true),
            compoundName(),
            fieldDef('Email', 'Email', { length: 80 }),
            lookup('AccountId', ['Account'], { childRelationshipName: 'Contacts' })
        ]
    },
    {
        apiName: 'PermissionSet',
        keyPrefix: '0PS',
        owned: false,
        page: 'sforce_api_objects_permissionset.htm',
        fields: [
            text('Name', 80, true),
            text('Label', 80, true),
            systemField('IsOwnedByProfile', 'Checkbox'),
            // The profile that owns the set, null for a set of its own.
            systemField('ProfileId', 'Lookup', { referenceTo: ['Profile'], relationshipName: 'Profile' }),
            // One Permissions<Name> field per system permission; the project reads only this one.
            systemField('PermissionsCustomizeApplication', 'Checkbox')
        ]
    },
    {
        apiName: 'PermissionSetAssignment',
        keyPrefix: '0Pa',
        owned: false,
        page: 'sforce_api_objects_permissionsetassignment.htm',
        fields: [
            lookup('AssigneeId', ['User'], { required: true, updateable: false }),
            lookup('PermissionSetId', ['PermissionSet'], {
                required: true,
                updateable: false,
                childRelationshipName: 'Assignments'
            })
        ]
    },
    {
        apiName: 'Group',
        keyPrefix: '00G',
        owned: true,
        page: 'sforce_api_objects_group.htm',
        fields: [text('Name', 40, true), text('DeveloperName', 80), fieldDef('Type', 'Picklist', { length: 40 })]
    },
    {
        apiName: 'GroupMember',
        keyPrefix: '011',
        owned: false,
        page: 'sforce_api_objects_groupmember.htm',
        fields: [
            lookup('GroupId', ['Group'], { required: true, childRelationshipName: 'GroupMembers' }),
            lookup('UserOrGroupId', ['User', 'Group'], { required: true, relationshipName: null })
        ]
    },
    {
        apiName: 'ContentVersion',
        keyPrefix: '068',
        owned: true,
        page: 'sforce_api_objects_contentversion.htm',
        fields: [
            text('Title', 255),
            text('PathOnClient', 500),
            fieldDef('VersionData', 'Base64'),
            lookup('ContentDocumentId', ['ContentDocument'], { childRelationshipName: 'ContentVersions' }),
            lookup('FirstPublishLocationId', ['User', 'Group', 'Account', 'Contact'], {
                relationshipName: 'FirstPublishLocation',
                updateable: false
            }),
            fieldDef('ContentLocation', 'Picklist', { length: 40, picklist: picklist(['S', 'E', 'L'], true) }),
            systemField('IsLatest', 'Checkbox'),
            systemField('Checksum', 'Text', { length: 50 }),
            systemField('FileExtension', 'Text', { length: 40 }),
            systemField('ContentSize', 'Number', { precision: 9, scale: 0 }),
            systemField('VersionNumber', 'Text', { length: 20 }),
            // Set on create only, the site the file was uploaded in.
            lookup('NetworkId', ['Network'], { relationshipName: 'Network', updateable: false })
        ]
    },
    {
        apiName: 'ContentDocument',
        keyPrefix: '069',
        owned: true,
        page: 'sforce_api_objects_contentdocument.htm',
        fields: [
            text('Title', 255),
            systemField('FileExtension', 'Text', { length: 40 }),
            systemField('ContentSize', 'Number', { precision: 9, scale: 0 }),
            systemField('LatestPublishedVersionId', 'Lookup', {
                referenceTo: ['ContentVersion'],
                relationshipName: 'LatestPublishedVersion'
            })
        ]
    },
    {
        apiName: 'ContentDocumentLink',
        keyPrefix: '06A',
        owned: false,
        page: 'sforce_api_objects_contentdocumentlink.htm',
        fields: [
            lookup('ContentDocumentId', ['ContentDocument'], {
                required: true,
                updateable: false,
                childRelationshipName: 'ContentDocumentLinks'
            }),
            // Polymorphic: the project links files to users, accounts, contacts and its own records;
            // the custom objects are added when the project's schema loads.
            lookup('LinkedEntityId', ['User', 'Group', 'Account', 'Contact'], {
                required: true,
                updateable: false,
                relationshipName: 'LinkedEntity'
            }),
            fieldDef('ShareType', 'Picklist', { length: 40, picklist: picklist(['V', 'C', 'I'], true) }),
            fieldDef('Visibility', 'Picklist', {
                length: 40,
                picklist: picklist(['AllUsers', 'InternalUsers', 'SharedUsers'], true)
            })
        ]
    },
    {
        apiName: 'ApexClass',
        keyPrefix: '01p',
        owned: false,
        page: 'sforce_api_objects_apexclass.htm',
        fields: [systemField('Name', 'Text', { length: 255 })]
    },
    {
        apiName: 'AsyncApexJob',
        keyPrefix: '707',
        owned: false,
        page: 'sforce_api_objects_asyncapexjob.htm',
        fields: [
            systemField('ApexClassId', 'Lookup', { referenceTo: ['ApexClass'], relationshipName: 'ApexClass' }),
            systemField('JobType', 'Picklist', { length: 40 }),
            systemField('Status', 'Picklist', { length: 40 }),
            systemField('CompletedDate', 'DateTime')
        ]
    },
    {
        apiName: 'CronJobDetail',
        keyPrefix: '08a',
        owned: false,
        page: 'sforce_api_objects_cronjobdetail.htm',
        fields: [systemField('Name', 'Text', { length: 255 }), systemField('JobType', 'Picklist', { length: 40 })]
    },
    {
        apiName: 'CronTrigger',
        keyPrefix: '08e',
        owned: true,
        page: 'sforce_api_objects_crontrigger.htm',
        fields: [
            systemField('CronJobDetailId', 'Lookup', {
                referenceTo: ['CronJobDetail'],
                relationshipName: 'CronJobDetail'
            }),
            systemField('CronExpression', 'Text', { length: 255 }),
            systemField('NextFireTime', 'DateTime'),
            systemField('State', 'Picklist', { length: 40 })
        ]
    },
    {
        apiName: 'CustomNotificationType',
        keyPrefix: '0ML',
        owned: false,
        page: 'sforce_api_objects_customnotificationtype.htm',
        fields: [
            systemField('DeveloperName', 'Text', { length: 80 }),
            systemField('CustomNotifTypeName', 'Text', { length: 80 })
        ]
    },
    {
        apiName: 'Network',
        keyPrefix: '0DB',
        owned: false,
        page: 'sforce_api_objects_network.htm',
        fields: [systemField('Name', 'Text', { length: 255 }), systemField('UrlPathPrefix', 'Text', { length: 255 })]
    },
    {
        apiName: 'OrgWideEmailAddress',
        keyPrefix: '0D2',
        owned: false,
        page: 'sforce_api_objects_orgwideemailaddress.htm',
        fields: [
            fieldDef('Address', 'Email', { length: 270 }),
            fieldDef('DisplayName', 'Text', { length: 300 }),
            fieldDef('IsAllowAllProfiles', 'Checkbox', { defaultValue: 'false' })
        ]
    }
];

export function standardObjects(): ObjectDef[] {
    return STANDARD_OBJECTS.map((object) => ({
        apiName: object.apiName,
        kind: 'standard',
        keyPrefix: object.keyPrefix,
        sharingModel: null,
        externalSharingModel: null,
        fields: fieldMap([...auditFields(), ...(object.owned ? [ownerField()] : []), ...object.fields]),
        childRelationships: new Map()
    }));
}

/**
 * DML the platform refuses on a standard object, from the Supported Calls of its Object Reference
 * page: users are never deleted (deactivated instead), and the licence and job objects are
 * read-only.
 */
const REFUSED_DML: Readonly<Record<string, readonly string[]>> = {
    user: ['delete', 'undelete'],
    userlicense: ['insert', 'update', 'upsert', 'delete', 'undelete'],
    asyncapexjob: ['insert', 'update', 'upsert', 'delete', 'undelete'],
    cronjobdetail: ['insert', 'update', 'upsert', 'delete', 'undelete']
};

export function refusesDml(objectType: string, operation: string): boolean {
    return REFUSED_DML[objectType.toLowerCase()]?.includes(operation) ?? false;
}
