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
