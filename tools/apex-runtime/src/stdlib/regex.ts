import { UnsupportedError } from '../unsupported';
import type { SourceLocation } from '../parser/ast';

/**
 * Apex regular expressions are Java's. JavaScript reads the common subset the same way; patterns
 * using a construct whose meaning differs or that JavaScript lacks are refused.
 */
const JAVA_ONLY = [
    /\\p\{/,
    /\\P\{/,
    /\\Q/,
    /\\E/,
    /\\A/,
    /\\Z/,
    /\\z/,
    /\\G/,
    /[*+?}]\+/,
    /\(\?[imsux-]+[):]/,
    /\[[^\]]*&&/
];

export function javaRegex(pattern: string, loc: SourceLocation, flags = ''): RegExp {
    if (JAVA_ONLY.some((construct) => construct.test(pattern))) {
        throw new UnsupportedError(`a Java regular expression construct in ${JSON.stringify(pattern)}`, loc);
    }
    try {
        return new RegExp(pattern, `${flags}u`.replace(/u+/, 'u'));
    } catch {
        throw new UnsupportedError(`the regular expression ${JSON.stringify(pattern)}`, loc);
    }
}

/** Java's replacement syntax: `$n` inserts group n, a backslash takes the next character literally. */
export function javaReplacement(
    replacement: string,
    loc: SourceLocation
): (match: string, ...groups: unknown[]) => string {
    return (match: string, ...rest: unknown[]) => {
        const groups = rest.filter(
            (item): item is string | undefined => typeof item === 'string' || item === undefined
        );
        let out = '';
        for (let index = 0; index < replacement.length; index++) {
            const char = replacement.charAt(index);
            if (char === '\\') {
                out += replacement.charAt(index + 1);
                index++;
            } else if (char === '$') {
                const digits = /^\d+/.exec(replacement.slice(index + 1));
                if (digits === null) {
                    throw new UnsupportedError(`the replacement ${JSON.stringify(replacement)}`, loc);
                }
                const group = Number(digits[0]);
                out += group === 0 ? match : (groups[group - 1] ?? '');
                index += digits[0].length;
            } else {
                out += char;
            }
        }
        return out;
    };
}

/**
 * Java's String.split: the pattern splits everywhere, trailing empty strings are removed, and a
 * zero-width match at the start yields no leading empty string.
 */
export function javaSplit(text: string, pattern: RegExp, limit: number): string[] {
    if (limit !== 0) {
        throw new UnsupportedError('String.split with a limit');
    }
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    const parts: string[] = [];
    let last = 0;
    for (const match of text.matchAll(global)) {
        const start = match.index ?? 0;
        if (match[0].length === 0 && start === 0) {
            continue;
        }
        if (match[0].length === 0 && start >= text.length) {
            break;
        }
        parts.push(text.slice(last, start));
        last = start + match[0].length;
    }
    parts.push(text.slice(last));
    while (parts.length > 1 && parts[parts.length - 1] === '') {
        parts.pop();
    }
    if (text.length === 0) {
        return [''];
    }
    return parts.length === 1 && parts[0] === '' ? [] : parts;
}
