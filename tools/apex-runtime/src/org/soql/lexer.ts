/** Tokens of SOQL text. Keywords are identifiers; the parser compares them case-insensitively. */
export type Token =
    | { readonly kind: 'identifier'; readonly text: string; readonly offset: number }
    | { readonly kind: 'string'; readonly value: string; readonly pattern: string; readonly offset: number }
    | { readonly kind: 'number'; readonly value: number; readonly offset: number }
    | { readonly kind: 'date'; readonly text: string; readonly offset: number }
    | { readonly kind: 'datetime'; readonly text: string; readonly offset: number }
    | { readonly kind: 'bind'; readonly text: string; readonly offset: number }
    | { readonly kind: 'symbol'; readonly text: string; readonly offset: number }
    | { readonly kind: 'end'; readonly offset: number };

/** The query text is not valid SOQL; on the platform the class would not compile. */
export class SoqlSyntaxError extends Error {
    constructor(
        message: string,
        readonly offset: number
    ) {
        super(`SOQL syntax error at ${offset}: ${message}`);
        this.name = 'SoqlSyntaxError';
    }
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}/;
const NUMBER = /^\d+(\.\d+)?/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/;
/** `LAST_N_DAYS:30`: a date literal with its number, not a bind. */
const DATE_LITERAL_WITH_N = /^[A-Za-z_]+:\d+/;

/**
 * Escapes in string literals (Quoted String Escape Sequences, SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_quotedstringescapes.htm).
 * `\%` and `\_` stay escaped in the LIKE pattern and read as `%` and `_` elsewhere.
 */
const ESCAPES: Readonly<Record<string, string>> = {
    n: '\n',
    N: '\n',
    r: '\r',
    R: '\r',
    t: '\t',
    T: '\t',
    b: '\b',
    B: '\b',
    f: '\f',
    F: '\f',
    '"': '"',
    "'": "'",
    '\\': '\\'
};

export function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let index = 0;
    while (index < text.length) {
        const rest = text.slice(index);
        const character = text.charAt(index);
        if (/\s/.test(character)) {
            index++;
            continue;
        }
        if (character === "'") {
            const [token, end] = readString(text, index);
            tokens.push(token);
            index = end;
            continue;
        }
        if (character === ':') {
            const [bind, begin, end] = readBind(text, index + 1);
            tokens.push({ kind: 'bind', text: bind, offset: begin });
            index = end;
            continue;
        }
        const matched =
            match(DATETIME, rest, 'datetime') ??
            match(DATE, rest, 'date') ??
            match(NUMBER, rest, 'number') ??
            match(DATE_LITERAL_WITH_N, rest, 'identifier') ??
            match(IDENTIFIER, rest, 'identifier');
        if (matched !== null) {
            const [kind, value] = matched;
            tokens.push(
                kind === 'number' ? { kind, value: Number(value), offset: index } : { kind, text: value, offset: index }
            );
            index += value.length;
            continue;
        }
        const symbol = ['!=', '<=', '>=', '<>', '=', '<', '>', '(', ')', ',', '[', ']'].find((candidate) =>
            rest.startsWith(candidate)
        );
        if (symbol === undefined) {
            throw new SoqlSyntaxError(`unexpected character ${character}`, index);
        }
        if (symbol === '<>') {
            throw new SoqlSyntaxError('<> is not a SOQL operator; use !=', index);
        }
        tokens.push({ kind: 'symbol', text: symbol, offset: index });
        index += symbol.length;
    }
    tokens.push({ kind: 'end', offset: text.length });
    return tokens;
}

function match<K extends string>(pattern: RegExp, rest: string, kind: K): [K, string] | null {
    const found = pattern.exec(rest);
    return found === null ? null : [kind, found[0]];
}

function readString(text: string, start: number): [Token, number] {
    let value = '';
    let pattern = '';
    let index = start + 1;
    while (index < text.length) {
        const character = text.charAt(index);
        if (character === "'") {
            return [{ kind: 'string', value, pattern, offset: start }, index + 1];
        }
        if (character === '\\') {
            const next = text.charAt(index + 1);
            if (next === '%' || next === '_') {
                value += next;
                pattern += `\\${next}`;
            } else {
                const escaped = ESCAPES[next];
                if (escaped === undefined) {
                    throw new SoqlSyntaxError(`invalid escape \\${next}`, index);
                }
                value += escaped;
                pattern += escaped === '\\' ? '\\\\' : escaped;
            }
            index += 2;
            continue;
        }
        value += character;
        pattern += character;
        index++;
    }
    throw new SoqlSyntaxError('unterminated string', start);
}

/**
 * A bind is an Apex expression: names, member access, indexes and calls. It ends at the first
 * space, comma or closing parenthesis outside brackets.
 */
function readBind(text: string, start: number): [string, number, number] {
    let index = start;
    while (index < text.length && /\s/.test(text.charAt(index))) {
        index++;
    }
    const begin = index;
    let depth = 0;
    while (index < text.length) {
        const character = text.charAt(index);
        if (character === "'") {
            index = readString(text, index)[1];
            continue;
        }
        if (character === '(' || character === '[' || character === '{') {
            depth++;
        } else if (character === ')' || character === ']' || character === '}') {
            if (depth === 0) {
                break;
            }
            depth--;
        } else if (depth === 0 && (/\s/.test(character) || character === ',')) {
            break;
        }
        index++;
    }
    if (index === begin) {
        throw new SoqlSyntaxError('empty bind expression', start);
    }
    return [text.slice(begin, index), begin, index];
}
