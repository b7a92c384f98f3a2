import { UnsupportedError } from '../../unsupported';
import { isDate, isDateTime, type FieldValue } from '../values';
import type { ComparisonOperator, Condition, Value } from './ast';
import { compareValues, describe, includesItem, like } from './compare';
import { SoqlSchemaError } from './errors';
import type { CompiledOperand } from './operands';
import type { QueryScope } from './scope';
import { dateLiteralRange, localParts, startOfLocalDay, type DayRange } from './time';

/** Tests one row: a record, or a group of an aggregate query. */
export type Predicate<Row> = (row: Row) => boolean;

/** Compiles an operand for the rows a condition tests. */
export type OperandCompiler<Row> = (operand: Extract<Condition, { kind: 'compare' }>['left']) => {
    readonly read: (row: Row) => FieldValue;
    readonly type: CompiledOperand['type'];
};

/** Evaluates a nested `SELECT` of a semi-join or anti-join to the values it selects. */
export type SubqueryRunner = (value: Extract<Value, { kind: 'subquery' }>) => FieldValue[];

type Resolved =
    | { readonly kind: 'scalar'; readonly value: FieldValue; readonly pattern: string | null }
    | { readonly kind: 'list'; readonly values: readonly FieldValue[] }
    | { readonly kind: 'range'; readonly range: DayRange };

/** Binds are evaluated once, when the condition compiles, as Apex evaluates them once per query. */
export function compileCondition<Row>(
    scope: QueryScope,
    condition: Condition,
    operands: OperandCompiler<Row>,
    subquery: SubqueryRunner
): Predicate<Row> {
    switch (condition.kind) {
        case 'and': {
            const items = condition.items.map((item) => compileCondition(scope, item, operands, subquery));
            return (row) => items.every((item) => item(row));
        }
        case 'or': {
            const items = condition.items.map((item) => compileCondition(scope, item, operands, subquery));
            return (row) => items.some((item) => item(row));
        }
        case 'not': {
            const item = compileCondition(scope, condition.item, operands, subquery);
            return (row) => !item(row);
        }
        case 'compare': {
            const left = operands(condition.left);
            const right = resolveValue(scope, condition.right, subquery);
            const type = left.type === 'Integer' ? null : left.type;
            const timeZone = scope.options.context.timeZone;
            return (row) => test(left.read(row), condition.operator, right, type, timeZone);
        }
    }
}

function resolveValue(scope: QueryScope, value: Value, subquery: SubqueryRunner): Resolved {
    switch (value.kind) {
        case 'literal':
            return { kind: 'scalar', value: value.value, pattern: null };
        case 'string':
            return { kind: 'scalar', value: value.value, pattern: value.pattern };
        case 'bind': {
            const bound = scope.options.resolveBind(value);
            return isList(bound)
                ? { kind: 'list', values: bound }
                : { kind: 'scalar', value: bound, pattern: typeof bound === 'string' ? bound : null };
        }
        case 'list':
            return {
                kind: 'list',
                values: value.items.map((item) => {
                    const resolved = resolveValue(scope, item, subquery);
                    if (resolved.kind !== 'scalar') {
                        throw new UnsupportedError('SOQL list item that is not a single value');
                    }
                    return resolved.value;
                })
            };
        case 'subquery':
            return { kind: 'list', values: subquery(value) };
        case 'dateLiteral': {
            const today = localParts(scope.options.context.now(), scope.options.context.timeZone);
            return { kind: 'range', range: dateLiteralRange(value.name, value.n, today) };
        }
    }
}

function isList(value: FieldValue | readonly FieldValue[]): value is readonly FieldValue[] {
    return Array.isArray(value);
}

function test(
    left: FieldValue,
    operator: ComparisonOperator,
    right: Resolved,
    type: Parameters<typeof compareValues>[2],
    timeZone: string
): boolean {
    if (right.kind === 'range') {
        return inRange(left, operator, right.range, timeZone);
    }
    if (right.kind === 'list') {
        return testList(left, operator, right.values, type);
    }
    // On a checkbox, null means false (Use null in WHERE, SOQL and SOSL Reference:
    // https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_null.htm);
    // a missing parent reads as null, so `Parent.Field = null` keeps the record.
    const value = right.value === null && type === 'Checkbox' ? false : right.value;
    switch (operator) {
        case '=':
            return value === null ? left === null : left !== null && compareValues(left, value, type) === 0;
        case '!=':
            return value === null ? left !== null : left === null || compareValues(left, value, type) !== 0;
        case '<':
        case '<=':
        case '>':
        case '>=':
            return left !== null && value !== null && ordered(compareValues(left, value, type), operator);
        case 'LIKE':
            if (typeof value !== 'string' || right.pattern === null) {
                throw new SoqlSchemaError(`LIKE needs a text pattern, not ${describe(value)}`);
            }
            return typeof left === 'string' && like(left, right.pattern);
        default:
            throw new UnsupportedError(`SOQL ${operator} with a single value`);
    }
}

function ordered(comparison: number, operator: '<' | '<=' | '>' | '>='): boolean {
    switch (operator) {
        case '<':
            return comparison < 0;
        case '<=':
            return comparison <= 0;
        case '>':
            return comparison > 0;
        case '>=':
            return comparison >= 0;
    }
}

function testList(
    left: FieldValue,
    operator: ComparisonOperator,
    values: readonly FieldValue[],
    type: Parameters<typeof compareValues>[2]
): boolean {
    const member = (): boolean =>
        left !== null && values.some((value) => value !== null && compareValues(left, value, type) === 0);
    switch (operator) {
        case 'IN':
            return member();
        case 'NOT IN':
            return !member();
        case 'INCLUDES':
        case 'EXCLUDES': {
            const selected = typeof left === 'string' ? left : null;
            const any = values.some((value) => typeof value === 'string' && includesItem(selected, value));
            return operator === 'INCLUDES' ? any : !any;
        }
        default:
            throw new UnsupportedError(`SOQL ${operator} with a list`);
    }
}

/** A date literal is a range: `=` inside it, `<` before its start, `>` after its end. */
function inRange(left: FieldValue, operator: ComparisonOperator, range: DayRange, timeZone: string): boolean {
    if (left === null) {
        return operator === '!=';
    }
    let position: number;
    if (isDate(left)) {
        position = left.iso < range.start ? -1 : left.iso >= range.end ? 1 : 0;
    } else if (isDateTime(left)) {
        const start = dayStart(range.start, timeZone);
        const end = dayStart(range.end, timeZone);
        position = left.epochMs < start ? -1 : left.epochMs >= end ? 1 : 0;
    } else {
        throw new SoqlSchemaError('a date literal compares with a date or datetime field');
    }
    switch (operator) {
        case '=':
            return position === 0;
        case '!=':
            return position !== 0;
        case '<':
            return position < 0;
        case '<=':
            return position <= 0;
        case '>':
            return position > 0;
        case '>=':
            return position >= 0;
        default:
            throw new SoqlSchemaError(`${operator} does not take a date literal`);
    }
}

function dayStart(iso: string, timeZone: string): number {
    const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
    return startOfLocalDay(year, month, day, timeZone);
}
