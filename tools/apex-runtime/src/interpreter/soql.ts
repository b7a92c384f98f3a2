import {
    SoqlSchemaError,
    SoqlSyntaxError,
    type AccessMode,
    type Bind,
    type BindValue,
    type QueryResult
} from '../org/index';
import type { Expression, SourceLocation } from '../parser/ast';
import { parseExpression } from '../parser/parse';
import { UnsupportedError } from '../unsupported';
import { evaluate } from './expressions';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { bindValueOf, wrapRecord } from './org-values';
import { enforcesSharing } from './sharing-mode';
import { enforceQueryAccess } from './user-mode';
import { integer, newList, type ApexList, type ApexValue } from './values';

/**
 * The synchronous limits on SOQL, from Execution Governors and Limits
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_gov_limits.htm):
 * 100 queries and 50,000 rows retrieved per transaction; the one past the limit throws the
 * System.LimitException that names it, which Apex cannot catch.
 */
export const QUERY_LIMIT = 100;
export const QUERY_ROW_LIMIT = 50000;

/** Each bind's Apex text is parsed once, wherever it occurs. */
const lowered = new Map<string, Expression>();

/** Where a bind's text starts: its offset into the query counted from the query's own position. */
function bindLocation(query: string, at: SourceLocation, offset: number): SourceLocation {
    const before = query.slice(0, offset).split('\n');
    const line = at.line + before.length - 1;
    const column = before.length === 1 ? at.column + offset : (before[before.length - 1]?.length ?? 0) + 1;
    return { file: at.file, line, column };
}

/** Binds of inline SOQL: each `:expression` evaluated in the scope the query runs in. */
export function scopeBinds(interpreter: Interpreter, text: string, frame: Frame, at: SourceLocation) {
    return (bind: Bind): BindValue => {
        const loc = bindLocation(text, at, bind.offset);
        const key = `${loc.file}:${loc.line}:${loc.column}:${bind.text}`;
        let expression = lowered.get(key);
        if (expression === undefined) {
            expression = parseExpression(bind.text, loc);
            lowered.set(key, expression);
        }
        return bindValueOf(evaluate(interpreter, expression, frame), loc);
    };
}

/** How a query is run: from Database methods (`dynamic`), with their AccessLevel argument. */
export interface QueryCall {
    readonly dynamic: boolean;
    readonly access: 'SYSTEM_MODE' | 'USER_MODE' | null;
    /** False for the part of a SOSL search the runtime reads as SOQL: the search is what counts. */
    readonly counted?: boolean;
}

/**
 * Queries of custom metadata types are unlimited in Apex, unless they read a long text area field
 * (Custom Metadata Allocations and Usage Calculations, Salesforce Help:
 * https://help.salesforce.com/s/articleView?id=platform.custommetadatatypes_limits.htm&language=en_US&type=5).
 */
function countsAsAQuery(interpreter: Interpreter, result: QueryResult): boolean {
    const object = interpreter.schema.object(result.objectType);
    if (object?.kind !== 'customMetadata') {
        return true;
    }
    const fields = result.referencedFields.get(object.apiName) ?? new Set<string>();
    return [...fields].some((name) => object.fields.get(name.toLowerCase())?.type === 'LongTextArea');
}

/**
 * Runs a query in the current transaction, counting it against the limits. `dynamic` queries
 * (Database.query) report an invalid query as the System.QueryException Apex can catch; for inline
 * SOQL it is a class that would not compile.
 */
export function runSoql(
    interpreter: Interpreter,
    text: string,
    resolveBind: (bind: Bind) => BindValue,
    loc: SourceLocation,
    how: QueryCall
): ApexValue {
    const session = interpreter.session;
    let result: QueryResult;
    try {
        result = session.org.query(text, resolveBind, session.context(), (mode) =>
            enforcesSharing(interpreter, how.access ?? mode)
        );
    } catch (error) {
        if (error instanceof SoqlSchemaError || error instanceof SoqlSyntaxError) {
            if (how.dynamic) {
                interpreter.throwSystem('QueryException', error.message);
            }
            throw new UnsupportedError(`inline SOQL that would not compile (${error.message})`, loc);
        }
        throw error;
    }
    checkAccess(interpreter, result, how.access ?? result.accessMode, loc);
    const counted = (how.counted ?? true) && countsAsAQuery(interpreter, result);
    if (counted && interpreter.limits.used('queries') >= QUERY_LIMIT) {
        interpreter.throwSystem('LimitException', `Too many SOQL queries: ${QUERY_LIMIT + 1}`);
    }
    if (counted) {
        interpreter.limits.count('queries');
    }
    interpreter.limits.count('queryRows', result.rowCount);
    if (interpreter.limits.used('queryRows') > QUERY_ROW_LIMIT) {
        interpreter.throwSystem('LimitException', `Too many query rows: ${interpreter.limits.used('queryRows')}`);
    }
    if (result.kind === 'count') {
        return integer(result.count ?? 0);
    }
    const objectOf = (apiName: string) => {
        const object = session.org.schema.object(apiName);
        if (object === undefined) {
            throw new Error(`the org returned a record of unknown object ${apiName}`);
        }
        return object;
    };
    const records = result.records.map((record) => wrapRecord(record, objectOf, result.columnTypes));
    return queryList(interpreter, result.kind === 'aggregate' ? 'AggregateResult' : result.objectType, records);
}

/**
 * User mode checks the running user's object and field permissions (user-mode.ts). WITH
 * SECURITY_ENFORCED checks only the SELECT and FROM clauses (Filter SOQL Queries Using WITH
 * SECURITY_ENFORCED, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_with_security_enforced.htm),
 * and the org does not tell the clauses' fields apart: UNSUPPORTED. Record sharing filtered the
 * rows already, where the code's sharing mode enforces it (sharing-mode.ts).
 */
function checkAccess(interpreter: Interpreter, result: QueryResult, mode: AccessMode, loc: SourceLocation): void {
    if (mode === 'SECURITY_ENFORCED') {
        throw new UnsupportedError('SOQL WITH SECURITY_ENFORCED (the fields of its SELECT clause alone)', loc);
    }
    if (mode === 'USER_MODE') {
        enforceQueryAccess(interpreter, result);
    }
}

/**
 * The rows as a List<SObject>. Assigned to a single sObject it must hold exactly one row, else "a
 * runtime exception results" (Using SOQL Queries That Return One Record,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/api/langCon_apex_SOQL_single_row.htm):
 * the System.QueryException with the platform's two messages.
 */
function queryList(interpreter: Interpreter, objectType: string, records: ApexValue[]): ApexList {
    const list = newList({ kind: 'sobject', name: objectType }, records);
    list.singleRow = () => {
        if (records.length === 0) {
            interpreter.throwSystem('QueryException', 'List has no rows for assignment to SObject');
        }
        if (records.length > 1) {
            interpreter.throwSystem('QueryException', 'List has more than 1 row for assignment to SObject');
        }
        return records[0] ?? null;
    };
    return list;
}

/** `[SELECT ...]` in Apex code. */
export function inlineQuery(interpreter: Interpreter, text: string, frame: Frame, loc: SourceLocation): ApexValue {
    return runSoql(interpreter, text, scopeBinds(interpreter, text, frame, loc), loc, { dynamic: false, access: null });
}
