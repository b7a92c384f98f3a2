import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../lib/project';
import { apexIndex, type ApexClassInfo, type ApexMethod } from './apex-index';

/** One method of a class, with its source, keyed Class.method (lower case; overloads share a key). */
export interface MethodNode {
    key: string;
    className: string;
    /** The first declaration; overloads add their lines to ranges, source and code. */
    method: ApexMethod;
    ranges: { line: number; endLine: number }[];
    /** Each declaration of the name with its own code (strings blanked). */
    overloads: { method: ApexMethod; code: string }[];
    file: string;
    /** The method's lines, comments blanked, string literals kept. */
    source: string;
    /** The same lines with string literals blanked too, for finding calls. */
    code: string;
}

export interface ApexGraph {
    methods: Map<string, MethodNode>;
    /** Methods each method calls, by key. */
    calls: Map<string, Set<string>>;
    /** Project class a variable or field name of a file holds, by file then lower-case name. */
    variableTypes: Map<string, Map<string, string>>;
    /** Every method reachable from the given ones, the given ones included. */
    reachable(from: Iterable<string>): Set<string>;
    /** The method whose lines hold file:line, if any. */
    methodAt(file: string, line: number): MethodNode | undefined;
    /** Calls in some code of a class (test classes too), each with where it starts. */
    callsIn(code: string, className: string): { key: string; index: number; arguments: number }[];
}

/** Comments blanked (line breaks kept, so line numbers still match). */
export function withoutComments(source: string): string {
    return source
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
        .replace(/\/\/[^\n]*/g, (comment) => ' '.repeat(comment.length));
}

/** String literals blanked to '' of the same length. */
export function withoutStrings(source: string): string {
    return source.replace(/'(?:[^'\\\n]|\\.)*'/g, (literal) => `'${' '.repeat(literal.length - 2)}'`);
}

export const methodKey = (className: string, methodName: string): string => `${className}.${methodName}`.toLowerCase();

