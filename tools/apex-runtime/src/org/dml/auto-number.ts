import { UnsupportedError } from '../../unsupported';
import type { ObjectDef } from '../schema';
import type { RecordStore } from '../store';
import type { FieldValue } from '../values';

/**
 * Fills the auto-number fields of a new record: the display format with its `{0...}` token replaced
 * by the next number, zero-padded to the token's width (`displayFormat`, CustomField, Metadata API
 * Developer Guide: https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm).
 * Date tokens such as `{YYYY}` are not implemented.
 */
export function assignAutoNumbers(store: RecordStore, object: ObjectDef, values: Map<string, FieldValue>): void {
    for (const [key, field] of object.fields) {
        if (field.autoNumber === null) {
            continue;
        }
        const { format, start } = field.autoNumber;
        const tokens = format.match(/\{[^}]*\}/g) ?? [];
        const [counter] = tokens;
        if (tokens.length !== 1 || counter === undefined || !/^\{0+\}$/.test(counter)) {
            throw new UnsupportedError(`auto-number format ${format} of ${object.apiName}.${field.apiName}`);
        }
        const number = String(store.nextAutoNumber(object, key, start)).padStart(counter.length - 2, '0');
        values.set(key, format.replace(counter, number));
    }
}
