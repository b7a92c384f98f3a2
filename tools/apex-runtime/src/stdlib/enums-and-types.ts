import type { BuiltinRegistry } from '../interpreter/builtins';
import { integer } from '../interpreter/values';
import { typeName } from '../types/apex-type';
import { arity } from './arguments';

/**
 * name() and ordinal() of every enum value (Enum Methods,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_methods_system_enum.htm),
 * and the name of a System.Type.
 */
export function installEnumsAndTypes(registry: BuiltinRegistry): void {
    registry.addInstance('Enum', 'name', (site, value, args) => {
        arity(site, 'Enum.name', args, 0);
        return value.name;
    });
    registry.addInstance('Enum', 'ordinal', (site, value, args) => {
        arity(site, 'Enum.ordinal', args, 0);
        return integer(value.ordinal);
    });
    registry.addInstance('Enum', 'equals', (site, value, args) => {
        arity(site, 'Enum.equals', args, 1);
        return args[0] === value;
    });
    registry.addInstance('Type', 'getName', (site, value, args) => {
        arity(site, 'Type.getName', args, 0);
        return typeName(value.type);
    });
}
