import { AGGREGATE_RESULT, isValidId, to18, type FieldDef, type FieldType, type ObjectDef } from '../org/index';
import type { SourceLocation } from '../parser/ast';
import { primitive, type PrimitiveName } from '../types/apex-type';
import { UnsupportedError } from '../unsupported';
import { coerce } from './conversion';
import type { Interpreter } from './interpreter';
import { newObject, type ApexObject, type ApexSObject, type ApexValue } from './values';

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

/** AggregateResult rows: their columns are the query's aliases, not fields of a schema object. */
export const AGGREGATE_RESULT_OBJECT: ObjectDef = {
    apiName: AGGREGATE_RESULT,
    kind: 'standard',
    keyPrefix: '',
    sharingModel: null,
    externalSharingModel: null,
    fields: new Map(),
    childRelationships: new Map()
};

export function newRecord(schema: ObjectDef, origin: ApexSObject['origin'] = 'new'): ApexSObject {
    return {
        kind: 'SObject',
        schema,
        origin,
        fields: new Map(),
        raw: new Map(),
        parents: new Map(),
        children: new Map()
    };
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
export function readField(interpreter: Interpreter, record: ApexSObject, name: string, loc: SourceLocation): ApexValue {
    const key = name.toLowerCase();
    if (record.schema === AGGREGATE_RESULT_OBJECT) {
        return aggregateColumn(record, name, loc);
    }
    const relationship = readRelationship(interpreter, record, key, loc);
    if (relationship !== undefined) {
        return relationship;
    }
    const field = fieldOf(record, name, loc);
    const stored = record.fields.get(key);
    if (stored !== undefined) {
        return stored;
    }
    if (record.raw.has(key)) {
        throw new UnsupportedError(`the ${field.type} value of ${record.schema.apiName}.${field.apiName}`, loc);
    }
    if (record.origin === 'org') {
        return notQueried(interpreter, record, field.apiName);
    }
    if (record.origin === 'trigger') {
        return null;
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

/**
 * Parents Apex assigned through a relationship (`contact.Account = account`), by record. Reading
 * one back gives the record assigned; DML with one would set the foreign key from the parent's
 * external Id, which the runtime does not do, so dml.ts refuses such a record.
 */
const parentsSetInApex = new WeakMap<ApexSObject, Set<string>>();

/** The relationship names through which Apex assigned a parent to the record. */
export function parentsAssignedInApex(record: ApexSObject): ReadonlySet<string> {
    return parentsSetInApex.get(record) ?? new Set();
}

function writeRelationship(record: ApexSObject, key: string, value: ApexValue, loc: SourceLocation): boolean {
    const lookup = [...record.schema.fields.values()].find((field) => field.relationshipName?.toLowerCase() === key);
    if (lookup === undefined) {
        return false;
    }
    const parent = value === null ? null : typeof value === 'object' && value.kind === 'SObject' ? value : undefined;
    const referenceTo = lookup.referenceTo.map((name) => name.toLowerCase());
    if (parent === undefined || (parent !== null && !referenceTo.includes(parent.schema.apiName.toLowerCase()))) {
        throw new UnsupportedError(
            `assigning something other than its parent to ${record.schema.apiName}.${lookup.relationshipName ?? key}`,
            loc
        );
    }
    record.parents.set(key, parent);
    const assigned = parentsSetInApex.get(record) ?? new Set<string>();
    assigned.add(lookup.relationshipName ?? key);
    parentsSetInApex.set(record, assigned);
    return true;
}

export function writeField(record: ApexSObject, name: string, value: ApexValue, loc: SourceLocation): void {
    if (writeRelationship(record, name.toLowerCase(), value, loc)) {
        return;
    }
    const field = fieldOf(record, name, loc);
    if (isComputed(field)) {
        throw new UnsupportedError(`writing the computed field ${record.schema.apiName}.${field.apiName}`, loc);
    }
    const type = apexTypeOfField(field);
    // "If you set ID to a 15-character value, Apex converts the value to its 18-character
    // representation" (Primitive Data Types, ID,
    // https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_primitives.htm).
    const stored =
        type === 'Id' && typeof value === 'string' && value.length === 15 && isValidId(value) ? to18(value) : value;
    record.fields.set(field.apiName.toLowerCase(), coerce(stored, primitive(type)));
}

/**
 * "SObject row was retrieved via SOQL without querying the requested field", the SObjectException
 * of reading a field the query did not select (SObject Class, Apex Reference Guide).
 */
function notQueried(interpreter: Interpreter, record: ApexSObject, name: string): never {
    return interpreter.throwSystem(
        'SObjectException',
        `SObject row was retrieved via SOQL without querying the requested field: ${record.schema.apiName}.${name}`
    );
}

/** A parent (`Group__r`) or child (`Memberships__r`) relationship; undefined when `key` names neither. */
function readRelationship(
    interpreter: Interpreter,
    record: ApexSObject,
    key: string,
    loc: SourceLocation
): ApexValue | undefined {
    const parent = record.parents.get(key);
    if (parent !== undefined) {
        return parent;
    }
    const children = record.children.get(key);
    if (children !== undefined) {
        return children;
    }
    const lookup = [...record.schema.fields.values()].find((field) => field.relationshipName?.toLowerCase() === key);
    const child = record.schema.childRelationships.get(key);
    if (lookup === undefined && child === undefined) {
        return undefined;
    }
    const name = lookup?.relationshipName ?? key;
    if (record.origin === 'org') {
        return notQueried(interpreter, record, name);
    }
    // "The reference field is only populated as the result of a SOQL or SOSL query", and read as a
    // value a null reference lets the path evaluate to null (Accessing sObject Fields Through
    // Relationships, https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/langCon_apex_SObjects_field_relationships.htm):
    // a parent that Apex neither assigned nor got from a query is null on a record it built.
    if (lookup !== undefined && record.origin === 'new') {
        return null;
    }
    throw new UnsupportedError(`the relationship ${record.schema.apiName}.${name} of a record not queried`, loc);
}

/** A column of an AggregateResult, by its alias (`expr0` unless the query names it). */
function aggregateColumn(record: ApexSObject, name: string, loc: SourceLocation): ApexValue {
    const value = record.fields.get(name.toLowerCase());
    if (value === undefined) {
        throw new UnsupportedError(`AggregateResult column ${name}, which the query does not select`, loc);
    }
    return value;
}

const tokens = new WeakMap<Interpreter, Map<string, ApexObject>>();

/**
 * `Object__c.SObjectType`: the object's token, which getDescribe() describes. One token per object
 * and transaction, so `==` between two tokens of the same object holds as it does in Apex.
 */
/**
 * `Object__c.Field__c`: the field's token (Schema.SObjectField), which Database.upsert takes as its
 * external Id field. It names its object and field; the runtime gives it no other behaviour.
 */
export function sObjectFieldToken(
    interpreter: Interpreter,
    object: ObjectDef,
    name: string,
    loc: SourceLocation
): ApexObject {
    const cls = interpreter.system.builtinClasses.get('schema.sobjectfield');
    const field = object.fields.get(name.toLowerCase());
    if (cls === undefined || field === undefined) {
        throw new UnsupportedError(`static property ${object.apiName}.${name}`, loc);
    }
    const token = newObject(cls);
    token.fields.set('object', object.apiName);
    token.fields.set('field', field.apiName);
    return token;
}

export function sObjectTypeToken(interpreter: Interpreter, apiName: string): ApexObject {
    const cls = interpreter.system.builtinClasses.get('schema.sobjecttype');
    if (cls === undefined) {
        throw new Error('Schema.SObjectType missing');
    }
    const known = tokens.get(interpreter) ?? new Map<string, ApexObject>();
    tokens.set(interpreter, known);
    const existing = known.get(apiName.toLowerCase());
    if (existing !== undefined) {
        return existing;
    }
    const token = newObject(cls);
    token.fields.set('name', apiName);
    known.set(apiName.toLowerCase(), token);
    return token;
}
