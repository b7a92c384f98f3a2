import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasQueuedJobs, runJobsLeftAtEnd } from '../interpreter/async-jobs';
import { deliverEventsLeftAtEnd, hasPendingEvents } from '../interpreter/event-bus';
import { ApexThrow } from '../interpreter/errors';
import type { ClassInfo, MethodInfo } from '../types/class-table';
import { UnsupportedError } from '../unsupported';
import { describeUncaught } from './execute';
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
function runInTransaction(
    project: LoadedProject,
    cls: ClassInfo,
    method: MethodInfo,
    role: 'setup' | 'test'
): { verdict: Verdict; message: string; stack: string[] } {
    const interpreter = newTransaction(project, true);
    try {
        interpreter.runStaticMethod(cls, method.name);
        // What runs after a test method is documented for test methods only (async-jobs.ts).
        if (role === 'setup' && (hasPendingEvents(interpreter) || hasQueuedJobs(interpreter))) {
            throw new UnsupportedError('asynchronous Apex or platform events left by a @TestSetup method');
        }
        deliverEventsLeftAtEnd(interpreter);
        runJobsLeftAtEnd(interpreter);
        return { verdict: 'PASS', message: '', stack: [] };
    } catch (error) {
        if (error instanceof ApexThrow) {
            const uncaught = describeUncaught(error);
            const frames = error.exception.exception?.stack ?? [];
            return {
                verdict: 'FAIL',
                message: uncaught.message,
                stack: frames.map((frame) => `${frame.file}:${frame.line}`)
            };
        }
        if (error instanceof UnsupportedError) {
            return {
                verdict: 'UNSUPPORTED',
                message: error.missing,
                stack: error.loc === null ? [] : [`${error.loc.file}:${error.loc.line}`]
            };
        }
        return {
            verdict: 'ERROR',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
            stack: []
        };
    }
}

/**
 * Every test method of the classes, each preceded by the class's @TestSetup methods. Records the
 * setup creates would carry over to each test; the in-memory org that holds them is not built yet,
 * so a setup method that reaches the data is UNSUPPORTED like any other code that does.
 */
export function runTests(project: LoadedProject, classes: readonly ClassInfo[]): TestResult[] {
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
                    stack: []
                });
                continue;
            }
            let outcome = { verdict: 'PASS' as Verdict, message: '', stack: [] as string[] };
            for (const setup of setups) {
                outcome = runInTransaction(project, cls, setup, 'setup');
                if (outcome.verdict !== 'PASS') {
                    outcome = { ...outcome, message: `@TestSetup ${setup.name}: ${outcome.message}` };
                    break;
                }
            }
            if (outcome.verdict === 'PASS') {
                outcome = runInTransaction(project, cls, method, 'test');
            }
            results.push({ className: cls.name, method: method.name, ...outcome });
        }
    }
    return results;
}
