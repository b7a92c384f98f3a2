import type { Expression, SourceLocation } from '../parser/ast';
import { OBJECT_TYPE, typeName, type ApexType } from '../types/apex-type';
import { UnsupportedError } from '../unsupported';
import { addToCollection, putInMap } from './collections';
import { evaluate } from './expressions';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { construct } from './invocation';
import { newRecord, writeField } from './sobjects';
import { isNumber, newList, newMap, newSet, type ApexMap, type ApexSObject, type ApexValue } from './values';

/** `new`: objects, collections with their initialisers, arrays of a size, and records. */
function elementTypes(type: ApexType): { element: ApexType; key: ApexType; value: ApexType } {
    if (type.kind === 'list' || type.kind === 'set') {
        return { element: type.element, key: OBJECT_TYPE, value: OBJECT_TYPE };
    }
    if (type.kind === 'map') {
        return { element: OBJECT_TYPE, key: type.key, value: type.value };
    }
    return { element: OBJECT_TYPE, key: OBJECT_TYPE, value: OBJECT_TYPE };
}

export function evaluateNew(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'new' | 'newWithFields' | 'newCollection' | 'newMap' | 'newArray' }>,
    frame: Frame
): ApexValue {
    const type = interpreter.resolveType(expression.type, frame.cls);
    const { element, key, value: valueType } = elementTypes(type);
    switch (expression.kind) {
        case 'newArray': {
            const size = evaluate(interpreter, expression.size, frame);
            if (size === null || !isNumber(size) || size.kind !== 'Integer') {
                throw new UnsupportedError('an array size that is not an Integer', expression.loc);
            }
            return newList(element, new Array<ApexValue>(size.value).fill(null));
        }
        case 'newCollection': {
            const elements = expression.elements.map((item) => evaluate(interpreter, item, frame));
            if (type.kind === 'map' && elements.length === 0) {
                return newMap(key, valueType);
            }
            if (type.kind !== 'list' && type.kind !== 'set') {
                throw new UnsupportedError(`an initialiser list for ${typeName(type)}`, expression.loc);
            }
            const collection = type.kind === 'list' ? newList(element) : newSet(element);
            elements.forEach((item) => addToCollection(collection, item));
            return collection;
        }
        case 'newMap': {
            if (type.kind !== 'map') {
                throw new UnsupportedError(`a key => value initialiser for ${typeName(type)}`, expression.loc);
            }
            const map = newMap(key, valueType);
            for (const entry of expression.entries) {
                putInMap(map, evaluate(interpreter, entry.key, frame), evaluate(interpreter, entry.value, frame));
            }
            return map;
        }
        case 'newWithFields': {
            const record = newRecordOf(interpreter, type, expression.loc);
            for (const field of expression.fields) {
                writeField(record, field.name, evaluate(interpreter, field.value, frame), expression.loc);
            }
            return record;
        }
        case 'new': {
            const args = expression.args.map((arg) => evaluate(interpreter, arg, frame));
            return newOf(interpreter, type, args, expression.loc);
        }
    }
}

function newOf(interpreter: Interpreter, type: ApexType, args: readonly ApexValue[], loc: SourceLocation): ApexValue {
    switch (type.kind) {
        case 'class':
            return construct(interpreter, type.cls, args, loc);
        case 'list':
        case 'set': {
            const collection = type.kind === 'list' ? newList(type.element) : newSet(type.element);
            if (args.length === 0) {
                return collection;
            }
            const [source] = args;
            if (
                args.length === 1 &&
                source !== null &&
                typeof source === 'object' &&
                (source.kind === 'List' || source.kind === 'Set')
            ) {
                const items = source.kind === 'List' ? source.items : [...source.entries.values()];
                items.forEach((item) => addToCollection(collection, item));
                return collection;
            }
            throw new UnsupportedError(`new ${typeName(type)} from these arguments`, loc);
        }
        case 'map': {
            const map = newMap(type.key, type.value);
            const [source] = args;
            if (args.length === 0) {
                return map;
            }
            if (args.length === 1 && source !== null && typeof source === 'object' && source.kind === 'Map') {
                source.entries.forEach((entry) => putInMap(map, entry.key, entry.value));
                return map;
            }
            if (args.length === 1 && source !== null && typeof source === 'object' && source.kind === 'List') {
                return mapOfRecords(map, source.items, loc);
            }
            throw new UnsupportedError(`new ${typeName(type)} from these arguments`, loc);
        }
        case 'sobject':
            if (args.length > 0) {
                throw new UnsupportedError(`new ${type.name} with constructor arguments`, loc);
            }
            return newRecordOf(interpreter, type, loc);
        default:
            throw new UnsupportedError(`new ${typeName(type)}`, loc);
    }
}

/** A new record of an object in the schema; the generic SObject cannot be instantiated. */
function newRecordOf(interpreter: Interpreter, type: ApexType, loc: SourceLocation): ApexSObject {
    const schema = type.kind === 'sobject' ? interpreter.schema.object(type.name) : undefined;
    if (schema === undefined) {
        throw new UnsupportedError(`new ${typeName(type)}(field = value, ...)`, loc);
    }
    return newRecord(schema);
}

/**
 * `new Map<Id, SObject>(records)`: "the keys are populated with the sObject IDs and the values are
 * the sObjects" (Map Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_map.htm).
 * A record without an Id, or an Id twice, fails on the platform with a message not checked here.
 */
function mapOfRecords(map: ApexMap, records: readonly ApexValue[], loc: SourceLocation): ApexMap {
    const seen = new Set<string>();
    for (const record of records) {
        const id =
            record !== null && typeof record === 'object' && record.kind === 'SObject' ? record.fields.get('id') : null;
        if (typeof id !== 'string') {
            throw new UnsupportedError('new Map<Id, SObject> from a list with a record without an Id', loc);
        }
        if (seen.has(id)) {
            throw new UnsupportedError('new Map<Id, SObject> from a list with an Id twice', loc);
        }
        seen.add(id);
        putInMap(map, id, record);
    }
    return map;
}
