import type { FieldDef, FieldType, ObjectDef } from '../org/index';
import type { SourceLocation } from '../parser/ast';
import { primitive, type PrimitiveName } from '../types/apex-type';
import { UnsupportedError } from '../unsupported';
import { coerce } from './conversion';
import type { ApexSObject, ApexValue } from './values';

/**
 * The Apex type of a value of each field type: text-like fields are Strings, lookups Ids, and
 * currency fields Decimals ("Currency fields are automatically assigned the type Decimal",
 * Primitive Data Types,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/api/langCon_apex_primitives.htm);
 * Number, Percent and roll-up summary fields are Decimals too.
 */
const APEX_TYPE_OF: Readonly<Record<FieldType, PrimitiveName>> = {
    Id: 'Id',
    Text: 'String',
    TextArea: 'String',
    LongTextArea: 'String',
    Html: 'String',
    Checkbox: 'Boolean',
    Number: 'Decimal',
    Currency: 'Decimal',
    Percent: 'Decimal',
    Date: 'Date',
    DateTime: 'Datetime',
    Email: 'String',
    Url: 'String',
    Phone: 'String',
    Picklist: 'String',
    MultiselectPicklist: 'String',
    Lookup: 'Id',
    MasterDetail: 'Id',
    Summary: 'Decimal',
    AutoNumber: 'String',
    Base64: 'Blob'
};

export function apexTypeOfField(field: FieldDef): PrimitiveName {
    return APEX_TYPE_OF[field.type];
}

/** Formula, roll-up summary and auto-number fields: the platform computes them, Apex never stores them. */
export function isComputed(field: FieldDef): boolean {
    return field.formula !== null || field.summary !== null || field.type === 'AutoNumber';
}

/** Whether the metadata gives the field a default, which a new record does not show before insert. */
function hasDefault(field: FieldDef): boolean {
    return field.defaultValue !== null || (field.picklist?.defaults.length ?? 0) > 0;
}

export function newRecord(schema: ObjectDef): ApexSObject {
    return { kind: 'SObject', schema, fields: new Map() };
}

/** A field the object's schema declares; any other name is UNSUPPORTED (the class would not compile). */
export function fieldOf(record: ApexSObject, name: string, loc: SourceLocation): FieldDef {
    const field = record.schema.fields.get(name.toLowerCase());
    if (field === undefined) {
        throw new UnsupportedError(`field ${record.schema.apiName}.${name}`, loc);
    }
    return field;
}

/**
 * A field's value: what was set on the record, else null. A computed field, or one whose value
 * before insert is a default, is UNSUPPORTED on a record the org has not given back.
 */
export function readField(record: ApexSObject, name: string, loc: SourceLocation): ApexValue {
    const field = fieldOf(record, name, loc);
    const key = field.apiName.toLowerCase();
    const stored = record.fields.get(key);
    if (stored !== undefined) {
        return stored;
    }
    if (isComputed(field)) {
        throw new UnsupportedError(`reading the computed field ${record.schema.apiName}.${field.apiName}`, loc);
    }
    if (hasDefault(field)) {
        throw new UnsupportedError(
            `reading the unset field ${record.schema.apiName}.${field.apiName}, which has a default`,
            loc
        );
    }
    return null;
}

export function writeField(record: ApexSObject, name: string, value: ApexValue, loc: SourceLocation): void {
    const field = fieldOf(record, name, loc);
    if (isComputed(field)) {
        throw new UnsupportedError(`writing the computed field ${record.schema.apiName}.${field.apiName}`, loc);
    }
    record.fields.set(field.apiName.toLowerCase(), coerce(value, primitive(apexTypeOfField(field))));
}
