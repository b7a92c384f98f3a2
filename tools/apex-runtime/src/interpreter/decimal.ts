import { decimal, type ApexDecimal } from './values';

/** Decimal arithmetic on an unscaled bigint and a scale, as Java's BigDecimal does it. */

export function parseDecimal(text: string): ApexDecimal | null {
    const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
    if (match === null || ((match[2] ?? '') === '' && (match[3] ?? '') === '')) {
        return null;
    }
    const [, sign = '', whole = '', fraction = '', exponentText] = match;
    const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '') || '0';
    let scale = fraction.length - (exponentText === undefined ? 0 : Number(exponentText));
    let unscaled = BigInt(digits);
    if (scale < 0) {
        unscaled *= 10n ** BigInt(-scale);
        scale = 0;
    }
    return decimal(sign === '-' ? -unscaled : unscaled, scale);
}

export function rescale(value: ApexDecimal, scale: number): bigint {
    return value.unscaled * 10n ** BigInt(scale - value.scale);
}

export function addDecimal(left: ApexDecimal, right: ApexDecimal): ApexDecimal {
    const scale = Math.max(left.scale, right.scale);
    return decimal(rescale(left, scale) + rescale(right, scale), scale);
}

export function subtractDecimal(left: ApexDecimal, right: ApexDecimal): ApexDecimal {
    const scale = Math.max(left.scale, right.scale);
    return decimal(rescale(left, scale) - rescale(right, scale), scale);
}

export function multiplyDecimal(left: ApexDecimal, right: ApexDecimal): ApexDecimal {
    return decimal(left.unscaled * right.unscaled, left.scale + right.scale);
}

export function compareDecimal(left: ApexDecimal, right: ApexDecimal): number {
    const scale = Math.max(left.scale, right.scale);
    const difference = rescale(left, scale) - rescale(right, scale);
    return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** The digits with the decimal point placed by the scale, e.g. 150 scale 2 is `1.50`. */
export function plainDecimal(value: ApexDecimal): string {
    const negative = value.unscaled < 0n;
    const digits = (negative ? -value.unscaled : value.unscaled).toString().padStart(value.scale + 1, '0');
    const whole = digits.slice(0, digits.length - value.scale);
    const fraction = digits.slice(digits.length - value.scale);
    return `${negative ? '-' : ''}${whole}${fraction.length > 0 ? `.${fraction}` : ''}`;
}

export function decimalToNumber(value: ApexDecimal): number {
    return Number(plainDecimal(value));
}

/**
 * The values of System.RoundingMode and what each does to the discarded fraction ("Rounding Mode",
 * Decimal Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm).
 */
export const ROUNDING_MODES = [
    'CEILING',
    'DOWN',
    'FLOOR',
    'HALF_DOWN',
    'HALF_EVEN',
    'HALF_UP',
    'UNNECESSARY',
    'UP'
] as const;

export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * numerator / denominator (not zero) rounded to a whole number by the mode, exactly; null when the
 * quotient is not whole and the mode is UNNECESSARY, which asserts that no rounding is needed.
 * UP and DOWN round away from and towards zero, CEILING and FLOOR towards positive and negative
 * infinity; the HALF modes go to the nearest neighbour and differ only when both are equidistant:
 * HALF_UP then rounds away from zero, HALF_DOWN towards it, HALF_EVEN towards the even neighbour.
 */
export function divideRounding(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint | null {
    const truncated = numerator / denominator;
    const remainder = numerator % denominator;
    if (remainder === 0n) {
        return truncated;
    }
    const sign = numerator < 0n !== denominator < 0n ? -1n : 1n;
    const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
    const magnitude = denominator < 0n ? -denominator : denominator;
    const half = twiceRemainder === magnitude ? 0 : twiceRemainder > magnitude ? 1 : -1;
    const away = truncated + sign;
    switch (mode) {
        case 'UP':
            return away;
        case 'DOWN':
            return truncated;
        case 'CEILING':
            return sign > 0n ? away : truncated;
        case 'FLOOR':
            return sign < 0n ? away : truncated;
        case 'HALF_UP':
            return half >= 0 ? away : truncated;
        case 'HALF_DOWN':
            return half > 0 ? away : truncated;
        case 'HALF_EVEN':
            return half > 0 || (half === 0 && truncated % 2n !== 0n) ? away : truncated;
        case 'UNNECESSARY':
            return null;
    }
}

/** The value at a scale no lower than zero, rounded by the mode; null as for divideRounding. */
export function roundToScale(value: ApexDecimal, scale: number, mode: RoundingMode): ApexDecimal | null {
    if (scale >= value.scale) {
        return decimal(rescale(value, scale), scale);
    }
    const unscaled = divideRounding(value.unscaled, 10n ** BigInt(value.scale - scale), mode);
    return unscaled === null ? null : decimal(unscaled, scale);
}

/** dividend / divisor (not zero) at the scale, rounded by the mode; null as for divideRounding. */
export function divideDecimal(
    dividend: ApexDecimal,
    divisor: ApexDecimal,
    scale: number,
    mode: RoundingMode
): ApexDecimal | null {
    // dividend.unscaled·10^-a / (divisor.unscaled·10^-b) = q·10^-scale, so q = dividend.unscaled·10^(scale-a+b) / divisor.unscaled.
    const shift = scale - dividend.scale + divisor.scale;
    const numerator = shift >= 0 ? dividend.unscaled * 10n ** BigInt(shift) : dividend.unscaled;
    const denominator = shift >= 0 ? divisor.unscaled : divisor.unscaled * 10n ** BigInt(-shift);
    const unscaled = divideRounding(numerator, denominator, mode);
    return unscaled === null ? null : decimal(unscaled, scale);
}
