import type { BuiltinRegistry } from '../interpreter/builtins';
import { isValidId, to18 } from '../org/index';
import { arity, stringArg } from './arguments';

/**
 * System.isBatch, isFuture, isQueueable and isScheduled (System Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_system.htm):
 * the runtime runs no asynchronous Apex (enqueueing a job is UNSUPPORTED), so code never runs
 * inside one and each is false.
 */
export function installExecutionContext(registry: BuiltinRegistry): void {
    for (const name of ['isBatch', 'isFuture', 'isQueueable', 'isScheduled']) {
        registry.addStatic('System', name, (site, args) => {
            arity(site, `System.${name}`, args, 0);
            return false;
        });
    }
    // Id.valueOf(String): the 18-character Id; a string that is not an Id throws System.StringException
    // "Invalid id: value" (Id Class, Apex Reference Guide).
    registry.addStatic('Id', 'valueOf', (site, args) => {
        arity(site, 'Id.valueOf', args, 1);
        const text = stringArg(site, 'Id.valueOf', args, 0);
        if (!isValidId(text)) {
            return site.interpreter.throwSystem('StringException', `Invalid id: ${text}`);
        }
        return to18(text);
    });
}
