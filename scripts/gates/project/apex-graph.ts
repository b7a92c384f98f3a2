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
 * object may be one of them. Limits: calls through method results
 * (`a().b()`), constructors and triggers are not followed, and a name declared
 * with two types in one file keeps the last.
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

    /** A class by a name as written in code: top-level, Outer.Inner, or an inner class named alone. */
    const classNamed = (name: string, context?: ApexClassInfo): ApexClassInfo | undefined => {
        const lower = name.toLowerCase();
        const outer = context?.name.split('.')[0]?.toLowerCase();
        return (
            classes.get(lower) ??
            (outer ? classes.get(`${outer}.${lower}`) : undefined) ??
            [...classes.values()].find((info) => info.name.toLowerCase().endsWith(`.${lower}`))
        );
    };

    const subclassesOf = (info: ApexClassInfo): ApexClassInfo[] =>
        productClasses.filter((candidate) =>
            candidate.superTypes.some((type) => classNamed(type, candidate)?.name === info.name)
        );

    for (const info of productClasses) {
        const lines = linesOf(info.file);
        const fileTypes = variableTypes.get(info.file) ?? new Map<string, string>();
        variableTypes.set(info.file, fileTypes);
        for (const match of withoutStrings(lines.join('\n')).matchAll(DECLARATION)) {
            const type = classNamed(match[1] ?? '', info);
            if (type) {
                fileTypes.set((match[2] ?? '').toLowerCase(), type.name);
            }
        }
        for (const method of info.methods) {
            const key = methodKey(info.name, method.name);
            const source = lines.slice(method.line - 1, method.endLine).join('\n');
            const overloaded = methods.get(key);
            if (overloaded) {
                overloaded.ranges.push({ line: method.line, endLine: method.endLine });
                overloaded.source += `\n${source}`;
                overloaded.code += `\n${withoutStrings(source)}`;
                continue;
            }
            methods.set(key, {
                key,
                className: info.name,
                method,
                ranges: [{ line: method.line, endLine: method.endLine }],
                file: info.file,
                source,
                code: withoutStrings(source)
            });
        }
    }

    const targetsOn = (info: ApexClassInfo, methodName: string): string[] =>
        [info, ...subclassesOf(info)]
            .map((target) => methodKey(target.name, methodName))
            .filter((key) => methods.has(key));

    for (const node of methods.values()) {
        const info = classes.get(node.className.toLowerCase())!;
        const targets = new Set<string>();
        const fileTypes = variableTypes.get(node.file)!;
        for (const match of node.code.matchAll(CALL_ON_NAME)) {
            const receiver = match[1] ?? '';
            const typeName = receiver === 'this' ? info.name : fileTypes.get(receiver.toLowerCase());
            const target = typeName ? classes.get(typeName.toLowerCase()) : classNamed(receiver, info);
            if (target) {
                targetsOn(target, match[2] ?? '').forEach((key) => targets.add(key));
            }
        }
        for (const match of node.code.matchAll(CALL_ON_NEW)) {
            const target = classNamed(match[1] ?? '', info);
            if (target) {
                targetsOn(target, match[2] ?? '').forEach((key) => targets.add(key));
            }
        }
        const outer = classes.get(info.name.split('.')[0]!.toLowerCase());
        for (const match of node.code.matchAll(UNQUALIFIED_CALL)) {
            const name = match[1] ?? '';
            for (const owner of [info, outer]) {
                if (owner && owner.methods.some((method) => method.name.toLowerCase() === name.toLowerCase())) {
                    targetsOn(owner, name).forEach((key) => targets.add(key));
                    break;
                }
            }
        }
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

    cached = { methods, calls, variableTypes, reachable, methodAt };
    return cached;
}
