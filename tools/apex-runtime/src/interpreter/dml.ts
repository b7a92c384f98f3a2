import {
    DmlFailure,
    DmlUsageError,
    type DmlInput,
    type DmlOperation,
    type DmlRowResult,
    type FieldValue
} from '../org/index';
import type { SourceLocation } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import type { Interpreter } from './interpreter';
import { primitiveFieldValue } from './org-values';
import { enforcesSharing } from './sharing-mode';
import { parentsAssignedInApex } from './sobjects';
import { enforceDmlAccess } from './user-mode';
import type { ApexSObject, ApexValue } from './values';

/**
 * The synchronous DML limits, from Execution Governors and Limits
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_gov_limits.htm):
 * 150 DML statements and 10,000 rows processed per transaction.
 */
export const DML_STATEMENT_LIMIT = 150;
export const DML_ROW_LIMIT = 10000;

export interface DmlCall {
    readonly operation: DmlOperation;
    readonly allOrNone: boolean;
    /** `upsert records Field__c`; null for Id. */
    readonly externalIdField: string | null;
    /**
     * `insert as system` and AccessLevel.SYSTEM_MODE. System mode lifts object and field
     * permissions only: record sharing follows the code's sharing mode either way.
     */
    readonly systemMode: boolean;
    /** `insert as user` and AccessLevel.USER_MODE: object and field permissions apply. */
    readonly userMode?: boolean;
}

/** The records a DML statement or Database method was given: one sObject or a list of them. */
export function recordsOf(value: ApexValue, loc: SourceLocation): ApexSObject[] {
    if (value === null) {
        throw new UnsupportedError('DML on a null value', loc);
    }
    const items = typeof value === 'object' && value.kind === 'List' ? value.items : [value];
    return items.map((item) => {
        if (item === null || typeof item !== 'object' || item.kind !== 'SObject') {
            throw new UnsupportedError('DML on a list holding something other than sObjects', loc);
        }
        return item;
    });
}

export function fieldValueOf(value: ApexValue, name: string, loc: SourceLocation): FieldValue {
    const primitive = primitiveFieldValue(value);
    if (primitive !== undefined || value === null || typeof value !== 'object') {
        return primitive ?? null;
    }
    throw new UnsupportedError(`DML with a ${value.kind} in the field ${name}`, loc);
}

/**
 * The fields a record hands to the org. A queried record also carries what the platform computes
 * (formulas, audit fields), which DML leaves alone; a record built in Apex carries only what was set.
 */
function rowOf(record: ApexSObject, operation: DmlOperation, loc: SourceLocation): DmlInput {
    const [assignedParent] = parentsAssignedInApex(record);
    if (assignedParent !== undefined) {
        throw new UnsupportedError(
            `DML of a record whose ${assignedParent} was assigned in Apex (a foreign key by external Id)`,
            loc
        );
    }
    const row = new Map<string, FieldValue>();
    const writable = (key: string): boolean => {
        const field = record.schema.fields.get(key);
        if (record.origin === 'new' || key === 'id' || field === undefined) {
            return true;
        }
        return operation === 'insert' ? field.createable : field.updateable;
    };
    for (const [key, value] of record.fields) {
        if (writable(key)) {
            row.set(key, fieldValueOf(value, key, loc));
        }
    }
    for (const [key, value] of record.raw) {
        if (writable(key)) {
            row.set(key, value);
        }
    }
    return row;
}

export function countDml(interpreter: Interpreter, rows: number): void {
    if (interpreter.limits.used('dmlStatements') >= DML_STATEMENT_LIMIT) {
        interpreter.throwSystem('LimitException', `Too many DML statements: ${DML_STATEMENT_LIMIT + 1}`);
    }
    interpreter.limits.count('dmlStatements');
    interpreter.limits.count('dmlRows', rows);
    if (interpreter.limits.used('dmlRows') > DML_ROW_LIMIT) {
        interpreter.throwSystem('LimitException', `Too many DML rows: ${interpreter.limits.used('dmlRows')}`);
    }
}

function idOf(record: ApexSObject, loc: SourceLocation): string {
    const id = record.fields.get('id');
    if (typeof id !== 'string') {
        throw new UnsupportedError('delete or undelete of a record without an Id', loc);
    }
    return id;
}

/**
 * Runs DML for the records and gives each inserted record its Id, as the platform does after a
 * successful insert (Things You Should Know about Data in Apex, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.238.0.apexcode.meta/pages/langCon_apex_dml_limitations.htm).
 * With allOrNone a failed row throws System.DmlException; otherwise the results say which failed.
 */
export function runDml(
    interpreter: Interpreter,
    records: readonly ApexSObject[],
    call: DmlCall,
    loc: SourceLocation
): DmlRowResult[] {
    const session = interpreter.session;
    if (call.userMode === true) {
        enforceDmlAccess(interpreter, records, call.operation, loc);
    }
    countDml(interpreter, records.length);
    if (records.length === 0) {
        return [];
    }
    const objectType = records[0]?.schema.apiName ?? '';
    if (records.some((record) => record.schema.apiName !== objectType)) {
        throw new UnsupportedError(`DML ${call.operation} on records of more than one object`, loc);
    }
    const sharing = enforcesSharing(interpreter, call.systemMode ? 'SYSTEM_MODE' : 'DEFAULT')
        ? session.org.sharing.visibilityFor(session.runningUserId)
        : null;
    const options = { allOrNone: call.allOrNone, context: session.context(), sharing };
    const dml = session.org.dml;
    let results: DmlRowResult[];
    try {
        switch (call.operation) {
            case 'insert':
            case 'update':
                results = dml[call.operation](
                    objectType,
                    records.map((record) => rowOf(record, call.operation, loc)),
                    options
                );
                break;
            case 'upsert':
                results = dml.upsert(
                    objectType,
                    records.map((record) => rowOf(record, 'upsert', loc)),
                    call.externalIdField,
                    options
                );
                break;
            case 'delete':
            case 'undelete':
                results = dml[call.operation](
                    records.map((record) => idOf(record, loc)),
                    options
                );
                break;
        }
    } catch (error) {
        if (error instanceof DmlFailure) {
            interpreter.throwDml(error.message, error.results);
        }
        if (error instanceof DmlUsageError) {
            interpreter.throwSystem('DmlException', error.message);
        }
        throw error;
    }
    results.forEach((result, index) => {
        const record = records[index];
        if (result.success && result.id !== null && record !== undefined) {
            record.fields.set('id', result.id);
        }
    });
    return results;
}
