import { UnsupportedError } from '../unsupported';
import type { SourceLocation } from '../parser/ast';

/**
 * Apex regular expressions are Java's (Pattern Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_pattern_and_matcher_pattern_methods.htm,
 * which defers to the Java Pattern syntax). A Java pattern is translated into a JavaScript one
 * construct by construct; a construct whose Java meaning the translation cannot keep is refused,
 * and so is an input on which the two engines would disagree (see `checkInput`).
 */
export interface JavaPattern {
    /** The Java pattern as written. */
    readonly java: string;
    /** The JavaScript source with the same meaning. */
    readonly source: string;
    /** JavaScript flags from the pattern's leading inline flags: `i`, `s`. */
    readonly flags: string;
    /**
     * The JavaScript source with every `\b` and `\B` reading non-ASCII letters and decimal digits
     * as word characters, as Java did before JDK 19; null when the pattern has neither.
     */
    readonly wideSource: string | null;
    /** Capturing groups, as Matcher.groupCount() counts them. */
    readonly groupCount: number;
    /** Constructs whose Java and JavaScript meanings differ on some inputs. */
    readonly sensitive: {
        readonly wordBoundary: boolean;
        readonly dot: boolean;
        readonly dollar: boolean;
        /** A backreference to a group that can capture more than ASCII letters and digits. */
        readonly backreference: boolean;
    };
}

/** Java's `\s`: the six ASCII white-space characters, not JavaScript's Unicode spaces. */
const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
/** Escapes that mean the same in Java and in JavaScript with the `u` flag. */
const SAME_ESCAPES = new Set(['d', 'D', 'w', 'W', 't', 'n', 'r', 'f']);
const JS_SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);

function refuse(what: string, pattern: string, loc: SourceLocation | null): never {
    throw new UnsupportedError(`${what} in the regular expression ${JSON.stringify(pattern)}`, loc);
}

