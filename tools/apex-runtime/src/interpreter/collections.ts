import { UnsupportedError } from '../unsupported';
import { coerce } from './conversion';
import { hashKey } from './equality';
import type { Interpreter } from './interpreter';
import { isNumber, type ApexList, type ApexMap, type ApexSet, type ApexValue } from './values';

/** Changing a collection that a for-each loop walks: the platform's behaviour is not reproduced. */
export function assertNotIterating(collection: ApexList | ApexSet): void {
    if (collection.iterating > 0) {
        throw new UnsupportedError(`changing a ${collection.kind} while a for-each loop iterates it`);
    }
}

export function addToCollection(collection: ApexList | ApexSet, item: ApexValue): boolean {
    assertNotIterating(collection);
    const element = coerce(item, collection.elementType);
    if (collection.kind === 'List') {
        collection.items.push(element);
        return true;
    }
    const key = hashKey(element);
    if (collection.entries.has(key)) {
        return false;
    }
    collection.entries.set(key, element);
    return true;
}

export function setContains(collection: ApexSet, item: ApexValue): boolean {
    return collection.entries.has(hashKey(coerce(item, collection.elementType)));
}

/** Map.put: returns the value the key had before, or null. */
export function putInMap(map: ApexMap, key: ApexValue, value: ApexValue): ApexValue {
    const storedKey = coerce(key, map.keyType);
    const hashed = hashKey(storedKey);
    const previous = map.entries.get(hashed);
    if (previous !== undefined) {
        const before = previous.value;
        previous.value = coerce(value, map.valueType);
        return before;
    }
    map.entries.set(hashed, { key: storedKey, value: coerce(value, map.valueType) });
    return null;
}

export function mapGet(map: ApexMap, key: ApexValue): ApexValue {
    return map.entries.get(hashKey(coerce(key, map.keyType)))?.value ?? null;
}

/**
 * A list index: null lists dereference null; an index outside the list throws System.ListException
 * "List index out of bounds: N", as "Built-In Exceptions and Common Methods" shows
 * (https://developer.salesforce.com/docs/atlas.ja-jp.228.0.apexcode.meta/apexcode/apex_exception_builtin.htm).
 */
export function checkedIndex(
    interpreter: Interpreter,
    list: ApexValue,
    index: ApexValue
): { list: ApexList; position: number } {
    if (list === null || index === null) {
        return interpreter.nullPointer();
    }
    if (typeof list !== 'object' || list.kind !== 'List') {
        throw new UnsupportedError('[] on a value that is not a List');
    }
    if (!isNumber(index) || index.kind !== 'Integer') {
        throw new UnsupportedError('a list index that is not an Integer');
    }
    if (index.value < 0 || index.value >= list.items.length) {
        return interpreter.throwSystem('ListException', `List index out of bounds: ${index.value}`);
    }
    return { list, position: index.value };
}

export function indexList(interpreter: Interpreter, list: ApexValue, index: ApexValue): ApexValue {
    const checked = checkedIndex(interpreter, list, index);
    return checked.list.items[checked.position] ?? null;
}

export function setListIndex(interpreter: Interpreter, list: ApexValue, index: ApexValue, value: ApexValue): void {
    const checked = checkedIndex(interpreter, list, index);
    checked.list.items[checked.position] = coerce(value, checked.list.elementType);
}
