import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { widen } from '../interpreter/conversion';
import {
    decimalToNumber,
    divideDecimal,
    parseDecimal,
    roundToScale,
    ROUNDING_MODES,
    type RoundingMode
} from '../interpreter/decimal';
import { compareNumbers, negate } from '../interpreter/operators';
import {
    double,
    integer,
    isNumber,
    long,
    type ApexDecimal,
    type ApexNumber,
    type ApexValue
} from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { arity, integerArg, stringArg, unsupportedCall } from './arguments';

const INTEGER_TEXT = /^[+-]?\d+$/;

/** Integer.valueOf(String): a well-formed number in range; the platform's error for others is not reproduced. */
function parseIntegerText(site: CallSite, text: string, bits: 32 | 64): bigint {
    if (!INTEGER_TEXT.test(text)) {
        throw new UnsupportedError(
            `converting ${JSON.stringify(text)} to a ${bits === 32 ? 'Integer' : 'Long'} (its exception)`,
            site.loc
        );
    }
    const value = BigInt(text);
    const limit = bits === 32 ? 2n ** 31n : 2n ** 63n;
    if (value < -limit || value >= limit) {
        throw new UnsupportedError(`converting ${text} (out of range) to a number`, site.loc);
    }
    return value;
}

function numberArg(site: CallSite, name: string, args: readonly ApexValue[], index: number): ApexNumber {
    const arg = args[index] ?? null;
    if (arg === null) {
        return site.interpreter.nullPointer();
    }
    if (!isNumber(arg)) {
        return unsupportedCall(site, name, args);
    }
    return arg;
}

/** Integer, Long, Double and Decimal statics and instance methods (their Class pages in the Apex Reference Guide). */
function installConversions(registry: BuiltinRegistry): void {
    registry.addStatic('Integer', 'valueOf', (site, args) => {
        arity(site, 'Integer.valueOf', args, 1);
        const arg = args[0] ?? null;
        if (typeof arg === 'string') {
            return integer(Number(parseIntegerText(site, arg, 32)));
        }
        if (arg !== null && isNumber(arg) && arg.kind === 'Integer') {
            return arg;
        }
        return unsupportedCall(site, 'Integer.valueOf', args);
    });
    registry.addStatic('Long', 'valueOf', (site, args) => {
        arity(site, 'Long.valueOf', args, 1);
        return long(parseIntegerText(site, stringArg(site, 'Long.valueOf', args, 0), 64));
    });
    registry.addStatic('Decimal', 'valueOf', (site, args) => {
        arity(site, 'Decimal.valueOf', args, 1);
        const arg = args[0] ?? null;
        if (typeof arg === 'string') {
            const parsed = parseDecimal(arg);
            if (parsed === null) {
                throw new UnsupportedError(`converting ${JSON.stringify(arg)} to a Decimal (its exception)`, site.loc);
            }
            return parsed;
        }
        if (arg !== null && isNumber(arg)) {
            return widen(arg, 'Decimal');
        }
        return unsupportedCall(site, 'Decimal.valueOf', args);
    });
    registry.addStatic('Double', 'valueOf', (site, args) => {
        arity(site, 'Double.valueOf', args, 1);
        const arg = args[0] ?? null;
        if (typeof arg === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(arg)) {
            return double(Number(arg));
        }
        return unsupportedCall(site, 'Double.valueOf', args);
    });
    for (const kind of ['Integer', 'Long', 'Double', 'Decimal'] as const) {
        registry.addInstance(kind, 'intValue', (site, value, args) => {
            arity(site, `${kind}.intValue`, args, 0);
            return toInteger(site, value);
        });
        registry.addInstance(kind, 'longValue', (site, value, args) => {
            arity(site, `${kind}.longValue`, args, 0);
            return toLong(site, value);
        });
        registry.addInstance(kind, 'doubleValue', (site, value, args) => {
            arity(site, `${kind}.doubleValue`, args, 0);
            return double(value.kind === 'Decimal' ? decimalToNumber(value) : Number(value.value));
        });
    }
    registry.addInstance('Decimal', 'scale', (site, value, args) => {
        arity(site, 'Decimal.scale', args, 0);
        return integer(value.scale);
    });
}

