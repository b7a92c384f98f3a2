import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { auditFields, fieldDef, fieldMap, ownerField, systemField } from './fields';
import { base62 } from './ids';
import { booleanOf, elementsOf, numberOf, parseMetadata, textOf, type XmlElement } from './metadata-xml';
import {
    FIELD_TYPES,
    Schema,
    type FieldDef,
    type FieldType,
    type ObjectDef,
    type ObjectKind,
    type PicklistDef,
    type SummaryDef
} from './schema';
import { standardObjects } from './standard-objects';

/**
 * Reads objects and fields from `objects/<Object>/` of every package directory: the object file,
 * `fields/*.field-meta.xml` (CustomField, Metadata API Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm) and
 * `validationRules/*.validationRule-meta.xml`. Standard objects keep their built-in fields and gain the
 * project's custom ones.
 */
export interface ValidationRuleDef {
    readonly objectType: string;
    readonly name: string;
    readonly active: boolean;
    readonly errorConditionFormula: string;
    readonly errorDisplayField: string | null;
    readonly errorMessage: string;
}

export interface ProjectSchema {
    readonly schema: Schema;
    readonly validationRules: readonly ValidationRuleDef[];
}

export function loadProjectSchema(packageDirectories: readonly string[]): ProjectSchema {
    const schema = new Schema();
    const standard = new Map(standardObjects().map((object) => [object.apiName.toLowerCase(), object]));
    const folders = packageDirectories.flatMap((directory) => objectFolders(directory));
    const customNames = folders
        .map((folder) => basename(folder))
        .filter((name) => !standard.has(name.toLowerCase()))
        .sort();
    const validationRules: ValidationRuleDef[] = [];
    const projectObjects = new Map<string, ObjectDef>();
    for (const folder of folders) {
        const name = basename(folder);
        const fields = readFields(folder, name);
        const existing = standard.get(name.toLowerCase());
        if (existing !== undefined) {
            for (const field of fields) {
                existing.fields.set(field.apiName.toLowerCase(), field);
            }
        } else {
            projectObjects.set(name, customObject(folder, name, fields, prefixFor(name, customNames)));
        }
        validationRules.push(...readValidationRules(folder, name));
    }
    for (const object of standard.values()) {
        schema.add(withProjectLinkTargets(object, [...projectObjects.keys()]));
    }
    for (const object of projectObjects.values()) {
        schema.add(object);
    }
    schema.link();
    return { schema, validationRules };
}

function objectFolders(packageDirectory: string): string[] {
    const found: string[] = [];
    const walk = (directory: string): void => {
        for (const entry of readdirSync(directory, { withFileTypes: true })) {
            if (!entry.isDirectory()) {
                continue;
            }
            const path = join(directory, entry.name);
            if (entry.name === 'objects') {
                found.push(
                    ...readdirSync(path, { withFileTypes: true })
                        .filter((child) => child.isDirectory())
                        .map((child) => join(path, child.name))
                );
            } else {
                walk(path);
            }
        }
    };
    walk(packageDirectory);
    return found.sort();
}

/** Custom objects get `a` + two base-62 characters, custom metadata types `m` + two, in name order. */
function prefixFor(name: string, customNames: readonly string[]): string {
    const family = customNames.filter((candidate) => candidate.endsWith('__mdt') === name.endsWith('__mdt'));
    return (name.endsWith('__mdt') ? 'm' : 'a') + base62(family.indexOf(name), 2);
}

function customObject(folder: string, name: string, fields: FieldDef[], keyPrefix: string): ObjectDef {
    const objectFile = join(folder, `${name}.object-meta.xml`);
    const object = existsSync(objectFile)
        ? parseMetadata(readFileSync(objectFile, 'utf8'), 'CustomObject', objectFile)
        : {};
    const kind: ObjectKind = name.endsWith('__mdt')
        ? 'customMetadata'
        : textOf(object, 'customSettingsType') !== null
          ? 'customSetting'
          : 'custom';
    const standardFields = kind === 'customMetadata' ? metadataTypeFields() : recordFields(object, kind, fields);
    return {
        apiName: name,
        kind,
        keyPrefix,
        sharingModel: textOf(object, 'sharingModel'),
        externalSharingModel: textOf(object, 'externalSharingModel'),
        fields: fieldMap([...auditFields(), ...standardFields, ...fields]),
        childRelationships: new Map()
    };
}

