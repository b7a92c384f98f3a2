import { NUMERIC_RANK } from '../types/apex-type';
import { UnsupportedError } from '../unsupported';
import { addDecimal, compareDecimal, multiplyDecimal, subtractDecimal } from './decimal';
import { widen } from './conversion';
import { decimal, double, integer, long, type ApexNumber } from './values';

export type ArithmeticOperator = '+' | '-' | '*' | '/';

/** Thrown by arithmetic the platform rejects; the interpreter turns it into the named Apex exception. */
export class ArithmeticFault extends Error {
    constructor(
        readonly exceptionType: 'MathException',
        message: string
    ) {
        super(message);
    }
}

/** The higher of the two operands' types in the order Integer, Long, Double, Decimal. */
function commonKind(left: ApexNumber, right: ApexNumber): ApexNumber['kind'] {
    return (NUMERIC_RANK[left.kind] ?? 0) >= (NUMERIC_RANK[right.kind] ?? 0) ? left.kind : right.kind;
}

/**
 * Integer arithmetic wraps at 32 bits and Long at 64 bits, as "Rules of Conversion" documents for
 * overflow; integer division truncates and dividing by zero throws System.MathException.
 */
export function arithmetic(op: ArithmeticOperator, left: ApexNumber, right: ApexNumber): ApexNumber {
    const kind = commonKind(left, right);
    const a = widen(left, kind);
    const b = widen(right, kind);
    if (a.kind === 'Integer' && b.kind === 'Integer') {
        switch (op) {
            case '+':
                return integer(a.value + b.value);
            case '-':
                return integer(a.value - b.value);
            case '*':
                return integer(Math.imul(a.value, b.value));
            case '/':
                if (b.value === 0) {
                    throw new ArithmeticFault('MathException', 'Divide by 0');
                }
                return integer(Math.trunc(a.value / b.value));
        }
    }
    if (a.kind === 'Long' && b.kind === 'Long') {
        switch (op) {
            case '+':
                return long(a.value + b.value);
            case '-':
                return long(a.value - b.value);
            case '*':
                return long(a.value * b.value);
            case '/':
                if (b.value === 0n) {
                    throw new ArithmeticFault('MathException', 'Divide by 0');
                }
                return long(a.value / b.value);
        }
    }
    if (a.kind === 'Double' && b.kind === 'Double') {
        if (op === '/' && b.value === 0) {
            throw new UnsupportedError('Double division by zero');
        }
        switch (op) {
            case '+':
                return double(a.value + b.value);
            case '-':
                return double(a.value - b.value);
            case '*':
                return double(a.value * b.value);
            case '/':
                return double(a.value / b.value);
        }
    }
    if (a.kind === 'Decimal' && b.kind === 'Decimal') {
        switch (op) {
            case '+':
                return addDecimal(a, b);
            case '-':
                return subtractDecimal(a, b);
            case '*':
                return multiplyDecimal(a, b);
            case '/':
                throw new UnsupportedError('Decimal division with the / operator (its result scale)');
        }
    }
    throw new Error(`arithmetic on ${a.kind} and ${b.kind}`);
}

export function negate(value: ApexNumber): ApexNumber {
    switch (value.kind) {
        case 'Integer':
            return integer(-value.value);
        case 'Long':
            return long(-value.value);
        case 'Double':
            return double(-value.value);
        case 'Decimal':
            return decimal(-value.unscaled, value.scale);
    }
}

/** -1, 0 or 1, comparing by value across numeric types. */
export function compareNumbers(left: ApexNumber, right: ApexNumber): number {
    const kind = commonKind(left, right);
    const a = widen(left, kind);
    const b = widen(right, kind);
    if (a.kind === 'Decimal' && b.kind === 'Decimal') {
        return compareDecimal(a, b);
    }
    const x = a.kind === 'Decimal' ? 0 : a.value;
    const y = b.kind === 'Decimal' ? 0 : b.value;
    return x === y ? 0 : x < y ? -1 : 1;
}

export type BitwiseOperator = '&' | '|' | '^' | '<<' | '>>' | '>>>';

/** Bitwise operators on Integers (shift distance taken modulo 32) and Longs (modulo 64). */
export function bitwise(op: BitwiseOperator, left: ApexNumber, right: ApexNumber): ApexNumber {
    if (left.kind === 'Integer' && right.kind === 'Integer') {
        const a = left.value;
        const b = right.value;
        switch (op) {
            case '&':
                return integer(a & b);
            case '|':
                return integer(a | b);
            case '^':
                return integer(a ^ b);
            case '<<':
                return integer(a << (b & 31));
            case '>>':
                return integer(a >> (b & 31));
            case '>>>':
                return integer(a >>> (b & 31));
        }
    }
    const a = left.kind === 'Integer' || left.kind === 'Long' ? BigInt(left.value) : null;
    const b = right.kind === 'Integer' || right.kind === 'Long' ? BigInt(right.value) : null;
    if (a === null || b === null) {
        throw new UnsupportedError(`operator ${op} on ${left.kind} and ${right.kind}`);
    }
    if (op === '<<' || op === '>>' || op === '>>>') {
        const distance = b & 63n;
        if (left.kind === 'Integer') {
            throw new UnsupportedError(`shifting an Integer by a Long`);
        }
        if (op === '<<') {
            return long(a << distance);
        }
        if (op === '>>') {
            return long(a >> distance);
        }
        return long(BigInt.asUintN(64, a) >> distance);
    }
    switch (op) {
        case '&':
            return long(a & b);
        case '|':
            return long(a | b);
        case '^':
            return long(a ^ b);
    }
}
