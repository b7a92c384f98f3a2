import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectRoot, sourceRoot } from '../../lib/project';
import { apexIndex } from './apex-index';
import { apexGraph, methodKey, withoutComments, withoutStrings } from './apex-graph';

/*
 * Apex tests as a scratch org runs them:
 * - DML on setup objects can't share a transaction with other DML, except inside
 *   System.runAs in a test ("sObjects That Can't Be Used Together in DML
 *   Operations", https://developer.salesforce.com/docs/platform/apex-dev/references/apex-dev/apex-dml-non-mix-sobjects.html;
 *   "Mixed DML Operations in Test Methods",
 *   https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dml_non_mix_sobjects_test_methods.htm).
 * - Customer and partner users must give the site's NetworkId when they create a
 *   file (ContentVersion, "Special Access Rules",
 *   https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-contentversion.html).
 * - A test runs one execute of a batch, so its start query must not reach more
 *   rows than one chunk: users and other org-wide standard records are visible
 *   to tests, so a query over them needs a filter or a limit.
 */
const SETUP_OBJECTS = new Set(
    [
        'User',
        'PermissionSetAssignment',
        'PermissionSet',
        'Group',
        'GroupMember',
        'UserRole',
        'ObjectPermissions',
        'FieldPermissions',
        'SetupEntityAccess',
        'QueueSObject'
    ].map((name) => name.toLowerCase())
);
/** Standard objects whose records exist in every org and are visible to tests. */
const ORG_WIDE_OBJECTS = new Set(['user', 'profile', 'permissionset', 'group', 'userrole']);

