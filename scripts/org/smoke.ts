import { join } from 'node:path';
import { projectPath, projectRoot } from '../lib/project';
import { deployProject } from './deploy';
import { emailDeliverability } from './email';
import { OrgLayerError, resolveTargetOrg, runOrgScript } from './org';
import { ApexTestRun, isFailure, runApexTests } from './test';

/**
 * The test classes the platform review named as the riskiest, by finding. They run first,
 * so the answer to "does it work in an org" comes early; a class serving two findings runs once.
 */
const riskiestByFinding: Record<string, string[]> = {
    'T1 upserts on their keys': [
        'ConductServiceTest',
        'DirectConversationServiceTest',
        'ExchangeGateTest',
        'GroupServiceTest',
        'ModerationServiceTest',
        'NotificationServiceTest'
    ],
    "T2 the member's user-mode read of a resource": ['RepositoryBrowseControllerTest', 'RepositoryResourceServiceTest'],
    'T3 mixed DML in the membership tests': [
        'MembershipSyncJobTest',
        'MembershipSyncServiceTest',
        'MembershipTriggerHandlerTest'
    ],
    'T4 files created by site users': [
        'GroupFileControllerTest',
        'GroupFileSelectorTest',
        'GroupFileServiceTest',
        'GroupSearchServiceTest',
        'GroupsPersonalDataTest',
        'RepositoryIntakeServiceTest',
        'RepositoryResourceSelectorTest',
        'RepositorySelectorTest',
        'RepositorySubmissionServiceTest',
        'UploadRulesTest'
    ],
    'T6 possible extra failures': [
        'ColleagueServiceTest',
        'DiscussionServiceTest',
        'ExchangeMailTest',
        'InsightsSelectorTest',
        'RepositorySearchSelectorTest'
    ]
};
const riskiestClasses = [...new Set(Object.values(riskiestByFinding).flat())];
const resultsRoot = join(projectRoot, '.tmp', 'org-smoke');

interface ClassCount {
    name: string;
    passed: number;
    failed: number;
}

/** Counts what the run reported, per class; a class the run did not report has no row. */
function countByClass(run: ApexTestRun): Map<string, ClassCount> {
    const counts = new Map<string, ClassCount>();
    for (const test of run.tests) {
        const name = test.ApexClass?.Name ?? test.FullName?.split('.')[0] ?? '?';
        const count = counts.get(name) ?? { name, passed: 0, failed: 0 };
        if (isFailure(test)) {
            count.failed++;
        } else if (test.Outcome === 'Pass') {
            count.passed++;
        }
        counts.set(name, count);
    }
    return counts;
}

/**
 * Prints one row per class: the expected classes in their order, each with what the run
 * reported or "not reported", then any other class the run reported.
 * @return the problems the table shows
 */
function printTable(title: string, run: ApexTestRun, expected: string[]): string[] {
    const counts = countByClass(run);
    const names = [...expected, ...[...counts.keys()].filter((name) => !expected.includes(name)).sort()];
    const width = Math.max(5, ...names.map((name) => name.length));
    console.log(`\n${title}`);
    console.log(`${'class'.padEnd(width)}  passed  failed`);
    const problems: string[] = [];
    for (const name of names) {
        const count = counts.get(name);
        if (!count) {
            console.log(`${name.padEnd(width)}  not reported`);
            problems.push(`${name} was not reported`);
            continue;
        }
        console.log(`${name.padEnd(width)}  ${String(count.passed).padStart(6)}  ${String(count.failed).padStart(6)}`);
        if (count.failed > 0) {
            problems.push(`${name}: ${count.failed} failed`);
        }
    }
    const summary = run.summary;
    console.log(
        `${summary.testsRan ?? 0} ran, ${summary.passing ?? 0} passed, ${summary.failing ?? 0} failed (outcome ${summary.outcome ?? 'unknown'})`
    );
    if ((summary.testsRan ?? 0) === 0) {
        problems.push('no test ran');
    }
    return problems;
}

/**
 * Smoke test of an authorised org: deploys, runs the riskiest test classes, then every
 * local test, and prints what each class reported. Without an org it says it was skipped.
 */
runOrgScript('org:smoke', () => {
    let alias: string;
    try {
        alias = resolveTargetOrg();
    } catch (error) {
        if (error instanceof OrgLayerError) {
            console.log(`org:smoke skipped: no org to run in.\n${error.message}`);
            return;
        }
        throw error;
    }
    deployProject(alias);
    const email = emailDeliverability(alias);
    console.log(
        `Email from Apex: ${email.allowed ? 'allowed' : `refused (${email.detail}); the email assertions will fail`}.`
    );
    const riskiest = runApexTests(
        alias,
        riskiestClasses.flatMap((name) => ['--class-names', name]),
        join(resultsRoot, 'riskiest')
    );
    const problems = printTable('Riskiest classes (platform review)', riskiest, riskiestClasses);
    const everything = runApexTests(alias, ['--test-level', 'RunLocalTests'], join(resultsRoot, 'all'));
    problems.push(...printTable('All local tests', everything, []));
    console.log(`\nResults: ${projectPath(resultsRoot)}/`);
    if (problems.length > 0) {
        throw new OrgLayerError([...new Set(problems)].join('; '));
    }
    console.log('org:smoke: every reported test passed.');
});
