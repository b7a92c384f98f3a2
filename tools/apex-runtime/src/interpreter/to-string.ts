import { UnsupportedError } from '../unsupported';
import { plainDecimal } from './decimal';
import { typeName } from '../types/apex-type';
import type { ApexDecimal, ApexObject, ApexValue } from './values';

/**
 * Java's Double.toString, which Apex uses for Doubles: plain notation with at least one fraction
 * digit from 10^-3 up to 10^7, computerised scientific notation (1.0E7) outside it.
 */
export function doubleToString(value: number): string {
    if (Number.isNaN(value)) {
        return 'NaN';
    }
    if (!Number.isFinite(value)) {
        return value > 0 ? 'Infinity' : '-Infinity';
    }
    if (value === 0) {
        return Object.is(value, -0) ? '-0.0' : '0.0';
    }
    const sign = value < 0 ? '-' : '';
    const magnitude = Math.abs(value);
    const [mantissa = '', exponentText = '0'] = magnitude.toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exponent = Number(exponentText);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
        if (exponent >= 0) {
            const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
            const fraction = digits.slice(exponent + 1);
            return `${sign}${whole}.${fraction.length > 0 ? fraction : '0'}`;
        }
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    }
    const fraction = digits.slice(1);
    return `${sign}${digits.charAt(0)}.${fraction.length > 0 ? fraction : '0'}E${exponent}`;
}

/** How an object becomes text: its own toString(), or the runtime's answer for exceptions. */
export type ObjectToString = (object: ApexObject) => string;

/** String.valueOf: what concatenation and System.debug print for a value. */
export function stringOf(value: ApexValue, objectToString: ObjectToString): string {
    if (value === null) {
        return 'null';
    }
    if (typeof value === 'string') {
        return value;
    }
    if (typeof value === 'boolean') {
        return value ? 'true' : 'false';
    }
    switch (value.kind) {
        case 'Integer':
            return String(value.value);
        case 'Long':
            return value.value.toString();
        case 'Double':
            return doubleToString(value.value);
        case 'Decimal':
            return decimalToString(value);
        case 'List':
            return `(${value.items.map((item) => stringOf(item, objectToString)).join(', ')})`;
        case 'Set':
            return `{${[...value.entries.values()].map((item) => stringOf(item, objectToString)).join(', ')}}`;
        case 'Map':
            return `{${[...value.entries.values()]
                .map((entry) => `${stringOf(entry.key, objectToString)}=${stringOf(entry.value, objectToString)}`)
                .join(', ')}}`;
        case 'Enum':
            return value.name;
        case 'Type':
            return typeName(value.type);
        case 'Object':
            return objectToString(value);
        case 'SObject':
            throw new UnsupportedError(`String.valueOf of a ${value.schema.apiName} record`);
        case 'Date':
        case 'Datetime':
        case 'Time':
        case 'Blob':
            // The guide documents no text for these in concatenation or System.debug.
            throw new UnsupportedError(`String.valueOf of a ${value.kind}`);
    }
}

/**
 * Decimal as Java's BigDecimal.toString prints it in the plain range. The scientific range (an
 * adjusted exponent below -6) is not implemented.
 */
function decimalToString(value: ApexDecimal): string {
    const digitCount = (value.unscaled < 0n ? -value.unscaled : value.unscaled).toString().length;
    if (value.scale > 0 && digitCount - 1 - value.scale < -6) {
        throw new UnsupportedError('String.valueOf of a Decimal below 1E-6 (scientific notation)');
    }
    return plainDecimal(value);
}
