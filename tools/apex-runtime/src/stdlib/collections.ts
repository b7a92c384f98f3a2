import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import {
    addToCollection,
    assertNotIterating,
    checkedIndex,
    mapGet,
    putInMap,
    setContains
} from '../interpreter/collections';
import { coerce } from '../interpreter/conversion';
import { apexEquals, hashKey } from '../interpreter/equality';
import {
    integer,
    newList,
    newMap,
    newSet,
    type ApexList,
    type ApexMap,
    type ApexSet,
    type ApexValue
} from '../interpreter/values';
import { arity, integerArg, unsupportedCall } from './arguments';

function itemsOf(site: CallSite, name: string, args: readonly ApexValue[], value: ApexValue): ApexValue[] {
    if (value === null) {
        return site.interpreter.nullPointer();
    }
    if (typeof value === 'object' && value.kind === 'List') {
        return value.items;
    }
    if (typeof value === 'object' && value.kind === 'Set') {
        return [...value.entries.values()];
    }
    return unsupportedCall(site, name, args);
}

/**
 * Membership in a List: "If the list contains String elements, the elements are case-sensitive"
 * (List Class); other elements compare as == does.
 */
function listIndexOf(list: ApexList, wanted: ApexValue): number {
    const target = coerce(wanted, list.elementType);
    return list.items.findIndex((item) =>
        typeof item === 'string' || typeof target === 'string' ? item === target : apexEquals(item, target)
    );
}

/** List methods (List Class, https://developer.salesforce.com/docs/atlas.en-us.236.0.apexref.meta/apexref/apex_methods_system_list.htm). */
function installList(registry: BuiltinRegistry): void {
    registry.addInstance('List', 'add', (site, list, args) => {
        arity(site, 'List.add', args, 1, 2);
        if (args.length === 1) {
            addToCollection(list, args[0] ?? null);
            return null;
        }
        assertNotIterating(list);
        const index = integerArg(site, 'List.add', args, 0);
        if (index < 0 || index > list.items.length) {
            return site.interpreter.throwSystem('ListException', `List index out of bounds: ${index}`);
        }
        list.items.splice(index, 0, coerce(args[1] ?? null, list.elementType));
        return null;
    });
    registry.addInstance('List', 'addAll', (site, list, args) => {
        arity(site, 'List.addAll', args, 1);
        [...itemsOf(site, 'List.addAll', args, args[0] ?? null)].forEach((item) => addToCollection(list, item));
        return null;
    });
    registry.addInstance('List', 'get', (site, list, args) => {
        arity(site, 'List.get', args, 1);
        const checked = checkedIndex(site.interpreter, list, args[0] ?? null);
        return checked.list.items[checked.position] ?? null;
    });
    registry.addInstance('List', 'set', (site, list, args) => {
        arity(site, 'List.set', args, 2);
        const checked = checkedIndex(site.interpreter, list, args[0] ?? null);
        checked.list.items[checked.position] = coerce(args[1] ?? null, list.elementType);
        return null;
    });
    registry.addInstance('List', 'remove', (site, list, args) => {
        arity(site, 'List.remove', args, 1);
        assertNotIterating(list);
        const checked = checkedIndex(site.interpreter, list, args[0] ?? null);
        return list.items.splice(checked.position, 1)[0] ?? null;
    });
    registry.addInstance('List', 'size', (site, list, args) => {
        arity(site, 'List.size', args, 0);
        return integer(list.items.length);
    });
    registry.addInstance('List', 'isEmpty', (site, list, args) => {
        arity(site, 'List.isEmpty', args, 0);
        return list.items.length === 0;
    });
    registry.addInstance('List', 'clear', (site, list, args) => {
        arity(site, 'List.clear', args, 0);
        assertNotIterating(list);
        list.items.length = 0;
        return null;
    });
    registry.addInstance('List', 'contains', (site, list, args) => {
        arity(site, 'List.contains', args, 1);
        return listIndexOf(list, args[0] ?? null) >= 0;
    });
    registry.addInstance('List', 'indexOf', (site, list, args) => {
        arity(site, 'List.indexOf', args, 1);
        return integer(listIndexOf(list, args[0] ?? null));
    });
    registry.addInstance('List', 'clone', (site, list, args) => {
        arity(site, 'List.clone', args, 0);
        return newList(list.elementType, [...list.items]);
    });
    registry.addInstance('List', 'equals', (site, list, args) => {
        arity(site, 'List.equals', args, 1);
        return apexEquals(list, args[0] ?? null);
    });
}

