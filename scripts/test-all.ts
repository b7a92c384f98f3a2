import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, runNpmScript } from './lib/project';

/** Every offline gate, in the order a failure is cheapest to find. */
const GATES: { name: string; script: string }[] = [
    { name: 'types', script: 'check:types' },
    { name: 'lint', script: 'check:lint' },
    { name: 'format', script: 'check:format' },
    { name: 'unit', script: 'check:unit' },
    { name: 'apex-compile', script: 'check:apex' },
    { name: 'apex-rules', script: 'check:apex-rules' },
    { name: 'metadata', script: 'check:metadata' },
    { name: 'project', script: 'check:project' },
    { name: 'runtime', script: 'test:runtime' },
    { name: 'apex-tests', script: 'check:apex-tests' },
    { name: 'browser', script: 'check:browser' },
    { name: 'seeded-defects', script: 'check:gates' }
];

const TAIL_LINES = 60;

/** Runs the gates (all, or those named on the command line) and ends with "N passed, N failed". */
async function main(requested: string[]): Promise<void> {
    const unknown = requested.filter((name) => !GATES.some((gate) => gate.name === name));
    if (unknown.length > 0) {
        console.error(`Unknown gate(s): ${unknown.join(', ')}. Gates: ${GATES.map((gate) => gate.name).join(', ')}`);
        process.exitCode = 2;
        return;
    }
    const selected = requested.length === 0 ? GATES : GATES.filter((gate) => requested.includes(gate.name));
    const logFolder = join(projectRoot, '.tmp', 'gates');
    mkdirSync(logFolder, { recursive: true });
    let passed = 0;
    let failed = 0;
    for (const gate of selected) {
        const started = Date.now();
        const { status, output } = await runNpmScript(gate.script, projectRoot);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        writeFileSync(join(logFolder, `${gate.name}.log`), output);
        if (status === 0) {
            passed++;
            console.log(`PASS  ${gate.name.padEnd(15)} ${seconds.padStart(6)} s`);
        } else {
            failed++;
            console.log(`FAIL  ${gate.name.padEnd(15)} ${seconds.padStart(6)} s  (npm run ${gate.script})`);
            const lines = output.trimEnd().split('\n');
            console.log(
                lines
                    .slice(-TAIL_LINES)
                    .map((line) => `      | ${line}`)
                    .join('\n')
            );
        }
    }
    process.exitCode = failed === 0 ? 0 : 1;
    console.log(`${passed} passed, ${failed} failed`);
}

void main(process.argv.slice(2));
