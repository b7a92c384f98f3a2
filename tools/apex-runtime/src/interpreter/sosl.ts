import { tokenize, type Bind, type BindValue, type Token } from '../org/index';
import type { SourceLocation } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { runSoql, scopeBinds } from './soql';
import { newList, type ApexValue } from './values';

/**
 * SOSL in an Apex test (Adding SOSL Queries to Unit Tests,
 * https://developer.salesforce.com/docs/atlas.en-us.264.0.apexcode.meta/pages/apex_testing_SOSL.htm):
 * a search returns nothing unless Test.setFixedSearchResults named record Ids, and then it returns
 * those records, with each RETURNING object's WHERE and LIMIT applied to them. The search text
 * itself never decides what comes back, so the runtime needs no search index. Outside a test there
 * is an index to search, which the runtime does not have: UNSUPPORTED.
 *
 * Each RETURNING object is read as the SOQL query `SELECT fields FROM Object WHERE Id IN :fixed
 * AND (where) ORDER BY ... LIMIT ...` with the search's access mode; it is not counted as a SOQL
 * query. One SOSL statement counts toward the 20 a transaction may run (Execution Governors and
 * Limits, https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_gov_limits.htm).
 */
export const SOSL_LIMIT = 20;

/** The bind through which each object's query reads the fixed results; no Apex name starts with `_`. */
const FIXED_IDS = '__fixedSearchResults';

interface Returning {
    readonly objectName: string;
    /** The text inside the parentheses: fields, then WHERE, ORDER BY, LIMIT; empty for a bare object. */
    readonly clause: string;
}

function keyword(token: Token | undefined, ...words: string[]): boolean {
    return token?.kind === 'identifier' && words.includes(token.text.toUpperCase());
}

function refuse(what: string, loc: SourceLocation): never {
    throw new UnsupportedError(`SOSL ${what}`, loc);
}

/** `FIND :term | 'term' [IN ... FIELDS] RETURNING Object[(...)], ... [WITH mode]`. */
function parse(text: string, loc: SourceLocation): { term: Token; returning: Returning[]; mode: string | null } {
    const tokens = tokenize(text);
    let index = tokens[0]?.kind === 'symbol' && tokens[0].text === '[' ? 1 : 0;
    const next = (): Token | undefined => tokens[index++];
    if (!keyword(next(), 'FIND')) refuse('without FIND', loc);
    const term = next();
    if (term === undefined || (term.kind !== 'bind' && term.kind !== 'string')) {
        refuse('with a search term in braces (only a bind or a quoted term)', loc);
    }
    if (keyword(tokens[index], 'IN')) {
        index++;
        if (!keyword(next(), 'ALL', 'NAME', 'EMAIL', 'PHONE', 'SIDEBAR') || !keyword(next(), 'FIELDS')) {
            refuse('with an unknown IN clause', loc);
        }
    }
    if (!keyword(next(), 'RETURNING')) refuse('without RETURNING', loc);
    const returning: Returning[] = [];
    for (;;) {
        const object = next();
        if (object?.kind !== 'identifier') refuse('RETURNING without an object', loc);
        let clause = '';
        const open = tokens[index];
        if (open?.kind === 'symbol' && open.text === '(') {
            let depth = 0;
            let close = index;
            for (; close < tokens.length; close++) {
                const token = tokens[close];
                if (token?.kind === 'symbol' && token.text === '(') depth++;
                if (token?.kind === 'symbol' && token.text === ')' && --depth === 0) break;
            }
            const end = tokens[close];
            if (end === undefined || end.kind === 'end') refuse('with an unclosed RETURNING clause', loc);
            clause = text.slice(open.offset + 1, end.offset);
            index = close + 1;
        }
        returning.push({ objectName: object.text, clause });
        const separator = tokens[index];
        if (separator?.kind === 'symbol' && separator.text === ',') {
            index++;
            continue;
        }
        break;
    }
    let mode: string | null = null;
    if (keyword(tokens[index], 'WITH')) {
        index++;
        const level = next();
        if (!keyword(level, 'USER_MODE', 'SYSTEM_MODE') || level?.kind !== 'identifier') {
            refuse('WITH other than USER_MODE or SYSTEM_MODE', loc);
        }
        mode = level.text.toUpperCase();
    }
    const rest = tokens[index];
    if (rest?.kind === 'symbol' && rest.text === ']') index++;
    if (tokens[index]?.kind !== 'end') refuse(`clause ${text.slice(tokens[index]?.offset ?? 0).trim()}`, loc);
    return { term, returning, mode };
}