function literal(char: string): string {
    return JS_SYNTAX.has(char) ? `\\${char}` : `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
}

/** The pattern's leading `(?is)` flags as JavaScript flags; any other inline flag is refused. */
function leadingFlags(pattern: string, loc: SourceLocation | null): { flags: string; rest: number } {
    const inline = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
    if (inline === null) {
        return { flags: '', rest: 0 };
    }
    let flags = '';
    for (const flag of inline[1] ?? '') {
        if (flag !== 'i' && flag !== 's') {
            refuse(`the inline flag (?${flag})`, pattern, loc);
        }
        flags += flags.includes(flag) ? '' : flag;
    }
    return { flags, rest: inline[0].length };
}

interface Translation {
    out: string;
    /** Where `\b` or `\B` stand in `out`, to build the wide reading. */
    boundaries: { at: number; negated: boolean }[];
    groups: number;
    wordBoundary: boolean;
    dot: boolean;
    dollar: boolean;
    /** The groups backreferences name. */
    referenced: Set<number>;
    /** Where each capturing group's Java text starts and ends, by number. */
    captures: Map<number, { start: number; end: number }>;
    /** Groups open at this point of the pattern: their number (null if not capturing) and start. */
    open: { group: number | null; start: number }[];
}

/** An escape outside a character class, from the backslash at `index`; returns the next index. */
function translateEscape(pattern: string, index: number, state: Translation, loc: SourceLocation | null): number {
    const char = pattern.charAt(index + 1);
    if (char === '') {
        refuse('a trailing backslash', pattern, loc);
    }
    if (/[1-9]/.test(char)) {
        if (/[0-9]/.test(pattern.charAt(index + 2))) {
            refuse('a backreference of two digits', pattern, loc);
        }
        state.out += `\\${char}`;
        state.referenced.add(Number(char));
        return index + 2;
    }
    if (char === 'b' || char === 'B') {
        state.boundaries.push({ at: state.out.length, negated: char === 'B' });
        state.out += `\\${char}`;
        state.wordBoundary = true;
        return index + 2;
    }
    if (char === 's') {
        state.out += `[${JAVA_SPACE}]`;
        return index + 2;
    }
    if (char === 'S') {
        state.out += `[^${JAVA_SPACE}]`;
        return index + 2;
    }
    if (char === 'Q') {
        const end = pattern.indexOf('\\E', index + 2);
        const quoted = pattern.slice(index + 2, end === -1 ? pattern.length : end);
        state.out += [...quoted].map(literal).join('');
        return end === -1 ? pattern.length : end + 2;
    }
    return translateCommonEscape(pattern, index, state, loc);
}

/** Escapes read the same inside and outside a class; returns the next index. */
function translateCommonEscape(pattern: string, index: number, state: Translation, loc: SourceLocation | null): number {
    const char = pattern.charAt(index + 1);
    if (SAME_ESCAPES.has(char)) {
        state.out += `\\${char}`;
        return index + 2;
    }
    if (char === 'a' || char === 'e') {
        state.out += char === 'a' ? '\\x07' : '\\x1B';
        return index + 2;
    }
    const hex = /^x([0-9a-fA-F]{2})|^x\{([0-9a-fA-F]+)\}|^u([0-9a-fA-F]{4})/.exec(pattern.slice(index + 1));
    if (hex !== null) {
        state.out += `\\u{${hex[1] ?? hex[2] ?? hex[3] ?? ''}}`;
        return index + 1 + hex[0].length;
    }
    if (/[a-zA-Z0-9]/.test(char)) {
        refuse(`the escape \\${char}`, pattern, loc);
    }
    const codePoint = pattern.codePointAt(index + 1) ?? 0;
    state.out += literal(String.fromCodePoint(codePoint));
    return index + 1 + (codePoint > 0xffff ? 2 : 1);
}

/** A character class from the `[` at `index`; returns the index after its `]`. */
function translateClass(pattern: string, index: number, state: Translation, loc: SourceLocation | null): number {
    let position = index + 1;
    state.out += '[';
    if (pattern.charAt(position) === '^') {
        state.out += '^';
        position++;
    }
    if (pattern.charAt(position) === ']') {
        refuse('a class starting with ]', pattern, loc);
    }
    while (position < pattern.length) {
        const char = pattern.charAt(position);
        if (char === ']') {
            state.out += ']';
            return position + 1;
        }
        if (char === '[' || pattern.startsWith('&&', position)) {
            refuse('a class union or intersection', pattern, loc);
        }
        if (char === '\\') {
            const escaped = pattern.charAt(position + 1);
            if (escaped === 's') {
                state.out += JAVA_SPACE;
                position += 2;
            } else if (/[0-9bBSQ]/.test(escaped)) {
                refuse(`the escape \\${escaped} in a class`, pattern, loc);
            } else {
                position = translateCommonEscape(pattern, position, state, loc);
            }
            continue;
        }
        state.out += char;
        position++;
    }
    return refuse('an unclosed class', pattern, loc);
}

/** A group opening from the `(` at `index`; returns the next index. */
function translateGroup(pattern: string, index: number, state: Translation, loc: SourceLocation | null): number {
    if (pattern.charAt(index + 1) !== '?') {
        state.groups++;
        state.open.push({ group: state.groups, start: index + 1 });
        state.out += '(';
        return index + 1;
    }
    const named = /^\(\?<([a-zA-Z][a-zA-Z0-9]*)>/.exec(pattern.slice(index));
    if (named !== null) {
        state.groups++;
        state.open.push({ group: state.groups, start: index + named[0].length });
        state.out += named[0];
        return index + named[0].length;
    }
    const kind = pattern.slice(index, index + 3);
    if (kind === '(?:' || kind === '(?=' || kind === '(?!') {
        state.open.push({ group: null, start: index + 3 });
        state.out += kind;
        return index + 3;
    }
    return refuse(`the group ${JSON.stringify(pattern.slice(index, index + 4))}`, pattern, loc);
}

function translate(pattern: string, start: number, loc: SourceLocation | null): Translation {
    const state: Translation = {
        out: '',
        boundaries: [],
        groups: 0,
        wordBoundary: false,
        dot: false,
        dollar: false,
        referenced: new Set(),
        captures: new Map(),
        open: []
    };
    let index = start;
    while (index < pattern.length) {
        const char = pattern.charAt(index);
        switch (char) {
            case '\\':
                index = translateEscape(pattern, index, state, loc);
                continue;
            case '[':
                index = translateClass(pattern, index, state, loc);
                continue;
            case '(':
                index = translateGroup(pattern, index, state, loc);
                continue;
            case '{': {
                const bound = /^\{\d+(,\d*)?\}/.exec(pattern.slice(index));
                if (bound === null) {
                    refuse('a { that is not a repetition', pattern, loc);
                }
                state.out += bound[0];
                index += bound[0].length;
                if (pattern.charAt(index) === '+') {
                    refuse('a possessive quantifier', pattern, loc);
                }
                continue;
            }
            case '}':
            case ']':
                // Java reads a lone closing bracket as itself; JavaScript's u flag wants it escaped.
                state.out += `\\${char}`;
                index++;
                continue;
            case '.':
                state.dot = true;
                state.out += char;
                index++;
                break;
            case '$':
                state.dollar = true;
                state.out += char;
                index++;
                break;
            case ')': {
                const closed = state.open.pop();
                if (closed !== undefined && closed.group !== null) {
                    state.captures.set(closed.group, { start: closed.start, end: index });
                }
                state.out += char;
                index++;
                break;
            }
            default:
                state.out += char;
                index++;
        }
        if ('*+?'.includes(char) && pattern.charAt(index) === '+') {
            refuse('a possessive quantifier', pattern, loc);
        }
    }
    return state;
}

/** Word characters of `\b` before JDK 19: `_` and Character.isLetterOrDigit (letters and decimal digits). */
const WIDE_WORD = '[A-Za-z0-9_\\p{L}\\p{Nd}]';

/** The translation with each `\b` and `\B` spelled out over WIDE_WORD; null without any. */
function wideBoundaries(state: Translation): string | null {
    if (state.boundaries.length === 0) {
        return null;
    }
    let out = '';
    let from = 0;
    for (const { at, negated } of state.boundaries) {
        const before = `(?<=${WIDE_WORD})`;
        const notBefore = `(?<!${WIDE_WORD})`;
        const after = `(?=${WIDE_WORD})`;
        const notAfter = `(?!${WIDE_WORD})`;
        out += state.out.slice(from, at);
        out += negated
            ? `(?:${before}${after}|${notBefore}${notAfter})`
            : `(?:${before}${notAfter}|${notBefore}${after})`;
        from = at + 2;
    }
    return out + state.out.slice(from);
}

/** Translates a Java pattern; what the translation cannot keep is UNSUPPORTED. */
export function compileJavaPattern(pattern: string, loc: SourceLocation | null): JavaPattern {
    const { flags, rest } = leadingFlags(pattern, loc);
    const state = translate(pattern, rest, loc);
    // Without UNICODE_CASE, Java ignores case for US-ASCII letters only; JavaScript folds all letters.
    if (flags.includes('i') && /[^\x00-\x7F]/.test(pattern)) {
        refuse('a case-insensitive match of non-ASCII characters', pattern, loc);
    }
    try {
        new RegExp(state.out, `${flags}u`);
    } catch {
        refuse('a construct', pattern, loc);
    }
    return {
        java: pattern,
        source: state.out,
        wideSource: wideBoundaries(state),
        flags,
        groupCount: state.groups,
        sensitive: {
            wordBoundary: state.wordBoundary,
            dot: state.dot && !flags.includes('s'),
            dollar: state.dollar,
            backreference: [...state.referenced].some((group) => {
                const capture = state.captures.get(group);
                return capture === undefined || !/^[A-Za-z0-9|]*$/.test(pattern.slice(capture.start, capture.end));
            })
        }
    };
}

/** Inputs above this length are not compared under both readings of `\b` (see `boundariesAgree`). */
const LONGEST_COMPARED_INPUT = 20000;
const boundaryAgreement = new WeakMap<JavaPattern, Map<string, boolean>>();

/** The start and end of the match and of each group, or null without a match. */
function bounds(regex: RegExp, input: string, at: number): string | null {
    regex.lastIndex = at;
    const match = regex.exec(input);
    return match === null ? null : JSON.stringify(match.indices);
}

/**
 * Whether the pattern matches the input alike whether `\b` reads only ASCII letters and digits as
 * word characters (Java 19 and later, JDK-8264160) or every letter and decimal digit (Java before
 * 19): the same match, groups and bounds from every starting position, and the same whole-input
 * match. Each Matcher and String operation is made of such attempts, so when they all agree its
 * result does not depend on which Java the platform runs.
 */
function boundariesAgree(pattern: JavaPattern, input: string): boolean {
    const wide = pattern.wideSource;
    if (wide === null) {
        return true;
    }
    // Marks and non-decimal numbers are read differently again (Java's non-spacing-mark rule).
    if (input.length > LONGEST_COMPARED_INPUT || /[\p{M}\p{Nl}\p{No}]/u.test(input)) {
        return false;
    }
    const known = boundaryAgreement.get(pattern) ?? new Map<string, boolean>();
    boundaryAgreement.set(pattern, known);
    const cached = known.get(input);
    if (cached !== undefined) {
        return cached;
    }
    const sticky = (source: string) => new RegExp(source, `${pattern.flags}ydu`);
    const [narrow, broad] = [sticky(pattern.source), sticky(wide)];
    let agree = bounds(sticky(`(?:${pattern.source})$`), input, 0) === bounds(sticky(`(?:${wide})$`), input, 0);
    for (let at = 0; agree && at <= input.length; at++) {
        agree = bounds(narrow, input, at) === bounds(broad, input, at);
    }
    known.set(input, agree);
    return agree;
}

/**
 * Refuses an input on which Java and JavaScript would match the pattern differently: Java's `\b`
 * counted non-ASCII letters and digits as word characters before JDK 19 and no longer does, and
 * the platform does not say which Java it follows, so an input on which the two readings differ
 * is refused; Java's `.` also stops at U+0085, its `$` also matches before a final line
 * terminator, and its ASCII-only case folding does not equate U+017F and U+212A with s and k, nor
 * non-ASCII text a backreference captured (a group of ASCII letters, digits and alternatives
 * captures only ASCII text in both engines, U+017F and U+212A being refused already).
 */
export function checkInput(pattern: JavaPattern, input: string, loc: SourceLocation | null): void {
    const { sensitive } = pattern;
    const nonAscii = /[^\x00-\x7F]/.test(input);
    const problem =
        sensitive.wordBoundary &&
        /[^\x00-\x7F]/u.test(input.replace(/[^\p{L}\p{N}\p{M}]/gu, '')) &&
        !boundariesAgree(pattern, input)
            ? '\\b next to non-ASCII letters'
            : sensitive.dot && input.includes('\u0085')
              ? '. and U+0085'
              : sensitive.dollar && /[\n\r\u0085\u2028\u2029]$/.test(input)
                ? '$ before a final line terminator'
                : pattern.flags.includes('i') && (/[\u017F\u212A]/.test(input) || (sensitive.backreference && nonAscii))
                  ? 'case-insensitive matching of this input'
                  : null;
    if (problem !== null) {
        throw new UnsupportedError(`${problem} in the regular expression ${JSON.stringify(pattern.java)}`, loc);
    }
}

/** The JavaScript RegExp for a Java pattern and the input it is about to match. */
export function javaRegex(pattern: string, input: string, loc: SourceLocation, flags = ''): RegExp {
    const compiled = compileJavaPattern(pattern, loc);
    checkInput(compiled, input, loc);
    return new RegExp(compiled.source, `${compiled.flags}${flags}u`);
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
