import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApexSyntaxError } from '../parser/syntax-error';
import { CoverageRecorder, measuredFiles, percentage, type FileCoverage } from './coverage';
import { formatLog } from './debug-log';
import { loadProject } from './project';
import { COVERAGE_TARGET, judge, overallCoverage, readBaseline, writeBaseline } from './test-gate';
import { runTests, testClasses, type TestResult, type Verdict } from './test-runner';

const USAGE =
    'usage: npm run apex:test -- [--class Name] [--project DIR] [--json FILE] [--logs DIR] [--gate | --ratchet]';
const VERDICTS: readonly Verdict[] = ['PASS', 'FAIL', 'UNSUPPORTED', 'NEEDS ORG', 'ERROR'];

interface Options {
    className?: string;
    projectDir: string;
    jsonFile?: string;
    logsDir?: string;
    mode: 'report' | 'gate' | 'ratchet';
}

function parseArgs(argv: string[]): Options | null {
    const options: Options = { projectDir: process.cwd(), mode: 'report' };
    for (let index = 0; index < argv.length; index++) {
        const flag = argv[index];
        if (flag === '--gate' || flag === '--ratchet') {
            if (options.mode !== 'report') return null;
            options.mode = flag === '--gate' ? 'gate' : 'ratchet';
            continue;
        }
        const value = argv[index + 1];
        if (value === undefined) return null;
        switch (flag) {
            case '--class':
                options.className = value;
                break;
            case '--project':
                options.projectDir = resolve(value);
                break;
            case '--json':
                options.jsonFile = resolve(value);
                break;
            case '--logs':
                options.logsDir = resolve(value);
                break;
            default:
                return null;
        }
        index++;
    }
    // The baseline is about the whole suite: one class's run would cover too little.
    return options.mode !== 'report' && options.className !== undefined ? null : options;
}

function report(result: TestResult): string {
    const head = `${result.verdict.padEnd(11)} ${result.className}.${result.method}`;
    const message = result.message === '' ? '' : `\n            ${result.message.split('\n').join('\n            ')}`;
    const stack = result.stack.map((frame) => `\n            at ${frame}`).join('');
    return `${head}${message}${stack}`;
}

function coverageReport(coverage: readonly FileCoverage[]): string {
    const rows = [...coverage]
        .sort((left, right) => left.file.localeCompare(right.file))
        .map(
            (file) =>
                `${String(percentage(file.covered, file.coverable)).padStart(5)} %  ${String(file.covered).padStart(4)}/${String(file.coverable).padEnd(4)} ${file.file}`
        );
    return `\nCoverage (statement lines, test classes excluded):\n${rows.join('\n')}\n${String(overallCoverage(coverage)).padStart(5)} %  overall (target ${COVERAGE_TARGET} %)`;
}

function writeLogs(directory: string, results: readonly TestResult[]): void {
    mkdirSync(directory, { recursive: true });
    for (const result of results) {
        const unit = `${result.className}.${result.method}`;
        writeFileSync(join(directory, `${unit}.log`), formatLog(result.log, unit));
    }
}

/**
 * Runs the tests, prints each verdict, the coverage per class and the counts. `--gate` fails
 * (exit 1) when the run falls behind the baseline (see test-gate.ts); `--ratchet` shrinks the
 * baseline to what still cannot run and raises its coverage floor. Without either it only reports.
 */
function main(argv: string[]): number {
    const options = parseArgs(argv);
    if (options === null) {
        console.error(USAGE);
        return 2;
    }
    const started = Date.now();
    try {
        const project = loadProject(options.projectDir);
        const classes = testClasses(project, options.className);
        if (classes.length === 0) {
            console.error(
                options.className === undefined ? 'No @IsTest classes found.' : `No @IsTest class ${options.className}.`
            );
            return 2;
        }
        const recorder = new CoverageRecorder();
        const results = runTests(project, classes, { coverage: recorder });
        const coverage = recorder.report(measuredFiles(project.compilationUnits, project.triggers));
        results.forEach((result) => console.log(report(result)));
        console.log(coverageReport(coverage));
        const counts = VERDICTS.map(
            (verdict) => `${results.filter((result) => result.verdict === verdict).length} ${verdict}`
        );
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`\n${results.length} test methods: ${counts.join(', ')} (${seconds} s)`);
        if (options.jsonFile !== undefined) {
            const json = {
                results: results.map(({ className, method, verdict, message, stack }) => ({
                    className,
                    method,
                    verdict,
                    message,
                    stack
                })),
                coverage: { overall: overallCoverage(coverage), files: coverage }
            };
            writeFileSync(options.jsonFile, `${JSON.stringify(json, null, 2)}\n`);
        }
        if (options.logsDir !== undefined) {
            writeLogs(options.logsDir, results);
        }
        if (options.mode === 'report') {
            return 0;
        }
        const baseline = readBaseline();
        const verdict = judge(results, coverage, baseline);
        if (options.mode === 'ratchet') {
            writeBaseline(verdict.ratcheted);
            console.log(
                `Baseline: ${verdict.ratcheted.notYetRunning.length} methods not yet running, coverage floor ${verdict.ratcheted.coverageFloor} %.`
            );
            return 0;
        }
        verdict.problems.forEach((problem) => console.log(`GATE  ${problem}`));
        console.log(
            verdict.problems.length === 0
                ? `Gate passed: nothing fell behind the baseline (${baseline.notYetRunning.length} methods not yet running).`
                : `Gate failed: ${verdict.problems.length} problem(s).`
        );
        return verdict.problems.length === 0 ? 0 : 1;
    } catch (error) {
        if (error instanceof ApexSyntaxError) {
            console.error(`Syntax error: ${error.message}`);
            return 2;
        }
        throw error;
    }
}

process.exitCode = main(process.argv.slice(2));