/** Name from `<nameField>`, and OwnerId unless a master-detail parent owns the record. */
function recordFields(object: XmlElement, kind: ObjectKind, fields: readonly FieldDef[]): FieldDef[] {
    const nameField = elementsOf(object, 'nameField')[0];
    const name =
        nameField !== undefined && textOf(nameField, 'type') === 'AutoNumber'
            ? systemField('Name', 'AutoNumber', { length: 80, autoNumber: autoNumberOf(nameField) })
            : fieldDef('Name', 'Text', { length: 80 });
    const hasMaster = fields.some((field) => field.type === 'MasterDetail');
    if (kind === 'customSetting') {
        return [name, fieldDef('SetupOwnerId', 'Lookup', { referenceTo: ['User', 'Profile'] })];
    }
    return hasMaster ? [name] : [name, ownerField()];
}

/**
 * The standard fields of a custom metadata type's records (Custom Metadata Types, Apex Developer
 * Guide: https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_methods_system_custom_metadata_types.htm).
 */
function metadataTypeFields(): FieldDef[] {
    return ['DeveloperName', 'MasterLabel', 'Label', 'QualifiedApiName', 'NamespacePrefix', 'Language'].map((apiName) =>
        systemField(apiName, 'Text', { length: 80 })
    );
}

/** Files can be linked to any record, so LinkedEntityId also points at the project's objects. */
function withProjectLinkTargets(object: ObjectDef, projectObjects: readonly string[]): ObjectDef {
    const linked = object.fields.get('linkedentityid');
    if (object.apiName === 'ContentDocumentLink' && linked !== undefined) {
        const targets = projectObjects.filter((name) => name.endsWith('__c'));
        object.fields.set('linkedentityid', { ...linked, referenceTo: [...linked.referenceTo, ...targets] });
    }
    return object;
}

function readFields(folder: string, objectName: string): FieldDef[] {
    const directory = join(folder, 'fields');
    if (!existsSync(directory)) {
        return [];
    }
    return readdirSync(directory)
        .filter((file) => file.endsWith('.field-meta.xml'))
        .sort()
        .map((file) => {
            const path = join(directory, file);
            return fieldFromXml(parseMetadata(readFileSync(path, 'utf8'), 'CustomField', path), objectName, path);
        });
}

export function fieldFromXml(xml: XmlElement, objectName: string, file: string): FieldDef {
    const apiName = textOf(xml, 'fullName') ?? basename(file).replace(/\.field-meta\.xml$/, '');
    const typeText = textOf(xml, 'type');
    const type = FIELD_TYPES.find((candidate) => candidate === typeText);
    if (type === undefined) {
        throw new Error(`${file}: field type ${typeText ?? '(none)'} is not in the runtime's schema`);
    }
    const formula = textOf(xml, 'formula');
    const computed = formula !== null || type === 'Summary' || type === 'AutoNumber';
    const isReference = type === 'Lookup' || type === 'MasterDetail';
    const childName = textOf(xml, 'relationshipName');
    return fieldDef(apiName, type, {
        label: textOf(xml, 'label') ?? apiName,
        length: numberOf(xml, 'length') ?? defaultLength(type),
        precision: numberOf(xml, 'precision'),
        scale: numberOf(xml, 'scale'),
        required: booleanOf(xml, 'required') || type === 'MasterDetail',
        unique: booleanOf(xml, 'unique'),
        caseSensitive: booleanOf(xml, 'caseSensitive'),
        externalId: booleanOf(xml, 'externalId'),
        defaultValue: textOf(xml, 'defaultValue'),
        picklist: picklistFromXml(xml),
        referenceTo: isReference ? [textOf(xml, 'referenceTo') ?? ''] : [],
        relationshipName: isReference ? apiName.replace(/__c$/, '__r') : null,
        childRelationshipName: isReference && childName !== null ? `${childName}__r` : null,
        deleteConstraint: isReference ? deleteConstraintOf(xml, type) : null,
        summary: type === 'Summary' ? summaryFromXml(xml, objectName, file) : null,
        autoNumber: type === 'AutoNumber' ? autoNumberOf(xml) : null,
        formula,
        createable: !computed,
        updateable: !computed && !(type === 'MasterDetail' && !booleanOf(xml, 'reparentableMasterDetail'))
    });
}

