import { join } from 'node:path';
import { finishGate, projectRoot, runCommand } from '../lib/project';

/**
 * Apex compiles: apex-ls checks every class and trigger against the project's own
 * objects, fields and labels and the platform type library (API 65.0). Warnings
 * count as failures too (unused or unreachable code, deprecated calls): the issue
 * this gate serves says any issue fails, and a warning left in place hides the
 * next one.
 */
const JAVA_LIB = join(projectRoot, 'node_modules', '@salesforce', 'code-analyzer-pmd-engine', 'dist', 'java-lib', '*');

function main(): void {
    const java = runCommand('java', ['-version']);
    if (java.status !== 0) {
        finishGate('apex-compile', [
            'Java 17 is needed for the Apex semantic check: apt-get install -y openjdk-17-jre-headless'
        ]);
        return;
    }
    // -n: no cache, so every run checks the files as they are now.
    const result = runCommand('java', [
        '-cp',
        JAVA_LIB,
        'io.github.apexdevtools.apexls.CheckForIssues',
        '-n',
        '-w',
        projectRoot
    ]);
    const issues = result.output
        .split('\n')
        .map((line) => line.split(`${projectRoot}/`).join(''))
        .filter((line) => line.trim().length > 0);
    if (result.status === 0 && issues.length === 0) {
        finishGate('apex-compile', []);
        return;
    }
    finishGate('apex-compile', issues.length > 0 ? issues : [`apex-ls ended with status ${result.status}`]);
}

main();
