import { UnsupportedError } from '../../unsupported';
import { AGGREGATE_RESULT, type OrgRecord } from '../record';
import type { FieldType, ObjectDef } from '../schema';
import type { StoredRecord } from '../store';
import type { FieldValue } from '../values';
import type { FunctionCall, Operand, SoqlQuery } from './ast';
import { compareValues } from './compare';
import { compileCondition } from './conditions';
import { SoqlSchemaError } from './errors';
import { window } from './window';
import { compileOperand, type CompiledOperand } from './operands';
import { sortRows, type CompiledOrder } from './ordering';
import { isAggregate } from './parser';
import type { QueryScope } from './scope';

/** The Apex type of an AggregateResult column, or of the field it reads. */
export type ColumnType = FieldType | 'Integer' | 'Decimal';

interface Group {
    readonly keys: readonly FieldValue[];
    readonly records: StoredRecord[];
}

export function isAggregateQuery(query: SoqlQuery): boolean {
    return (
        query.groupBy.length > 0 ||
        query.select.some((item) => item.kind === 'expression' && isAggregate(item.expression))
    );
}

function isCountOnly(query: SoqlQuery): boolean {
    const [item] = query.select;
    return (
        query.select.length === 1 &&
        item?.kind === 'expression' &&
        item.expression.kind === 'function' &&
        item.expression.name === 'COUNT' &&
        item.expression.args.length === 0
    );
}

/**
 * Aggregate queries (Aggregate Functions and GROUP BY, SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_agg_functions.htm).
 * Unaliased aggregates are named expr0, expr1, ... in select order; grouped fields keep their name.
 * Rows counted toward the limit: COUNT() and COUNT(field) count one row per group (one without
 * GROUP BY), other aggregates every row they read (Working with SOQL Aggregate Functions, Apex
 * Developer Guide: https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_SOQL_agg_fns.htm).
 */
export function runAggregate(
    scope: QueryScope,
    object: ObjectDef,
    query: SoqlQuery,
    match: () => StoredRecord[]
): { kind: 'aggregate' | 'count'; records: OrgRecord[]; count: number | null; columnTypes: Map<string, ColumnType> } {
    if (isCountOnly(query)) {
        const counted = window(scope, match(), query.limit, query.offset).length;
        scope.rows += 1;
        return { kind: 'count', records: [], count: counted, columnTypes: new Map() };
    }
    const groupOperands = query.groupBy.map((operand) => compileOperand(scope, object, operand));
    const columns = compileColumns(scope, object, query);
    const records = match();
    const groups = groupRecords(records, groupOperands, query.groupBy.length === 0);
    const groupValue = (operand: Operand): ((group: Group) => FieldValue) =>
        compileGroupOperand(scope, object, query, operand);
    const having =
        query.having === null
            ? () => true
            : compileCondition<Group>(
                  scope,
                  query.having,
                  (operand) => ({ read: groupValue(operand), type: orderType(columnTypeOf(scope, object, operand)) }),
                  () => {
                      throw new UnsupportedError('SOQL semi-join in HAVING');
                  }
              );
    const orders: CompiledOrder<Group>[] = query.orderBy.map((item) => ({
        read: groupValue(item.expression),
        type: orderType(columnTypeOf(scope, object, item.expression)),
        item
    }));
    const kept = window(scope, sortRows(groups.filter(having), orders), query.limit, query.offset);
    const countsOnly = columns.every((column) => column.counting);
    scope.rows += countsOnly ? kept.length : records.length;
    return {
        kind: 'aggregate',
        records: kept.map((group) => ({
            objectType: AGGREGATE_RESULT,
            fields: new Map(columns.map((column) => [column.key, column.read(group)])),
            parents: new Map(),
            children: new Map()
        })),
        count: null,
        columnTypes: new Map(columns.map((column) => [column.key, column.type]))
    };
}

interface Column {
    readonly key: string;
    readonly read: (group: Group) => FieldValue;
    readonly type: ColumnType;
    /** Grouped values, COUNT and COUNT_DISTINCT: one query row per group. */
    readonly counting: boolean;
}

function compileColumns(scope: QueryScope, object: ObjectDef, query: SoqlQuery): Column[] {
    let unaliased = 0;
    return query.select.map((item) => {
        if (item.kind === 'subquery') {
            throw new SoqlSchemaError('an aggregate query has no child subqueries');
        }
        const expression = item.expression;
        const key = (
            item.alias ??
            (expression.kind === 'field' ? (expression.path[expression.path.length - 1] ?? '') : `expr${unaliased++}`)
        ).toLowerCase();
        const counting =
            !isAggregate(expression) || (expression.kind === 'function' && expression.name.startsWith('COUNT'));
        return {
            key,
            read: compileGroupOperand(scope, object, query, expression),
            type: columnTypeOf(scope, object, expression),
            counting
        };
    });
}

