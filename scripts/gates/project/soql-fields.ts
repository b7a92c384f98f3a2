import { apexIndex } from './apex-index';
import { projectObjects } from './metadata-model';

/** Standard fields every custom object has. */
const CUSTOM_OBJECT_FIELDS = [
    'Id',
    'Name',
    'OwnerId',
    'IsDeleted',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp',
    'LastActivityDate',
    'LastViewedDate',
    'LastReferencedDate'
];
/** Standard lookups every custom object has, by relationship name. */
const CUSTOM_OBJECT_LOOKUPS: Record<string, string> = { CreatedBy: 'User', LastModifiedBy: 'User' };
/** Standard fields of custom metadata types. */
const METADATA_TYPE_FIELDS = [
    'Id',
    'DeveloperName',
    'MasterLabel',
    'Label',
    'QualifiedApiName',
    'NamespacePrefix',
    'Language'
];
/**
 * Standard objects the code queries, with only the fields it uses: an unknown
 * object or field fails, so each addition is looked up and reviewed here.
 */
const STANDARD_OBJECTS: Record<string, string[]> = {
    Account: ['Id', 'Name', 'OwnerId', 'BillingCountry', 'BillingCountryCode', 'Type'],
    Contact: ['Id', 'Name', 'FirstName', 'LastName', 'Email', 'AccountId'],
    User: [
        'Id',
        'Name',
        'FirstName',
        'LastName',
        'Email',
        'Username',
        'IsActive',
        'ContactId',
        'AccountId',
        'LanguageLocaleKey',
        'LastLoginDate',
        'UserType'
    ],
    Profile: ['Id', 'Name', 'UserType', 'UserLicenseId'],
    UserLicense: ['Id', 'Name', 'TotalLicenses', 'UsedLicenses'],
    /** Permissions<Name> booleans, one per user permission (field reference, PermissionSet). */
    PermissionSet: ['Id', 'Name', 'Label', 'PermissionsCustomizeApplication'],
    PermissionSetAssignment: ['Id', 'AssigneeId', 'PermissionSetId'],
    CronTrigger: ['Id', 'CronExpression', 'State', 'NextFireTime', 'CronJobDetailId'],
    CronJobDetail: ['Id', 'Name', 'JobType'],
    /** Queues are groups of type Queue. */
    Group: ['Id', 'DeveloperName', 'Type'],
    AsyncApexJob: ['Id', 'JobType', 'Status', 'ApexClassId', 'CompletedDate', 'CreatedDate'],
    ApexClass: ['Id', 'Name'],
    ContentDocument: ['Id', 'Title', 'FileExtension', 'ContentSize', 'OwnerId', 'LatestPublishedVersionId'],
    ContentDocumentLink: ['Id', 'ContentDocumentId', 'LinkedEntityId', 'ShareType', 'Visibility'],
    CustomNotificationType: ['Id', 'DeveloperName', 'CustomNotifTypeName'],
    ContentVersion: [
        'Id',
        'ContentDocumentId',
        'Title',
        'PathOnClient',
        'VersionData',
        'Checksum',
        'IsLatest',
        'NetworkId',
        'OwnerId'
    ],
    /** An Experience Cloud site. */
    Network: ['Id', 'Name'],
    /** Fields in the object reference: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_orgwideemailaddress.htm */
    OrgWideEmailAddress: ['Id', 'Address', 'DisplayName', 'IsAllowAllProfiles'],
    /** The polymorphic target of a lookup such as ContentDocumentLink.LinkedEntity. */
    Name: ['Id', 'Type']
};

/** Lookups of the standard objects above that queries follow: relationship name → object. */
const STANDARD_RELATIONSHIPS: Record<string, Record<string, string>> = {
    User: { Account: 'Account', Contact: 'Contact', Profile: 'Profile' },
    Contact: { Account: 'Account' },
    PermissionSetAssignment: { PermissionSet: 'PermissionSet', Assignee: 'User' },
    AsyncApexJob: { ApexClass: 'ApexClass' },
    CronTrigger: { CronJobDetail: 'CronJobDetail' },
    ContentDocumentLink: { LinkedEntity: 'Name', ContentDocument: 'ContentDocument' },
    ContentDocument: { LatestPublishedVersion: 'ContentVersion' },
    ContentVersion: { ContentDocument: 'ContentDocument' }
};

