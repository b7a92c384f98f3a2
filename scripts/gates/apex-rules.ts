import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    EventType,
    LogLevel,
    SeverityLevel,
    type EngineLogEvent,
    type LogEvent
} from '@salesforce/code-analyzer-core';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import { finishGate, listFiles, projectPath, projectRoot, sourceRoot } from '../lib/project';

/**
 * Apex rules: the Code Analyzer PMD engine with the AppExchange and Security
 * rules (what security review looks for) plus the performance and test rules
 * named below. Severity 1 and 2 fail the gate; the named rules are raised to 2
 * because they are errors in this project, not advice.
 */
const RAISED_RULES = [
    'OperationWithLimitsInLoop',
    'ApexSharingViolations',
    'ApexUnitTestClassShouldHaveAsserts',
    'ApexAssertionsShouldIncludeMessage',
    'ApexUnitTestShouldNotUseSeeAllDataTrue',
    'ApexUnitTestMethodShouldHaveIsTestAnnotation',
    'AvoidGlobalModifier'
] as const;
const TAG_SELECTORS = ['pmd:AppExchange', 'pmd:Security'];
const FAILING_SEVERITY = SeverityLevel.High;

/** A suppression must say why, in at least a few words, on its own line or the one above. */
const NOPMD = /\/\/\s*NOPMD\b(.*)$/;
const SUPPRESS_WARNINGS = /@SuppressWarnings\s*\(\s*'PMD/i;
const MIN_REASON_WORDS = 3;

function unexplainedSuppressions(): string[] {
    const problems: string[] = [];
    for (const file of listFiles(sourceRoot, (name) => /\.(cls|trigger)$/.test(name))) {
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, index) => {
            const where = `${projectPath(file)}:${index + 1}`;
            const nopmd = NOPMD.exec(line);
            if (nopmd && (nopmd[1] ?? '').trim().split(/\s+/).filter(Boolean).length < MIN_REASON_WORDS) {
                problems.push(`${where}: NOPMD without a written reason after it`);
            }
            const previous = index > 0 ? (lines[index - 1] ?? '') : '';
            if (SUPPRESS_WARNINGS.test(line) && !/\/\/|\/\*|\*/.test(previous) && !line.includes('//')) {
                problems.push(`${where}: @SuppressWarnings without a comment giving the reason`);
            }
        });
    }
    return problems;
}

async function main(): Promise<void> {
    const workFolder = join(projectRoot, '.tmp', 'code-analyzer');
    mkdirSync(workFolder, { recursive: true });
    const config = CodeAnalyzerConfig.fromObject({
        config_root: projectRoot,
        log_folder: workFolder,
        root_working_folder: workFolder,
        rules: { pmd: Object.fromEntries(RAISED_RULES.map((rule) => [rule, { severity: FAILING_SEVERITY }])) }
    });
    const analyzer = new CodeAnalyzer(config);
    const problems: string[] = [];
    const onLog = (event: LogEvent | EngineLogEvent): void => {
        // A file PMD cannot parse is skipped and only logged: treat it as a failure.
        if (event.logLevel === LogLevel.Error) {
            problems.push(`analyzer error: ${event.message.split(`${projectRoot}/`).join('')}`);
        }
    };
    analyzer.onEvent(EventType.LogEvent, onLog);
    analyzer.onEvent(EventType.EngineLogEvent, onLog);
    await analyzer.addEnginePlugin(pmdEngine.createEnginePlugin());

    const workspace = await analyzer.createWorkspace([join(projectRoot, 'force-app')]);
    const selectors = [...TAG_SELECTORS, ...RAISED_RULES.map((rule) => `pmd:${rule}`)];
    const selection = await analyzer.selectRules(selectors, { workspace });
    const selected = new Set(selection.getRulesFor('pmd').map((rule) => rule.getName()));
    // An unknown rule name selects nothing without a word: check each one is there.
    for (const rule of RAISED_RULES) {
        if (!selected.has(rule)) {
            problems.push(`rule ${rule} is not offered by this PMD engine version: fix the rule list`);
        }
    }

    const results = await analyzer.run(selection, { workspace });
    let advisories = 0;
    for (const violation of results.getViolations()) {
        const rule = violation.getRule();
        const location = violation.getPrimaryLocation();
        const where = `${projectPath(location.getFile() ?? '')}:${location.getStartLine() ?? 0}`;
        const line = `${where}: ${rule.getName()} (severity ${rule.getSeverityLevel()}) ${violation.getMessage()}`;
        if (rule.getSeverityLevel() <= FAILING_SEVERITY) {
            problems.push(line);
        } else {
            advisories++;
            console.log(`advice: ${line}`);
        }
    }
    problems.push(...unexplainedSuppressions());
    console.log(`${selected.size} rules run, ${advisories} advisory finding(s).`);
    finishGate('apex-rules', problems);
}

main().catch((error: unknown) => {
    finishGate('apex-rules', [`analyzer failed: ${String(error)}`]);
});
