import type { FieldDef, ObjectDef } from '../schema';
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
/**
 * A User's Username "must be unique across all organizations" (User, Object Reference for the
 * Salesforce Platform: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_user.htm);
 * the in-memory org knows only its own users. The reference gives neither the status code nor the
 * message: both are the platform's, as Salesforce Help quotes them (Resolve Duplicate Username
 * Error, https://help.salesforce.com/s/articleView?id=000381924&type=1). Usernames are compared
 * ignoring case.
 */
const USERNAME_MESSAGE =
    "Duplicate Username.<br>The username already exists in this or another Salesforce organization. Usernames must be unique across all Salesforce organizations. To resolve, use a different username (it doesn't need to match the user's email address). ";

function usernameField(object: ObjectDef): FieldDef[] {
    const field = object.apiName === 'User' ? object.fields.get('username') : undefined;
    return field === undefined ? [] : [field];
}

export function uniqueErrors(store: RecordStore, object: ObjectDef, rows: readonly PendingRow[]): DmlRowError[][] {
    const usernames = usernameField(object);
    const uniqueFields = [...object.fields.values()].filter((field) => field.unique).concat(usernames);
    const errors: DmlRowError[][] = rows.map(() => []);
    for (const field of uniqueFields) {
        const isUsername = usernames.includes(field);
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
                    isUsername
                        ? rowError('DUPLICATE_USERNAME', USERNAME_MESSAGE, [field.apiName])
                        : rowError(
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