/** Where the fields end inside a RETURNING clause: at its first WHERE, ORDER BY, LIMIT or OFFSET. */
function splitClause(clause: string): { fields: string; where: string | null; tail: string } {
    const tokens = tokenize(clause);
    let depth = 0;
    let fieldsEnd = clause.length;
    let whereEnd: number | null = null;
    let hasWhere = false;
    for (const token of tokens) {
        if (token.kind === 'symbol' && token.text === '(') depth++;
        if (token.kind === 'symbol' && token.text === ')') depth--;
        if (depth !== 0) continue;
        if (!hasWhere && fieldsEnd === clause.length && keyword(token, 'WHERE')) {
            fieldsEnd = token.offset;
            hasWhere = true;
        } else if (keyword(token, 'ORDER', 'LIMIT', 'OFFSET') && whereEnd === null) {
            if (fieldsEnd === clause.length) fieldsEnd = token.offset;
            whereEnd = token.offset;
        }
    }
    const fields = clause.slice(0, fieldsEnd).trim();
    const tailStart = whereEnd ?? clause.length;
    const where = hasWhere ? clause.slice(fieldsEnd + 'WHERE'.length, tailStart).trim() : null;
    return { fields: fields === '' ? 'Id' : fields, where, tail: clause.slice(tailStart).trim() };
}

/** `[FIND ...]` in Apex: a List<List<SObject>>, one list per RETURNING object, in their order. */
export function inlineSearch(interpreter: Interpreter, text: string, frame: Frame, loc: SourceLocation): ApexValue {
    if (!interpreter.runningTest) {
        refuse('outside an Apex test (the runtime has no search index)', loc);
    }
    const { term, returning, mode } = parse(text, loc);
    if (term.kind === 'bind') {
        const value = scopeBinds(interpreter, text, frame, loc)({ kind: 'bind', text: term.text, offset: term.offset });
        if (typeof value !== 'string') refuse('with a search term that is not a String', loc);
    }
    if (interpreter.limits.used('soslQueries') >= SOSL_LIMIT) {
        interpreter.throwSystem('LimitException', `Too many SOSL queries: ${SOSL_LIMIT + 1}`);
    }
    interpreter.limits.count('soslQueries');
    const fixed = interpreter.fixedSearchResults ?? [];
    const lists = returning.map(({ objectName, clause }) => {
        const object = interpreter.schema.object(objectName);
        if (object === undefined) refuse(`RETURNING ${objectName}, which is not an object of the org`, loc);
        if (['contentdocument', 'contentnote'].includes(object.apiName.toLowerCase())) {
            refuse(`RETURNING ${object.apiName} (fixed results name ContentVersion Ids)`, loc);
        }
        const { fields, where, tail } = splitClause(clause);
        const query = [
            `SELECT ${fields} FROM ${object.apiName} WHERE Id IN :${FIXED_IDS}`,
            where === null ? '' : `AND (${where})`,
            mode === null ? '' : `WITH ${mode}`,
            tail
        ]
            .filter((part) => part !== '')
            .join(' ');
        const frameBinds = scopeBinds(interpreter, clause, frame, loc);
        const binds = (bind: Bind): BindValue =>
            bind.text === FIXED_IDS ? [...fixed] : frameBinds({ kind: 'bind', text: bind.text, offset: 0 });
        return runSoql(interpreter, query, binds, loc, { dynamic: false, access: null, counted: false });
    });
    return newList({ kind: 'list', element: { kind: 'sobject', name: 'SObject' } }, lists);
}
