import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { integer, newList, type ApexValue } from '../interpreter/values';
import { primitive } from '../types/apex-type';
import { UnsupportedError } from '../unsupported';
import { arity, integerArg, stringArg, unsupportedCall } from './arguments';
import { formatMessage } from './message-format';
import { javaRegex, javaReplacement, javaSplit } from './regex';

/** Java's Character.isWhitespace for the characters Apex text meets in practice. */
function nonEmptySeparator(site: CallSite, name: string, args: readonly ApexValue[]): string {
    const separator = stringArg(site, name, args, 0);
    if (separator.length === 0) {
        throw new UnsupportedError(`String.${name} with an empty separator`, site.loc);
    }
    return separator;
}

function isWhitespace(char: string): boolean {
    return /[\t\n\u000b\f\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/.test(char);
}

function isBlank(text: string | null): boolean {
    return text === null || [...text].every(isWhitespace);
}

/** Java's String.trim: drops leading and trailing characters up to U+0020. */
function javaTrim(text: string): string {
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20) {
        start++;
    }
    while (end > start && text.charCodeAt(end - 1) <= 0x20) {
        end--;
    }
    return text.slice(start, end);
}

export function stringList(items: string[]): ApexValue {
    return newList(primitive('String'), items);
}

type StringMethod = (site: CallSite, text: string, args: readonly ApexValue[], name: string) => ApexValue;

/** Methods of one fixed arity; other arities are UNSUPPORTED by name and signature. */
function fixed(count: number, body: StringMethod): StringMethod {
    return (site, text, args, name) => {
        arity(site, name, args, count);
        return body(site, text, args, name);
    };
}

/**
 * String instance methods, each as documented on "String Class"
 * (https://developer.salesforce.com/docs/atlas.en-us.252.0.apexref.meta/apexref/apex_methods_system_string.htm).
 * A bound outside the string is UNSUPPORTED until its exception message is checked.
 */
