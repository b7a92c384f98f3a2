import { UnsupportedError } from '../../unsupported';
import type { ObjectDef } from '../schema';
import type { RecordStore, StoredRecord } from '../store';
import type { FieldValue } from '../values';
import { deleteRows, undeleteRows, type CascadeRecord } from './delete';
import type { DmlOptions, TriggerHooks, ValidationRunner } from './hooks';
import { DmlFailure, DmlUsageError, rowError, type DmlOperation, type DmlRowError, type DmlRowResult } from './results';
import { refusesDml } from '../standard-objects';
import { sharingErrors } from '../access/dml-sharing';
import { MixedDmlScopes } from './mixed-dml';
import { saveRows, type SaveEnvironment, type SaveRow } from './save';

/** A row handed to insert, update or upsert: the fields the sObject has set, by lower-case name. */
export type DmlInput = ReadonlyMap<string, FieldValue>;

/**
 * DML over the record store (DML Statements and Database methods, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dml_section.htm).
 * All-or-none: one failed row undoes the whole operation and throws DmlFailure. Partial success:
 * failed rows are reported and, when triggers ran, the rest is rolled back and saved again without
 * them, at most twice more (Bulk DML Exception Handling, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dml_bulk_exceptions.htm).
 */
export class Dml {
    private readonly cascades = new Map<string, CascadeRecord>();
    /** Setup and non-setup DML per transaction and System.runAs block. */
    readonly mixedDml = new MixedDmlScopes();

    constructor(
        private readonly store: RecordStore,
        private readonly hooks: TriggerHooks,
        private readonly validate: ValidationRunner
    ) {}

