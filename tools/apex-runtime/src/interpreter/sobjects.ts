import type { SourceLocation } from '../parser/ast';
import { primitive } from '../types/apex-type';
import type { FieldSchema, ObjectSchema } from '../types/schema';
import { UnsupportedError } from '../unsupported';
import { coerce } from './conversion';
import type { ApexSObject, ApexValue } from './values';

export function newRecord(schema: ObjectSchema): ApexSObject {
    return { kind: 'SObject', schema, fields: new Map() };
}

/** A field the object's metadata declares; any other name is UNSUPPORTED, naming why. */
export function fieldOf(record: ApexSObject, name: string, loc: SourceLocation): FieldSchema {
    const field = record.schema.fields.get(name.toLowerCase());
    if (field === undefined) {
        const why = record.schema.isCustom ? '' : ' (the standard fields of standard objects are not catalogued yet)';
        throw new UnsupportedError(`field ${record.schema.name}.${name}${why}`, loc);
    }
    return field;
}

/**
 * A field's value: what was set on the record, else null. A computed field, or one whose value
 * before insert is a default, is UNSUPPORTED until records are inserted by the in-memory org.
 */
export function readField(record: ApexSObject, name: string, loc: SourceLocation): ApexValue {
    const field = fieldOf(record, name, loc);
    const key = field.name.toLowerCase();
    const stored = record.fields.get(key);
    if (stored !== undefined) {
        return stored;
    }
    if (field.computed) {
        throw new UnsupportedError(`reading the computed field ${record.schema.name}.${field.name}`, loc);
    }
    if (field.hasDefault) {
        throw new UnsupportedError(
            `reading the unset field ${record.schema.name}.${field.name}, which has a default`,
            loc
        );
    }
    return null;
}

export function writeField(record: ApexSObject, name: string, value: ApexValue, loc: SourceLocation): void {
    const field = fieldOf(record, name, loc);
    if (field.computed) {
        throw new UnsupportedError(`writing the computed field ${record.schema.name}.${field.name}`, loc);
    }
    record.fields.set(field.name.toLowerCase(), coerce(value, primitive(field.apexType)));
}
