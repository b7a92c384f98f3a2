import { UnsupportedError } from '../../unsupported';
import { rowError, type DmlOperation, type DmlRowError } from '../dml/results';
import type { ObjectDef } from '../schema';
import type { RecordStore, StoredRecord } from '../store';
import type { FieldValue } from '../values';
import { masterFields, type RecordVisibility } from './sharing';

/**
 * Record access a DML row needs when sharing is enforced ("DML operations. An operation may fail
 * because the current user doesn't have the correct permissions", Enforce Sharing Rules, Apex
 * Developer Guide: https://developer.salesforce.com/docs/atlas.en-us.256.0.apexcode.meta/apexcode/apex_security_sharing_rules.htm).
 *
 * Updating a record needs edit access and deleting or undeleting it full access; without it the
 * row fails with INSUFFICIENT_ACCESS_OR_READONLY (a StatusCode of Database.Error) and the text the
 * platform gives, "insufficient access rights on object id" (as quoted with the DmlException
 * "Delete failed. First exception on row 0 with id ...; first error: INSUFFICIENT_ACCESS_OR_READONLY,
 * insufficient access rights on object id: []" in Internet Creations' knowledge article; the Apex
 * guide does not list the message).
 *
 * A row that sets a master-detail or lookup field to a record the user cannot edit (master) or
 * read (lookup) fails on the platform with a cross-reference error whose exact code and text the
 * guide does not give: UNSUPPORTED.
 */
export function sharingErrors(
    visibility: RecordVisibility,
    store: RecordStore,
    object: ObjectDef,
    operation: DmlOperation,
    existing: StoredRecord | null,
    given: ReadonlyMap<string, FieldValue> | null
): DmlRowError[] {
    if (existing !== null) {
        const level = operation === 'delete' || operation === 'undelete' ? 'delete' : 'edit';
        if (!visibility.canAccess(existing, level)) {
            return [rowError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id')];
        }
    }
    if (given !== null) {
        checkReferences(visibility, store, object, given);
    }
    const newOwner = given?.get('ownerid');
    if (existing !== null && newOwner !== undefined && newOwner !== existing.values.get('ownerid')) {
        if (!visibility.canAccess(existing, 'delete')) {
            throw new UnsupportedError(`DML transferring a ${object.apiName} the running user does not own (sharing)`);
        }
    }
    return [];
}

function checkReferences(
    visibility: RecordVisibility,
    store: RecordStore,
    object: ObjectDef,
    given: ReadonlyMap<string, FieldValue>
): void {
    const masters = new Set(masterFields(object));
    for (const [key, value] of given) {
        const field = object.fields.get(key);
        if (typeof value !== 'string' || field === undefined || key === 'id' || key === 'ownerid') {
            continue;
        }
        if (field.type !== 'MasterDetail' && field.type !== 'Lookup') {
            continue;
        }
        const target = store.get(value);
        if (target === undefined || target.deleted) {
            continue;
        }
        const needed = masters.has(key) ? 'edit' : 'read';
        if (!visibility.canAccess(target, needed)) {
            throw new UnsupportedError(
                `DML setting ${object.apiName}.${field.apiName} to a record the running user cannot ${needed} (sharing: cross-reference access)`
            );
        }
    }
}
