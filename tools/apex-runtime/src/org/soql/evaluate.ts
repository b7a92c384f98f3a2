import type { OrgRecord } from '../record';
import type { ObjectDef } from '../schema';
import type { RecordStore, StoredRecord } from '../store';
import type { FieldValue } from '../values';
import type { AccessMode, SoqlQuery, Value } from './ast';
import { runAggregate, isAggregateQuery, type ColumnType } from './aggregate';
import { compileCondition, type Predicate } from './conditions';
import { SoqlSchemaError } from './errors';
import { compileOperand } from './operands';
import { sortRows, type CompiledOrder } from './ordering';
import { parseSoql } from './parser';
import { objectNamed, parentOf, readField, readPath, resolvePath, type ResolvedPath } from './paths';
import type { QueryOptions, QueryScope } from './scope';
import { compileWindow } from './window';

export interface QueryResult {
    /** `count` for `SELECT COUNT()`, `aggregate` for AggregateResult rows, else `records`. */
    readonly kind: 'records' | 'aggregate' | 'count';
    readonly objectType: string;
    readonly records: readonly OrgRecord[];
    /** The number `SELECT COUNT()` returns; null for other queries. */
    readonly count: number | null;
    /** Rows this query adds to the query-rows limit. */
    readonly rowCount: number;
    readonly accessMode: AccessMode;
    readonly forUpdate: boolean;
    /** Fields read, by object API name, for the field-level security checks of USER_MODE. */
    readonly referencedFields: ReadonlyMap<string, ReadonlySet<string>>;
    /** For aggregate rows: the Apex type of each column, by lower-case alias. */
    readonly columnTypes: ReadonlyMap<string, ColumnType>;
}

/** Parses and runs the text of a SOQL expression against the org's records. */
export function query(store: RecordStore, text: string, options: QueryOptions): QueryResult {
    return runQuery(store, parseSoql(text), options);
}

export function runQuery(store: RecordStore, parsed: SoqlQuery, options: QueryOptions): QueryResult {
    const scope: QueryScope = {
        store,
        schema: store.schema,
        options,
        referenced: new Map(),
        visibility: options.sharing?.(parsed.accessMode) ?? null,
        rows: 0
    };
    const object = objectNamed(scope.schema, parsed.from);
    const base = {
        objectType: object.apiName,
        accessMode: parsed.accessMode,
        forUpdate: parsed.forUpdate,
        referencedFields: scope.referenced
    };
    if (isAggregateQuery(parsed)) {
        const aggregate = runAggregate(scope, object, parsed, matcher(scope, object, parsed));
        return { ...base, ...aggregate, rowCount: scope.rows };
    }
    const records = compileSelect(scope, object, parsed)(null);
    scope.rows += records.length;
    return { ...base, kind: 'records', records, count: null, rowCount: scope.rows, columnTypes: new Map() };
}

/**
 * The records WHERE keeps, in creation order, deleted ones only with ALL ROWS; under sharing, only
 * those the running user can read ("a query may return fewer rows than it would operating in system
 * context", Enforce Sharing Rules, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.256.0.apexcode.meta/apexcode/apex_security_sharing_rules.htm).
 */
export function matcher(scope: QueryScope, object: ObjectDef, parsed: SoqlQuery): () => StoredRecord[] {
    const where: Predicate<StoredRecord> =
        parsed.where === null
            ? () => true
            : compileCondition(
                  scope,
                  parsed.where,
                  (operand) => compileOperand(scope, object, operand),
                  (value) => semiJoin(scope, value)
              );
    const visibility = scope.visibility;
    const readable: Predicate<StoredRecord> =
        visibility === null ? () => true : (record) => visibility.canAccess(record, 'read');
    return () => scope.store.all(object, parsed.allRows).filter(readable).filter(where);
}

/**
 * A semi-join or anti-join: `Id IN (SELECT AssigneeId FROM ...)`, the inner query selecting one
 * Id or reference field (Semi-Joins and Anti-Joins, SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_comparisonoperators.htm).
 */