const INSTANCE: Readonly<Record<string, StringMethod>> = {
    length: fixed(0, (_site, text) => integer(text.length)),
    isblank: fixed(0, (_site, text) => isBlank(text)),
    isnotblank: fixed(0, (_site, text) => !isBlank(text)),
    isempty: fixed(0, (_site, text) => text.length === 0),
    isnotempty: fixed(0, (_site, text) => text.length > 0),
    tolowercase: fixed(0, (_site, text) => text.toLowerCase()),
    touppercase: fixed(0, (_site, text) => text.toUpperCase()),
    trim: fixed(0, (_site, text) => javaTrim(text)),
    reverse: fixed(0, (_site, text) => [...text].reverse().join('')),
    capitalize: fixed(0, (_site, text) => text.charAt(0).toUpperCase() + text.slice(1)),
    deletewhitespace: fixed(0, (_site, text) => [...text].filter((char) => !isWhitespace(char)).join('')),
    normalizespace: fixed(0, (_site, text) => javaTrim(text.replace(/[\t\n\u000b\f\r ]+/g, ' '))),
    // escapeHtml4 uses the HTML 4.0 entities (String Class): &, <, > and " here; a non-ASCII
    // character, which may have a named entity, is refused rather than left as it is.
    escapehtml4: fixed(0, (site, text) => {
        if (/[^\x00-\x7F]/.test(text)) {
            throw new UnsupportedError('String.escapeHtml4 of non-ASCII text', site.loc);
        }
        return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }),
    isnumeric: fixed(0, (_site, text) => /^\p{Nd}+$/u.test(text)),
    isalpha: fixed(0, (_site, text) => /^\p{L}+$/u.test(text)),
    isalphanumeric: fixed(0, (_site, text) => /^[\p{L}\p{Nd}]+$/u.test(text)),
    equals: fixed(1, (_site, text, args) => typeof args[0] === 'string' && args[0] === text),
    equalsignorecase: fixed(
        1,
        (_site, text, args) => typeof args[0] === 'string' && args[0].toLowerCase() === text.toLowerCase()
    ),
    contains: fixed(1, (site, text, args, name) => text.includes(stringArg(site, name, args, 0))),
    containsignorecase: fixed(1, (site, text, args, name) =>
        text.toLowerCase().includes(stringArg(site, name, args, 0).toLowerCase())
    ),
    startswith: fixed(1, (site, text, args, name) => text.startsWith(stringArg(site, name, args, 0))),
    endswith: fixed(1, (site, text, args, name) => text.endsWith(stringArg(site, name, args, 0))),
    startswithignorecase: fixed(1, (site, text, args, name) =>
        text.toLowerCase().startsWith(stringArg(site, name, args, 0).toLowerCase())
    ),
    endswithignorecase: fixed(1, (site, text, args, name) =>
        text.toLowerCase().endsWith(stringArg(site, name, args, 0).toLowerCase())
    ),
    lastindexof: fixed(1, (site, text, args, name) => integer(text.lastIndexOf(stringArg(site, name, args, 0)))),
    countmatches: fixed(1, (site, text, args, name) => {
        const part = stringArg(site, name, args, 0);
        return integer(part.length === 0 ? 0 : text.split(part).length - 1);
    }),
    // remove(substring): "Removes all occurrences of the specified substring" (String Class).
    remove: fixed(1, (site, text, args, name) => {
        const part = stringArg(site, name, args, 0);
        return part.length === 0 ? text : text.split(part).join('');
    }),
    removestart: fixed(1, (site, text, args, name) => {
        const prefix = stringArg(site, name, args, 0);
        return prefix.length > 0 && text.startsWith(prefix) ? text.slice(prefix.length) : text;
    }),
    removeend: fixed(1, (site, text, args, name) => {
        const suffix = stringArg(site, name, args, 0);
        return suffix.length > 0 && text.endsWith(suffix) ? text.slice(0, text.length - suffix.length) : text;
    }),
    substringbefore: fixed(1, (site, text, args, name) => {
        const separator = stringArg(site, name, args, 0);
        const at = text.indexOf(separator);
        return separator.length === 0 ? '' : at < 0 ? text : text.slice(0, at);
    }),
    substringafter: fixed(1, (site, text, args, name) => {
        const separator = stringArg(site, name, args, 0);
        const at = text.indexOf(separator);
        return separator.length === 0 ? text : at < 0 ? '' : text.slice(at + separator.length);
    }),
    // "the substring that occurs before/after the last occurrence of the specified separator"
    // (String Class); what an empty separator gives is not documented.
    substringbeforelast: fixed(1, (site, text, args, name) => {
        const separator = nonEmptySeparator(site, name, args);
        const at = text.lastIndexOf(separator);
        return at < 0 ? text : text.slice(0, at);
    }),
    substringafterlast: fixed(1, (site, text, args, name) => {
        const separator = nonEmptySeparator(site, name, args);
        const at = text.lastIndexOf(separator);
        return at < 0 ? '' : text.slice(at + separator.length);
    }),
    left: fixed(1, (site, text, args, name) => {
        const length = integerArg(site, name, args, 0);
        return length < 0 ? '' : text.slice(0, length);
    }),
    right: fixed(1, (site, text, args, name) => {
        const length = integerArg(site, name, args, 0);
        return length <= 0 ? '' : text.slice(Math.max(0, text.length - length));
    }),
    repeat: fixed(1, (site, text, args, name) => {
        const times = integerArg(site, name, args, 0);
        if (times < 0) {
            throw new UnsupportedError('String.repeat with a negative count', site.loc);
        }
        return text.repeat(times);
    }),
    charat: fixed(1, (site, text, args, name) => {
        const index = integerArg(site, name, args, 0);
        if (index < 0 || index >= text.length) {
            throw new UnsupportedError('String.charAt outside the string', site.loc);
        }
        return integer(text.charCodeAt(index));
    }),
    indexof: (site, text, args, name) => {
        arity(site, name, args, 1, 2);
        const part = stringArg(site, name, args, 0);
        const from = args.length === 2 ? integerArg(site, name, args, 1) : 0;
        return integer(text.indexOf(part, Math.max(0, from)));
    },
    substring: (site, text, args, name) => {
        arity(site, name, args, 1, 2);
        const start = integerArg(site, name, args, 0);
        const end = args.length === 2 ? integerArg(site, name, args, 1) : text.length;
        if (start < 0 || end > text.length || start > end) {
            throw new UnsupportedError('String.substring outside the string', site.loc);
        }
        return text.slice(start, end);
    },
    abbreviate: fixed(1, (site, text, args, name) => {
        const width = integerArg(site, name, args, 0);
        if (width < 4) {
            throw new UnsupportedError('String.abbreviate with a width below 4', site.loc);
        }
        return text.length <= width ? text : `${text.slice(0, width - 3)}...`;
    }),
    leftpad: (site, text, args, name) => pad(site, text, args, name, 'left'),
    rightpad: (site, text, args, name) => pad(site, text, args, name, 'right'),
    replace: fixed(2, (site, text, args, name) =>
        text.split(stringArg(site, name, args, 0)).join(stringArg(site, name, args, 1))
    ),
    replaceall: fixed(2, (site, text, args, name) =>
        text.replace(
            javaRegex(stringArg(site, name, args, 0), text, site.loc, 'g'),
            javaReplacement(stringArg(site, name, args, 1), site.loc)
        )
    ),
    replacefirst: fixed(2, (site, text, args, name) =>
        text.replace(
            javaRegex(stringArg(site, name, args, 0), text, site.loc),
            javaReplacement(stringArg(site, name, args, 1), site.loc)
        )
    ),
    split: (site, text, args, name) => {
        arity(site, name, args, 1, 2);
        const limit = args.length === 2 ? integerArg(site, name, args, 1) : 0;
        return stringList(javaSplit(text, javaRegex(stringArg(site, name, args, 0), text, site.loc), limit));
    },
    compareto: fixed(1, (site, text, args, name) => {
        const other = stringArg(site, name, args, 0);
        const length = Math.min(text.length, other.length);
        for (let index = 0; index < length; index++) {
            const difference = text.charCodeAt(index) - other.charCodeAt(index);
            if (difference !== 0) {
                return integer(difference);
            }
        }
        return integer(text.length - other.length);
    }),
    tostring: fixed(0, (_site, text) => text)
};

