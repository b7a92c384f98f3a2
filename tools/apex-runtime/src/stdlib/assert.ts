import type { BuiltinRegistry, CallSite, StaticMethod } from '../interpreter/builtins';
import { apexEquals } from '../interpreter/equality';
import { isInstanceOf } from '../interpreter/conversion';
import { compareDecimal } from '../interpreter/decimal';
import { isNumber, type ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { unsupportedCall } from './arguments';

/**
 * A failed assertion: System.AssertException, which no catch block can stop ("You can't catch an
 * assertion failure using a try/catch block", Assert Class,
 * https://developer.salesforce.com/docs/atlas.en-us.254.0.apexref.meta/apexref/apex_class_System_Assert.htm).
 * Since Apex code never sees the message, its wording is the runtime's report, not a platform claim.
 */
export function failAssertion(site: CallSite, message: ApexValue | undefined, detail?: string): never {
    const custom = message === undefined || message === null ? null : site.interpreter.stringOf(message);
    const parts = ['Assertion Failed', custom, detail].filter(
        (part): part is string => part !== null && part !== undefined
    );
    return site.interpreter.throwSystem('AssertException', parts.join(': '));
}

/** A value for a failure report; never fails itself, since the report must reach the runner. */
export function describeValue(site: CallSite, value: ApexValue): string {
    try {
        return site.interpreter.stringOf(value);
    } catch (error) {
        if (
            error instanceof UnsupportedError &&
            value !== null &&
            typeof value === 'object' &&
            value.kind === 'Object'
        ) {
            return `${value.cls.name} object`;
        }
        throw error;
    }
}

/**
 * Whether an equality assertion holds. Where the platform's rule is not documented (Strings
 * differing only in case, numbers of different types, Decimals of different scales), the runtime
 * refuses to decide rather than guess.
 */
export function sameForAssertion(site: CallSite, expected: ApexValue, actual: ApexValue): boolean {
    if (typeof expected === 'string' && typeof actual === 'string') {
        if (expected !== actual && expected.toLowerCase() === actual.toLowerCase()) {
            throw new UnsupportedError('an equality assertion on Strings that differ only in case', site.loc);
        }
        return expected === actual;
    }
    if (isNumber(expected) && isNumber(actual)) {
        if (expected.kind !== actual.kind) {
            throw new UnsupportedError(
                `an equality assertion between a ${expected.kind} and a ${actual.kind}`,
                site.loc
            );
        }
        if (
            expected.kind === 'Decimal' &&
            actual.kind === 'Decimal' &&
            expected.scale !== actual.scale &&
            compareDecimal(expected, actual) === 0
        ) {
            throw new UnsupportedError('an equality assertion between equal Decimals of different scales', site.loc);
        }
    }
    return apexEquals(expected, actual);
}

/**
 * An equality assertion with an optional message: it fails when the two values
 * are equal (failsWhenEqual) or differ, naming the first as `caption`.
 */
export function equalityAssertion(qualifiedName: string, failsWhenEqual: boolean, caption: string): StaticMethod {
    return (site, args) => {
        if (args.length !== 2 && args.length !== 3) {
            return unsupportedCall(site, qualifiedName, args);
        }
        const [first = null, actual = null, message] = args;
        if (sameForAssertion(site, first, actual) === failsWhenEqual) {
            failAssertion(
                site,
                message,
                `${caption}: ${describeValue(site, first)}, Actual: ${describeValue(site, actual)}`
            );
        }
        return null;
    };
}

/** The Assert class: areEqual, areNotEqual, isTrue, isFalse, isNull, isNotNull, fail, isInstanceOfType. */
export function installAssert(registry: BuiltinRegistry): void {
    registry.addStatic('Assert', 'areEqual', equalityAssertion('Assert.areEqual', false, 'Expected'));
    registry.addStatic('Assert', 'areNotEqual', equalityAssertion('Assert.areNotEqual', true, 'Not expected'));
    const condition = (name: string, wanted: boolean) => {
        registry.addStatic('Assert', name, (site, args) => {
            const [value, message] = args;
            if ((args.length !== 1 && args.length !== 2) || (value !== null && typeof value !== 'boolean')) {
                return unsupportedCall(site, `Assert.${name}`, args);
            }
            if (value !== wanted) {
                failAssertion(site, message, `Expected: ${wanted}, Actual: ${describeValue(site, value ?? null)}`);
            }
            return null;
        });
    };
    condition('isTrue', true);
    condition('isFalse', false);
    const nullness = (name: string, wantNull: boolean) => {
        registry.addStatic('Assert', name, (site, args) => {
            if (args.length !== 1 && args.length !== 2) {
                return unsupportedCall(site, `Assert.${name}`, args);
            }
            const [value = null, message] = args;
            if ((value === null) !== wantNull) {
                failAssertion(
                    site,
                    message,
                    wantNull
                        ? `Expected: null, Actual: ${describeValue(site, value)}`
                        : 'Expected: not null, Actual: null'
                );
            }
            return null;
        });
    };
    nullness('isNull', true);
    nullness('isNotNull', false);
    registry.addStatic('Assert', 'fail', (site, args) => {
        if (args.length > 1) {
            return unsupportedCall(site, 'Assert.fail', args);
        }
        return failAssertion(site, args[0]);
    });
    const instance = (name: string, wanted: boolean) => {
        registry.addStatic('Assert', name, (site, args) => {
            const [value = null, type, message] = args;
            if (
                (args.length !== 2 && args.length !== 3) ||
                type === null ||
                type === undefined ||
                typeof type !== 'object' ||
                type.kind !== 'Type'
            ) {
                return unsupportedCall(site, `Assert.${name}`, args);
            }
            if (isInstanceOf(value, type.type) !== wanted) {
                failAssertion(
                    site,
                    message,
                    `${wanted ? 'Expected' : 'Not expected'} an instance of ${site.interpreter.stringOf(type)}, Actual: ${describeValue(site, value)}`
                );
            }
            return null;
        });
    };
    instance('isInstanceOfType', true);
    instance('isNotInstanceOfType', false);
}
