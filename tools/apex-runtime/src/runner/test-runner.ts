import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApexThrow } from '../interpreter/errors';
import type { ClassInfo, MethodInfo } from '../types/class-table';
import { UnsupportedError } from '../unsupported';
import type { CoverageRecorder } from './coverage';
import type { LogEvent } from './debug-log';
import { debugEvents, describeUncaught } from './execute';
import { newTransaction } from './org-session';
import type { LoadedProject } from './project';

/** ERROR is a defect of the runtime itself, never a verdict on the Apex. */
export type Verdict = 'PASS' | 'FAIL' | 'UNSUPPORTED' | 'NEEDS ORG' | 'ERROR';

export interface TestResult {
    readonly className: string;
    readonly method: string;
    readonly verdict: Verdict;
    readonly message: string;
    /** `file:line` of each Apex frame, innermost first. */
    readonly stack: readonly string[];
    /** The debug log of the test's transaction: its USER_DEBUG lines, then how it ended. */
    readonly log: readonly LogEvent[];
}

type Outcome = Omit<TestResult, 'className' | 'method'>;

/** What a run measures besides the verdicts. */
export interface RunOptions {
    /** Told of every statement each test runs. */
    readonly coverage?: CoverageRecorder;
}

/** Tests that depend on what is deliberately not simulated, with the reason; the list only shrinks. */
export const NEEDS_ORG_FILE = join(__dirname, '..', '..', 'needs-org.json');

type NeedsOrg = Record<string, string>;

function readNeedsOrg(): NeedsOrg {
    return existsSync(NEEDS_ORG_FILE) ? (JSON.parse(readFileSync(NEEDS_ORG_FILE, 'utf8')) as NeedsOrg) : {};
}

function isTestClass(cls: ClassInfo): boolean {
    return cls.annotations.some((annotation) => annotation.name === 'istest');
}

function methodsWith(cls: ClassInfo, accept: (method: MethodInfo) => boolean): MethodInfo[] {
    return [...cls.methods.values()].flat().filter(accept);
}

/** The @IsTest classes of the project, or only the one named. */
export function testClasses(project: LoadedProject, only: string | undefined): ClassInfo[] {
    return project.table
        .topLevelTypes()
        .filter((info): info is ClassInfo => info.kind === 'class' && isTestClass(info))
        .filter((cls) => only === undefined || cls.name.toLowerCase() === only.toLowerCase())
        .sort((left, right) => left.name.localeCompare(right.name));
}

/** Runs one method in its own transaction: fresh static variables, an empty debug log. */
function runInTransaction(project: LoadedProject, cls: ClassInfo, method: MethodInfo, options: RunOptions): Outcome {
    const interpreter = newTransaction(project, true);
    const coverage = options.coverage;
    if (coverage !== undefined) {
        interpreter.statementObserver = (loc) => coverage.hit(loc);
    }
    try {
        interpreter.runStaticMethod(cls, method.name);
        return { verdict: 'PASS', message: '', stack: [], log: debugEvents(interpreter) };
    } catch (error) {
        if (error instanceof ApexThrow) {
            const uncaught = describeUncaught(error);
            const frames = error.exception.exception?.stack ?? [];
            return {
                verdict: 'FAIL',
                message: uncaught.message,
                stack: frames.map((frame) => `${frame.file}:${frame.line}`),
                log: [...debugEvents(interpreter), { kind: 'fatal', ...uncaught }]
            };
        }
        if (error instanceof UnsupportedError) {
            return {
                verdict: 'UNSUPPORTED',
                message: error.missing,
                stack: error.loc === null ? [] : [`${error.loc.file}:${error.loc.line}`],
                log: [...debugEvents(interpreter), { kind: 'unsupported', missing: error.missing }]
            };
        }
        return {
            verdict: 'ERROR',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
            stack: [],
            log: debugEvents(interpreter)
        };
    }
}

/**
 * Every test method of the classes. A class with a @TestSetup method is UNSUPPORTED as a whole: the
 * records its setup creates must be there, rolled back, at the start of each test (Using Test Setup
 * Methods, https://developer.salesforce.com/docs/platform/apex-dev/references/apex-dev/apex-testing-testsetup-using.html),
 * and the in-memory org cannot yet start a transaction from another's records.
 */
export function runTests(
    project: LoadedProject,
    classes: readonly ClassInfo[],
    options: RunOptions = {}
): TestResult[] {
    const needsOrg = readNeedsOrg();
    const results: TestResult[] = [];
    for (const cls of classes) {
        const setups = methodsWith(cls, (method) =>
            method.annotations.some((annotation) => annotation.name === 'testsetup')
        );
        const tests = methodsWith(cls, (method) => method.isTestMethod && method.isStatic);
        for (const method of tests) {
            const key = `${cls.name}.${method.name}`;
            const reason = needsOrg[key];
            if (reason !== undefined) {
                results.push({
                    className: cls.name,
                    method: method.name,
                    verdict: 'NEEDS ORG',
                    message: reason,
                    stack: [],
                    log: []
                });
                continue;
            }
            const [setup] = setups;
            const outcome: Outcome =
                setup === undefined
                    ? runInTransaction(project, cls, method, options)
                    : {
                          verdict: 'UNSUPPORTED',
                          message: '@TestSetup (its records carried into each test method)',
                          stack: [`${setup.loc.file}:${setup.loc.line}`],
                          log: []
                      };
            results.push({ className: cls.name, method: method.name, ...outcome });
        }
    }
    return results;
}
