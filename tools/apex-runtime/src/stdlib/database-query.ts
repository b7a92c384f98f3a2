import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { bindValueOf } from '../interpreter/org-values';
import { runSoql, scopeBinds } from '../interpreter/soql';
import { isInstanceOf } from '../interpreter/conversion';
import type { ApexMap, ApexValue } from '../interpreter/values';
import type { Bind, BindValue } from '../org/index';
import { UnsupportedError } from '../unsupported';
import { stringArg, unsupportedCall } from './arguments';

/**
 * Dynamic SOQL (Database Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_database.htm):
 * query and countQuery bind simple variables of the caller's scope, queryWithBinds and
 * countQueryWithBinds take their binds from a map. An AccessLevel argument of USER_MODE runs the
 * query as WITH USER_MODE does.
 */
function accessLevel(
    site: CallSite,
    name: string,
    args: readonly ApexValue[],
    index: number
): 'SYSTEM_MODE' | 'USER_MODE' | null {
    const level = args[index];
    if (level === undefined) {
        return null;
    }
    if (
        level === null ||
        typeof level !== 'object' ||
        level.kind !== 'Enum' ||
        level.type.name !== 'System.AccessLevel'
    ) {
        return unsupportedCall(site, name, args);
    }
    return level.name === 'USER_MODE' ? 'USER_MODE' : 'SYSTEM_MODE';
}

/** Binds of Database.query: variables of the calling scope, never a field of one. */
function callerBinds(site: CallSite, text: string): (bind: Bind) => BindValue {
    const frame = site.interpreter.stack[site.interpreter.stack.length - 1];
    if (frame === undefined) {
        throw new Error('Database.query called with no frame on the stack');
    }
    const inScope = scopeBinds(site.interpreter, text, frame, site.loc);
    return (bind) => {
        if (!/^\s*[A-Za-z_][A-Za-z0-9_]*\s*$/.test(bind.text)) {
            throw new UnsupportedError(`a dynamic SOQL bind that is not a simple variable (:${bind.text})`, site.loc);
        }
        return inScope(bind);
    };
}

/** Binds of queryWithBinds: the map's value under the bind's name. */
function mapBinds(site: CallSite, name: string, map: ApexValue): (bind: Bind) => BindValue {
    if (map === null) {
        return site.interpreter.nullPointer();
    }
    if (typeof map !== 'object' || map.kind !== 'Map') {
        throw new UnsupportedError(`${name} with a bind map that is not a Map<String, Object>`, site.loc);
    }
    const bindMap: ApexMap = map;
    return (bind) => {
        const key = bind.text.trim();
        const entry = [...bindMap.entries.values()].find((candidate) => candidate.key === key);
        if (entry === undefined) {
            throw new UnsupportedError(`${name} without a value for :${key} in its bind map`, site.loc);
        }
        return bindValueOf(entry.value, site.loc);
    };
}

function expectCount(site: CallSite, name: string, result: ApexValue): ApexValue {
    if (!isInstanceOf(result, { kind: 'primitive', name: 'Integer' })) {
        site.interpreter.throwSystem('QueryException', `${name} needs a SELECT COUNT() query`);
    }
    return result;
}

export function installDatabaseQueries(registry: BuiltinRegistry): void {
    registry.addStatic('Database', 'query', (site, args) => {
        const text = stringArg(site, 'Database.query', args, 0);
        const access = accessLevel(site, 'Database.query', args, 1);
        return runSoql(site.interpreter, text, callerBinds(site, text), site.loc, { dynamic: true, access });
    });
    registry.addStatic('Database', 'countQuery', (site, args) => {
        const text = stringArg(site, 'Database.countQuery', args, 0);
        const access = accessLevel(site, 'Database.countQuery', args, 1);
        const result = runSoql(site.interpreter, text, callerBinds(site, text), site.loc, { dynamic: true, access });
        return expectCount(site, 'Database.countQuery', result);
    });
    for (const name of ['queryWithBinds', 'countQueryWithBinds']) {
        registry.addStatic('Database', name, (site, args) => {
            const full = `Database.${name}`;
            if (args.length !== 3) {
                return unsupportedCall(site, full, args);
            }
            const text = stringArg(site, full, args, 0);
            const access = accessLevel(site, full, args, 2);
            const binds = mapBinds(site, full, args[1] ?? null);
            const result = runSoql(site.interpreter, text, binds, site.loc, { dynamic: true, access });
            return name === 'countQueryWithBinds' ? expectCount(site, full, result) : result;
        });
    }
}
