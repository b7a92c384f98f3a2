import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ApexSyntaxError } from '../parser/syntax-error';
import { formatLog } from './debug-log';
import { executeAnonymous } from './execute';
import { loadProject } from './project';

const USAGE = 'usage: npm run apex:exec -- FILE.apex [--project DIR]';

/** Exit status: 0 ran to the end, 1 an uncaught Apex exception, 2 usage or syntax error, 3 UNSUPPORTED. */
function main(argv: string[]): number {
    let file: string | undefined;
    let projectDir = process.cwd();
    for (let index = 0; index < argv.length; index++) {
        const arg = argv[index];
        if (arg === '--project') {
            projectDir = resolve(argv[++index] ?? '');
        } else if (arg !== undefined && !arg.startsWith('--') && file === undefined) {
            file = arg;
        } else {
            console.error(USAGE);
            return 2;
        }
    }
    if (file === undefined) {
        console.error(USAGE);
        return 2;
    }
    try {
        const project = loadProject(projectDir);
        const execution = executeAnonymous(project, basename(file), readFileSync(file, 'utf8'));
        process.stdout.write(formatLog(execution.events));
        return execution.outcome === 'success' ? 0 : execution.outcome === 'exception' ? 1 : 3;
    } catch (error) {
        if (error instanceof ApexSyntaxError) {
            console.error(`Syntax error: ${error.message}`);
            return 2;
        }
        throw error;
    }
}

process.exitCode = main(process.argv.slice(2));
