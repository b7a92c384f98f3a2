import type { SourceLocation } from '../parser/ast';
import type { ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';

/**
 * String.format follows Java's MessageFormat: `{n}` is argument n, a single quote starts and ends
 * literal text, and two single quotes are one quote. An argument index past the list stays as
 * written. Only String and null arguments are formatted: MessageFormat turns numbers and dates
 * into locale text, which the runtime does not reproduce.
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
            const arg = args[position] ?? null;
            if (arg !== null && typeof arg !== 'string') {
                throw new UnsupportedError('String.format with an argument that is not a String', loc);
            }
            out += arg ?? 'null';
        }
        index = close;
    }
    return out;
}
