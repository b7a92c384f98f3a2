import { UnsupportedError } from '../../unsupported';
import type { ObjectDef } from '../schema';
import type { StoredRecord } from '../store';
import type { FieldValue } from '../values';
import { rowError, type DmlRowError, type DmlRowResult } from './results';
import { fire, rollupParents, type SaveEnvironment } from './save';

interface DeleteRow {
    readonly id: string;
    readonly record: StoredRecord | null;
    readonly errors: DmlRowError[];
    readonly old: ReadonlyMap<string, FieldValue> | null;
    readonly values: ReadonlyMap<string, FieldValue>;
}

/** What a delete did besides the record itself, so undelete can put it back. */
export interface CascadeRecord {
    readonly deletedChildren: string[];
    readonly clearedLookups: { readonly childId: string; readonly field: string }[];
}

/**
 * Deletes records of one object: master-detail children go to the recycle bin with their parent,
 * lookups with `SetNull` are cleared, and a `Restrict` lookup stops the delete (`deleteConstraint`,
 * CustomField, Metadata API Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm).
 * Cascaded children fire no triggers of their own.
 */
export function deleteRows(
    env: SaveEnvironment,
    object: ObjectDef,
    ids: readonly string[],
    cascades: Map<string, CascadeRecord>
): DmlRowResult[] {
    const rows: DeleteRow[] = ids.map((id) => {
        const record = env.store.get(id) ?? null;
        const errors = record === null || record.deleted ? [rowError('ENTITY_IS_DELETED', 'entity is deleted')] : [];
        const values = new Map(record?.values ?? []);
        return { id: record?.id ?? id, record, errors, old: values, values };
    });
    const live = (): DeleteRow[] => rows.filter((row) => row.errors.length === 0 && row.record !== null);
    fire(env, object, 'before', 'delete', live(), null, (row) => row.old);
    for (const row of live()) {
        if (row.record !== null) {
            cascades.set(row.id, cascade(env, row.record));
            env.store.setDeleted(row.record, true);
        }
    }
    fire(env, object, 'after', 'delete', live(), null, (row) => row.old);
    rollupParents(env, object, live());
    return rows.map((row) => ({ id: row.id, success: row.errors.length === 0, created: false, errors: row.errors }));
}

function cascade(env: SaveEnvironment, parent: StoredRecord): CascadeRecord {
    const done: CascadeRecord = { deletedChildren: [], clearedLookups: [] };
    for (const child of env.store.schema.objects()) {
        for (const [key, field] of child.fields) {
            if (field.type !== 'Lookup' && field.type !== 'MasterDetail') {
                continue;
            }
            const pointing = env.store.all(child, false).filter((row) => row.values.get(key) === parent.id);
            if (pointing.length === 0) {
                continue;
            }
            if (field.type === 'MasterDetail' || field.deleteConstraint === 'Cascade') {
                for (const row of pointing) {
                    const nested = cascade(env, row);
                    done.deletedChildren.push(row.id, ...nested.deletedChildren);
                    done.clearedLookups.push(...nested.clearedLookups);
                    env.store.setDeleted(row, true);
                }
                rollupParents(
                    env,
                    child,
                    pointing.map((row) => ({ values: row.values, old: null }))
                );
            } else if (field.deleteConstraint === 'Restrict') {
                throw new UnsupportedError(
                    `deleting a record that ${child.apiName}.${field.apiName} (a Restrict lookup) points at`
                );
            } else {
                for (const row of pointing) {
                    row.values.set(key, null);
                    done.clearedLookups.push({ childId: row.id, field: key });
                }
            }
        }
    }
    return done;
}

/**
 * Undeletes records from the recycle bin with what their delete cascaded (undelete, Apex Developer
 * Guide: https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_dml_undelete.htm).
 */
export function undeleteRows(
    env: SaveEnvironment,
    object: ObjectDef,
    ids: readonly string[],
    cascades: Map<string, CascadeRecord>
): DmlRowResult[] {
    const rows: DeleteRow[] = ids.map((id) => {
        const record = env.store.get(id) ?? null;
        const errors =
            record === null || !record.deleted ? [rowError('UNDELETE_FAILED', 'Entity is not in the recycle bin')] : [];
        return { id: record?.id ?? id, record, errors, old: null, values: new Map(record?.values ?? []) };
    });
    const live = (): DeleteRow[] => rows.filter((row) => row.errors.length === 0 && row.record !== null);
    fire(
        env,
        object,
        'before',
        'undelete',
        live(),
        (row) => new Map(row.values),
        () => null
    );
    for (const row of live()) {
        if (row.record === null) {
            continue;
        }
        env.store.setDeleted(row.record, false);
        const done = cascades.get(row.id);
        for (const childId of done?.deletedChildren ?? []) {
            const child = env.store.get(childId);
            if (child !== undefined) {
                env.store.setDeleted(child, false);
                rollupParents(env, child.object, [{ values: child.values, old: null }]);
            }
        }
        for (const cleared of done?.clearedLookups ?? []) {
            env.store.get(cleared.childId)?.values.set(cleared.field, row.id);
        }
        cascades.delete(row.id);
    }
    fire(
        env,
        object,
        'after',
        'undelete',
        live(),
        (row) => new Map(row.record?.values ?? []),
        () => null
    );
    rollupParents(env, object, live());
    return rows.map((row) => ({ id: row.id, success: row.errors.length === 0, created: false, errors: row.errors }));
}
