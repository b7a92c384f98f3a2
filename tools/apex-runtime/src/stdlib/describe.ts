import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { newObject, type ApexObject } from '../interpreter/values';
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
}