    insert(objectType: string, rows: readonly DmlInput[], options: DmlOptions): DmlRowResult[] {
        const object = this.object(objectType);
        this.guard('insert', object, rows, options);
        return this.run(
            'insert',
            options,
            rows.length,
            (env, keep) =>
                saveRows(
                    env,
                    object,
                    keep.map((index) => {
                        const given = rows[index] ?? new Map<string, FieldValue>();
                        return { given, existing: null };
                    })
                ),
            (index) =>
                (rows[index]?.get('id') ?? null) !== null
                    ? [rowError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id'])]
                    : this.accessErrors(options, object, 'insert', null, rows[index])
        );
    }

    update(objectType: string, rows: readonly DmlInput[], options: DmlOptions): DmlRowResult[] {
        const object = this.object(objectType);
        this.guard('update', object, rows, options);
        return this.run(
            'update',
            options,
            rows.length,
            (env, keep) =>
                saveRows(
                    env,
                    object,
                    keep.map((index) => this.updateRow(rows[index]))
                ),
            (index) => this.updateErrors(object, rows[index], options)
        );
    }

    /**
     * Upsert matches on Id, or on an external Id field (`upsert records Field__c`); any other field
     * is refused before a row is looked at (upsert, Apex Developer Guide:
     * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_dml_examples_upsert.htm).
     */
    upsert(
        objectType: string,
        rows: readonly DmlInput[],
        externalIdField: string | null,
        options: DmlOptions
    ): DmlRowResult[] {
        const object = this.object(objectType);
        this.guard('upsert', object, rows, options);
        const key = (externalIdField ?? 'Id').toLowerCase();
        const field = object.fields.get(key);
        if (field === undefined || (key !== 'id' && !field.externalId)) {
            throw new DmlUsageError(
                `Invalid field for upsert, must be an External Id custom or standard indexed field: ${externalIdField ?? 'Id'}`
            );
        }
        const matches = rows.map((row) => this.matchUpsert(object, key, field.caseSensitive, row));
        const inserts = matches.flatMap((match, index) => (match === null ? [index] : []));
        const updates = matches.flatMap((match, index) => (typeof match === 'string' ? [index] : []));
        return this.run(
            'upsert',
            options,
            rows.length,
            (env, keep) => {
                const results = new Map<number, DmlRowResult>();
                const insertRows = inserts.filter((index) => keep.includes(index));
                const updateRows = updates.filter((index) => keep.includes(index));
                saveRows(
                    env,
                    object,
                    insertRows.map((index) => ({ given: rows[index] ?? new Map(), existing: null }))
                ).forEach((result, position) => results.set(insertRows[position] ?? -1, result));
                saveRows(
                    env,
                    object,
                    updateRows.map((index) => this.updateRow(withId(rows[index], matches[index])))
                ).forEach((result, position) => results.set(updateRows[position] ?? -1, result));
                return keep.map((index) => results.get(index) ?? failedRow());
            },
            (index) => {
                const match = matches[index];
                if (match !== null && typeof match === 'object') {
                    return [match];
                }
                const existing = typeof match === 'string' ? (this.store.get(match) ?? null) : null;
                return this.accessErrors(options, object, 'upsert', existing, rows[index]);
            }
        );
    }

    delete(ids: readonly string[], options: DmlOptions): DmlRowResult[] {
        return this.byObject('delete', ids, options, (env, object, chunk) =>
            deleteRows(env, object, chunk, this.cascades)
        );
    }

    undelete(ids: readonly string[], options: DmlOptions): DmlRowResult[] {
        return this.byObject('undelete', ids, options, (env, object, chunk) =>
            undeleteRows(env, object, chunk, this.cascades)
        );
    }

    /** Refused operations, then the mixed DML rule. */
    private guard(operation: DmlOperation, object: ObjectDef, rows: readonly DmlInput[], options: DmlOptions): void {
        if (refusesDml(object.apiName, operation)) {
            const verb = operation.charAt(0).toUpperCase() + operation.slice(1);
            throw new DmlUsageError(`DML operation ${verb} not allowed on ${object.apiName}`);
        }
        this.mixedDml.check(operation, object.apiName, rows, options.allOrNone);
        this.refuseProfileAssignments(object, rows);
    }

    /**
     * The assignment of the permission set a user's profile owns comes and goes with the profile
     * (dml/standard-behaviour.ts); what the platform answers to DML on it directly is not
     * documented.
     */
    private refuseProfileAssignments(object: ObjectDef, rows: readonly ReadonlyMap<string, FieldValue>[]): void {
        if (object.apiName !== 'PermissionSetAssignment') {
            return;
        }
        for (const row of rows) {
            const setId = row.get('permissionsetid');
            if (typeof setId === 'string' && this.store.get(setId)?.values.get('isownedbyprofile') === true) {
                throw new UnsupportedError('DML on the assignment of a permission set a profile owns');
            }
        }
    }

    private object(objectType: string): ObjectDef {
        const object = this.store.schema.object(objectType);
        if (object === undefined) {
            throw new DmlUsageError(`sObject type '${objectType}' is not supported.`);
        }
        return object;
    }

    private updateRow(given: DmlInput | undefined): SaveRow {
        const row = given ?? new Map<string, FieldValue>();
        const id = row.get('id');
        const existing = typeof id === 'string' ? this.store.get(id) : undefined;
        if (existing === undefined) {
            throw new Error('update rows are checked before they are saved');
        }
        return { given: new Map([...row].filter(([key]) => key !== 'id')), existing };
    }

    /** What record sharing refuses of a row, when the call enforces it. */
    private accessErrors(
        options: DmlOptions,
        object: ObjectDef,
        operation: DmlOperation,
        existing: StoredRecord | null,
        given: DmlInput | undefined
    ): DmlRowError[] {
        const sharing = options.sharing ?? null;
        return sharing === null ? [] : sharingErrors(sharing, this.store, object, operation, existing, given ?? null);
    }

    /** MISSING_ARGUMENT without an Id, ENTITY_IS_DELETED when the record is gone. */
    private updateErrors(object: ObjectDef, row: DmlInput | undefined, options: DmlOptions) {
        const id = row?.get('id') ?? null;
        if (typeof id !== 'string') {
            return [rowError('MISSING_ARGUMENT', 'Id not specified in an update call', ['Id'])];
        }
        const existing = this.store.get(id);
        if (existing === undefined || existing.deleted) {
            return [rowError('ENTITY_IS_DELETED', 'entity is deleted')];
        }
        if (existing.object !== object) {
            return [rowError('INVALID_ID_FIELD', `invalid record id for ${object.apiName}: ${id}`, ['Id'])];
        }
        return this.accessErrors(options, object, 'update', existing, row);
    }

    /** The Id of the record an upsert row updates, null to insert, or the row's error. */
    private matchUpsert(object: ObjectDef, key: string, caseSensitive: boolean, row: DmlInput) {
        const value = row.get(key) ?? null;
        if (key === 'id') {
            if (value === null) {
                return null;
            }
            const existing = typeof value === 'string' ? this.store.get(value) : undefined;
            return existing === undefined || existing.deleted
                ? rowError('ENTITY_IS_DELETED', 'entity is deleted')
                : existing.id;
        }
        if (value === null) {
            throw new UnsupportedError(`upsert on ${object.apiName}.${key} with a null external Id`);
        }
        const normal = (candidate: FieldValue): string =>
            caseSensitive ? String(candidate) : String(candidate).toLowerCase();
        const found = this.store.all(object, false).filter((record) => {
            const stored = record.values.get(key) ?? null;
            return stored !== null && normal(stored) === normal(value);
        });
        if (found.length > 1) {
            return rowError(
                'DUPLICATE_EXTERNAL_ID',
                `${key}: more than one record found for external id field: [${found.map((record) => record.id).join(', ')}]`,
                [key]
            );
        }
        return found[0]?.id ?? null;
    }

    private byObject(
        operation: DmlOperation,
        ids: readonly string[],
        options: DmlOptions,
        action: (env: SaveEnvironment, object: ObjectDef, ids: readonly string[]) => DmlRowResult[]
    ): DmlRowResult[] {
        const objects = new Set(ids.map((id) => this.store.schema.objectOfId(id)));
        if (objects.size > 1) {
            throw new UnsupportedError(`${operation} of records of more than one object in one call`);
        }
        const [object] = [...objects];
        if (object !== undefined) {
            this.guard(operation, object, [], options);
            this.refuseProfileAssignments(
                object,
                ids.map((id) => this.store.get(id)?.values ?? new Map())
            );
        }
        if (object === undefined) {
            return this.run(
                operation,
                options,
                ids.length,
                () => [],
                () => [rowError('ENTITY_IS_DELETED', 'entity is deleted')]
            );
        }
        return this.run(
            operation,
            options,
            ids.length,
            (env, keep) =>
                action(
                    env,
                    object,
                    keep.map((index) => ids[index] ?? '')
                ),
            (index) => {
                // A record already deleted (or not deleted, for undelete) fails on its own first.
                const existing = this.store.get(ids[index] ?? '');
                const applies = existing !== undefined && existing.deleted === (operation === 'undelete');
                return applies ? this.accessErrors(options, object, operation, existing, undefined) : [];
            }
        );
    }

    /**
     * Runs an operation on the rows that passed their first checks, undoing it all when
     * all-or-none fails or an exception escapes a trigger, and retrying partial success without the
     * rows that failed once triggers ran.
     */
    private run(
        operation: DmlOperation,
        options: DmlOptions,
        count: number,
        attempt: (env: SaveEnvironment, keep: number[]) => DmlRowResult[],
        precheck: (index: number) => ReturnType<typeof rowError>[] = () => []
    ): DmlRowResult[] {
        const env: SaveEnvironment = { store: this.store, hooks: this.hooks, validate: this.validate, options };
        const final: (DmlRowResult | null)[] = Array.from({ length: count }, (_, index) => {
            const errors = precheck(index);
            return errors.length > 0 ? { id: null, success: false, created: false, errors } : null;
        });
        let keep = final.flatMap((result, index) => (result === null ? [index] : []));
        const snapshot = this.store.snapshot();
        for (let pass = 0; pass < 3; pass++) {
            let results: DmlRowResult[];
            try {
                results = attempt(env, keep);
            } catch (error) {
                this.store.restore(snapshot);
                throw error;
            }
            const failed = keep.filter((_, position) => results[position]?.success !== true);
            keep.forEach((index, position) => {
                final[index] = results[position] ?? failedRow();
            });
            if (options.allOrNone && final.some((result) => result?.success !== true)) {
                this.store.restore(snapshot);
                throw new DmlFailure(
                    operation,
                    final.map((result) => result ?? failedRow())
                );
            }
            if (failed.length === 0 || pass === 2) {
                break;
            }
            if (keep.length === failed.length) {
                this.store.restore(snapshot);
                break;
            }
            this.store.restore(snapshot);
            keep = keep.filter((index) => !failed.includes(index));
        }
        return final.map((result) => result ?? failedRow());
    }
}

function withId(row: DmlInput | undefined, id: unknown): DmlInput {
    const copy = new Map(row ?? []);
    if (typeof id === 'string') {
        copy.set('id', id);
    }
    return copy;
}

function failedRow(): DmlRowResult {
    return { id: null, success: false, created: false, errors: [rowError('UNKNOWN_EXCEPTION', 'row not processed')] };
}
