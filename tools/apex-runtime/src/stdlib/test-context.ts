import type { BuiltinRegistry } from '../interpreter/builtins';
import { arity, unsupportedCall } from './arguments';

/**
 * Test.startTest, Test.stopTest and Test.isRunningTest (Test Class,
 * https://developer.salesforce.com/docs/atlas.en-us.188.0.apexcode.meta/apexcode/apex_methods_system_test.htm).
 * stopTest runs the asynchronous work queued since startTest (Using Limits, startTest, and stopTest,
 * https://developer.salesforce.com/docs/atlas.ja-jp.218.0.apexcode.meta/apexcode/apex_testing_tools_start_stop_test.htm); the runtime refuses every
 * asynchronous call as UNSUPPORTED, so there is never any to run. The fresh set of limits is the
 * interpreter's LimitCounters. setFixedSearchResults names the records every later SOSL search of
 * the test returns (Adding SOSL Queries to Unit Tests,
 * https://developer.salesforce.com/docs/atlas.en-us.264.0.apexcode.meta/pages/apex_testing_SOSL.htm).
 */
export function installTestContext(registry: BuiltinRegistry): void {
    registry.addStatic('Test', 'startTest', (site, args) => {
        arity(site, 'Test.startTest', args, 0);
        site.interpreter.limits.startTest();
        return null;
    });
    registry.addStatic('Test', 'stopTest', (site, args) => {
        arity(site, 'Test.stopTest', args, 0);
        site.interpreter.limits.stopTest();
        return null;
    });
    registry.addStatic('Test', 'setFixedSearchResults', (site, args) => {
        const [ids] = args;
        if (args.length !== 1 || ids === null || ids === undefined || typeof ids !== 'object' || ids.kind !== 'List') {
            return unsupportedCall(site, 'Test.setFixedSearchResults', args);
        }
        site.interpreter.fixedSearchResults = ids.items.map((item) => {
            if (typeof item !== 'string') {
                return unsupportedCall(site, 'Test.setFixedSearchResults with an element that is not an Id', args);
            }
            return item;
        });
        return null;
    });
    registry.addStatic('Test', 'isRunningTest', (site, args) => {
        arity(site, 'Test.isRunningTest', args, 0);
        return site.interpreter.runningTest;
    });
}
