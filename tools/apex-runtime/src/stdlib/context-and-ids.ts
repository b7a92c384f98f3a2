import type { BuiltinRegistry } from '../interpreter/builtins';
import { isValidId, to18 } from '../org/index';
import { arity, stringArg } from './arguments';

/** Id.valueOf; System.isBatch and the other execution contexts are in async.ts. */
export function installExecutionContext(registry: BuiltinRegistry): void {
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