/** The System.RoundingMode argument at index; null is dereferenced, anything else is not reproduced. */
function roundingModeArg(site: CallSite, name: string, args: readonly ApexValue[], index: number): RoundingMode {
    const arg = args[index] ?? null;
    if (arg === null) {
        return site.interpreter.nullPointer();
    }
    if (typeof arg === 'object' && arg.kind === 'Enum' && arg.type.name === 'System.RoundingMode') {
        const mode = ROUNDING_MODES.find((candidate) => candidate === arg.name);
        if (mode !== undefined) {
            return mode;
        }
    }
    return unsupportedCall(site, name, args);
}

/**
 * A rounded result, or the System.MathException that UNNECESSARY throws for an inexact one (the
 * page names the exception but not its message, so getMessage on it stays unsupported).
 */
function exactOrThrow<T>(site: CallSite, result: T | null): T {
    if (result === null) {
        return site.interpreter.throwSystem('MathException', undefined);
    }
    return result;
}

/** A scale the runtime represents: a negative one (allowed down to -33) is not reproduced. */
function scaleArg(site: CallSite, name: string, args: readonly ApexValue[], index: number): number {
    const scale = integerArg(site, name, args, index);
    if (scale < 0 || scale > 33) {
        throw new UnsupportedError(`${name} with scale ${scale} (only 0 to 33 is reproduced)`, site.loc);
    }
    return scale;
}

/** A Long result of round; one past the Long range is not reproduced. */
function roundedLong(site: CallSite, rounded: ApexDecimal): ApexNumber {
    if (rounded.unscaled < -(2n ** 63n) || rounded.unscaled >= 2n ** 63n) {
        throw new UnsupportedError('Decimal.round of a value out of Long range', site.loc);
    }
    return long(rounded.unscaled);
}

/**
 * Decimal.divide, round and setScale with the rounding modes of "Rounding Mode" (Decimal Class, Apex
 * Reference Guide: https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm).
 * round() and setScale(scale) round half-even, as the page says; divide(divisor, scale) names no
 * rounding mode, so only a quotient that is exact at the scale is reproduced. The page does not say
 * what dividing by zero throws, so that is not reproduced either.
 */
function installDecimalRounding(registry: BuiltinRegistry): void {
    registry.addInstance('Decimal', 'divide', (site, value, args) => {
        if (args.length !== 2 && args.length !== 3) {
            return unsupportedCall(site, 'Decimal.divide', args);
        }
        const divisor = widen(numberArg(site, 'Decimal.divide', args, 0), 'Decimal');
        if (divisor.kind !== 'Decimal') {
            return unsupportedCall(site, 'Decimal.divide', args);
        }
        const scale = scaleArg(site, 'Decimal.divide', args, 1);
        if (divisor.unscaled === 0n) {
            throw new UnsupportedError('Decimal.divide by zero (its exception is not documented)', site.loc);
        }
        if (args.length === 2) {
            const exact = divideDecimal(value, divisor, scale, 'UNNECESSARY');
            if (exact === null) {
                throw new UnsupportedError('Decimal.divide(divisor, scale) that rounds (its rounding mode)', site.loc);
            }
            return exact;
        }
        const mode = roundingModeArg(site, 'Decimal.divide', args, 2);
        return exactOrThrow(site, divideDecimal(value, divisor, scale, mode));
    });
    registry.addInstance('Decimal', 'setScale', (site, value, args) => {
        if (args.length !== 1 && args.length !== 2) {
            return unsupportedCall(site, 'Decimal.setScale', args);
        }
        const scale = scaleArg(site, 'Decimal.setScale', args, 0);
        const mode = args.length === 2 ? roundingModeArg(site, 'Decimal.setScale', args, 1) : 'HALF_EVEN';
        return exactOrThrow(site, roundToScale(value, scale, mode));
    });
    registry.addInstance('Decimal', 'round', (site, value, args) => {
        if (args.length !== 0 && args.length !== 1) {
            return unsupportedCall(site, 'Decimal.round', args);
        }
        const mode = args.length === 1 ? roundingModeArg(site, 'Decimal.round', args, 0) : 'HALF_EVEN';
        return roundedLong(site, exactOrThrow(site, roundToScale(value, 0, mode)));
    });
}

