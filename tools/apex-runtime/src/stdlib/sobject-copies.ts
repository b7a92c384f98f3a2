import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { newRecord, sObjectTypeToken } from '../interpreter/sobjects';
import type { ApexSObject, ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { arity, stringArg, unsupportedCall } from './arguments';

/** The read-only timestamp fields clone clears unless told to keep them. */
const READONLY_TIMESTAMPS = ['createdbyid', 'createddate', 'lastmodifiedbyid', 'lastmodifieddate'];

function flag(site: CallSite, args: readonly ApexValue[], index: number): boolean {
    const value = args[index] ?? false;
    if (typeof value !== 'boolean') {
        return unsupportedCall(site, 'SObject.clone', args);
    }
    return value;
}

/**
 * clone(preserveId, isDeepClone, preserveReadonlyTimestamps, preserveAutonumber), every argument
 * optional and false by default (SObject Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_sobject.htm).
 * A shallow copy shares the related records; the Id, the read-only timestamps and auto-numbers are
 * cleared unless kept. A deep copy of a record holding related records, and SystemModstamp (which
 * the page does not list among the timestamps), are UNSUPPORTED. The copy answers reads of fields
 * it does not hold as the original would.
 */
function cloneRecord(site: CallSite, record: ApexSObject, args: readonly ApexValue[]): ApexSObject {
    arity(site, 'SObject.clone', args, 0, 1, 2, 3, 4);
    const preserveId = flag(site, args, 0);
    const deep = flag(site, args, 1);
    const timestamps = flag(site, args, 2);
    const autoNumbers = flag(site, args, 3);
    if (deep && (record.parents.size > 0 || record.children.size > 0)) {
        throw new UnsupportedError('a deep SObject.clone of a record holding related records', site.loc);
    }
    if (!timestamps && (record.fields.has('systemmodstamp') || record.raw.has('systemmodstamp'))) {
        throw new UnsupportedError('SObject.clone of a record holding SystemModstamp', site.loc);
    }
    const copy = newRecord(record.schema, record.origin);
    const kept = (key: string): boolean => {
        if (key === 'id') {
            return preserveId;
        }
        if (READONLY_TIMESTAMPS.includes(key)) {
            return timestamps;
        }
        return record.schema.fields.get(key)?.type !== 'AutoNumber' || autoNumbers;
    };
    for (const [key, value] of record.fields) {
        if (kept(key)) {
            copy.fields.set(key, value);
        }
    }
    for (const [key, value] of record.raw) {
        if (kept(key)) {
            copy.raw.set(key, value);
        }
    }
    for (const [key, parent] of record.parents) {
        copy.parents.set(key, parent);
    }
    for (const [key, children] of record.children) {
        copy.children.set(key, children);
    }
    return copy;
}

export function installSObjectCopies(registry: BuiltinRegistry): void {
    registry.addInstance('SObject', 'clone', (site, record, args) => cloneRecord(site, record, args));
    registry.addInstance('SObject', 'getSObjectType', (site, record, args) => {
        arity(site, 'SObject.getSObjectType', args, 0);
        return sObjectTypeToken(site.interpreter, record.schema.apiName);
    });
    // Id.getSObjectType() (Id Class): the token of the object the Id's key prefix names. Ids are
    // Strings at run time; the compiler allows the call on Ids only.
    registry.addInstance('String', 'getSObjectType', (site, id, args) => {
        arity(site, 'Id.getSObjectType', args, 0);
        const object = site.interpreter.schema.objectOfId(stringArg(site, 'Id.getSObjectType', [id], 0));
        if (object === undefined) {
            throw new UnsupportedError(`Id.getSObjectType of ${id}, whose prefix no object of the org has`, site.loc);
        }
        return sObjectTypeToken(site.interpreter, object.apiName);
    });
}
