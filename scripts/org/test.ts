import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath, projectRoot } from '../lib/project';
import { OrgLayerError, parseSfJson, resolveTargetOrg, runOrgScript, runSf } from './org';

const requiredCoveragePercent = 90;
const testWaitMinutes = 60;

/** One test method's result as `sf apex run test --json` reports it. */
export interface ApexTestResult {
    FullName?: string;
    MethodName?: string;
    Outcome?: string;
    Message?: string | null;
    StackTrace?: string | null;
    ApexClass?: { Name?: string } | null;
}

/** The summary of a run as `sf apex run test --json` reports it. */
export interface ApexTestSummary {
    outcome?: string;
    testsRan?: number;
    passing?: number;
    failing?: number;
    skipped?: number;
    orgWideCoverage?: string;
    testRunCoverage?: string;
    testRunId?: string;
}

interface TestRunAnswer {
    status: number;
    message?: string;
    result?: { summary?: ApexTestSummary; tests?: ApexTestResult[] };
}

/** A finished test run: its summary and every method result sf returned. */
export interface ApexTestRun {
    summary: ApexTestSummary;
    tests: ApexTestResult[];
}

/** Whether a method result is a failure (anything but a pass or a skip). */
export function isFailure(test: ApexTestResult): boolean {
    return test.Outcome !== 'Pass' && test.Outcome !== 'Skip';
}

/**
 * Runs Apex tests in the org and keeps sf's own files and answer under resultsDir.
 * @param which what to run: test-level or class-name flags of `sf apex run test`
 */
export function runApexTests(alias: string, which: string[], resultsDir: string): ApexTestRun {
    rmSync(resultsDir, { recursive: true, force: true });
    mkdirSync(resultsDir, { recursive: true });
    // --output-dir keeps sf's own human-readable and per-run files next to the JSON kept here.
    const run = runSf([
        'apex',
        'run',
        'test',
        ...which,
        '--result-format',
        'human',
        '--output-dir',
        resultsDir,
        '--wait',
        String(testWaitMinutes),
        '--target-org',
        alias,
        '--json'
    ]);
    writeFileSync(join(resultsDir, 'result.json'), run.output);
    const answer = parseSfJson<TestRunAnswer>(run, 'Running the Apex tests');
    const summary = answer.result?.summary;
    if (!summary) {
        throw new OrgLayerError(
            `The Apex test run gave no summary (sf exit ${run.status}): ${answer.message ?? run.output}`
        );
    }
    return { summary, tests: answer.result?.tests ?? [] };
}

function percent(text: string | undefined): number | undefined {
    const value = Number.parseFloat(text ?? '');
    return Number.isNaN(value) ? undefined : value;
}

if (require.main === module) {
    runOrgScript('org:test', () => {
        const alias = resolveTargetOrg();
        const resultsDir = join(projectRoot, '.tmp', 'org-test');
        console.log(`Running local Apex tests in '${alias}' (up to ${testWaitMinutes} minutes)...`);
        const { summary, tests } = runApexTests(
            alias,
            ['--test-level', 'RunLocalTests', '--code-coverage'],
            resultsDir
        );
        const failures = tests.filter(isFailure);
        const coverage = percent(summary.orgWideCoverage);
        const lines = [
            `Outcome: ${summary.outcome ?? 'unknown'} (run ${summary.testRunId ?? '?'})`,
            `Tests: ${summary.testsRan ?? 0} ran, ${summary.passing ?? 0} passed, ${summary.failing ?? 0} failed, ${summary.skipped ?? 0} skipped`,
            `Coverage: org-wide ${summary.orgWideCoverage ?? 'unknown'}, this run ${summary.testRunCoverage ?? 'unknown'} (required: ${requiredCoveragePercent}% org-wide)`,
            ...failures.map((test) =>
                `FAILED ${test.FullName ?? '?'}: ${test.Message ?? ''}\n${test.StackTrace ?? ''}`.trim()
            )
        ];
        writeFileSync(join(resultsDir, 'summary.txt'), `${lines.join('\n')}\n`);
        console.log(lines.join('\n'));
        console.log(`Results: ${projectPath(resultsDir)}/`);

        const problems: string[] = [];
        if (failures.length > 0 || (summary.failing ?? 0) > 0) {
            problems.push(`${Math.max(failures.length, summary.failing ?? 0)} Apex test(s) failed`);
        }
        if ((summary.testsRan ?? 0) === 0) {
            problems.push('no Apex test ran');
        }
        if (coverage === undefined || coverage < requiredCoveragePercent) {
            problems.push(
                `org-wide coverage ${summary.orgWideCoverage ?? 'unknown'} is below ${requiredCoveragePercent}%`
            );
        }
        if (problems.length > 0) {
            throw new OrgLayerError(problems.join('; '));
        }
        console.log('org:test: all Apex tests passed and coverage is sufficient.');
    });
}
