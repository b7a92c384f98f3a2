import { UnsupportedError } from '../../unsupported';
import { isValidId, to18 } from '../ids';
import { isReference, isTextual, type FieldDef, type ObjectDef } from '../schema';
import type { RecordStore } from '../store';
import type { FieldValue } from '../values';
import { rowError, type DmlRowError } from './results';

/**
 * Field-level checks of a save, with the StatusCode values and messages of the platform
 * (StatusCode, SOAP API Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm#statuscode).
 */

/** Fields the platform computes or sets cannot be written by DML. */
export function checkWritable(
    object: ObjectDef,
    values: ReadonlyMap<string, FieldValue>,
    inserting: boolean
): DmlRowError[] {
    const refused: string[] = [];
    for (const key of values.keys()) {
        if (key === 'id') {
            continue;
        }
        const field = object.fields.get(key);
        if (field === undefined) {
            throw new UnsupportedError(`DML with field ${key} that ${object.apiName} does not have`);
        }
        if (!(inserting ? field.createable : field.updateable)) {
            refused.push(field.apiName);
        }
    }
    if (refused.length === 0) {
        return [];
    }
    return [
        rowError(
            'INVALID_FIELD_FOR_INSERT_UPDATE',
            `Unable to create/update fields: ${refused.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
            refused
        )
    ];
}

/**
 * Default values for fields an insert leaves unset: a checkbox is false, a picklist takes its
 * default value, and a `defaultValue` formula is applied when it is a literal.
 */
export function applyDefaults(object: ObjectDef, values: Map<string, FieldValue>): void {
    for (const [key, field] of object.fields) {
        if (values.has(key) || !field.createable) {
            continue;
        }
        const value = defaultOf(object, field);
        if (value !== null) {
            values.set(key, value);
        }
    }
}

function defaultOf(object: ObjectDef, field: FieldDef): FieldValue {
    if (field.defaultValue !== null) {
        const formula = field.defaultValue.trim();
        if (field.type === 'Checkbox' && /^(true|false)$/i.test(formula)) {
            return formula.toLowerCase() === 'true';
        }
        if (
            /^-?\d+(\.\d+)?$/.test(formula) &&
            (field.type === 'Number' || field.type === 'Currency' || field.type === 'Percent')
        ) {
            return Number(formula);
        }
        const quoted = /^(['"])(.*)\1$/s.exec(formula);
        if (quoted !== null && isTextual(field.type)) {
            return quoted[2] ?? '';
        }
        throw new UnsupportedError(`default value formula ${formula} of ${object.apiName}.${field.apiName}`);
    }
    if (field.type === 'Checkbox') {
        return false;
    }
    if (field.picklist !== null && field.picklist.defaults.length > 0) {
        return field.picklist.defaults.join(';');
    }
    return null;
}

/** Stored Ids are 18 characters, whatever form the caller gave. */
export function normaliseIds(object: ObjectDef, values: Map<string, FieldValue>): DmlRowError[] {
    const errors: DmlRowError[] = [];
    for (const [key, value] of values) {
        const field = object.fields.get(key);
        if (field !== undefined && isReference(field.type) && typeof value === 'string') {
            if (!isValidId(value)) {
                errors.push(
                    rowError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, [field.apiName])
                );
            } else {
                values.set(key, to18(value.slice(0, 15)));
            }
        }
    }
    return errors;
}

/**
 * The checks that run after before triggers: required fields on the whole record; length,
 * picklists, numbers, e-mail and references on the fields this save writes (`written`).
 */
export function validateFields(
    store: RecordStore,
    object: ObjectDef,
    values: ReadonlyMap<string, FieldValue>,
    written: (key: string) => boolean
): DmlRowError[] {
    const errors: DmlRowError[] = [];
    const missing = [...object.fields.values()].filter(
        (field) => field.required && field.createable && isBlank(values.get(field.apiName.toLowerCase()) ?? null)
    );
    if (missing.length > 0) {
        const names = missing.map((field) => field.apiName);
        errors.push(rowError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${names.join(', ')}]`, names));
    }
    for (const [key, value] of values) {
        const field = object.fields.get(key);
        if (field === undefined || value === null || !written(key)) {
            continue;
        }
        const error = checkValue(store, field, value);
        if (error !== null) {
            errors.push(error);
        }
    }
    return errors;
}

function isBlank(value: FieldValue): boolean {
    return value === null || value === '';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkValue(store: RecordStore, field: FieldDef, value: FieldValue): DmlRowError | null {
    if (typeof value === 'string' && field.length !== null && !isReference(field.type) && value.length > field.length) {
        return rowError(
            'STRING_TOO_LONG',
            `${field.label}: data value too large: ${value} (max length=${field.length})`,
            [field.apiName]
        );
    }
    if (field.picklist !== null && field.picklist.restricted && typeof value === 'string') {
        const chosen = field.type === 'MultiselectPicklist' ? value.split(';') : [value];
        const bad = chosen.find((item) => !field.picklist?.values.includes(item));
        if (bad !== undefined) {
            return rowError(
                'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                `${field.label}: bad value for restricted picklist field: ${bad}`,
                [field.apiName]
            );
        }
    }
    if (field.type === 'Email' && typeof value === 'string' && value !== '' && !EMAIL.test(value)) {
        return rowError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${value}`, [field.apiName]);
    }
    if (typeof value === 'number' && field.precision !== null) {
        const scale = field.scale ?? 0;
        if (Math.abs(value) >= 10 ** (field.precision - scale)) {
            return rowError(
                'NUMBER_OUTSIDE_VALID_RANGE',
                `${field.label}: value outside of valid range on numeric field: ${value}`,
                [field.apiName]
            );
        }
        if (!Number.isInteger(Number((value * 10 ** scale).toFixed(6)))) {
            throw new UnsupportedError(`rounding ${value} to the scale ${scale} of ${field.apiName}`);
        }
    }
    if ((field.type === 'Lookup' || field.type === 'MasterDetail') && typeof value === 'string') {
        return checkReference(store, field, value);
    }
    return null;
}

function checkReference(store: RecordStore, field: FieldDef, id: string): DmlRowError | null {
    const target = store.schema.objectOfId(id);
    if (
        target === undefined ||
        !field.referenceTo.some((name) => name.toLowerCase() === target.apiName.toLowerCase())
    ) {
        return rowError('FIELD_INTEGRITY_EXCEPTION', `${field.label}: id value of incorrect type: ${id}`, [
            field.apiName
        ]);
    }
    const record = store.get(id);
    if (record === undefined) {
        return rowError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [field.apiName]);
    }
    if (record.deleted) {
        return rowError('ENTITY_IS_DELETED', 'entity is deleted', [field.apiName]);
    }
    return null;
}
