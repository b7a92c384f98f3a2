import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import type { ApexSObject, ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { readField, writeField } from '../interpreter/sobjects';
import { addTriggerError } from '../interpreter/triggers';
import { arity, stringArg } from './arguments';

/**
 * The field get and put name: a field name, or a field token (Schema.SObjectField), which the
 * SObject Class gives both methods as a second signature. A token of another object's field is
 * UNSUPPORTED: the page does not say what it does.
 */
function fieldNameArg(site: CallSite, name: string, record: ApexSObject, args: readonly ApexValue[]): string {
    const arg = args[0] ?? null;
    if (arg !== null && typeof arg === 'object' && arg.kind === 'Object' && arg.cls.name === 'Schema.SObjectField') {
        const object = arg.fields.get('object');
        const field = arg.fields.get('field');
        if (typeof object !== 'string' || typeof field !== 'string') {
            throw new Error('a field token without its object and field');
        }
        if (object.toLowerCase() !== record.schema.apiName.toLowerCase()) {
            throw new UnsupportedError(`${name} of a ${record.schema.apiName} with a field of ${object}`, site.loc);
        }
        return field;
    }
    return stringArg(site, name, args, 0);
}

/**
 * get(fieldName) and put(fieldName, value) of a record, and their forms with a field token,
 * get(field) and put(field, value) (SObject Class in the Apex Reference Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_sobject.htm);
 * they read and write the same fields as the dot notation, with the same checks.
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
        return readField(site.interpreter, record, fieldNameArg(site, 'SObject.get', record, args), site.loc);
    });
    registry.addInstance('SObject', 'put', (site, record, args) => {
        arity(site, 'SObject.put', args, 2);
        const name = fieldNameArg(site, 'SObject.put', record, args);
        const previous = record.fields.get(name.toLowerCase()) ?? null;
        writeField(record, name, args[1] ?? null, site.loc);
        return previous;
    });
}
