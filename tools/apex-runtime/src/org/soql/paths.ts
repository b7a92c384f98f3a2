import { UnsupportedError } from '../../unsupported';
import type { FieldDef, ObjectDef, Schema } from '../schema';
import type { RecordVisibility } from '../access/sharing';
import type { RecordStore, StoredRecord } from '../store';
import type { FieldValue } from '../values';
import { noSuchColumn, SoqlSchemaError } from './errors';

/** One lookup crossed on the way to a field: `Group__r` through `Group__c`. */
export interface PathStep {
    readonly field: FieldDef;
    /** Lower-case relationship name, the key of the parent in an OrgRecord. */
    readonly relationship: string;
    readonly relationshipName: string;
    /** The parent's object, null when the lookup is polymorphic (`Owner`, `LinkedEntity`). */
    readonly target: ObjectDef | null;
}

export interface ResolvedPath {
    readonly steps: readonly PathStep[];
    /** Lower-case API name of the field read at the end. */
    readonly field: string;
    /** The field as the query spells it, for keys of unaliased aggregate results. */
    readonly fieldName: string;
    /** Null at the end of a polymorphic relationship. */
    readonly definition: FieldDef | null;
}

/** Records which fields of which objects a query reads, for the access checks of a later layer. */
export type ReferencedFields = Map<string, Set<string>>;

export function reference(referenced: ReferencedFields, object: ObjectDef, field: FieldDef): void {
    const fields = referenced.get(object.apiName) ?? new Set<string>();
    fields.add(field.apiName);
    referenced.set(object.apiName, fields);
}

/**
 * Resolves `a__r.b__c` from an object: each part but the last is a relationship name, the last a
 * field (Relationship Queries, SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_relationships.htm).
 * A leading object name (`Account.Name` from Account) is allowed.
 */
export function resolvePath(
    schema: Schema,
    from: ObjectDef,
    path: readonly string[],
    referenced: ReferencedFields
): ResolvedPath {
    let parts = path;
    if (
        parts.length > 1 &&
        parts[0]?.toLowerCase() === from.apiName.toLowerCase() &&
        !hasRelationship(from, parts[0])
    ) {
        parts = parts.slice(1);
    }
    const steps: PathStep[] = [];
    let current: ObjectDef | null = from;
    for (const name of parts.slice(0, -1)) {
        if (current === null) {
            throw new UnsupportedError(`SOQL path through a polymorphic relationship: ${path.join('.')}`);
        }
        const field = relationshipField(current, name);
        reference(referenced, current, field);
        const target: ObjectDef | null =
            field.referenceTo.length === 1 ? objectNamed(schema, field.referenceTo[0] ?? '') : null;
        steps.push({ field, relationship: name.toLowerCase(), relationshipName: name, target });
        current = target;
    }
    const last = parts[parts.length - 1] ?? '';
    if (current === null) {
        return { steps, field: last.toLowerCase(), fieldName: last, definition: null };
    }
    const definition = current.fields.get(last.toLowerCase());
    if (definition === undefined) {
        throw noSuchColumn(last, current.apiName);
    }
    if (definition.formula !== null) {
        throw new UnsupportedError(`formula field ${current.apiName}.${definition.apiName}`);
    }
    reference(referenced, current, definition);
    return { steps, field: last.toLowerCase(), fieldName: definition.apiName, definition };
}

function hasRelationship(object: ObjectDef, name: string): boolean {
    return [...object.fields.values()].some((field) => field.relationshipName?.toLowerCase() === name.toLowerCase());
}

function relationshipField(object: ObjectDef, name: string): FieldDef {
    const field = [...object.fields.values()].find(
        (candidate) => candidate.relationshipName?.toLowerCase() === name.toLowerCase()
    );
    if (field === undefined) {
        throw new SoqlSchemaError(
            `Didn't understand relationship '${name}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name.`
        );
    }
    return field;
}

export function objectNamed(schema: Schema, name: string): ObjectDef {
    const object = schema.object(name);
    if (object === undefined) {
        throw new SoqlSchemaError(`sObject type '${name}' is not supported.`);
    }
    return object;
}

/**
 * The parent a lookup of the record points at, null when empty or gone. Under sharing, what a
 * query reads of a parent the user cannot see is not documented, so it is UNSUPPORTED.
 */
export function parentOf(
    store: RecordStore,
    record: StoredRecord,
    step: PathStep,
    visibility: RecordVisibility | null = null
): StoredRecord | null {
    const id = record.values.get(step.field.apiName.toLowerCase()) ?? null;
    if (typeof id !== 'string') {
        return null;
    }
    const parent = store.get(id);
    if (parent === undefined || parent.deleted) {
        return null;
    }
    if (visibility !== null && !visibility.canAccess(parent, 'read')) {
        throw new UnsupportedError(
            `SOQL reading ${step.relationshipName} of ${record.object.apiName}, a ${parent.object.apiName} the running user cannot see (sharing)`
        );
    }
    return parent;
}

/**
 * Reads a resolved path. At the end of a polymorphic relationship, `Type` is the parent's object
 * name (the Name object, Object Reference); other fields are read when the parent's object has them.
 */
export function readPath(
    store: RecordStore,
    record: StoredRecord,
    path: ResolvedPath,
    visibility: RecordVisibility | null = null
): FieldValue {
    let current: StoredRecord | null = record;
    for (const step of path.steps) {
        if (current === null) {
            return null;
        }
        current = parentOf(store, current, step, visibility);
    }
    if (current === null) {
        return null;
    }
    return readField(current, path);
}

export function readField(record: StoredRecord, path: ResolvedPath): FieldValue {
    if (path.definition === null) {
        if (path.field === 'type') {
            return record.object.apiName;
        }
        const field = record.object.fields.get(path.field);
        if (field === undefined) {
            throw new UnsupportedError(
                `field ${path.fieldName} of ${record.object.apiName} through a polymorphic relationship`
            );
        }
    }
    return record.values.get(path.field) ?? null;
}
