import type { ObjectDef } from '../org/index';
import type { SourceLocation } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import type { Interpreter } from './interpreter';
import { apexValueOf } from './org-values';
import { newRecord } from './sobjects';
import { putInMap } from './collections';
import { newMap, type ApexSObject, type ApexValue } from './values';

/** A deployed custom metadata record with every field of its type, as getAll and getInstance give it. */
function metadataRecords(interpreter: Interpreter, object: ObjectDef): ApexSObject[] {
    return interpreter.session.org.store.all(object, false).map((stored) => {
        const record = newRecord(object, 'org');
        for (const [key, field] of object.fields) {
            const value = apexValueOf(stored.values.get(key) ?? null, field.type, field.scale);
            if (value === undefined) {
                record.raw.set(key, stored.values.get(key) ?? null);
            } else {
                record.fields.set(key, value);
            }
        }
        return record;
    });
}

/**
 * `Type__mdt.getAll()` (by DeveloperName) and `Type__mdt.getInstance(developerName)`, which read the
 * deployed records without counting a SOQL query (Custom Metadata Type Methods, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_custom_metadata_types.htm).
 */
export function callObjectStatic(
    interpreter: Interpreter,
    apiName: string,
    method: string,
    args: readonly ApexValue[],
    loc: SourceLocation
): ApexValue {
    const object = interpreter.schema.object(apiName);
    if (object?.kind !== 'customMetadata') {
        throw new UnsupportedError(`${apiName}.${method}`, loc);
    }
    const records = metadataRecords(interpreter, object);
    const developerName = (record: ApexSObject): ApexValue => record.fields.get('developername') ?? null;
    switch (method.toLowerCase()) {
        case 'getall': {
            if (args.length !== 0) {
                break;
            }
            const map = newMap({ kind: 'primitive', name: 'String' }, { kind: 'sobject', name: object.apiName });
            records.forEach((record) => putInMap(map, developerName(record), record));
            return map;
        }
        case 'getinstance': {
            const [name] = args;
            if (args.length !== 1 || typeof name !== 'string') {
                break;
            }
            return records.find((record) => developerName(record) === name) ?? null;
        }
    }
    throw new UnsupportedError(`${apiName}.${method}(${args.length} argument(s))`, loc);
}