/** Truncation toward zero of a whole-valued number; a fraction or an out-of-range value is not reproduced. */
function toInteger(site: CallSite, value: ApexNumber): ApexNumber {
    const whole = wholeValue(site, value);
    if (whole < -(2n ** 31n) || whole >= 2n ** 31n) {
        throw new UnsupportedError(`intValue of ${whole} (out of Integer range)`, site.loc);
    }
    return integer(Number(whole));
}

function toLong(site: CallSite, value: ApexNumber): ApexNumber {
    return long(wholeValue(site, value));
}

function wholeValue(site: CallSite, value: ApexNumber): bigint {
    switch (value.kind) {
        case 'Integer':
            return BigInt(value.value);
        case 'Long':
            return value.value;
        case 'Double':
            if (!Number.isFinite(value.value)) {
                throw new UnsupportedError('converting a non-finite Double to a whole number', site.loc);
            }
            return BigInt(Math.trunc(value.value));
        case 'Decimal':
            return value.unscaled / 10n ** BigInt(value.scale);
    }
}

/**
 * Math.max, min and abs keep their operands' type; Math.mod is the remainder with the sign of the
 * dividend, as Java's remainder (the Math Class page of the Apex Reference Guide names the methods).
 */
function installMath(registry: BuiltinRegistry): void {
    const extreme = (name: 'max' | 'min') => {
        registry.addStatic('Math', name, (site, args) => {
            arity(site, `Math.${name}`, args, 2);
            const left = numberArg(site, `Math.${name}`, args, 0);
            const right = numberArg(site, `Math.${name}`, args, 1);
            if (left.kind !== right.kind) {
                return unsupportedCall(site, `Math.${name}`, args);
            }
            const order = compareNumbers(left, right);
            return name === 'max' ? (order >= 0 ? left : right) : order <= 0 ? left : right;
        });
    };
    extreme('max');
    extreme('min');
    registry.addStatic('Math', 'abs', (site, args) => {
        arity(site, 'Math.abs', args, 1);
        const value = numberArg(site, 'Math.abs', args, 0);
        return compareNumbers(value, integer(0)) < 0 ? negate(value) : value;
    });
    registry.addStatic('Math', 'mod', (site, args) => {
        arity(site, 'Math.mod', args, 2);
        const left = numberArg(site, 'Math.mod', args, 0);
        const right = numberArg(site, 'Math.mod', args, 1);
        if (left.kind === 'Integer' && right.kind === 'Integer') {
            if (right.value === 0) {
                return site.interpreter.throwSystem('MathException', 'Divide by 0');
            }
            return integer(left.value % right.value);
        }
        if ((left.kind === 'Long' || left.kind === 'Integer') && (right.kind === 'Long' || right.kind === 'Integer')) {
            const divisor = BigInt(right.value);
            if (divisor === 0n) {
                return site.interpreter.throwSystem('MathException', 'Divide by 0');
            }
            return long(BigInt(left.value) % divisor);
        }
        return unsupportedCall(site, 'Math.mod', args);
    });
}

export function installNumbers(registry: BuiltinRegistry): void {
    installConversions(registry);
    installDecimalRounding(registry);
    installMath(registry);
}