/**
 * Lengths the platform fixes when the file gives none: a text area holds 255 characters
 * (Custom Field Types, Salesforce Help: https://help.salesforce.com/s/articleView?id=sf.custom_field_types.htm).
 */
function defaultLength(type: FieldType): number | null {
    switch (type) {
        case 'TextArea':
            return 255;
        case 'Email':
            return 80;
        case 'Url':
            return 255;
        case 'Phone':
            return 40;
        case 'Picklist':
            return 255;
        default:
            return null;
    }
}

/** `displayFormat` and `startingNumber` (1 when absent) of an auto-number field or name field. */
function autoNumberOf(xml: XmlElement): { format: string; start: number } {
    return { format: textOf(xml, 'displayFormat') ?? '{0}', start: numberOf(xml, 'startingNumber') ?? 1 };
}

function deleteConstraintOf(xml: XmlElement, type: FieldType): FieldDef['deleteConstraint'] {
    if (type === 'MasterDetail') {
        return 'Cascade';
    }
    const constraint = textOf(xml, 'deleteConstraint');
    return constraint === 'Restrict' || constraint === 'Cascade' ? constraint : 'SetNull';
}

function picklistFromXml(xml: XmlElement): PicklistDef | null {
    const valueSet = elementsOf(xml, 'valueSet')[0];
    if (valueSet === undefined) {
        return null;
    }
    if (textOf(valueSet, 'valueSetName') !== null) {
        throw new Error(`global value sets are not in the runtime's schema (${textOf(valueSet, 'valueSetName')})`);
    }
    const definition = elementsOf(valueSet, 'valueSetDefinition')[0] ?? {};
    const values = elementsOf(definition, 'value');
    // Only active values are read; describe reports every value it has as active.
    const inactive = values.find((value) => textOf(value, 'isActive') === 'false');
    if (inactive !== undefined) {
        throw new Error(
            `inactive picklist values are not in the runtime's schema (${textOf(inactive, 'fullName') ?? ''})`
        );
    }
    return {
        values: values.map((value) => textOf(value, 'fullName') ?? ''),
        defaults: values.filter((value) => booleanOf(value, 'default')).map((value) => textOf(value, 'fullName') ?? ''),
        restricted: booleanOf(valueSet, 'restricted')
    };
}

function summaryFromXml(xml: XmlElement, objectName: string, file: string): SummaryDef {
    const operation = textOf(xml, 'summaryOperation');
    const foreignKey = textOf(xml, 'summaryForeignKey');
    if (operation !== 'count' && operation !== 'sum' && operation !== 'min' && operation !== 'max') {
        throw new Error(`${file}: roll-up operation ${operation ?? '(none)'} unknown`);
    }
    if (foreignKey === null || !foreignKey.includes('.')) {
        throw new Error(`${file}: roll-up of ${objectName} has no summaryForeignKey`);
    }
    const [childObject = '', keyField = ''] = foreignKey.split('.');
    const summarized = textOf(xml, 'summarizedField');
    return {
        operation,
        childObject,
        foreignKey: keyField.toLowerCase(),
        summarizedField: summarized === null ? null : (summarized.split('.')[1] ?? '').toLowerCase(),
        filters: elementsOf(xml, 'summaryFilterItems').map((item) => ({
            field: (textOf(item, 'field') ?? '').split('.')[1]?.toLowerCase() ?? '',
            operation: textOf(item, 'operation') ?? '',
            value: textOf(item, 'value') ?? ''
        }))
    };
}

function readValidationRules(folder: string, objectName: string): ValidationRuleDef[] {
    const directory = join(folder, 'validationRules');
    if (!existsSync(directory)) {
        return [];
    }
    return readdirSync(directory)
        .filter((file) => file.endsWith('.validationRule-meta.xml'))
        .sort()
        .map((file) => {
            const path = join(directory, file);
            const rule = parseMetadata(readFileSync(path, 'utf8'), 'ValidationRule', path);
            return {
                objectType: objectName,
                name: textOf(rule, 'fullName') ?? file.replace(/\.validationRule-meta\.xml$/, ''),
                active: booleanOf(rule, 'active'),
                errorConditionFormula: textOf(rule, 'errorConditionFormula') ?? '',
                errorDisplayField: textOf(rule, 'errorDisplayField'),
                errorMessage: textOf(rule, 'errorMessage') ?? ''
            };
        });
}
