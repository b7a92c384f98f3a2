import { UnsupportedError } from '../../unsupported';
import type { FieldType, ObjectDef } from '../schema';
import type { StoredRecord } from '../store';
import { isDate, isDateTime, type FieldValue } from '../values';
import type { Operand } from './ast';
import { SoqlSchemaError } from './errors';
import { readPath, resolvePath, type ResolvedPath } from './paths';
import type { QueryScope } from './scope';
import { dateParts, isoDay, localParts } from './time';
import { date } from '../values';

/** A field or date function compiled against the queried object. */
export interface CompiledOperand {
    readonly read: (record: StoredRecord) => FieldValue;
    /** The field's type, or the function's result type. */
    readonly type: FieldType | 'Integer' | null;
    /** Set for a plain field path. */
    readonly path: ResolvedPath | null;
}

/**
 * Date functions, in the running user's time zone (Date Functions, SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_date_functions.htm).
 */
const DATE_FUNCTIONS = new Set([
    'CALENDAR_YEAR',
    'CALENDAR_MONTH',
    'CALENDAR_QUARTER',
    'DAY_IN_MONTH',
    'DAY_ONLY',
    'HOUR_IN_DAY'
]);

export function compileOperand(scope: QueryScope, object: ObjectDef, operand: Operand): CompiledOperand {
    if (operand.kind === 'field') {
        const path = resolvePath(scope.schema, object, operand.path, scope.referenced);
        return {
            read: (record) => readPath(scope.store, record, path, scope.visibility),
            type: path.definition?.type ?? null,
            path
        };
    }
    if (!DATE_FUNCTIONS.has(operand.name)) {
        throw new UnsupportedError(`SOQL function ${operand.name} here`);
    }
    const [argument] = operand.args;
    if (argument === undefined || operand.args.length !== 1) {
        throw new SoqlSchemaError(`${operand.name} takes one field`);
    }
    const inner = compileOperand(scope, object, argument);
    const timeZone = scope.options.context.timeZone;
    return {
        read: (record) => dateFunction(operand.name, inner.read(record), timeZone),
        type: operand.name === 'DAY_ONLY' ? 'Date' : 'Integer',
        path: null
    };
}

function dateFunction(name: string, value: FieldValue, timeZone: string): FieldValue {
    if (value === null) {
        return null;
    }
    let parts: { year: number; month: number; day: number; hour: number };
    if (isDateTime(value)) {
        parts = localParts(value.epochMs, timeZone);
    } else if (isDate(value)) {
        if (name === 'HOUR_IN_DAY' || name === 'DAY_ONLY') {
            throw new SoqlSchemaError(`${name} takes a datetime field`);
        }
        parts = { ...dateParts(value), hour: 0 };
    } else {
        throw new SoqlSchemaError(`${name} takes a date or datetime field`);
    }
    switch (name) {
        case 'CALENDAR_YEAR':
            return parts.year;
        case 'CALENDAR_MONTH':
            return parts.month;
        case 'CALENDAR_QUARTER':
            return Math.floor((parts.month - 1) / 3) + 1;
        case 'DAY_IN_MONTH':
            return parts.day;
        case 'HOUR_IN_DAY':
            return parts.hour;
        default:
            return date(isoDay(parts.year, parts.month, parts.day));
    }
}
