import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../lib/project';
import { runOrgScript, sf, targetOrg } from './org';

const REQUIRED_COVERAGE = 90;

interface TestRunResult {
    result?: {
        summary?: {
            outcome?: string;
            testsRan?: number;
            failing?: number;
            orgWideCoverage?: string;
            testRunCoverage?: string;
        };
    };
}

/**
 * npm run org:test — every local Apex test with coverage. Human and JSON results
 * go to .tmp/org-test/; fails when a test fails or coverage is under 90 %.
 */
runOrgScript('org:test', () => {
    const org = targetOrg();
    const folder = join(projectRoot, '.tmp', 'org-test');
    mkdirSync(folder, { recursive: true });
    const run = sf([
        'apex',
        'run',
        'test',
        '--test-level',
        'RunLocalTests',
        '--code-coverage',
        '--wait',
        '60',
        '--target-org',
        org,
        '--json'
    ]);
    writeFileSync(join(folder, 'result.json'), run.output);
    let parsed: TestRunResult;
    try {
        parsed = JSON.parse(run.output) as TestRunResult;
    } catch {
        throw new Error(`The test run did not answer with JSON:\n${run.output}`);
    }
    const summary = parsed.result?.summary;
    if (!summary) {
        throw new Error(`The test run returned no summary:\n${run.output}`);
    }
    const human = sf(['apex', 'get', 'test', '--target-org', org, '--code-coverage', '--result-format', 'human']);
    writeFileSync(join(folder, 'result.txt'), human.output);
    const coverage = Number.parseFloat(summary.testRunCoverage ?? summary.orgWideCoverage ?? '0');
    console.log(
        `Apex tests in ${org}: ${summary.outcome}, ${summary.testsRan} ran, ${summary.failing} failing, coverage ${coverage} %.`
    );
    console.log('Results: .tmp/org-test/result.json and result.txt');
    if (summary.outcome !== 'Passed' || (summary.failing ?? 1) > 0) {
        throw new Error('Apex tests failed.');
    }
    if (coverage < REQUIRED_COVERAGE) {
        throw new Error(`Coverage ${coverage} % is under the required ${REQUIRED_COVERAGE} %.`);
    }
});