function groupRecords(
    records: readonly StoredRecord[],
    operands: readonly CompiledOperand[],
    single: boolean
): Group[] {
    if (single) {
        return [{ keys: [], records: [...records] }];
    }
    const groups = new Map<string, Group>();
    for (const record of records) {
        const keys = operands.map((operand) => operand.read(record));
        const key = JSON.stringify(keys.map(groupKey));
        const group = groups.get(key) ?? { keys, records: [] };
        group.records.push(record);
        groups.set(key, group);
    }
    return [...groups.values()];
}

/** Text groups without regard to case, as SOQL compares text; Ids by their 15-character form. */
function groupKey(value: FieldValue): string {
    if (value === null) {
        return 'null';
    }
    if (typeof value === 'string') {
        return /^[0-9A-Za-z]{18}$/.test(value) ? `id:${value.slice(0, 15)}` : `s:${value.toLowerCase()}`;
    }
    if (typeof value === 'object') {
        return value.kind === 'date' ? `d:${value.iso}` : value.kind === 'datetime' ? `t:${value.epochMs}` : 'blob';
    }
    return `${typeof value}:${String(value)}`;
}

function sameOperand(left: Operand, right: Operand): boolean {
    return JSON.stringify(left).toLowerCase() === JSON.stringify(right).toLowerCase();
}

/** A grouped expression reads the group's key; an aggregate computes over the group's records. */
function compileGroupOperand(
    scope: QueryScope,
    object: ObjectDef,
    query: SoqlQuery,
    operand: Operand
): (group: Group) => FieldValue {
    const grouped = query.groupBy.findIndex((candidate) => sameOperand(candidate, operand));
    if (grouped >= 0) {
        return (group) => group.keys[grouped] ?? null;
    }
    if (operand.kind === 'function' && isAggregate(operand)) {
        return compileAggregate(scope, object, operand);
    }
    throw new SoqlSchemaError(
        `${operand.kind === 'field' ? operand.path.join('.') : operand.name} must be grouped or aggregated`
    );
}

function compileAggregate(scope: QueryScope, object: ObjectDef, call: FunctionCall): (group: Group) => FieldValue {
    const [argument] = call.args;
    if (argument === undefined) {
        if (call.name !== 'COUNT') {
            throw new SoqlSchemaError(`${call.name} takes a field`);
        }
        return (group) => group.records.length;
    }
    const operand = compileOperand(scope, object, argument);
    const values = (group: Group): FieldValue[] =>
        group.records.map((record) => operand.read(record)).filter((value) => value !== null);
    const type = operand.type === 'Integer' ? null : operand.type;
    switch (call.name) {
        case 'COUNT':
            return (group) => values(group).length;
        case 'COUNT_DISTINCT':
            return (group) => new Set(values(group).map(groupKey)).size;
        case 'SUM':
        case 'AVG':
            return (group) => {
                const numbers = values(group).map((value) => {
                    if (typeof value !== 'number') {
                        throw new SoqlSchemaError(`${call.name} takes a number field`);
                    }
                    return value;
                });
                if (numbers.length === 0) {
                    return null;
                }
                const sum = numbers.reduce((total, value) => total + value, 0);
                return call.name === 'SUM' ? sum : sum / numbers.length;
            };
        case 'MIN':
        case 'MAX':
            return (group) =>
                values(group).reduce<FieldValue>((best, value) => {
                    if (best === null) {
                        return value;
                    }
                    const comparison = compareValues(value, best, type);
                    return (call.name === 'MIN' ? comparison < 0 : comparison > 0) ? value : best;
                }, null);
        default:
            throw new UnsupportedError(`SOQL aggregate ${call.name}`);
    }
}

function columnTypeOf(scope: QueryScope, object: ObjectDef, operand: Operand): ColumnType {
    if (operand.kind === 'function') {
        if (operand.name === 'COUNT' || operand.name === 'COUNT_DISTINCT') {
            return 'Integer';
        }
        if (operand.name === 'SUM' || operand.name === 'AVG') {
            return 'Decimal';
        }
        const [argument] = operand.args;
        if ((operand.name === 'MIN' || operand.name === 'MAX') && argument !== undefined) {
            return columnTypeOf(scope, object, argument);
        }
    }
    const compiled = compileOperand(scope, object, operand);
    return compiled.type ?? 'Id';
}

function orderType(type: ColumnType): CompiledOperand['type'] {
    return type === 'Decimal' ? 'Number' : type;
}
