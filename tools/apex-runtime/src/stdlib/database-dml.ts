import {
    builtinPropertyKey,
    builtinPropertySetterKey,
    type BuiltinRegistry,
    type CallSite
} from '../interpreter/builtins';
import { recordsOf, runDml } from '../interpreter/dml';
import { isObject, newList, newObject, type ApexObject, type ApexValue } from '../interpreter/values';
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
    installDmlOptions(registry);
    for (const operation of ['insert', 'update', 'upsert', 'delete', 'undelete'] as const) {
        const name = `Database.${operation}`;
        registry.addStatic('Database', operation, (site, args) => {
            arity(site, name, args, 1, 2, 3, 4);
            const [target = null] = args;
            const key = operation === 'upsert' ? externalIdFieldOf(site, name, args[1]) : null;
            const rest = key === null ? args.slice(1) : args.slice(2);
            // insert and update take a Database.DMLOptions where the others take allOrNone.
            const options = operation === 'insert' || operation === 'update' ? dmlOptionsOf(rest[0]) : null;
            const allOrNone =
                options !== null
                    ? optionsAllOrNone(site, name, options)
                    : typeof rest[0] === 'boolean'
                      ? rest[0]
                      : true;
            const next = options !== null || typeof rest[0] === 'boolean' ? 1 : 0;
            if (rest.length > next + 1) {
                return unsupportedCall(site, name, args);
            }
            const mode = accessModeOf(site, name, rest, next);
            const records = recordsOf(target, site.loc);
            const userEmail = options !== null && requestsUserEmail(site, name, options, records);
            const results = runDml(
                site.interpreter,
                records,
                { operation, allOrNone, externalIdField: key, ...mode },
                site.loc
            );
            if (userEmail) {
                for (const result of results) {
                    if (result.success && result.id !== null) {
                        site.interpreter.outbox.userEmails.push({ event: 'newUser', userId: result.id });
                    }
                }
            }
            const objects = results.map((result) => resultObject(site, operation, result));
            const single = target !== null && typeof target === 'object' && target.kind === 'SObject';
            if (single) {
                return objects[0] ?? null;
            }
            return newList(classType(site, RESULT_CLASS[operation]), objects);
        });
    }
}

// ---------------------------------------------------------------- Database.DMLOptions

const DML_OPTIONS = 'Database.DMLOptions';
const EMAIL_HEADER = 'Database.DMLOptions.EmailHeader';

/**
 * The DMLOptions and EmailHeader properties the runtime implements, by class, with the field each
 * is kept in (DMLOptions Class and DmlOptions.EmailHeader Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_database_dmloptions.htm,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_Database_EmailHeader.htm).
 * Each is a Boolean `{get; set;}`. The pages give none of them a default, so reading one that was
 * never set is UNSUPPORTED. allowFieldTruncation, assignmentRuleHeader, duplicateRuleHeader and
 * localeOptions are not implemented: naming them is UNSUPPORTED.
 */
const BOOLEAN_OPTIONS: readonly (readonly [string, string])[] = [
    [DML_OPTIONS, 'optAllOrNone'],
    [EMAIL_HEADER, 'triggerUserEmail'],
    [EMAIL_HEADER, 'triggerAutoResponseEmail'],
    [EMAIL_HEADER, 'triggerOtherEmail']
];

function installDmlOptions(registry: BuiltinRegistry): void {
    // `new Database.DMLOptions()`: its emailHeader is there to set at once, as the EmailHeader page's
    // example does (`dlo.EmailHeader.triggerAutoResponseEmail = true` after the constructor).
    registry.addConstructor(DML_OPTIONS, (site, args) => {
        arity(site, `new ${DML_OPTIONS}`, args, 0);
        return builtinObject(site, DML_OPTIONS, { emailheader: builtinObject(site, EMAIL_HEADER, {}) });
    });
    registry.addConstructor(EMAIL_HEADER, (site, args) => {
        arity(site, `new ${EMAIL_HEADER}`, args, 0);
        return builtinObject(site, EMAIL_HEADER, {});
    });
    registry.addInstance('BuiltinObject', builtinPropertyKey(DML_OPTIONS, 'emailHeader'), (_site, options) => {
        return options.fields.get('emailheader') ?? null;
    });
    for (const [cls, property] of BOOLEAN_OPTIONS) {
        const field = property.toLowerCase();
        registry.addInstance('BuiltinObject', builtinPropertyKey(cls, property), (site, object) => {
            const value = object.fields.get(field);
            if (value === undefined) {
                throw new UnsupportedError(
                    `${cls}.${property} before it is set (the reference gives no default)`,
                    site.loc
                );
            }
            return value;
        });
        registry.addInstance('BuiltinObject', builtinPropertySetterKey(cls, property), (site, object, args) => {
            const value = args[0] ?? null;
            if (typeof value !== 'boolean') {
                throw new UnsupportedError(
                    `${cls}.${property} set to ${value === null ? 'null' : 'a value that is not a Boolean'}`,
                    site.loc
                );
            }
            object.fields.set(field, value);
            return null;
        });
    }
}

function dmlOptionsOf(value: ApexValue | undefined): ApexObject | null {
    return value !== undefined && isObject(value) && value.cls.name === DML_OPTIONS ? value : null;
}

/** optAllOrNone: "Specifies whether the operation allows for partial success" (DMLOptions Class). */
function optionsAllOrNone(site: CallSite, name: string, options: ApexObject): boolean {
    const value = options.fields.get('optallornone');
    if (typeof value !== 'boolean') {
        throw new UnsupportedError(
            `${name} with DMLOptions whose optAllOrNone is not set (the reference gives no default)`,
            site.loc
        );
    }
    return value;
}

/**
 * Whether the operation asks for the email the platform sends a user it creates. triggerUserEmail
 * triggers "email that is sent to users in the organization", which events such as "creating a new
 * user" send (DmlOptions.EmailHeader Class). That email is kept in the outbox, never delivered; it is
 * the platform's own, not a sendEmail call, so it is not counted against the sendEmail limit.
 * What else triggerUserEmail would send (tasks, case comments, owner changes), and what
 * triggerAutoResponseEmail and triggerOtherEmail send, is not simulated: asking for it is UNSUPPORTED.
 * A flag never set asks for nothing, as a DML operation without options does.
 */
function requestsUserEmail(
    site: CallSite,
    name: string,
    options: ApexObject,
    records: readonly { readonly schema: { readonly apiName: string } }[]
): boolean {
    const header = options.fields.get('emailheader') ?? null;
    if (header === null || !isObject(header)) {
        throw new UnsupportedError(
            `${name} with DMLOptions whose emailHeader is not the one it was built with`,
            site.loc
        );
    }
    for (const flag of ['triggerAutoResponseEmail', 'triggerOtherEmail']) {
        if (header.fields.get(flag.toLowerCase()) === true) {
            throw new UnsupportedError(
                `${name} with EmailHeader.${flag} (the emails it triggers are not simulated)`,
                site.loc
            );
        }
    }
    if (header.fields.get('triggeruseremail') !== true) {
        return false;
    }
    const createsUsers = name === 'Database.insert' && records.every((record) => record.schema.apiName === 'User');
    if (!createsUsers) {
        throw new UnsupportedError(
            `${name} with EmailHeader.triggerUserEmail of records that are not new users (the emails it triggers are not simulated)`,
            site.loc
        );
    }
    return true;
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
