import {
    AGGREGATE_RESULT,
    blob,
    date,
    dateTime,
    type BindValue,
    type ColumnType,
    type FieldValue,
    type ObjectDef,
    type OrgRecord
} from '../org/index';
import type { SourceLocation } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import { parseDecimal, rescale } from './decimal';
import { AGGREGATE_RESULT_OBJECT, newRecord } from './sobjects';
import {
    apexBlob,
    apexDate,
    apexDatetime,
    decimal,
    integer,
    newList,
    type ApexDate,
    type ApexDecimal,
    type ApexSObject,
    type ApexValue
} from './values';

/** A number as a Decimal with at least `scale` decimals: a field's value keeps the field's scale. */
function decimalOf(value: number, scale: number | null): ApexDecimal {
    const parsed = parseDecimal(String(value));
    if (parsed === null) {
        throw new Error(`number ${value} from the org is not a decimal`);
    }
    return scale !== null && parsed.scale < scale ? decimal(rescale(parsed, scale), scale) : parsed;
}

const DAY_MS = 86_400_000;

/** A Date as the org's `YYYY-MM-DD`. */
export function isoOfDate(value: ApexDate): string {
    return new Date(value.epochDay * DAY_MS).toISOString().slice(0, 10);
}

function dateOfIso(iso: string): ApexDate {
    const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
    return apexDate(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * A value the org stores as the Apex value the field's type gives; Blob values, which the
 * interpreter does not have yet, come back as `undefined` for the caller to keep raw.
 */
export function apexValueOf(value: FieldValue, type: ColumnType, scale: number | null): ApexValue | undefined {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') {
        return value;
    }
    if (typeof value === 'number') {
        return type === 'Integer' ? integer(value) : decimalOf(value, scale);
    }
    switch (value.kind) {
        case 'date':
            return dateOfIso(value.iso);
        case 'datetime':
            return apexDatetime(value.epochMs);
        case 'blob':
            return apexBlob(value.bytes);
    }
}

/** An org record as an sObject value, its parent and child relationships wrapped too. */
export function wrapRecord(
    record: OrgRecord,
    objectOf: (apiName: string) => ObjectDef,
    columnTypes: ReadonlyMap<string, ColumnType>
): ApexSObject {
    const aggregate = record.objectType === AGGREGATE_RESULT;
    const object = aggregate ? AGGREGATE_RESULT_OBJECT : objectOf(record.objectType);
    const sobject = newRecord(object, 'org');
    for (const [key, value] of record.fields) {
        const field = object.fields.get(key);
        const type = aggregate ? (columnTypes.get(key) ?? 'Decimal') : (field?.type ?? 'Text');
        const converted = apexValueOf(value, type, field?.scale ?? null);
        if (converted === undefined) {
            sobject.raw.set(key, value);
        } else {
            sobject.fields.set(key, converted);
        }
    }
    for (const [name, parent] of record.parents) {
        sobject.parents.set(name, parent === null ? null : wrapRecord(parent, objectOf, columnTypes));
    }
    for (const [name, children] of record.children) {
        const childObject = object.childRelationships.get(name)?.childObject ?? 'SObject';
        sobject.children.set(
            name,
            newList(
                { kind: 'sobject', name: childObject },
                children.map((child) => wrapRecord(child, objectOf, columnTypes))
            )
        );
    }
    return sobject;
}

/** An sObject's Id, as a bound sObject and the elements of a bound sObject list give it. */
function idOf(record: ApexSObject): FieldValue {
    const id = record.fields.get('id') ?? null;
    return typeof id === 'string' ? id : null;
}

/** The org's value of an Apex null, String, Boolean or number; undefined for any other Apex value. */
export function primitiveFieldValue(value: ApexValue): FieldValue | undefined {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') {
        return value;
    }
    switch (value.kind) {
        case 'Integer':
        case 'Double':
            return value.value;
        case 'Long':
            return Number(value.value);
        case 'Decimal':
            return Number(value.unscaled) / 10 ** value.scale;
        case 'Date':
            return date(isoOfDate(value));
        case 'Datetime':
            return dateTime(value.epochMs);
        case 'Blob':
            return blob(value.bytes);
        default:
            return undefined;
    }
}

function scalarBind(value: ApexValue, loc: SourceLocation): FieldValue {
    const primitive = primitiveFieldValue(value);
    if (primitive !== undefined || value === null || typeof value !== 'object') {
        return primitive ?? null;
    }
    switch (value.kind) {
        case 'SObject':
            return idOf(value);
        case 'Enum':
            throw new UnsupportedError('an enum value as a SOQL bind', loc);
        default:
            throw new UnsupportedError(`a ${value.kind} as a SOQL bind`, loc);
    }
}

/** A bind's Apex value as the org takes it: lists and sets as arrays, sObjects as their Ids. */
export function bindValueOf(value: ApexValue, loc: SourceLocation): BindValue {
    if (value !== null && typeof value === 'object' && (value.kind === 'List' || value.kind === 'Set')) {
        const items = value.kind === 'List' ? value.items : [...value.entries.values()];
        return items.map((item) => scalarBind(item, loc));
    }
    return scalarBind(value, loc);
}
