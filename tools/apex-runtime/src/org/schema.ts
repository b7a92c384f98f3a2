/** The org's object and field schema: what the SFDX project declares plus the standard objects. */

export type FieldType =
    | 'Id'
    | 'Text'
    | 'TextArea'
    | 'LongTextArea'
    | 'Html'
    | 'Checkbox'
    | 'Number'
    | 'Currency'
    | 'Percent'
    | 'Date'
    | 'DateTime'
    | 'Email'
    | 'Url'
    | 'Phone'
    | 'Picklist'
    | 'MultiselectPicklist'
    | 'Lookup'
    | 'MasterDetail'
    | 'Summary'
    | 'AutoNumber'
    | 'Base64';

export const FIELD_TYPES: readonly FieldType[] = [
    'Id',
    'Text',
    'TextArea',
    'LongTextArea',
    'Html',
    'Checkbox',
    'Number',
    'Currency',
    'Percent',
    'Date',
    'DateTime',
    'Email',
    'Url',
    'Phone',
    'Picklist',
    'MultiselectPicklist',
    'Lookup',
    'MasterDetail',
    'Summary',
    'AutoNumber',
    'Base64'
];

export interface PicklistDef {
    readonly values: readonly string[];
    /** The values marked `<default>true</default>`. */
    readonly defaults: readonly string[];
    readonly restricted: boolean;
}

export interface SummaryFilter {
    /** Lower-case API name of the child field the filter reads. */
    readonly field: string;
    readonly operation: string;
    readonly value: string;
}

export interface SummaryDef {
    readonly operation: 'count' | 'sum' | 'min' | 'max';
    readonly childObject: string;
    /** Lower-case API name of the child's master-detail field to this object. */
    readonly foreignKey: string;
    /** Lower-case API name of the summarised child field; null for count. */
    readonly summarizedField: string | null;
    readonly filters: readonly SummaryFilter[];
}

export interface FieldDef {
    readonly apiName: string;
    /** The label error messages name the field by; the API name when the schema has none. */
    readonly label: string;
    readonly type: FieldType;
    /** Maximum characters of a text field, null when the type has no length. */
    readonly length: number | null;
    readonly precision: number | null;
    readonly scale: number | null;
    readonly required: boolean;
    readonly unique: boolean;
    readonly caseSensitive: boolean;
    readonly externalId: boolean;
    /** The raw `defaultValue` formula, null when none. */
    readonly defaultValue: string | null;
    readonly picklist: PicklistDef | null;
    /** Object API names a Lookup or MasterDetail may point to (more than one: polymorphic). */
    readonly referenceTo: readonly string[];
    /** The name the child uses to reach the parent: `Group__r`, `Account`. */
    readonly relationshipName: string | null;
    /** The name the parent uses to reach its children: `Memberships__r`, `Contacts`; null when none. */
    readonly childRelationshipName: string | null;
    readonly deleteConstraint: 'SetNull' | 'Restrict' | 'Cascade' | null;
    readonly summary: SummaryDef | null;
    /** An auto-number's display format (`INV-{00000}`) and first number; null for other fields. */
    readonly autoNumber: { readonly format: string; readonly start: number } | null;
    /** The formula of a formula field, null for a stored field. */
    readonly formula: string | null;
    /** False for fields the platform computes or sets itself (system fields, roll-ups, formulas). */
    readonly createable: boolean;
    readonly updateable: boolean;
}

export type ObjectKind = 'standard' | 'custom' | 'customMetadata' | 'customSetting';

export interface ChildRelationship {
    readonly childObject: string;
    /** Lower-case API name of the child's field pointing at the parent. */
    readonly field: string;
    readonly cascadeDelete: boolean;
}

export interface ObjectDef {
    readonly apiName: string;
    readonly kind: ObjectKind;
    readonly keyPrefix: string;
    readonly sharingModel: string | null;
    /** The organisation-wide default for external (site and portal) users; null when the metadata gives none. */
    readonly externalSharingModel: string | null;
    /** By lower-case API name. */
    readonly fields: Map<string, FieldDef>;
    /** By lower-case relationship name, filled when the schema is linked. */
    readonly childRelationships: Map<string, ChildRelationship>;
}

/** Every object of the org, by lower-case API name and by key prefix. */
export class Schema {
    private readonly byName = new Map<string, ObjectDef>();
    private readonly byPrefix = new Map<string, ObjectDef>();

    add(object: ObjectDef): void {
        if (this.byName.has(object.apiName.toLowerCase())) {
            throw new Error(`object ${object.apiName} defined twice`);
        }
        if (this.byPrefix.has(object.keyPrefix)) {
            throw new Error(`key prefix ${object.keyPrefix} of ${object.apiName} already used`);
        }
        this.byName.set(object.apiName.toLowerCase(), object);
        this.byPrefix.set(object.keyPrefix, object);
    }

    object(apiName: string): ObjectDef | undefined {
        return this.byName.get(apiName.toLowerCase());
    }

    /** The object an Id belongs to, from its first three characters. */
    objectOfId(id: string): ObjectDef | undefined {
        return this.byPrefix.get(id.slice(0, 3));
    }

    objects(): ObjectDef[] {
        return [...this.byName.values()];
    }

    /** Fills each parent's child relationships from the children's Lookup and MasterDetail fields. */
    link(): void {
        for (const child of this.byName.values()) {
            for (const [fieldKey, field] of child.fields) {
                if (!isReference(field.type)) {
                    continue;
                }
                for (const parentName of field.referenceTo) {
                    const parent = this.object(parentName);
                    if (parent === undefined) {
                        throw new Error(`${child.apiName}.${field.apiName} refers to unknown object ${parentName}`);
                    }
                    if (field.childRelationshipName !== null) {
                        parent.childRelationships.set(field.childRelationshipName.toLowerCase(), {
                            childObject: child.apiName,
                            field: fieldKey,
                            cascadeDelete: field.type === 'MasterDetail' || field.deleteConstraint === 'Cascade'
                        });
                    }
                }
            }
        }
    }
}

export function isReference(type: FieldType): boolean {
    return type === 'Lookup' || type === 'MasterDetail' || type === 'Id';
}

export function isTextual(type: FieldType): boolean {
    return (
        type === 'Text' ||
        type === 'TextArea' ||
        type === 'LongTextArea' ||
        type === 'Html' ||
        type === 'Email' ||
        type === 'Url' ||
        type === 'Phone' ||
        type === 'Picklist' ||
        type === 'MultiselectPicklist' ||
        type === 'AutoNumber'
    );
}
