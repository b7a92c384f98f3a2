import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { compareTemporal } from '../interpreter/equality';
import { invokeMethod, selectMethod } from '../interpreter/invocation';
import { compareNumbers } from '../interpreter/operators';
import { isNumber, isObject, type ApexList, type ApexObject, type ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { arity, unsupportedCall } from './arguments';

/**
 * List.sort() and List.sort(comparator) (List Sorting, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_collections_lists_sorting.htm;
 * Sorting Lists of sObjects:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_list_sorting_sobject.htm).
 * Primitives sort ascending; objects by their compareTo (Comparable) or by the comparator's
 * compare; sObjects of one type by Name, empty names first, "in Unicode sort order".
 *
 * The pages leave open, so it is UNSUPPORTED: whether String order ignores case (so a list whose
 * order would differ either way is refused), where null elements go, the order of elements that
 * compare equal but are not the same value (the sort's stability), sObjects of different types or
 * with the same Name (the next steps use every standard and custom field), and other elements.
 */
type Compare = (left: ApexValue, right: ApexValue) => number;

function refuse(site: CallSite, what: string): never {
    throw new UnsupportedError(`List.sort of ${what}`, site.loc);
}

function sign(value: number): number {
    return value === 0 ? 0 : value < 0 ? -1 : 1;
}

/** UTF-16 code-unit order, refusing a pair that a case-insensitive order would put the other way. */
function compareStrings(site: CallSite, left: string, right: string): number {
    const exact = sign(left < right ? -1 : left > right ? 1 : 0);
    const lower = [left.toLowerCase(), right.toLowerCase()] as const;
    const folded = sign(lower[0] < lower[1] ? -1 : lower[0] > lower[1] ? 1 : 0);
    if (exact !== folded) {
        return refuse(site, `Strings whose order depends on case (${JSON.stringify(left)}, ${JSON.stringify(right)})`);
    }
    return exact;
}

/** Whether two values that compare equal are also indistinguishable, so their order does not matter. */
function identical(left: ApexValue, right: ApexValue): boolean {
    if (left === right) {
        return true;
    }
    if (typeof left === 'string' || typeof right === 'string') {
        return left === right;
    }
    if (isNumber(left) && isNumber(right)) {
        if (left.kind !== right.kind) {
            return false;
        }
        return left.kind === 'Decimal' && right.kind === 'Decimal' ? left.scale === right.scale : true;
    }
    return (
        left !== null &&
        right !== null &&
        typeof left === 'object' &&
        typeof right === 'object' &&
        (left.kind === 'Date' || left.kind === 'Datetime' || left.kind === 'Time') &&
        left.kind === right.kind
    );
}

function primitiveOrder(site: CallSite): Compare {
    return (left, right) => {
        if (left === null || right === null) {
            return refuse(site, 'a list holding null');
        }
        if (typeof left === 'string' && typeof right === 'string') {
            return compareStrings(site, left, right);
        }
        if (isNumber(left) && isNumber(right)) {
            return compareNumbers(left, right);
        }
        if (
            typeof left === 'object' &&
            typeof right === 'object' &&
            (left.kind === 'Date' || left.kind === 'Datetime' || left.kind === 'Time') &&
            left.kind === right.kind
        ) {
            return compareTemporal(left, right);
        }
        return refuse(site, `these elements (${kindOf(left)}, ${kindOf(right)})`);
    };
}

function kindOf(value: ApexValue): string {
    return value === null ? 'null' : typeof value === 'object' ? value.kind : typeof value;
}

/** The Integer an Apex compareTo or compare returned. */
function orderFrom(site: CallSite, result: ApexValue, method: string): number {
    if (!isNumber(result) || result.kind !== 'Integer') {
        return refuse(site, `elements whose ${method} did not return an Integer`);
    }
    return sign(result.value);
}

function callOn(site: CallSite, object: ApexObject, name: string, args: ApexValue[]): ApexValue {
    const method = selectMethod(site.interpreter, object.cls, name, args, 'instance');
    if (method === undefined) {
        return refuse(site, `${object.cls.name} objects, which have no ${name} method`);
    }
    return invokeMethod(site.interpreter, method, object, args, site.loc);
}

function comparableOrder(site: CallSite): Compare {
    return (left, right) => {
        if (!isObject(left) || right === null) {
            return refuse(site, 'objects that are not Comparable, or null');
        }
        return orderFrom(site, callOn(site, left, 'compareTo', [right]), 'compareTo');
    };
}

/** By Name within one object type, empty names first; any further step is refused. */
function sObjectOrder(site: CallSite): Compare {
    return (left, right) => {
        if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') {
            return refuse(site, 'a list of sObjects holding null');
        }
        if (left.kind !== 'SObject' || right.kind !== 'SObject' || left.schema !== right.schema) {
            return refuse(site, 'sObjects of different types (their labels)');
        }
        const name = (record: typeof left): string => {
            const value = record.fields.get('name') ?? null;
            if (value !== null && typeof value !== 'string') {
                return refuse(site, 'sObjects without a text Name');
            }
            return value ?? '';
        };
        const [a, b] = [name(left), name(right)];
        if (a === b) {
            return refuse(site, `sObjects with the same Name (${JSON.stringify(a)}): the next steps use every field`);
        }
        return a === '' ? -1 : b === '' ? 1 : compareStrings(site, a, b);
    };
}

/** A stable merge sort that refuses a tie between distinguishable elements. */
function sortWith(site: CallSite, items: ApexValue[], compare: Compare): ApexValue[] {
    if (items.length < 2) {
        return items;
    }
    const middle = Math.floor(items.length / 2);
    const left = sortWith(site, items.slice(0, middle), compare);
    const right = sortWith(site, items.slice(middle), compare);
    const merged: ApexValue[] = [];
    let i = 0;
    let j = 0;
    while (i < left.length && j < right.length) {
        const a = left[i] ?? null;
        const b = right[j] ?? null;
        const order = compare(a, b);
        if (order === 0 && !identical(a, b)) {
            refuse(site, 'elements that compare equal but differ (the order the platform keeps them in)');
        }
        if (order <= 0) {
            merged.push(a);
            i++;
        } else {
            merged.push(b);
            j++;
        }
    }
    return merged.concat(left.slice(i), right.slice(j));
}

function defaultOrder(site: CallSite, list: ApexList): Compare {
    switch (list.elementType.kind) {
        case 'primitive':
            return list.elementType.name === 'Object' ? refuse(site, 'a List<Object>') : primitiveOrder(site);
        case 'class':
            return comparableOrder(site);
        case 'sobject':
            return sObjectOrder(site);
        default:
            return refuse(site, `a list of ${list.elementType.kind}`);
    }
}

export function installSorting(registry: BuiltinRegistry): void {
    registry.addInstance('List', 'sort', (site, list, args) => {
        arity(site, 'List.sort', args, 0, 1);
        if (list.iterating > 0) {
            throw new UnsupportedError('List.sort inside a for-each over the list', site.loc);
        }
        let compare: Compare;
        if (args.length === 0) {
            compare = defaultOrder(site, list);
        } else {
            const comparator = args[0] ?? null;
            if (comparator === null) {
                return site.interpreter.nullPointer();
            }
            if (!isObject(comparator) || comparator.cls.isBuiltin) {
                return unsupportedCall(site, 'List.sort', args);
            }
            compare = (left, right) => orderFrom(site, callOn(site, comparator, 'compare', [left, right]), 'compare');
        }
        const sorted = sortWith(site, [...list.items], compare);
        list.items.splice(0, list.items.length, ...sorted);
        return null;
    });
}
