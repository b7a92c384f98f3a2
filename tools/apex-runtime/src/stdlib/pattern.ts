import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { integer, newObject, type ApexObject, type ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { arity, integerArg, stringArg, unsupportedCall } from './arguments';
import { checkInput, compileJavaPattern, javaReplacement, javaSplit, type JavaPattern } from './regex';
import { stringList } from './strings';

/**
 * Pattern and Matcher (Pattern Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_pattern_and_matcher_pattern_methods.htm;
 * Matcher Class:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_pattern_and_matcher_matcher_methods.htm).
 * The Java syntax is translated by regex.ts. What the pages leave undocumented stays UNSUPPORTED:
 * the exception of an invalid pattern, of group/start/end without a match or with a group index
 * that does not exist, of find(start) outside the input, and the text Pattern.quote returns.
 */
interface MatcherState {
    readonly patternObject: ApexObject;
    readonly pattern: JavaPattern;
    input: string;
    /** The last successful match, or null before one or after a failed attempt. */
    match: RegExpExecArray | null;
    /** Where the next find() starts, as the Matcher page describes. */
    searchFrom: number;
}

const patterns = new WeakMap<ApexObject, JavaPattern>();
const matchers = new WeakMap<ApexObject, MatcherState>();

function builtinObject(site: CallSite, name: string): ApexObject {
    const cls = site.interpreter.system.builtinClasses.get(name);
    if (cls === undefined) {
        throw new Error(`built-in class ${name} missing`);
    }
    return newObject(cls);
}

function compile(site: CallSite, source: string): ApexObject {
    const object = builtinObject(site, 'pattern');
    patterns.set(object, compileJavaPattern(source, site.loc));
    return object;
}

function patternOf(object: ApexObject): JavaPattern {
    const pattern = patterns.get(object);
    if (pattern === undefined) {
        throw new Error('a Pattern without its compiled expression');
    }
    return pattern;
}

function stateOf(object: ApexObject): MatcherState {
    const state = matchers.get(object);
    if (state === undefined) {
        throw new Error('a Matcher without its state');
    }
    return state;
}

/** Runs the pattern on the input from `from`; `anchor` requires the match to start there (and end at the end). */
function attempt(state: MatcherState, from: number, anchor: 'none' | 'start' | 'whole', loc: CallSite['loc']): boolean {
    const { pattern, input } = state;
    checkInput(pattern, input, loc);
    const source = anchor === 'whole' ? `(?:${pattern.source})$` : pattern.source;
    const regex = new RegExp(source, `${pattern.flags}${anchor === 'none' ? 'g' : 'y'}du`);
    regex.lastIndex = from;
    const match = from > input.length ? null : regex.exec(input);
    state.match = match;
    if (match !== null) {
        const end = match.index + match[0].length;
        state.searchFrom = end === match.index ? end + 1 : end;
    }
    return match !== null;
}

function currentMatch(site: CallSite, state: MatcherState, method: string): RegExpExecArray {
    if (state.match === null) {
        throw new UnsupportedError(`Matcher.${method} without a successful match (its exception)`, site.loc);
    }
    return state.match;
}

function groupIndex(site: CallSite, state: MatcherState, method: string, args: readonly ApexValue[]): number {
    arity(site, `Matcher.${method}`, args, 0, 1);
    const index = args.length === 0 ? 0 : integerArg(site, `Matcher.${method}`, args, 0);
    if (index < 0 || index > state.pattern.groupCount) {
        throw new UnsupportedError(`Matcher.${method} of group ${index}, which the pattern lacks`, site.loc);
    }
    return index;
}

/** A group's start and end; -1 for a group that took no part in the match (the Matcher page's end(groupIndex)). */
function groupBounds(
    site: CallSite,
    state: MatcherState,
    method: string,
    args: readonly ApexValue[]
): [number, number] {
    const index = groupIndex(site, state, method, args);
    const bounds = currentMatch(site, state, method).indices?.[index];
    return bounds === undefined ? [-1, -1] : bounds;
}

function installPatternMethods(registry: BuiltinRegistry): void {
    registry.addStatic('Pattern', 'compile', (site, args) => {
        arity(site, 'Pattern.compile', args, 1);
        return compile(site, stringArg(site, 'Pattern.compile', args, 0));
    });
    // Pattern.matches(regExp, s) is Pattern.compile(regExp).matcher(s).matches(), as its entry says.
    registry.addStatic('Pattern', 'matches', (site, args) => {
        arity(site, 'Pattern.matches', args, 2);
        const pattern = compile(site, stringArg(site, 'Pattern.matches', args, 0));
        const state: MatcherState = {
            patternObject: pattern,
            pattern: patternOf(pattern),
            input: stringArg(site, 'Pattern.matches', args, 1),
            match: null,
            searchFrom: 0
        };
        return attempt(state, 0, 'whole', site.loc);
    });
    registry.addInstance('BuiltinObject', 'System.Pattern.matcher', (site, pattern, args) => {
        arity(site, 'Pattern.matcher', args, 1);
        const matcher = builtinObject(site, 'matcher');
        matchers.set(matcher, {
            patternObject: pattern,
            pattern: patternOf(pattern),
            input: stringArg(site, 'Pattern.matcher', args, 0),
            match: null,
            searchFrom: 0
        });
        return matcher;
    });
    registry.addInstance('BuiltinObject', 'System.Pattern.pattern', (site, pattern, args) => {
        arity(site, 'Pattern.pattern', args, 0);
        return patternOf(pattern).java;
    });
    registry.addInstance('BuiltinObject', 'System.Pattern.split', (site, pattern, args) => {
        arity(site, 'Pattern.split', args, 1, 2);
        const input = stringArg(site, 'Pattern.split', args, 0);
        const compiled = patternOf(pattern);
        checkInput(compiled, input, site.loc);
        const limit = args.length === 2 ? integerArg(site, 'Pattern.split', args, 1) : 0;
        return stringList(javaSplit(input, new RegExp(compiled.source, `${compiled.flags}u`), limit));
    });
    registry.addStatic('Pattern', 'quote', (site, args) => unsupportedCall(site, 'Pattern.quote', args));
}

function replace(site: CallSite, state: MatcherState, args: readonly ApexValue[], method: string): string {
    arity(site, `Matcher.${method}`, args, 1);
    const replacement = javaReplacement(stringArg(site, `Matcher.${method}`, args, 0), site.loc);
    const { pattern, input } = state;
    checkInput(pattern, input, site.loc);
    // Java's replaceAll and replaceFirst reset the matcher first and leave it reset.
    state.match = null;
    state.searchFrom = 0;
    const regex = new RegExp(pattern.source, `${pattern.flags}${method === 'replaceAll' ? 'g' : ''}u`);
    return input.replace(regex, replacement);
}

function installMatcherMethods(registry: BuiltinRegistry): void {
    const method = (
        name: string,
        body: (site: CallSite, state: MatcherState, args: readonly ApexValue[], matcher: ApexObject) => ApexValue
    ) =>
        registry.addInstance('BuiltinObject', `System.Matcher.${name}`, (site, matcher, args) =>
            body(site, stateOf(matcher), args, matcher)
        );
    method('find', (site, state, args) => {
        arity(site, 'Matcher.find', args, 0, 1);
        if (args.length === 0) {
            return attempt(state, state.searchFrom, 'none', site.loc);
        }
        const start = integerArg(site, 'Matcher.find', args, 0);
        if (start < 0 || start > state.input.length) {
            throw new UnsupportedError('Matcher.find from outside the input (its exception)', site.loc);
        }
        return attempt(state, start, 'none', site.loc);
    });
    method('matches', (site, state, args) => {
        arity(site, 'Matcher.matches', args, 0);
        return attempt(state, 0, 'whole', site.loc);
    });
    method('lookingAt', (site, state, args) => {
        arity(site, 'Matcher.lookingAt', args, 0);
        return attempt(state, 0, 'start', site.loc);
    });
    method('group', (site, state, args) => {
        const index = groupIndex(site, state, 'group', args);
        return currentMatch(site, state, 'group')[index] ?? null;
    });
    method('groupCount', (site, state, args) => {
        arity(site, 'Matcher.groupCount', args, 0);
        return integer(state.pattern.groupCount);
    });
    method('start', (site, state, args) => integer(groupBounds(site, state, 'start', args)[0]));
    method('end', (site, state, args) => integer(groupBounds(site, state, 'end', args)[1]));
    method('pattern', (site, state, args) => {
        arity(site, 'Matcher.pattern', args, 0);
        return state.patternObject;
    });
    method('replaceAll', (site, state, args) => replace(site, state, args, 'replaceAll'));
    method('replaceFirst', (site, state, args) => replace(site, state, args, 'replaceFirst'));
    method('reset', (site, state, args, matcher) => {
        arity(site, 'Matcher.reset', args, 0, 1);
        if (args.length === 1) {
            state.input = stringArg(site, 'Matcher.reset', args, 0);
        }
        state.match = null;
        state.searchFrom = 0;
        return matcher;
    });
}

export function installPatterns(registry: BuiltinRegistry): void {
    installPatternMethods(registry);
    installMatcherMethods(registry);
}
