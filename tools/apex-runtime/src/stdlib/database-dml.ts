import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { recordsOf, runDml } from '../interpreter/dml';
import { newList, newObject, type ApexObject, type ApexValue } from '../interpreter/values';
import type { DmlOperation, DmlRowError, DmlRowResult } from '../org/index';
import { primitive, type ApexType } from '../types/apex-type';
import { UnsupportedError } from '../unsupported';
import { arity, unsupportedCall } from './arguments';
import { statusCodeValue } from './exceptions';

/** The result class of each operation (Database Class, Apex Reference Guide). */
const RESULT_CLASS: Readonly<Record<DmlOperation, string>> = {
    insert: 'Database.SaveResult',
    update: 'Database.SaveResult',
    upsert: 'Database.UpsertResult',
    delete: 'Database.DeleteResult',
    undelete: 'Database.UndeleteResult'
};

export function builtinObject(site: CallSite, className: string, fields: Record<string, ApexValue>): ApexObject {
    const cls = site.interpreter.system.builtinClasses.get(className.toLowerCase());
    if (cls === undefined) {
        throw new Error(`built-in class ${className} missing`);
    }
    const object = newObject(cls);
    for (const [name, value] of Object.entries(fields)) {
        object.fields.set(name, value);
    }
    return object;
}

function errorObject(site: CallSite, error: DmlRowError): ApexObject {
    return builtinObject(site, 'Database.Error', {
        statuscode: statusCodeValue(site, error.statusCode),
        message: error.message,
        fields: newList(primitive('String'), [...error.fields])
    });
}

export function classType(site: CallSite, className: string): ApexType {
    const cls = site.interpreter.system.builtinClasses.get(className.toLowerCase());
    if (cls === undefined) {
        throw new Error(`built-in class ${className} missing`);
    }
    return { kind: 'class', cls };
}

function resultObject(site: CallSite, operation: DmlOperation, result: DmlRowResult): ApexObject {
    const errors = newList(
        classType(site, 'Database.Error'),
        result.errors.map((error) => errorObject(site, error))
    );
    return builtinObject(site, RESULT_CLASS[operation], {
        id: result.id,
        success: result.success,
        created: result.created,
        errors
    });
}

/** The AccessLevel argument, or the default mode when none is given. */
function accessModeOf(
    site: CallSite,
    name: string,
    args: readonly ApexValue[],
    index: number
): { systemMode: boolean; userMode: boolean } {
    const value = args[index];
    if (value === undefined) {
        return { systemMode: false, userMode: false };
    }
    if (
        value !== null &&
        typeof value === 'object' &&
        value.kind === 'Enum' &&
        value.type.name === 'System.AccessLevel'
    ) {
        const userMode = value.name === 'USER_MODE';
        return { systemMode: !userMode, userMode };
    }
    return unsupportedCall(site, name, args);
}

/**
 * Database.insert, update, upsert, delete and undelete (Database Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_database.htm):
 * `(records[, allOrNone][, accessLevel])`, upsert with the external Id field second. A single
 * record gives one result, a list a list of them; allOrNone = false reports failures in the results.
 */
/** Database.upsert's second argument when it is a field token (`Object__c.Key__c`): that field's name. */
function externalIdFieldOf(site: CallSite, name: string, argument: ApexValue | undefined): string | null {
    if (argument === undefined || argument === null || typeof argument !== 'object' || argument.kind !== 'Object') {
        return null;
    }
    const field = argument.cls.name === 'Schema.SObjectField' ? argument.fields.get('field') : undefined;
    if (typeof field !== 'string') {
        throw new UnsupportedError(`${name} with a ${argument.cls.name} second argument`, site.loc);
    }
    return field;
}

export function installDatabaseDml(registry: BuiltinRegistry): void {
    for (const operation of ['insert', 'update', 'upsert', 'delete', 'undelete'] as const) {
        const name = `Database.${operation}`;
        registry.addStatic('Database', operation, (site, args) => {
            arity(site, name, args, 1, 2, 3, 4);
            const [target = null] = args;
            const key = operation === 'upsert' ? externalIdFieldOf(site, name, args[1]) : null;
            const rest = key === null ? args.slice(1) : args.slice(2);
            const allOrNone = typeof rest[0] === 'boolean' ? rest[0] : true;
            const next = typeof rest[0] === 'boolean' ? 1 : 0;
            if (rest.length > next + 1) {
                return unsupportedCall(site, name, args);
            }
            const mode = accessModeOf(site, name, rest, next);
            const records = recordsOf(target, site.loc);
            const results = runDml(
                site.interpreter,
                records,
                { operation, allOrNone, externalIdField: key, ...mode },
                site.loc
            );
            const objects = results.map((result) => resultObject(site, operation, result));
            const single = target !== null && typeof target === 'object' && target.kind === 'SObject';
            if (single) {
                return objects[0] ?? null;
            }
            return newList(classType(site, RESULT_CLASS[operation]), objects);
        });
    }
}

/** SaveResult, UpsertResult, DeleteResult, UndeleteResult and Database.Error read their fields. */
export function installDmlResults(registry: BuiltinRegistry): void {
    const getters: readonly [string, string, string][] = [
        ...Object.values(RESULT_CLASS).flatMap((cls): [string, string, string][] => [
            [cls, 'getId', 'id'],
            [cls, 'isSuccess', 'success'],
            [cls, 'getErrors', 'errors']
        ]),
        ['Database.UpsertResult', 'isCreated', 'created'],
        ['Database.Error', 'getStatusCode', 'statuscode'],
        ['Database.Error', 'getMessage', 'message'],
        ['Database.Error', 'getFields', 'fields']
    ];
    for (const [cls, method, field] of getters) {
        registry.addInstance('BuiltinObject', `${cls}.${method}`, (site, object, args) => {
            arity(site, `${cls}.${method}`, args, 0);
            return object.fields.get(field) ?? null;
        });
    }
}
