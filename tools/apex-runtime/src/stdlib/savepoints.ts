import type { BuiltinRegistry } from '../interpreter/builtins';
import { countDml } from '../interpreter/dml';
import { newObject, type ApexObject } from '../interpreter/values';
import { InvalidSavepointError, type StoreSnapshot } from '../org/index';
import { UnsupportedError } from '../unsupported';
import { arity, unsupportedCall } from './arguments';

const snapshots = new WeakMap<ApexObject, StoreSnapshot>();

/**
 * Database.setSavepoint and Database.rollback (Transaction Control, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_transaction_control.htm):
 * each counts against the DML statement limit; a rollback keeps static variables and the Ids
 * already set on sObjects. A savepoint an earlier rollback invalidated is a runtime error whose
 * exception the guide does not name, so it is UNSUPPORTED.
 */
export function installSavepoints(registry: BuiltinRegistry): void {
    registry.addStatic('Database', 'setSavepoint', (site, args) => {
        arity(site, 'Database.setSavepoint', args, 0);
        const cls = site.interpreter.system.builtinClasses.get('savepoint');
        if (cls === undefined) {
            throw new Error('Savepoint missing');
        }
        countDml(site.interpreter, 0);
        const savepoint = newObject(cls);
        snapshots.set(savepoint, site.interpreter.session.org.setSavepoint());
        return savepoint;
    });
    registry.addStatic('Database', 'rollback', (site, args) => {
        arity(site, 'Database.rollback', args, 1);
        const savepoint = args[0] ?? null;
        if (savepoint === null) {
            return site.interpreter.nullPointer();
        }
        const snapshot =
            typeof savepoint === 'object' && savepoint.kind === 'Object' ? snapshots.get(savepoint) : undefined;
        if (snapshot === undefined) {
            return unsupportedCall(site, 'Database.rollback', args);
        }
        countDml(site.interpreter, 0);
        try {
            site.interpreter.session.org.rollback(snapshot);
        } catch (error) {
            if (error instanceof InvalidSavepointError) {
                throw new UnsupportedError(error.message, site.loc);
            }
            throw error;
        }
        return null;
    });
}
