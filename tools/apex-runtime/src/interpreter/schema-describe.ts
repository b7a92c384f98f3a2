import type { SourceLocation } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import type { Interpreter } from './interpreter';
import { newObject, type ApexObject, type ApexValue } from './values';

/**
 * `Schema.SObjectType.Object__c` and `Schema.SObjectType.Object__c.fields.Field__c`: the describe
 * results of an object and of one of its fields, the short form of `getDescribe()`
 * (DescribeSObjectResult Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_sobject_describe.htm:
 * `Schema.DescribeFieldResult dfr = Schema.SObjectType.Account.fields.Name;`).
 */
export const SCHEMA_SOBJECT_TYPES = 'Schema.SObjectType';

function builtin(interpreter: Interpreter, className: string, fields: Record<string, string>): ApexObject {
    const cls = interpreter.system.builtinClasses.get(className.toLowerCase());
    if (cls === undefined) {
        throw new Error(`built-in class ${className} missing`);
    }
    const object = newObject(cls);
    for (const [name, value] of Object.entries(fields)) {
        object.fields.set(name, value);
    }
    return object;
}

/** `Schema.SObjectType.Name`: the object's describe result. */
export function describeObjectNamed(interpreter: Interpreter, name: string, loc: SourceLocation): ApexObject {
    const object = interpreter.schema.object(name);
    if (object === undefined) {
        throw new UnsupportedError(`Schema.SObjectType.${name}, an object the org does not have`, loc);
    }
    return builtin(interpreter, 'Schema.DescribeSObjectResult', { name: object.apiName });
}

/** `describe.fields` and `describe.fields.Name`; undefined for other properties of built-in objects. */
export function describeProperty(
    interpreter: Interpreter,
    target: ApexObject,
    name: string,
    loc: SourceLocation
): ApexValue | undefined {
    const objectName = target.fields.get('name');
    if (typeof objectName !== 'string') {
        return undefined;
    }
    switch (target.cls.name.toLowerCase()) {
        case 'schema.describesobjectresult':
            return name.toLowerCase() === 'fields'
                ? builtin(interpreter, 'Schema.SObjectTypeFields', { name: objectName })
                : undefined;
        case 'schema.sobjecttypefields': {
            const field = interpreter.schema.object(objectName)?.fields.get(name.toLowerCase());
            if (field === undefined) {
                throw new UnsupportedError(`the field ${objectName}.${name}, which the org does not have`, loc);
            }
            return builtin(interpreter, 'Schema.DescribeFieldResult', { name: objectName, field: field.apiName });
        }
        default:
            return undefined;
    }
}
