import type { BuiltinRegistry } from '../interpreter/builtins';
import { isValidId, to18 } from '../org/index';
import { arity, stringArg } from './arguments';

/**
 * Id.valueOf and Network.getNetworkId; System.isBatch and the other execution contexts are in
 * async.ts.
 */
export function installExecutionContext(registry: BuiltinRegistry): void {
    // Network.getNetworkId(): the site the user is in now, and null when "the user is currently in
    // the internal organization" (Network Class, Apex Reference Guide:
    // https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_network.htm).
    // The runtime runs tests and anonymous Apex, never a request made through an Experience Cloud
    // site: System.runAs changes the user, not where the code runs. So there is never a site.
    registry.addStatic('Network', 'getNetworkId', (site, args) => {
        arity(site, 'Network.getNetworkId', args, 0);
        return null;
    });
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