const DML_ON_NAME =
    /\b(?:(?:insert|update|upsert|delete|undelete)\s+(?:as\s+(?:user|system)\s+)?|Database\s*\.\s*(?:insert|update|upsert|delete)\s*\(\s*|ExchangeGate\s*\.\s*\w+\s*\(\s*)(new\s+(\w+)|\w+)/g;

/** SObject type a DML operand has: `new X(`, or a name declared as X, List<X> or Set<X> in the text. */
function operandType(operand: string, created: string | undefined, text: string): string | undefined {
    if (created) {
        return created;
    }
    const declared = new RegExp(
        `\\b(?:List|Set)\\s*<\\s*(\\w+)\\s*>\\s+${operand}\\b|\\b(\\w+)\\s+${operand}\\s*[=;:)]`
    ).exec(text);
    return declared?.[1] ?? declared?.[2];
}

/** Lines (1-based, in the text) where DML on a setup object happens. */
function setupDmlLines(code: string): number[] {
    return [...code.matchAll(DML_ON_NAME)]
        .filter((match) => SETUP_OBJECTS.has((operandType(match[1] ?? '', match[2], code) ?? '').toLowerCase()))
        .map((match) => code.slice(0, match.index).split('\n').length);
}

/** [start, end) character ranges of the blocks of System.runAs(...) { ... } in code. */
function runAsBlocks(code: string): { start: number; end: number; user: string }[] {
    const blocks: { start: number; end: number; user: string }[] = [];
    for (const match of code.matchAll(/\bSystem\s*\.\s*runAs\s*\(/g)) {
        let depth = 0;
        let index = match.index + match[0].length - 1;
        const argsStart = index + 1;
        for (; index < code.length; index++) {
            depth += code[index] === '(' ? 1 : code[index] === ')' ? -1 : 0;
            if (depth === 0) {
                break;
            }
        }
        const user = code.slice(argsStart, index).trim();
        const open = code.indexOf('{', index);
        depth = 0;
        let end = open;
        for (; end < code.length; end++) {
            depth += code[end] === '{' ? 1 : code[end] === '}' ? -1 : 0;
            if (depth === 0) {
                break;
            }
        }
        blocks.push({ start: open, end, user });
    }
    return blocks;
}

/**
 * Which declarations (overloads) of product methods do setup DML synchronously,
 * or call one that does; a call counts the declarations whose parameter count
 * matches its arguments.
 */
function setupDmlCheck(): (key: string, argumentCount: number) => boolean {
    const graph = apexGraph();
    const overloadsOf = (key: string, argumentCount: number): string[] => {
        const overloads = graph.methods.get(key)?.overloads ?? [];
        const matching = overloads.filter((each) => each.method.parameters.length === argumentCount);
        return (matching.length > 0 ? matching : overloads).map((each) => `${key}#${overloads.indexOf(each)}`);
    };
    const callsOf = new Map<string, { key: string; arguments: number }[]>();
    const doing = new Set<string>();
    for (const node of graph.methods.values()) {
        node.overloads.forEach((overload, index) => {
            const id = `${node.key}#${index}`;
            callsOf.set(id, graph.callsIn(overload.code, node.className));
            if (setupDmlLines(overload.code).length > 0) {
                doing.add(id);
            }
        });
    }
    let grew = true;
    while (grew) {
        grew = false;
        for (const [id, calls] of callsOf) {
            if (
                !doing.has(id) &&
                calls.some((call) => overloadsOf(call.key, call.arguments).some((each) => doing.has(each)))
            ) {
                doing.add(id);
                grew = true;
            }
        }
    }
    return (key, argumentCount) => overloadsOf(key, argumentCount).some((id) => doing.has(id));
}

const ENQUEUE =
    /\bExchangeJobs\s*\.\s*(?:enqueue|HELD\s*\.\s*add)\s*\(\s*(?:new\s+([\w.]+)|(\w+)\s*\.\s*(\w+)\s*\(|(\w+))/g;

/** Handler methods each trigger calls, by the object it is on (lower case). */
function triggerHandlers(): Map<string, string[]> {
    const handlers = new Map<string, string[]>();
    for (const file of listFiles(join(sourceRoot, 'triggers'), (name) => name.endsWith('.trigger'))) {
        const source = withoutComments(readFileSync(file, 'utf8'));
        const object = /\btrigger\s+\w+\s+on\s+(\w+)/i.exec(source)?.[1]?.toLowerCase();
        if (object) {
            const calls = [...source.matchAll(/\b([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*\(/g)].map((match) =>
                methodKey(match[1] ?? '', match[2] ?? '')
            );
            handlers.set(object, [...(handlers.get(object) ?? []), ...calls]);
        }
    }
    return handlers;
}

/**
 * The execute methods ExchangeJobs.runHeld runs in the test's own transaction.
 * ExchangeJobs.enqueue holds a job only when a job or batch enqueues it (it
 * would be chained) or while runHeld runs; from the test's synchronous code it
 * enqueues for real, and the job runs at Test.stopTest. So runHeld runs the jobs
 * the test method held itself (HELD.add) before it, the jobs enqueued by jobs
 * the test started, and whatever those enqueue in turn. Jobs are found through
 * the code each call reaches and the triggers its DML fires.
 */
function heldJobExecutes(testCode: string, testClass: string, before: number): string[] {
    const graph = apexGraph();
    const { classes } = apexIndex();
    const handlers = triggerHandlers();
    const jobsIn = (code: string, file: string, className: string, held: boolean): string[] =>
        [...code.matchAll(ENQUEUE)]
            .filter((match) => /HELD/.test(match[0]) === held)
            .flatMap((match) => {
                const outer = className.split('.')[0]!;
                const factory = match[2] ? classes.get(match[2].toLowerCase()) : undefined;
                const made = factory?.methods.find((method) => method.name.toLowerCase() === match[3]?.toLowerCase());
                const named =
                    match[1] ?? made?.returnType ?? graph.variableTypes.get(file)?.get((match[4] ?? '').toLowerCase());
                const info = named
                    ? (classes.get(named.toLowerCase()) ?? classes.get(`${outer}.${named}`.toLowerCase()))
                    : undefined;
                return info ? [methodKey(info.name, 'execute')] : [];
            });
    const fired = (code: string): string[] =>
        [...code.matchAll(DML_ON_NAME)].flatMap(
            (match) => handlers.get((operandType(match[1] ?? '', match[2], code) ?? '').toLowerCase()) ?? []
        );
    /** Jobs that code reaching from these methods enqueues (through calls and fired triggers). */
    const enqueuedFrom = (starts: string[]): Set<string> => {
        const jobs = new Set<string>();
        const seen = new Set<string>();
        let frontier = starts;
        while (frontier.length > 0) {
            const next: string[] = [];
            for (const key of graph.reachable(frontier)) {
                if (!seen.has(key)) {
                    seen.add(key);
                    const node = graph.methods.get(key)!;
                    next.push(...fired(node.code));
                    jobsIn(node.code, node.file, node.className, false).forEach((job) => jobs.add(job));
                }
            }
            frontier = next.filter((key) => !seen.has(key));
        }
        return jobs;
    };
    const testFile = classes.get(testClass.toLowerCase())?.file ?? '';
    const testBefore = testCode.slice(0, before);
    const started = new Set([
        ...jobsIn(testBefore, testFile, testClass, false),
        ...enqueuedFrom([...graph.callsIn(testBefore, testClass).map((call) => call.key), ...fired(testBefore)])
    ]);
    const held = new Set(jobsIn(testBefore, testFile, testClass, true));
    started.forEach((job) => enqueuedFrom([job]).forEach((chained) => held.add(chained)));
    let frontier = [...held];
    while (frontier.length > 0) {
        const next = [...enqueuedFrom(frontier)].filter((job) => !held.has(job));
        next.forEach((job) => held.add(job));
        frontier = next;
    }
    return [...held];
}

/** Rule: tests do setup DML, and call code that does it, only inside System.runAs; they create no site-user files; batches they run start bounded. */
export function checkTestTransactions(): string[] {
    const { classes, queries } = apexIndex();
    const graph = apexGraph();
    const doesSetupDml = setupDmlCheck();
    const problems: string[] = [];
    /** Each method of each test class: its code, where it starts in its file, and its file's runAs blocks. */
    const testMethods = [...classes.values()]
        .filter((each) => each.isTest)
        .flatMap((info) => {
            const code = withoutStrings(withoutComments(readFileSync(join(projectRoot, info.file), 'utf8')));
            const lines = code.split('\n');
            const blocks = runAsBlocks(code);
            return info.methods.map((method) => {
                const start = lines.slice(0, method.line - 1).join('\n').length;
                const end = lines.slice(0, method.endLine).join('\n').length;
                return {
                    info,
                    key: methodKey(info.name, method.name),
                    start,
                    code: code.slice(start, end),
                    fileCode: code,
                    inRunAs: (index: number): boolean =>
                        blocks.some((block) => block.start < index && index < block.end)
                };
            });
        });
    /** Where test code calls each test helper, and whether the call is inside System.runAs. */
    const sites = new Map<string, { inRunAs: boolean; caller: string }[]>();
    for (const method of testMethods) {
        // A declaration reads like a call of itself; it is not one.
        for (const call of graph.callsIn(method.code, method.info.name).filter((each) => each.key !== method.key)) {
            const found = sites.get(call.key) ?? [];
            found.push({ inRunAs: method.inRunAs(method.start + call.index), caller: method.key });
            sites.set(call.key, found);
        }
    }
    /** A helper whose every call is inside System.runAs (directly or through its callers) runs there too. */
    const runsInRunAs = (key: string, seen = new Set<string>()): boolean => {
        const calls = sites.get(key) ?? [];
        seen.add(key);
        return (
            calls.length > 0 &&
            calls.every((site) => site.inRunAs || (!seen.has(site.caller) && runsInRunAs(site.caller, seen)))
        );
    };
    for (const method of testMethods) {
        const { info, code, start } = method;
        const lineAt = (index: number): number => method.fileCode.slice(0, start + index).split('\n').length;
        const outside = (index: number): boolean => !method.inRunAs(start + index) && !runsInRunAs(method.key);
        const report = (index: number, what: string): void => {
            problems.push(
                `${info.file}:${lineAt(index)}: ${what} outside System.runAs mixes setup and other DML in one transaction (MIXED_DML_OPERATION); wrap it in System.runAs(new User(Id = UserInfo.getUserId())) { … }`
            );
        };
        for (const match of code.matchAll(DML_ON_NAME)) {
            const type = operandType(match[1] ?? '', match[2], method.fileCode) ?? '';
            if (SETUP_OBJECTS.has(type.toLowerCase()) && outside(match.index)) {
                report(match.index, `DML on ${type}`);
            }
        }
        for (const call of graph.callsIn(code, info.name)) {
            const held = call.key === 'exchangejobs.runheld' ? heldJobExecutes(code, info.name, call.index) : [];
            const setupDml = doesSetupDml(call.key, call.arguments) || held.some((execute) => doesSetupDml(execute, 1));
            if (setupDml && outside(call.index)) {
                const declared = graph.methods.get(call.key);
                report(
                    call.index,
                    `${declared?.className}.${declared?.method.name}, which does setup DML synchronously,`
                );
            }
        }
    }
    for (const info of [...classes.values()].filter((each) => each.isTest && !each.name.includes('.'))) {
        const code = withoutStrings(withoutComments(readFileSync(join(projectRoot, info.file), 'utf8')));
        const blocks = runAsBlocks(code);
        const lineAt = (index: number): number => code.slice(0, index).split('\n').length;
        for (const block of blocks.filter((each) => !/UserInfo\s*\.\s*getUserId\s*\(/.test(each.user))) {
            const body = code.slice(block.start, block.end);
            const insertsFile = [...body.matchAll(DML_ON_NAME)].some(
                (match) => (operandType(match[1] ?? '', match[2], code) ?? '').toLowerCase() === 'contentversion'
            );
            if (insertsFile && !/\bNetworkId\b/.test(body)) {
                problems.push(
                    `${info.file}:${lineAt(block.start)}: a ContentVersion is created inside System.runAs(${block.user}) without a NetworkId; ` +
                        `a site user must name the site's NetworkId, so insert it as the running user with OwnerId = ${block.user}.Id instead (or set NetworkId)`
                );
            }
        }
        for (const match of code.matchAll(/\bDatabase\s*\.\s*executeBatch\s*\(\s*new\s+(\w+)\s*\(/g)) {
            const startKey = methodKey(match[1] ?? '', 'start');
            for (const key of graph.reachable([startKey])) {
                const node = graph.methods.get(key)!;
                for (const query of queries.filter(
                    (each) =>
                        each.file === node.file &&
                        !each.isSubquery &&
                        ORG_WIDE_OBJECTS.has(each.from.toLowerCase()) &&
                        node.ranges.some((range) => range.line <= each.line && each.line <= range.endLine)
                )) {
                    const text = readFileSync(join(projectRoot, query.file), 'utf8')
                        .split('\n')
                        .slice(query.line - 1)
                        .join('\n');
                    const soql = text.slice(0, text.indexOf(']'));
                    if (!/\b(WHERE|LIMIT)\b/i.test(soql)) {
                        problems.push(
                            `${info.file}:${lineAt(match.index)}: the test runs ${match[1]}, whose start query (${query.file}:${query.line}) reads every ${query.from} ` +
                                `without a filter or limit; a test runs one execute, so bound the query in tests (a @TestVisible limit or a filter)`
                        );
                    }
                }
            }
        }
    }
    return problems;
}