function standardEntry<T>(table: Record<string, T>, objectName: string): T | undefined {
    return Object.entries(table).find(([name]) => name.toLowerCase() === objectName.toLowerCase())?.[1];
}

/** How SOQL names resolve against the project's objects and the listed standard objects. */
export interface SoqlSchema {
    /** Fields of an object (lower-case), or undefined for an unknown object. */
    fieldsOf(objectName: string): Set<string> | undefined;
    /** Object a relationship name (Parent__r, or a listed standard lookup) on objectName points to. */
    parentOf(objectName: string, relationship: string): string | undefined;
    /** Object of a child relationship (Children__r) of parentName. */
    childOf(parentName: string, relationship: string): string | undefined;
}

export function soqlSchema(): SoqlSchema {
    const objects = projectObjects();

    /** Fields of an object: a custom object's own, or a listed standard object's plus the project's custom fields on it. */
    const fieldsOf = (objectName: string): Set<string> | undefined => {
        const custom = objects.get(objectName.toLowerCase());
        const standard = standardEntry(STANDARD_OBJECTS, objectName);
        if (standard) {
            return new Set([...standard, ...(custom?.fields.keys() ?? [])].map((name) => name.toLowerCase()));
        }
        if (custom) {
            const base = objectName.endsWith('__mdt') ? METADATA_TYPE_FIELDS : CUSTOM_OBJECT_FIELDS;
            return new Set([...base.map((name) => name.toLowerCase()), ...custom.fields.keys()]);
        }
        return undefined;
    };

    /** Object a relationship name (Parent__r, or a listed standard lookup such as Account) on objectName points to. */
    const parentOf = (objectName: string, relationship: string): string | undefined => {
        const custom = objects.get(objectName.toLowerCase());
        const field = custom?.fields.get(relationship.toLowerCase().replace(/__r$/, '__c'));
        if (field?.referenceTo) {
            return field.referenceTo;
        }
        if (custom && !objectName.endsWith('__mdt')) {
            const standardLookup = standardEntry(CUSTOM_OBJECT_LOOKUPS, relationship);
            if (standardLookup) {
                return standardLookup;
            }
        }
        const lookups = standardEntry(STANDARD_RELATIONSHIPS, objectName) ?? {};
        return standardEntry(lookups, relationship);
    };

    /** Object of a child relationship (Children__r) of parentName. */
    const childOf = (parentName: string, relationship: string): string | undefined => {
        for (const object of objects.values()) {
            for (const field of object.fields.values()) {
                const points = field.referenceTo?.toLowerCase() === parentName.toLowerCase();
                if (points && `${field.relationshipName}__r`.toLowerCase() === relationship.toLowerCase()) {
                    return object.name;
                }
            }
        }
        return undefined;
    };

    return { fieldsOf, parentOf, childOf };
}

/**
 * Every field an inline SOQL query names exists on its object. The semantic check
 * does not look at SELECT lists, so a misspelt field there would only fail in the
 * org. Dynamic SOQL (strings) is out of scope.
 */
export function checkSoqlFields(): string[] {
    const { fieldsOf, parentOf, childOf } = soqlSchema();
    const problems: string[] = [];

    for (const query of apexIndex().queries) {
        const from = query.isSubquery && query.parentFrom ? childOf(query.parentFrom, query.from) : query.from;
        if (!from || !fieldsOf(from)) {
            problems.push(`${query.file}:${query.line}: unknown object ${query.from} in FROM`);
            continue;
        }
        for (const field of query.fields) {
            const segments = field.path.split('.');
            let objectName: string | undefined = from;
            for (const [index, segment] of segments.entries()) {
                const last = index === segments.length - 1;
                if (!objectName) {
                    break;
                }
                if (last) {
                    if (!fieldsOf(objectName)?.has(segment.toLowerCase())) {
                        problems.push(
                            `${query.file}:${field.line}: ${objectName} has no field ${segment} (${field.path})`
                        );
                    }
                } else {
                    objectName = parentOf(objectName, segment);
                    if (!objectName) {
                        problems.push(`${query.file}:${field.line}: unknown relationship ${segment} in ${field.path}`);
                    }
                }
            }
        }
    }
    return problems;
}
