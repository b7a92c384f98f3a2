import { createHash } from 'node:crypto';
import { UnsupportedError } from '../../unsupported';
import type { ObjectDef } from '../schema';
import type { OrgContext, RecordStore, StoredRecord } from '../store';
import { isBlob, type FieldValue } from '../values';

/**
 * Fields standard objects derive from others when saved: the compound Name of User and Contact
 * (`FirstName LastName`), and User.AccountId from the portal user's contact (User and Contact,
 * Object Reference).
 */
export function deriveFields(store: RecordStore, object: ObjectDef, values: Map<string, FieldValue>): void {
    if (object.apiName === 'User' || object.apiName === 'Contact') {
        const first = values.get('firstname') ?? null;
        const last = values.get('lastname') ?? null;
        values.set('name', [first, last].filter((part) => typeof part === 'string' && part !== '').join(' '));
    }
    if (object.apiName === 'User') {
        const contactId = values.get('contactid') ?? null;
        const contact = typeof contactId === 'string' ? store.get(contactId) : undefined;
        const accountId = contact?.values.get('accountid') ?? null;
        values.set('accountid', accountId);
        if (contact !== undefined) {
            requireRoleOfAccountOwner(store, accountId);
        }
    }
}

/**
 * A portal user's account must be owned by a user with a role. The platform's error for an owner
 * without one is not documented in the references at hand, so that case is UNSUPPORTED rather than
 * accepted.
 */
function requireRoleOfAccountOwner(store: RecordStore, accountId: FieldValue): void {
    const account = typeof accountId === 'string' ? store.get(accountId) : undefined;
    const ownerId = account?.values.get('ownerid') ?? null;
    const owner = typeof ownerId === 'string' ? store.get(ownerId) : undefined;
    if ((owner?.values.get('userroleid') ?? null) === null) {
        throw new UnsupportedError('a portal user whose contact has no account owned by a user with a role');
    }
}

/**
 * Inserting a ContentVersion without a ContentDocumentId creates its ContentDocument ("Creating a
 * new content version also creates a content document", Content Document Composite, User
 * Interface API: https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_contentdocumentcomposite.htm),
 * owned by the version's owner and linked to them; Checksum is the MD5 of VersionData
 * (ContentVersion, Object Reference).
 */
export function beforeContentVersionSave(
    store: RecordStore,
    values: Map<string, FieldValue>,
    context: OrgContext
): void {
    const data = values.get('versiondata') ?? null;
    if (!isBlob(data)) {
        throw new UnsupportedError('ContentVersion insert without VersionData');
    }
    if ((values.get('firstpublishlocationid') ?? null) !== null) {
        throw new UnsupportedError('ContentVersion insert with FirstPublishLocationId (the links it creates)');
    }
    if ((values.get('contentdocumentid') ?? null) !== null) {
        throw new UnsupportedError('a new version of an existing ContentDocument');
    }
    const path = values.get('pathonclient') ?? null;
    const extension = typeof path === 'string' && path.includes('.') ? (path.split('.').pop() ?? null) : null;
    values.set('checksum', createHash('md5').update(data.bytes).digest('hex'));
    values.set('contentsize', data.bytes.length);
    values.set('fileextension', extension);
    values.set('islatest', true);
    values.set('versionnumber', '1');
    const documentObject = store.schema.object('ContentDocument');
    if (documentObject === undefined) {
        throw new Error('the schema has no ContentDocument');
    }
    const document = store.create(
        documentObject,
        new Map<string, FieldValue>([
            ['title', values.get('title') ?? null],
            ['fileextension', extension],
            ['contentsize', data.bytes.length],
            ['ownerid', values.get('ownerid') ?? context.runningUserId]
        ]),
        context
    );
    values.set('contentdocumentid', document.id);
}

/** After the version is saved: the document points at it, and the owner's link exists. */
export function afterContentVersionSave(store: RecordStore, version: StoredRecord, context: OrgContext): void {
    const documentId = version.values.get('contentdocumentid') ?? null;
    const document = typeof documentId === 'string' ? store.get(documentId) : undefined;
    const linkObject = store.schema.object('ContentDocumentLink');
    if (document === undefined || linkObject === undefined) {
        throw new Error('ContentVersion saved without its document');
    }
    document.values.set('latestpublishedversionid', version.id);
    store.create(
        linkObject,
        new Map<string, FieldValue>([
            ['contentdocumentid', document.id],
            ['linkedentityid', version.values.get('ownerid') ?? context.runningUserId],
            ['sharetype', 'I']
        ]),
        context
    );
}

/**
 * Every profile owns a permission set that holds its permissions (PermissionSet, Object Reference:
 * IsOwnedByProfile and ProfileId,
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionset.htm),
 * and a user holds it through a PermissionSetAssignment, which is how a query of a user's
 * assignments covers what the profile grants as well as the assigned sets
 * (PermissionSetAssignment, Object Reference,
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionsetassignment.htm).
 * Saving a user assigns the set their profile owns, and changing the profile moves the assignment.
 */
export function afterUserSave(
    store: RecordStore,
    user: StoredRecord,
    previousProfileId: FieldValue,
    context: OrgContext
): void {
    const profileId = user.values.get('profileid') ?? null;
    if (previousProfileId === profileId) {
        return;
    }
    const ownedSet = profileOwnedSet(store, profileId);
    const assignment = store.schema.object('PermissionSetAssignment');
    if (assignment === undefined) {
        throw new Error('the schema has no PermissionSetAssignment');
    }
    const previousSet = previousProfileId === null ? undefined : profileOwnedSet(store, previousProfileId);
    const current = store
        .all(assignment, false)
        .find(
            (row) => row.values.get('assigneeid') === user.id && row.values.get('permissionsetid') === previousSet?.id
        );
    if (current !== undefined) {
        store.write(current, new Map([['permissionsetid', ownedSet.id]]), context);
        return;
    }
    store.create(
        assignment,
        new Map<string, FieldValue>([
            ['assigneeid', user.id],
            ['permissionsetid', ownedSet.id]
        ]),
        context
    );
}

/** The permission set the profile owns; the org seeds one for each of its profiles. */
export function profileOwnedSet(store: RecordStore, profileId: FieldValue): StoredRecord {
    const permissionSet = store.schema.object('PermissionSet');
    const found =
        permissionSet === undefined
            ? undefined
            : store
                  .all(permissionSet, false)
                  .find(
                      (row) => row.values.get('isownedbyprofile') === true && row.values.get('profileid') === profileId
                  );
    if (found === undefined) {
        throw new UnsupportedError(
            `a user of the profile ${String(profileId)}, which owns no permission set in the org`
        );
    }
    return found;
}
