import type { DmlOperation, ObjectDef, QueryResult } from '../org/index';
import type { SourceLocation } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import type { Interpreter } from './interpreter';
import type { ApexSObject } from './values';

/**
 * User mode checks the running user's object permissions and field-level security on every clause
 * of a query, WHERE included, and finds every violation ("Set an Access Mode for Database
 * Operations", Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_classes_enforce_usermode.htm).
 * The guide gives no message text. An inaccessible field is reported as a column the user's schema
 * does not have, "No such column 'Field__c' on entity 'Object'. If you are attempting to use a
 * custom field, ..." (beyond-the-cloud-dev/soql-lib issue 255, a user-mode query without field
 * access); an inaccessible object, by the same rule, as an sObject type the user's schema does not
 * have. Both are a System.QueryException, which Apex can catch.
 */
export function enforceQueryAccess(interpreter: Interpreter, result: QueryResult): void {
    const schema = interpreter.session.org.schema;
    const access = interpreter.session.access();
    const objectNamed = (apiName: string): ObjectDef => {
        const object = schema.object(apiName);
        if (object === undefined) {
            throw new Error(`the query referenced unknown object ${apiName}`);
        }
        return object;
    };
    const objects = new Set([result.objectType, ...result.referencedFields.keys()]);
    for (const apiName of objects) {
        if (!access.object(objectNamed(apiName), 'read')) {
            interpreter.throwSystem(
                'QueryException',
                `sObject type '${apiName}' is not supported. If you are attempting to use a custom object, be sure ` +
                    `to append the '__c' after the entity name. Please reference your WSDL or the describe call ` +
                    `for the appropriate names.`
            );
        }
    }
    for (const [apiName, fields] of result.referencedFields) {
        const object = objectNamed(apiName);
        for (const fieldName of fields) {
            const field = object.fields.get(fieldName.toLowerCase());
            if (field !== undefined && !access.field(object, field, 'read')) {
                interpreter.throwSystem(
                    'QueryException',
                    `No such column '${field.apiName}' on entity '${object.apiName}'. If you are attempting to ` +
                        `use a custom field, be sure to append the '__c' after the custom field name. Please ` +
                        `reference your WSDL or the describe call for the appropriate names.`
                );
            }
        }
    }
}

/**
 * User-mode DML (`insert as user`, AccessLevel.USER_MODE) needs the object permission of the
 * operation and edit access to every field the record sets (same page: "you can use the
 * DMLException method getDmlFieldNames() to obtain the fields with FLS errors"). What passes runs;
 * a refusal is UNSUPPORTED, since the guide documents neither its status code nor its message. For a
 * record the org gave back, which of its fields count as set is not documented either.
 */
export function enforceDmlAccess(
    interpreter: Interpreter,
    records: readonly ApexSObject[],
    operation: DmlOperation,
    loc: SourceLocation
): void {
    const access = interpreter.session.access();
    for (const record of records) {
        const object = record.schema;
        const hasId = record.fields.get('id') !== undefined && record.fields.get('id') !== null;
        const needed = neededPermission(operation, hasId, loc);
        if (!access.object(object, needed)) {
            throw new UnsupportedError(
                `the DmlException of user-mode ${operation} on ${object.apiName} without ${needed} access`,
                loc
            );
        }
        if (needed === 'delete') {
            continue;
        }
        if (record.origin !== 'new') {
            throw new UnsupportedError(`user-mode ${operation} of a ${object.apiName} record the org gave back`, loc);
        }
        for (const key of record.fields.keys()) {
            const field = object.fields.get(key);
            if (key !== 'id' && field !== undefined && !access.field(object, field, 'edit')) {
                throw new UnsupportedError(
                    `the DmlException of user-mode ${operation} setting ${object.apiName}.${field.apiName} without edit access`,
                    loc
                );
            }
        }
    }
}

function neededPermission(operation: DmlOperation, hasId: boolean, loc: SourceLocation) {
    switch (operation) {
        case 'insert':
            return 'create';
        case 'update':
            return 'edit';
        case 'delete':
            return 'delete';
        case 'upsert':
            if (hasId) {
                return 'edit';
            }
            throw new UnsupportedError(
                'user-mode upsert of a record without an Id (insert or update is not known yet)',
                loc
            );
        case 'undelete':
            throw new UnsupportedError('user-mode undelete (the permission it needs is not documented)', loc);
    }
}
