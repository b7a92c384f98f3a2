import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApexSyntaxError } from '../parser/syntax-error';
import { loadProject } from './project';
import { runTests, testClasses, type TestResult, type Verdict } from './test-runner';

const USAGE = 'usage: npm run apex:test -- [--class Name] [--project DIR] [--json FILE]';
const VERDICTS: readonly Verdict[] = ['PASS', 'FAIL', 'UNSUPPORTED', 'NEEDS ORG', 'ERROR'];

function parseArgs(argv: string[]): { className?: string; projectDir: string; jsonFile?: string } | null {
    const options: { className?: string; projectDir: string; jsonFile?: string } = { projectDir: process.cwd() };
    for (let index = 0; index < argv.length; index++) {
        const value = argv[index + 1];
        switch (argv[index]) {
            case '--class':
                if (value === undefined) return null;
                options.className = value;
                break;
            case '--project':
                if (value === undefined) return null;
                options.projectDir = resolve(value);
                break;
            case '--json':
                if (value === undefined) return null;
                options.jsonFile = resolve(value);
                break;
            default:
                return null;
        }
        index++;
    }
    return options;
}

function report(result: TestResult): string {
    const head = `${result.verdict.padEnd(11)} ${result.className}.${result.method}`;
    const message = result.message === '' ? '' : `\n            ${result.message.split('\n').join('\n            ')}`;
    const stack = result.stack.map((frame) => `\n            at ${frame}`).join('');
    return `${head}${message}${stack}`;
}

/**
 * Prints each test's verdict and the counts. Not yet a failing gate: it exits 0 whatever the
 * verdicts, until the runtime can run the project's suite (decision 0034).
 */
function main(argv: string[]): number {
    const options = parseArgs(argv);
    if (options === null) {
        console.error(USAGE);
        return 2;
    }
    try {
        const project = loadProject(options.projectDir);
        const classes = testClasses(project, options.className);
        if (classes.length === 0) {
            console.error(
                options.className === undefined ? 'No @IsTest classes found.' : `No @IsTest class ${options.className}.`
            );
            return 2;
        }
        const results = runTests(project, classes);
        results.forEach((result) => console.log(report(result)));
        const counts = VERDICTS.map(
            (verdict) => `${results.filter((result) => result.verdict === verdict).length} ${verdict}`
        );
        console.log(`\n${results.length} test methods: ${counts.join(', ')}`);
        if (options.jsonFile !== undefined) {
            writeFileSync(options.jsonFile, `${JSON.stringify(results, null, 2)}\n`);
        }
        return 0;
    } catch (error) {
        if (error instanceof ApexSyntaxError) {
            console.error(`Syntax error: ${error.message}`);
            return 2;
        }
        throw error;
    }
}

process.exitCode = main(process.argv.slice(2));
