import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { integer, newList, newObject, type ApexObject } from '../interpreter/values';
import type { FieldDef } from '../org/index';
import { UnsupportedError } from '../unsupported';
import { arity } from './arguments';

function builtin(site: CallSite, className: string): ApexObject {
    const cls = site.interpreter.system.builtinClasses.get(className.toLowerCase());
    if (cls === undefined) {
        throw new Error(`built-in class ${className} missing`);
    }
    return newObject(cls);
}

/**
 * `Object__c.SObjectType.getDescribe()`: the object's API name and key prefix (DescribeSObjectResult
 * Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_sobject_describe.htm).
 * Custom objects' key prefixes are the in-memory org's own, as each real org assigns its own.
 */
export function installDescribe(registry: BuiltinRegistry): void {
    registry.addInstance('BuiltinObject', 'Schema.SObjectType.getDescribe', (site, token, args) => {
        arity(site, 'Schema.SObjectType.getDescribe', args, 0);
        const describe = builtin(site, 'Schema.DescribeSObjectResult');
        describe.fields.set('name', token.fields.get('name') ?? null);
        return describe;
    });
    for (const [method, field] of [
        ['getName', 'apiName'],
        ['getKeyPrefix', 'keyPrefix']
    ] as const) {
        registry.addInstance('BuiltinObject', `Schema.DescribeSObjectResult.${method}`, (site, describe, args) => {
            arity(site, `Schema.DescribeSObjectResult.${method}`, args, 0);
            const name = describe.fields.get('name');
            const object = typeof name === 'string' ? site.interpreter.schema.object(name) : undefined;
            if (object === undefined) {
                throw new Error(`describe of unknown object ${String(name)}`);
            }
            return object[field];
        });
    }
    installFieldDescribe(registry);
}

function describedFieldDef(site: CallSite, describe: ApexObject): FieldDef {
    const objectName = describe.fields.get('name');
    const fieldName = describe.fields.get('field');
    const object = typeof objectName === 'string' ? site.interpreter.schema.object(objectName) : undefined;
    const field = typeof fieldName === 'string' ? object?.fields.get(fieldName.toLowerCase()) : undefined;
    if (field === undefined) {
        throw new Error(`describe of unknown field ${String(objectName)}.${String(fieldName)}`);
    }
    return field;
}

/**
 * `Object__c.Field__c.getDescribe()` and what the project reads of a field's describe (DescribeFieldResult
 * Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_fields_describe.htm):
 * - getLength: "For string fields, returns the maximum size of the field in Unicode characters";
 *   for a field without a length it is UNSUPPORTED.
 * - getPicklistValues: the picklist's values in the order its metadata lists them, as PicklistEntry
 *   objects whose getValue is the API name and isActive is true, since the schema reads only active
 *   values (PicklistEntry Class,
 *   https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_Schema_PicklistEntry.htm).
 */
function installFieldDescribe(registry: BuiltinRegistry): void {
    registry.addInstance('BuiltinObject', 'Schema.SObjectField.getDescribe', (site, token, args) => {
        arity(site, 'Schema.SObjectField.getDescribe', args, 0);
        const describe = builtin(site, 'Schema.DescribeFieldResult');
        describe.fields.set('name', token.fields.get('object') ?? null);
        describe.fields.set('field', token.fields.get('field') ?? null);
        return describe;
    });
    registry.addInstance('BuiltinObject', 'Schema.DescribeFieldResult.getLength', (site, describe, args) => {
        arity(site, 'Schema.DescribeFieldResult.getLength', args, 0);
        const field = describedFieldDef(site, describe);
        if (field.length === null) {
            throw new UnsupportedError(
                `DescribeFieldResult.getLength() of ${String(describe.fields.get('name'))}.${field.apiName}, a ${field.type} field, whose size the guide does not give`,
                site.loc
            );
        }
        return integer(field.length);
    });
    registry.addInstance('BuiltinObject', 'Schema.DescribeFieldResult.getPicklistValues', (site, describe, args) => {
        arity(site, 'Schema.DescribeFieldResult.getPicklistValues', args, 0);
        const field = describedFieldDef(site, describe);
        if (field.picklist === null) {
            throw new UnsupportedError(
                `DescribeFieldResult.getPicklistValues of the ${field.type} field ${field.apiName}`,
                site.loc
            );
        }
        const entries = field.picklist.values.map((value) => {
            const entry = builtin(site, 'Schema.PicklistEntry');
            entry.fields.set('value', value);
            return entry;
        });
        const cls = entries[0]?.cls ?? builtin(site, 'Schema.PicklistEntry').cls;
        return newList({ kind: 'class', cls }, entries);
    });
    registry.addInstance('BuiltinObject', 'Schema.PicklistEntry.getValue', (site, entry, args) => {
        arity(site, 'Schema.PicklistEntry.getValue', args, 0);
        return entry.fields.get('value') ?? null;
    });
    registry.addInstance('BuiltinObject', 'Schema.PicklistEntry.isActive', (site, _entry, args) => {
        arity(site, 'Schema.PicklistEntry.isActive', args, 0);
        return true;
    });
}
