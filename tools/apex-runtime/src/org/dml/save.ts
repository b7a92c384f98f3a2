import { UnsupportedError } from '../../unsupported';
import { isReference, type ObjectDef } from '../schema';
import type { RecordStore, StoredRecord } from '../store';
import type { FieldValue } from '../values';
import { assignAutoNumbers } from './auto-number';
import { applyDefaults, checkWritable, normaliseIds, validateFields } from './checks';
import type { DmlOptions, TriggerHooks, TriggerOperation, TriggerTiming, ValidationRunner } from './hooks';
import { rowError, type DmlRowError, type DmlRowResult } from './results';
import { recalculateRollups } from './rollups';
import { afterContentVersionSave, afterUserSave, beforeContentVersionSave, deriveFields } from './standard-behaviour';
import { uniqueErrors } from './unique';

/** One row of an insert or update as it goes through the order of execution. */
export interface SaveRow {
    /** The values the caller set, by lower-case API name; `id` for an update. */
    readonly given: ReadonlyMap<string, FieldValue>;
    /** The stored record an update changes; null for an insert. */
    readonly existing: StoredRecord | null;
}

export interface SaveEnvironment {
    readonly store: RecordStore;
    readonly hooks: TriggerHooks;
    readonly validate: ValidationRunner;
    readonly options: DmlOptions;
}

interface Working {
    readonly row: SaveRow;
    readonly values: Map<string, FieldValue>;
    readonly old: ReadonlyMap<string, FieldValue> | null;
    readonly errors: DmlRowError[];
    saved: StoredRecord | null;
}

/**
 * Saves rows of one object in the order of execution (Triggers and Order of Execution, Apex
 * Developer Guide: https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_order_of_execution.htm):
 * defaults, before triggers, system validation, validation rules, duplicate checks, save, after
 * triggers, roll-up summaries. Rows with errors are not saved; the caller decides about the rest.
 */
export function saveRows(env: SaveEnvironment, object: ObjectDef, rows: readonly SaveRow[]): DmlRowResult[] {
    if (object.kind === 'customMetadata') {
        throw new UnsupportedError(`DML on custom metadata records (${object.apiName})`);
    }
    const inserting = rows.every((row) => row.existing === null);
    const operation: TriggerOperation = inserting ? 'insert' : 'update';
    const working: Working[] = rows.map((row) => {
        const values = new Map(row.existing?.values ?? []);
        for (const [key, value] of row.given) {
            values.set(key, value);
        }
        const errors = [...checkWritable(object, row.given, row.existing === null)];
        errors.push(...normaliseIds(object, values));
        if (row.existing === null) {
            applyDefaults(object, values);
        }
        return { row, values, old: row.existing === null ? null : new Map(row.existing.values), errors, saved: null };
    });
    fire(
        env,
        object,
        'before',
        operation,
        working,
        (item) => item.values,
        (item) => item.old
    );
    const live = (): Working[] => working.filter((item) => item.errors.length === 0);
    for (const item of live()) {
        deriveFields(env.store, object, item.values);
        const written = (key: string): boolean =>
            item.old === null || (item.old.get(key) ?? null) !== (item.values.get(key) ?? null);
        item.errors.push(...validateFields(env.store, object, item.values, written));
        if (item.errors.length === 0) {
            item.errors.push(...env.validate(object.apiName, item.values, item.old));
        }
    }
    const candidates = live();
    uniqueErrors(
        env.store,
        object,
        candidates.map((item) => ({ id: item.row.existing?.id ?? null, values: item.values }))
    ).forEach((errors, index) => candidates[index]?.errors.push(...errors));
    for (const item of live()) {
        item.saved = persist(env, object, item);
    }
    fire(
        env,
        object,
        'after',
        operation,
        live(),
        (item) => new Map(item.saved?.values ?? []),
        (item) => item.old
    );
    rollupParents(env, object, working);
    return working.map((item) => ({
        id: item.saved?.id ?? item.row.existing?.id ?? null,
        success: item.errors.length === 0,
        created: inserting && item.errors.length === 0,
        errors: item.errors
    }));
}

function persist(env: SaveEnvironment, object: ObjectDef, item: Working): StoredRecord {
    const { store, options } = env;
    if (item.row.existing !== null) {
        const changed = new Map([...item.values].filter(([key, value]) => item.old?.get(key) !== value));
        store.write(item.row.existing, changed, options.context);
        if (object.apiName === 'User') {
            afterUserSave(store, item.row.existing, item.old?.get('profileid') ?? null, options.context);
        }
        return item.row.existing;
    }
    if (object.apiName === 'ContentVersion') {
        beforeContentVersionSave(store, item.values, options.context);
    }
    assignAutoNumbers(store, object, item.values);
    const saved = store.create(object, item.values, options.context);
    if (object.apiName === 'ContentVersion') {
        afterContentVersionSave(store, saved, options.context);
    }
    if (object.apiName === 'User') {
        afterUserSave(store, saved, null, options.context);
    }
    return saved;
}

/** Calls the object's triggers for the rows still without errors; addError fails a row. */
export function fire<Row extends { errors: DmlRowError[] }>(
    env: SaveEnvironment,
    object: ObjectDef,
    timing: TriggerTiming,
    operation: TriggerOperation,
    rows: readonly Row[],
    newValues: ((row: Row) => Map<string, FieldValue>) | null,
    oldValues: (row: Row) => ReadonlyMap<string, FieldValue> | null
): void {
    if (rows.length === 0 || !env.hooks.handles(object.apiName, timing, operation)) {
        return;
    }
    const olds =
        operation === 'insert' || operation === 'undelete' ? null : rows.map((row) => oldValues(row) ?? new Map());
    env.hooks.fire({
        objectType: object.apiName,
        operation,
        timing,
        newRows: newValues === null || operation === 'delete' ? null : rows.map(newValues),
        oldRows: olds,
        addError: (index, message) => {
            rows[index]?.errors.push(rowError('FIELD_CUSTOM_VALIDATION_EXCEPTION', message));
        }
    });
}

/** Parents whose roll-ups read this object: those the rows point at now and pointed at before. */
export function rollupParents(
    env: SaveEnvironment,
    object: ObjectDef,
    rows: readonly { values: ReadonlyMap<string, FieldValue>; old: ReadonlyMap<string, FieldValue> | null }[]
): void {
    const masterFields = [...object.fields.entries()].filter(
        ([, field]) => field.type === 'MasterDetail' && isReference(field.type)
    );
    if (masterFields.length === 0) {
        return;
    }
    const parents = new Set<string>();
    for (const row of rows) {
        for (const [key] of masterFields) {
            for (const value of [row.values.get(key), row.old?.get(key)]) {
                if (typeof value === 'string') {
                    parents.add(value);
                }
            }
        }
    }
    recalculateRollups(
        env.store,
        object,
        parents,
        env.options.context,
        (objectType) =>
            env.hooks.handles(objectType, 'before', 'update') || env.hooks.handles(objectType, 'after', 'update')
    );
}
