import type { BuiltinRegistry } from '../interpreter/builtins';
import { readField, writeField } from '../interpreter/sobjects';
import { addTriggerError } from '../interpreter/triggers';
import { arity, stringArg } from './arguments';

/**
 * get(fieldName) and put(fieldName, value) of a record (SObject Class in the Apex Reference
 * Guide); they read and write the same fields as the dot notation, with the same checks.
 */
export function installSObjectMethods(registry: BuiltinRegistry): void {
    // addError(message) on a trigger's record fails that row's DML with the message.
    registry.addInstance('SObject', 'addError', (site, record, args) => {
        arity(site, 'SObject.addError', args, 1);
        addTriggerError(site.interpreter, record, stringArg(site, 'SObject.addError', args, 0), site.loc);
        return null;
    });
    registry.addInstance('SObject', 'get', (site, record, args) => {
        arity(site, 'SObject.get', args, 1);
        return readField(site.interpreter, record, stringArg(site, 'SObject.get', args, 0), site.loc);
    });
    registry.addInstance('SObject', 'put', (site, record, args) => {
        arity(site, 'SObject.put', args, 2);
        const name = stringArg(site, 'SObject.put', args, 0);
        const previous = record.fields.get(name.toLowerCase()) ?? null;
        writeField(record, name, args[1] ?? null, site.loc);
        return previous;
    });
}
