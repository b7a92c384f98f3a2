import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import type { ApexObject } from '../interpreter/values';
import type { FieldDef, ObjectDef, ObjectOperation } from '../org/index';
import { arity, stringArg } from './arguments';

function describedObject(site: CallSite, describe: ApexObject): ObjectDef {
    const name = describe.fields.get('name');
    const object = typeof name === 'string' ? site.interpreter.schema.object(name) : undefined;
    if (object === undefined) {
        throw new Error(`describe of unknown object ${String(name)}`);
    }
    return object;
}

function describedField(site: CallSite, describe: ApexObject): [ObjectDef, FieldDef] {
    const object = describedObject(site, describe);
    const name = describe.fields.get('field');
    const field = typeof name === 'string' ? object.fields.get(name.toLowerCase()) : undefined;
    if (field === undefined) {
        throw new Error(`describe of unknown field ${object.apiName}.${String(name)}`);
    }
    return [object, field];
}

/**
 * The running user's permissions as Apex reads them, from the access model of the in-memory org
 * (src/org/access/permissions.ts):
 * - `FeatureManagement.checkPermission(apiName)`: whether the running user holds the custom
 *   permission (FeatureManagement Class, Apex Reference Guide:
 *   https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexcode/apex_class_System_FeatureManagement.htm).
 * - DescribeSObjectResult `isAccessible`, `isCreateable`, `isUpdateable`, `isDeletable`: whether
 *   "the current user" may read, create, edit, delete the object's records (DescribeSObjectResult
 *   Class: https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_sobject_describe.htm).
 * - DescribeFieldResult `isAccessible`, `isCreateable`, `isUpdateable`: field-level security, and for
 *   the last two whether the field can be set at all (DescribeFieldResult Class:
 *   https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_fields_describe.htm).
 * The answers hold whatever the access mode of the code asking.
 */
export function installPermissions(registry: BuiltinRegistry): void {
    registry.addStatic('FeatureManagement', 'checkPermission', (site, args) => {
        arity(site, 'FeatureManagement.checkPermission', args, 1);
        const name = stringArg(site, 'FeatureManagement.checkPermission', args, 0);
        return site.interpreter.session.access().customPermission(name);
    });
    const objectChecks: readonly [string, ObjectOperation][] = [
        ['isAccessible', 'read'],
        ['isCreateable', 'create'],
        ['isUpdateable', 'edit'],
        ['isDeletable', 'delete']
    ];
    for (const [method, operation] of objectChecks) {
        const name = `Schema.DescribeSObjectResult.${method}`;
        registry.addInstance('BuiltinObject', name, (site, describe, args) => {
            arity(site, name, args, 0);
            return site.interpreter.session.access().object(describedObject(site, describe), operation);
        });
    }
    const fieldChecks: readonly [string, (field: FieldDef) => boolean, 'read' | 'edit'][] = [
        ['isAccessible', () => true, 'read'],
        ['isCreateable', (field) => field.createable, 'edit'],
        ['isUpdateable', (field) => field.updateable, 'edit']
    ];
    for (const [method, settable, access] of fieldChecks) {
        const name = `Schema.DescribeFieldResult.${method}`;
        registry.addInstance('BuiltinObject', name, (site, describe, args) => {
            arity(site, name, args, 0);
            const [object, field] = describedField(site, describe);
            return settable(field) && site.interpreter.session.access().field(object, field, access);
        });
    }
}
