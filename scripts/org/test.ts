import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath, projectRoot } from '../lib/project';
import { OrgLayerError, parseSfJson, resolveTargetOrg, runOrgScript, runSf } from './org';

const resultsDir = join(projectRoot, '.tmp', 'org-test');
const requiredCoveragePercent = 90;
const testWaitMinutes = 60;

interface TestRunAnswer {
    status: number;
    message?: string;
    result?: {
        summary?: {
            outcome?: string;
            testsRan?: number;
            passing?: number;
            failing?: number;
            skipped?: number;
            orgWideCoverage?: string;
            testRunCoverage?: string;
            testRunId?: string;
        };
        tests?: { FullName?: string; Outcome?: string; Message?: string | null; StackTrace?: string | null }[];
    };
}

function percent(text: string | undefined): number | undefined {
    const value = Number.parseFloat(text ?? '');
    return Number.isNaN(value) ? undefined : value;
}

runOrgScript('org:test', () => {
    const alias = resolveTargetOrg();
    rmSync(resultsDir, { recursive: true, force: true });
    mkdirSync(resultsDir, { recursive: true });
    console.log(`Running local Apex tests in '${alias}' (up to ${testWaitMinutes} minutes)...`);
    // --output-dir keeps sf's own human-readable and per-run files next to the JSON kept here.
    const run = runSf([
        'apex',
        'run',
        'test',
        '--test-level',
        'RunLocalTests',
        '--code-coverage',
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
    const failures = (answer.result?.tests ?? []).filter((test) => test.Outcome !== 'Pass' && test.Outcome !== 'Skip');
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
        problems.push(`org-wide coverage ${summary.orgWideCoverage ?? 'unknown'} is below ${requiredCoveragePercent}%`);
    }
    if (problems.length > 0) {
        throw new OrgLayerError(problems.join('; '));
    }
    console.log('org:test: all Apex tests passed and coverage is sufficient.');
});
