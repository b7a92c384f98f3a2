import type { FieldDef, FieldType, PicklistDef } from './schema';

export type FieldOptions = Partial<Omit<FieldDef, 'apiName' | 'type'>>;

/** A field definition with the platform's defaults for everything not given. */
export function fieldDef(apiName: string, type: FieldType, options: FieldOptions = {}): FieldDef {
    return {
        apiName,
        label: apiName,
        type,
        length: null,
        precision: null,
        scale: null,
        required: false,
        unique: false,
        caseSensitive: false,
        externalId: false,
        defaultValue: null,
        picklist: null,
        referenceTo: [],
        relationshipName: null,
        childRelationshipName: null,
        deleteConstraint: null,
        summary: null,
        autoNumber: null,
        formula: null,
        createable: true,
        updateable: true,
        ...options
    };
}

/** A field only the platform writes. */
export function systemField(apiName: string, type: FieldType, options: FieldOptions = {}): FieldDef {
    return fieldDef(apiName, type, { ...options, createable: false, updateable: false });
}

export function lookup(apiName: string, referenceTo: string[], options: FieldOptions = {}): FieldDef {
    return fieldDef(apiName, 'Lookup', {
        referenceTo,
        relationshipName: apiName.replace(/Id$/, ''),
        ...options
    });
}

export function picklist(values: string[], restricted = false): PicklistDef {
    return { values, defaults: [], restricted };
}

export function fieldMap(fields: readonly FieldDef[]): Map<string, FieldDef> {
    return new Map(fields.map((field) => [field.apiName.toLowerCase(), field]));
}

/**
 * The fields every object has (System Fields, Object Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm):
 * Id, IsDeleted, CreatedById, CreatedDate, LastModifiedById, LastModifiedDate, SystemModstamp.
 */
export function auditFields(): FieldDef[] {
    return [
        systemField('Id', 'Id', { length: 18 }),
        systemField('IsDeleted', 'Checkbox'),
        systemField('CreatedById', 'Lookup', { referenceTo: ['User'], relationshipName: 'CreatedBy' }),
        systemField('CreatedDate', 'DateTime'),
        systemField('LastModifiedById', 'Lookup', { referenceTo: ['User'], relationshipName: 'LastModifiedBy' }),
        systemField('LastModifiedDate', 'DateTime'),
        systemField('SystemModstamp', 'DateTime')
    ];
}

/** OwnerId: a user or a queue (Group), so polymorphic; updateable to transfer the record. */
export function ownerField(): FieldDef {
    return fieldDef('OwnerId', 'Lookup', { referenceTo: ['User', 'Group'], relationshipName: 'Owner' });
}