const CALL_ON_NAME = /\b([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*\(/g;
const CALL_ON_NEW = /\bnew\s+([A-Za-z_][\w.]*)\s*\([^()]*\)\s*\.\s*([A-Za-z_]\w*)\s*\(/g;
const UNQUALIFIED_CALL = /(?<![.\w])([A-Za-z_]\w*)\s*\(/g;
const DECLARATION = /\b([A-Za-z_][\w.]*)\s+([A-Za-z_]\w*)\s*(?=[=;,):])/g;

let cached: ApexGraph | undefined;

/**
 * A call graph of the package's non-test Apex, good enough to follow a
 * controller through its services to its selectors. A call is resolved when its
 * receiver is a class name (static call), a variable or field declared in the
 * same file with a project class as its type, `new Class()`, or nothing (a method
 * of the same class or its outer class). A call on a class also reaches the
 * methods of that name in its non-test subclasses and implementations, since the
 * object may be one of them; a call on what a method returns follows the
 * method's declared return type. Limits: constructors and triggers are not
 * followed, a name declared with two types in one file keeps the last, and
 * overloads share one node (callsIn reports each call's argument count, and
 * overloads keeps each declaration, for the rules that tell them apart).
 */
export function apexGraph(): ApexGraph {
    if (cached) {
        return cached;
    }
    const { classes } = apexIndex();
    const productClasses = [...classes.values()].filter((info) => !info.isTest);
    const methods = new Map<string, MethodNode>();
    const calls = new Map<string, Set<string>>();
    const variableTypes = new Map<string, Map<string, string>>();
    const sources = new Map<string, string[]>();

    const linesOf = (file: string): string[] => {
        let lines = sources.get(file);
        if (!lines) {
            lines = withoutComments(readFileSync(join(projectRoot, file), 'utf8')).split('\n');
            sources.set(file, lines);
        }
        return lines;
    };

    // Both lookups are asked the same questions for every call in every method, so each answer
    // is kept: the graph is built once per run, from files that do not change during it.
    const classByName = new Map<string, ApexClassInfo | undefined>();
    /** A class by a name as written in code: top-level, Outer.Inner, or an inner class named alone. */
    const classNamed = (name: string, context?: ApexClassInfo): ApexClassInfo | undefined => {
        const lower = name.toLowerCase();
        const outer = context?.name.split('.')[0]?.toLowerCase();
        const question = `${outer ?? ''}|${lower}`;
        if (!classByName.has(question)) {
            classByName.set(
                question,
                classes.get(lower) ??
                    (outer ? classes.get(`${outer}.${lower}`) : undefined) ??
                    [...classes.values()].find((info) => info.name.toLowerCase().endsWith(`.${lower}`))
            );
        }
        return classByName.get(question);
    };

    const subclassesByName = new Map<string, ApexClassInfo[]>();
    const subclassesOf = (info: ApexClassInfo): ApexClassInfo[] => {
        let found = subclassesByName.get(info.name);
        if (!found) {
            found = productClasses.filter((candidate) =>
                candidate.superTypes.some((type) => classNamed(type, candidate)?.name === info.name)
            );
            subclassesByName.set(info.name, found);
        }
        return found;
    };

    /** Project class each variable or field name of a file is declared with. */
    const typesOf = (file: string, info: ApexClassInfo): Map<string, string> => {
        let fileTypes = variableTypes.get(file);
        if (!fileTypes) {
            fileTypes = new Map<string, string>();
            for (const match of withoutStrings(linesOf(file).join('\n')).matchAll(DECLARATION)) {
                const type = classNamed(match[1] ?? '', info);
                if (type) {
                    fileTypes.set((match[2] ?? '').toLowerCase(), type.name);
                }
            }
            variableTypes.set(file, fileTypes);
        }
        return fileTypes;
    };

    for (const info of productClasses) {
        const lines = linesOf(info.file);
        for (const method of info.methods) {
            const key = methodKey(info.name, method.name);
            const source = lines.slice(method.line - 1, method.endLine).join('\n');
            const overloaded = methods.get(key);
            if (overloaded) {
                overloaded.ranges.push({ line: method.line, endLine: method.endLine });
                overloaded.overloads.push({ method, code: withoutStrings(source) });
                overloaded.source += `\n${source}`;
                overloaded.code += `\n${withoutStrings(source)}`;
                continue;
            }
            methods.set(key, {
                key,
                className: info.name,
                method,
                ranges: [{ line: method.line, endLine: method.endLine }],
                overloads: [{ method, code: withoutStrings(source) }],
                file: info.file,
                source,
                code: withoutStrings(source)
            });
        }
    }

    const targetsOn = (info: ApexClassInfo, methodName: string): string[] =>
        [info, ...subclassesOf(info)]
            .filter((target) => target.methods.some((method) => method.name.toLowerCase() === methodName.toLowerCase()))
            .map((target) => methodKey(target.name, methodName));

    /** Number of top-level arguments of the call whose bracket opens at open, and where it closes. */
    const argumentsAt = (code: string, open: number): { count: number; close: number } => {
        let depth = 0;
        let count = 0;
        let empty = true;
        for (let index = open; index < code.length; index++) {
            const char = code[index]!;
            if (char === '(' || char === '{' || char === '[') {
                depth++;
            } else if (char === ')' || char === '}' || char === ']') {
                if (--depth === 0) {
                    return { count: empty ? 0 : count + 1, close: index };
                }
            } else if (depth === 1 && char === ',') {
                count++;
            } else if (depth >= 1 && !/\s/.test(char)) {
                empty = false;
            }
        }
        return { count, close: code.length };
    };

    const callsIn = (code: string, className: string): { key: string; index: number; arguments: number }[] => {
        const info = classes.get(className.toLowerCase());
        if (!info) {
            return [];
        }
        const found: { key: string; index: number; arguments: number }[] = [];
        const fileTypes = typesOf(info.file, info);
        const addOn = (target: ApexClassInfo | undefined, name: string, index: number, open: number): void => {
            if (!target) {
                return;
            }
            const { count, close } = argumentsAt(code, open);
            targetsOn(target, name).forEach((key) => found.push({ key, index, arguments: count }));
            // A call on what a method returns (Job.forAccounts(ids).execute(null)) runs on its return type.
            const chained = /^\s*\.\s*([A-Za-z_]\w*)\s*\(/.exec(code.slice(close + 1));
            const returned = target.methods.find(
                (method) => method.name.toLowerCase() === name.toLowerCase()
            )?.returnType;
            const returnedClass = chained && returned ? classNamed(returned, target) : undefined;
            if (chained && returnedClass) {
                addOn(returnedClass, chained[1] ?? '', index, close + 1 + chained[0].length - 1);
            }
        };
        for (const match of code.matchAll(CALL_ON_NAME)) {
            const receiver = match[1] ?? '';
            const typeName = receiver === 'this' ? info.name : fileTypes.get(receiver.toLowerCase());
            const target = typeName ? classes.get(typeName.toLowerCase()) : classNamed(receiver, info);
            addOn(target, match[2] ?? '', match.index, match.index + match[0].length - 1);
        }
        for (const match of code.matchAll(CALL_ON_NEW)) {
            addOn(classNamed(match[1] ?? '', info), match[2] ?? '', match.index, match.index + match[0].length - 1);
        }
        const outer = classes.get(info.name.split('.')[0]!.toLowerCase());
        for (const match of code.matchAll(UNQUALIFIED_CALL)) {
            const name = match[1] ?? '';
            const owner = [info, outer].find((candidate) =>
                candidate?.methods.some((method) => method.name.toLowerCase() === name.toLowerCase())
            );
            addOn(owner, name, match.index, match.index + match[0].length - 1);
        }
        return found;
    };

    for (const node of methods.values()) {
        const targets = new Set(callsIn(node.code, node.className).map((call) => call.key));
        targets.delete(node.key);
        calls.set(node.key, targets);
    }

    const reachable = (from: Iterable<string>): Set<string> => {
        const seen = new Set<string>();
        const queue = [...from].filter((key) => methods.has(key));
        while (queue.length > 0) {
            const key = queue.pop()!;
            if (!seen.has(key)) {
                seen.add(key);
                queue.push(...(calls.get(key) ?? []));
            }
        }
        return seen;
    };

    const methodAt = (file: string, line: number): MethodNode | undefined =>
        [...methods.values()]
            .flatMap((node) => node.ranges.map((range) => ({ node, range })))
            .filter(({ node, range }) => node.file === file && range.line <= line && line <= range.endLine)
            .sort((a, b) => b.range.line - a.range.line)[0]?.node;

    cached = { methods, calls, variableTypes, reachable, methodAt, callsIn };
    return cached;
}