/** Set methods, as the Set Class page of the Apex Reference Guide lists them. */
function installSet(registry: BuiltinRegistry): void {
    registry.addInstance('Set', 'add', (site, set, args) => {
        arity(site, 'Set.add', args, 1);
        return addToCollection(set, args[0] ?? null);
    });
    registry.addInstance('Set', 'addAll', (site, set, args) => {
        arity(site, 'Set.addAll', args, 1);
        let changed = false;
        for (const item of [...itemsOf(site, 'Set.addAll', args, args[0] ?? null)]) {
            changed = addToCollection(set, item) || changed;
        }
        return changed;
    });
    registry.addInstance('Set', 'contains', (site, set, args) => {
        arity(site, 'Set.contains', args, 1);
        return setContains(set, args[0] ?? null);
    });
    registry.addInstance('Set', 'containsAll', (site, set, args) => {
        arity(site, 'Set.containsAll', args, 1);
        return itemsOf(site, 'Set.containsAll', args, args[0] ?? null).every((item) => setContains(set, item));
    });
    registry.addInstance('Set', 'remove', (site, set, args) => {
        arity(site, 'Set.remove', args, 1);
        assertNotIterating(set);
        return set.entries.delete(hashKey(coerce(args[0] ?? null, set.elementType)));
    });
    registry.addInstance('Set', 'removeAll', (site, set, args) => {
        arity(site, 'Set.removeAll', args, 1);
        assertNotIterating(set);
        let changed = false;
        for (const item of itemsOf(site, 'Set.removeAll', args, args[0] ?? null)) {
            changed = set.entries.delete(hashKey(coerce(item, set.elementType))) || changed;
        }
        return changed;
    });
    registry.addInstance('Set', 'retainAll', (site, set, args) => {
        arity(site, 'Set.retainAll', args, 1);
        assertNotIterating(set);
        const keep = new Set(
            itemsOf(site, 'Set.retainAll', args, args[0] ?? null).map((item) => hashKey(coerce(item, set.elementType)))
        );
        let changed = false;
        for (const key of [...set.entries.keys()]) {
            if (!keep.has(key)) {
                set.entries.delete(key);
                changed = true;
            }
        }
        return changed;
    });
    registry.addInstance('Set', 'size', (site, set, args) => {
        arity(site, 'Set.size', args, 0);
        return integer(set.entries.size);
    });
    registry.addInstance('Set', 'isEmpty', (site, set, args) => {
        arity(site, 'Set.isEmpty', args, 0);
        return set.entries.size === 0;
    });
    registry.addInstance('Set', 'clear', (site, set, args) => {
        arity(site, 'Set.clear', args, 0);
        assertNotIterating(set);
        set.entries.clear();
        return null;
    });
    registry.addInstance('Set', 'clone', (site, set, args) => {
        arity(site, 'Set.clone', args, 0);
        return copySet(set);
    });
    registry.addInstance('Set', 'equals', (site, set, args) => {
        arity(site, 'Set.equals', args, 1);
        return apexEquals(set, args[0] ?? null);
    });
}

function copySet(set: ApexSet): ApexSet {
    const copy = newSet(set.elementType);
    set.entries.forEach((value, key) => copy.entries.set(key, value));
    return copy;
}

/** Map methods, as the Map Class page of the Apex Reference Guide lists them. */
function installMap(registry: BuiltinRegistry): void {
    registry.addInstance('Map', 'put', (site, map, args) => {
        arity(site, 'Map.put', args, 2);
        return putInMap(map, args[0] ?? null, args[1] ?? null);
    });
    registry.addInstance('Map', 'get', (site, map, args) => {
        arity(site, 'Map.get', args, 1);
        return mapGet(map, args[0] ?? null);
    });
    registry.addInstance('Map', 'containsKey', (site, map, args) => {
        arity(site, 'Map.containsKey', args, 1);
        return map.entries.has(hashKey(coerce(args[0] ?? null, map.keyType)));
    });
    registry.addInstance('Map', 'remove', (site, map, args) => {
        arity(site, 'Map.remove', args, 1);
        const key = hashKey(coerce(args[0] ?? null, map.keyType));
        const removed = map.entries.get(key)?.value ?? null;
        map.entries.delete(key);
        return removed;
    });
    registry.addInstance('Map', 'keySet', (site, map, args) => {
        arity(site, 'Map.keySet', args, 0);
        const keys = newSet(map.keyType);
        map.entries.forEach((entry, key) => keys.entries.set(key, entry.key));
        return keys;
    });
    registry.addInstance('Map', 'values', (site, map, args) => {
        arity(site, 'Map.values', args, 0);
        return newList(
            map.valueType,
            [...map.entries.values()].map((entry) => entry.value)
        );
    });
    registry.addInstance('Map', 'size', (site, map, args) => {
        arity(site, 'Map.size', args, 0);
        return integer(map.entries.size);
    });
    registry.addInstance('Map', 'isEmpty', (site, map, args) => {
        arity(site, 'Map.isEmpty', args, 0);
        return map.entries.size === 0;
    });
    registry.addInstance('Map', 'clear', (site, map, args) => {
        arity(site, 'Map.clear', args, 0);
        map.entries.clear();
        return null;
    });
    registry.addInstance('Map', 'putAll', (site, map, args) => {
        arity(site, 'Map.putAll', args, 1);
        const source = args[0] ?? null;
        if (source === null || typeof source !== 'object' || source.kind !== 'Map') {
            return unsupportedCall(site, 'Map.putAll', args);
        }
        source.entries.forEach((entry) => putInMap(map, entry.key, entry.value));
        return null;
    });
    registry.addInstance('Map', 'clone', (site, map, args) => {
        arity(site, 'Map.clone', args, 0);
        return copyMap(map);
    });
}

function copyMap(map: ApexMap): ApexMap {
    const copy = newMap(map.keyType, map.valueType);
    map.entries.forEach((entry, key) => copy.entries.set(key, { key: entry.key, value: entry.value }));
    return copy;
}

export function installCollections(registry: BuiltinRegistry): void {
    installList(registry);
    installSet(registry);
    installMap(registry);
}
