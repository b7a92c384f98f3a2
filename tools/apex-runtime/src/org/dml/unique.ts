import type { ObjectDef } from '../schema';
import type { RecordStore } from '../store';
import type { FieldValue } from '../values';
import { rowError, type DmlRowError } from './results';

export interface PendingRow {
    /** Null until an insert saves the row. */
    readonly id: string | null;
    readonly values: ReadonlyMap<string, FieldValue>;
}

/**
 * Unique fields: a value may appear once among the object's records, ignoring case unless the
 * field is case-sensitive (Custom Field Attributes, Salesforce Help:
 * https://help.salesforce.com/s/articleView?id=sf.custom_field_attributes.htm). Earlier rows of the
 * same operation count, so the second of two equal rows fails.
 */
export function uniqueErrors(store: RecordStore, object: ObjectDef, rows: readonly PendingRow[]): DmlRowError[][] {
    const uniqueFields = [...object.fields.values()].filter((field) => field.unique);
    const errors: DmlRowError[][] = rows.map(() => []);
    for (const field of uniqueFields) {
        const key = field.apiName.toLowerCase();
        const normal = (value: FieldValue): string | null =>
            value === null || value === '' ? null : field.caseSensitive ? String(value) : String(value).toLowerCase();
        const taken = new Map<string, string>();
        const rowIds = new Set(rows.flatMap((row) => (row.id === null ? [] : [row.id])));
        for (const record of store.all(object, false)) {
            const value = normal(record.values.get(key) ?? null);
            if (value !== null && !rowIds.has(record.id)) {
                taken.set(value, record.id);
            }
        }
        rows.forEach((row, index) => {
            const value = normal(row.values.get(key) ?? null);
            if (value === null) {
                return;
            }
            const holder = taken.get(value);
            if (holder !== undefined) {
                errors[index]?.push(
                    rowError(
                        'DUPLICATE_VALUE',
                        `duplicate value found: ${field.apiName} duplicates value on record with id: ${holder}`,
                        [field.apiName]
                    )
                );
            } else {
                taken.set(value, row.id ?? '<unknown>');
            }
        });
    }
    return errors;
}