function semiJoin(scope: QueryScope, value: Extract<Value, { kind: 'subquery' }>): FieldValue[] {
    const inner = value.query;
    const object = objectNamed(scope.schema, inner.from);
    const [item] = inner.select;
    if (inner.select.length !== 1 || item?.kind !== 'expression' || item.expression.kind !== 'field') {
        throw new SoqlSchemaError('a semi-join subquery selects exactly one field');
    }
    const path = resolvePath(scope.schema, object, item.expression.path, scope.referenced);
    const rows = matcher(scope, object, inner)();
    return rows.map((record) => readPath(scope.store, record, path, scope.visibility));
}

/** Which child records a subquery reads: those whose `field` holds the parent's Id. */
interface ChildFilter {
    readonly parentId: string;
    readonly field: string;
}

/**
 * Compiles a plain query or a child subquery once, fields, binds and nested subqueries included,
 * so names are checked even when no row matches and each bind is evaluated once.
 */
function compileSelect(
    scope: QueryScope,
    object: ObjectDef,
    parsed: SoqlQuery
): (filter: ChildFilter | null) => OrgRecord[] {
    const match = matcher(scope, object, parsed);
    const fields: ResolvedPath[] = [resolvePath(scope.schema, object, ['Id'], scope.referenced)];
    const children: { name: string; field: string; select: (filter: ChildFilter) => OrgRecord[] }[] = [];
    for (const item of parsed.select) {
        if (item.kind === 'subquery') {
            const relationship = object.childRelationships.get(item.query.from.toLowerCase());
            if (relationship === undefined) {
                throw new SoqlSchemaError(
                    `Didn't understand relationship '${item.query.from}' in FROM part of query call.`
                );
            }
            const childObject = objectNamed(scope.schema, relationship.childObject);
            children.push({
                name: item.query.from.toLowerCase(),
                field: relationship.field,
                select: compileSelect(scope, childObject, item.query)
            });
        } else if (item.expression.kind === 'field') {
            fields.push(resolvePath(scope.schema, object, item.expression.path, scope.referenced));
        } else {
            throw new SoqlSchemaError(`${item.expression.name}() needs an aggregate query`);
        }
    }
    const orders: CompiledOrder<StoredRecord>[] = parsed.orderBy.map((item) => ({
        ...compileOperand(scope, object, item.expression),
        item
    }));
    const limit = compileWindow(scope, parsed.limit, parsed.offset);
    return (filter) => {
        const rows = match().filter((record) => filter === null || record.values.get(filter.field) === filter.parentId);
        return limit(sortRows(rows, orders)).map((record) => {
            const projected = project(scope, record, fields);
            for (const child of children) {
                const childRows = child.select({ parentId: record.id, field: child.field });
                scope.rows += childRows.length;
                projected.children.set(child.name, childRows);
            }
            return projected;
        });
    };
}

interface RecordBuilder extends OrgRecord {
    readonly fields: Map<string, FieldValue>;
    readonly parents: Map<string, RecordBuilder | null>;
    readonly children: Map<string, readonly OrgRecord[]>;
}

function builder(objectType: string): RecordBuilder {
    return { objectType, fields: new Map(), parents: new Map(), children: new Map() };
}

/** The selected fields of a record, parents nested by relationship name. */
function project(scope: QueryScope, record: StoredRecord, paths: readonly ResolvedPath[]): RecordBuilder {
    const top = builder(record.object.apiName);
    for (const path of paths) {
        let target: RecordBuilder | null = top;
        let source: StoredRecord | null = record;
        for (const step of path.steps) {
            if (target === null || source === null) {
                break;
            }
            source = parentOf(scope.store, source, step, scope.visibility);
            const existing = target.parents.get(step.relationship);
            if (source === null) {
                if (existing === undefined) {
                    target.parents.set(step.relationship, null);
                }
                target = null;
            } else {
                const next: RecordBuilder = existing ?? builder(source.object.apiName);
                target.parents.set(step.relationship, next);
                target = next;
            }
        }
        if (target !== null && source !== null) {
            target.fields.set(path.field, readField(source, path));
        }
    }
    return top;
}
