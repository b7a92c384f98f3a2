import type { BuiltinRegistry } from '../interpreter/builtins';
import { unsupportedCall } from './arguments';
import { equalityAssertion, failAssertion } from './assert';

/**
 * System.debug and the System.assert methods
 * (System Class, https://developer.salesforce.com/docs/atlas.en-us.220.0.apexcode.meta/apexcode/apex_methods_system_system.htm).
 * System.debug writes a USER_DEBUG line at level DEBUG, or at the LoggingLevel given first.
 */
export function installSystem(registry: BuiltinRegistry): void {
    registry.addStatic('System', 'debug', (site, args) => {
        const [first, second] = args;
        if (args.length === 1) {
            site.interpreter.log(site.loc, 'DEBUG', site.interpreter.stringOf(first ?? null));
            return null;
        }
        if (
            args.length === 2 &&
            first !== null &&
            typeof first === 'object' &&
            first.kind === 'Enum' &&
            first.type === site.interpreter.system.loggingLevel
        ) {
            site.interpreter.log(site.loc, first.name, site.interpreter.stringOf(second ?? null));
            return null;
        }
        return unsupportedCall(site, 'System.debug', args);
    });
    registry.addStatic('System', 'assert', (site, args) => {
        const [condition, message] = args;
        if ((args.length !== 1 && args.length !== 2) || (condition !== null && typeof condition !== 'boolean')) {
            return unsupportedCall(site, 'System.assert', args);
        }
        if (condition !== true) {
            failAssertion(site, args.length === 2 ? (message ?? null) : undefined);
        }
        return null;
    });
    registry.addStatic('System', 'assertEquals', equalityAssertion('System.assertEquals', false, 'Expected'));
    registry.addStatic('System', 'assertNotEquals', equalityAssertion('System.assertNotEquals', true, 'Expected'));
}
