import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { widen } from '../interpreter/conversion';
import { decimalToNumber, parseDecimal, rescale } from '../interpreter/decimal';
import { compareNumbers, negate } from '../interpreter/operators';
import { decimal, double, integer, isNumber, long, type ApexNumber, type ApexValue } from '../interpreter/values';
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
    registry.addInstance('Decimal', 'setScale', (site, value, args) => {
        arity(site, 'Decimal.setScale', args, 1);
        const scale = integerArg(site, 'Decimal.setScale', args, 0);
        if (scale >= value.scale) {
            return decimal(rescale(value, scale), scale);
        }
        const factor = 10n ** BigInt(value.scale - scale);
        if (value.unscaled % factor !== 0n) {
            throw new UnsupportedError('Decimal.setScale that rounds', site.loc);
        }
        return decimal(value.unscaled / factor, scale);
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
    installMath(registry);
}
