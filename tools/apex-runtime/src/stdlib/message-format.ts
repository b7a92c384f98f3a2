import type { SourceLocation } from '../parser/ast';
import type { ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';

/**
 * An argument as MessageFormat writes it: Strings as they are, null as `null`, and whole numbers
 * below a thousand in magnitude as their digits, the only numbers whose text no locale's grouping
 * separator changes. Larger numbers, decimals, dates and other values stay UNSUPPORTED.
 */
function argumentText(arg: ApexValue, loc: SourceLocation): string {
    if (arg === null || typeof arg === 'string') {
        return arg ?? 'null';
    }
    if (typeof arg === 'object' && (arg.kind === 'Integer' || arg.kind === 'Long')) {
        const digits = String(arg.value);
        if (digits.replace('-', '').length <= 3) {
            return digits;
        }
    }
    throw new UnsupportedError('String.format with an argument that is not a String or a number below 1000', loc);
}

/**
 * String.format follows Java's MessageFormat: `{n}` is argument n, a single quote starts and ends
 * literal text, and two single quotes are one quote. An argument index past the list stays as
 * written. MessageFormat turns numbers and dates into locale text, which the runtime reproduces
 * only where no locale changes it (see argumentText).
 */
export function formatMessage(template: string, args: readonly ApexValue[], loc: SourceLocation): string {
    let out = '';
    let quoted = false;
    for (let index = 0; index < template.length; index++) {
        const char = template.charAt(index);
        if (char === "'") {
            if (template.charAt(index + 1) === "'") {
                out += "'";
                index++;
            } else {
                quoted = !quoted;
            }
            continue;
        }
        if (quoted || char !== '{') {
            out += char;
            continue;
        }
        const close = template.indexOf('}', index);
        const inside = close < 0 ? '' : template.slice(index + 1, close);
        if (!/^\s*\d+\s*$/.test(inside)) {
            throw new UnsupportedError(`String.format pattern element {${inside}}`, loc);
        }
        const position = Number(inside);
        if (position >= args.length) {
            out += `{${inside}}`;
        } else {
            out += argumentText(args[position] ?? null, loc);
        }
        index = close;
    }
    return out;
}