function pad(
    site: CallSite,
    text: string,
    args: readonly ApexValue[],
    name: string,
    side: 'left' | 'right'
): ApexValue {
    arity(site, name, args, 1, 2);
    const length = integerArg(site, name, args, 0);
    const filler = args.length === 2 ? stringArg(site, name, args, 1) : ' ';
    if (filler.length === 0) {
        throw new UnsupportedError(`String.${side}Pad with an empty pad string`, site.loc);
    }
    return side === 'left' ? text.padStart(length, filler) : text.padEnd(length, filler);
}

/** The String statics: valueOf, join, isBlank and friends, format, escapeSingleQuotes. */
function installStatics(registry: BuiltinRegistry): void {
    registry.addStatic('String', 'valueOf', (site, args) => {
        arity(site, 'String.valueOf', args, 1);
        return site.interpreter.stringOf(args[0] ?? null);
    });
    registry.addStatic('String', 'isBlank', (site, args) => {
        arity(site, 'String.isBlank', args, 1);
        return isBlank(
            typeof args[0] === 'string'
                ? args[0]
                : args[0] === null
                  ? null
                  : unsupportedCall(site, 'String.isBlank', args)
        );
    });
    registry.addStatic('String', 'isNotBlank', (site, args) => {
        arity(site, 'String.isNotBlank', args, 1);
        return !isBlank(
            typeof args[0] === 'string'
                ? args[0]
                : args[0] === null
                  ? null
                  : unsupportedCall(site, 'String.isNotBlank', args)
        );
    });
    registry.addStatic('String', 'isEmpty', (site, args) => {
        arity(site, 'String.isEmpty', args, 1);
        return args[0] === null || args[0] === '';
    });
    registry.addStatic('String', 'isNotEmpty', (site, args) => {
        arity(site, 'String.isNotEmpty', args, 1);
        return typeof args[0] === 'string' && args[0] !== '';
    });
    registry.addStatic('String', 'join', (site, args) => {
        arity(site, 'String.join', args, 2);
        const [items, separator] = args;
        if (items === null || items === undefined) {
            return site.interpreter.nullPointer();
        }
        if (
            typeof items !== 'object' ||
            (items.kind !== 'List' && items.kind !== 'Set') ||
            typeof separator !== 'string'
        ) {
            return unsupportedCall(site, 'String.join', args);
        }
        const values = items.kind === 'List' ? items.items : [...items.entries.values()];
        return values.map((item) => site.interpreter.stringOf(item)).join(separator);
    });
    registry.addStatic('String', 'escapeSingleQuotes', (site, args) => {
        arity(site, 'String.escapeSingleQuotes', args, 1);
        return stringArg(site, 'String.escapeSingleQuotes', args, 0).replace(/'/g, "\\'");
    });
    registry.addStatic('String', 'format', (site, args) => {
        arity(site, 'String.format', args, 2);
        const template = stringArg(site, 'String.format', args, 0);
        const list = args[1] ?? null;
        if (list === null || typeof list !== 'object' || list.kind !== 'List') {
            return unsupportedCall(site, 'String.format', args);
        }
        return formatMessage(template, list.items, site.loc);
    });
}

export function installStrings(registry: BuiltinRegistry): void {
    for (const [name, method] of Object.entries(INSTANCE)) {
        registry.addInstance('String', name, (site, text, args) => method(site, text, args, `String.${name}`));
    }
    installStatics(registry);
}
