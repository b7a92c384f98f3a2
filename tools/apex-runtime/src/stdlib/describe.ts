import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { integer, newObject, type ApexInteger, type ApexObject } from '../interpreter/values';
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
    registry.addInstance('BuiltinObject', 'Schema.DescribeFieldResult.getLength', (site, describe, args) => {
        arity(site, 'Schema.DescribeFieldResult.getLength', args, 0);
        return describedLength(site, describe);
    });
}

/**
 * `getLength()` of a field's describe result: "the maximum size of the field for the
 * DescribeFieldResult object in Unicode characters (not bytes)" (DescribeFieldResult Class, Apex
 * Reference Guide:
 * https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-methods-system-fields-describe.html).
 * The guide gives no size for fields without one (numbers, dates, checkboxes), so those stay unsupported.
 */
function describedLength(site: CallSite, describe: ApexObject): ApexInteger {
    const objectName = describe.fields.get('name');
    const fieldName = describe.fields.get('field');
    const object = typeof objectName === 'string' ? site.interpreter.schema.object(objectName) : undefined;
    const field = typeof fieldName === 'string' ? object?.fields.get(fieldName.toLowerCase()) : undefined;
    if (object === undefined || field === undefined) {
        throw new Error(`describe of unknown field ${String(objectName)}.${String(fieldName)}`);
    }
    if (field.length === null) {
        throw new UnsupportedError(
            `DescribeFieldResult.getLength() of ${object.apiName}.${field.apiName}, a ${field.type} field, whose size the guide does not give`,
            site.loc
        );
    }
    return integer(field.length);
}
