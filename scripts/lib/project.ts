import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The project folder the scripts work on: the current directory when it holds an
 * sfdx-project.json (so a gate can be pointed at a seeded copy), else the
 * repository this script lives in.
 */
export const projectRoot: string = existsSync(join(process.cwd(), 'sfdx-project.json'))
    ? process.cwd()
    : resolve(__dirname, '..', '..');

/** Source folder of the package. */
export const sourceRoot: string = join(projectRoot, 'force-app', 'main', 'default');

/** Path relative to the project, with forward slashes, for messages. */
export function projectPath(path: string): string {
    return relative(projectRoot, path).split('\\').join('/');
}

/** Every file below `dir` (recursively) whose name passes `accept`. */
export function listFiles(dir: string, accept: (name: string) => boolean = () => true): string[] {
    if (!existsSync(dir)) {
        return [];
    }
    const found: string[] = [];
    for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
            if (entry !== 'node_modules' && entry !== '.git') {
                found.push(...listFiles(path, accept));
            }
        } else if (accept(entry)) {
            found.push(path);
        }
    }
    return found.sort();
}

export interface CommandResult {
    status: number;
    output: string;
}

/** Runs a command to completion and returns its exit status and combined output. */
export function runCommand(
    command: string,
    args: string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): CommandResult {
    const result = spawnSync(command, args, {
        cwd: options.cwd ?? projectRoot,
        env: { ...process.env, ...options.env },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024
    });
    if (result.error) {
        return { status: 127, output: String(result.error) };
    }
    return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** An npm script's exit status and output, without blocking what else the caller runs meanwhile. */
export function runNpmScript(script: string, cwd: string): Promise<CommandResult> {
    return new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', script], { cwd, env: process.env });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', (error) => resolve({ status: 127, output: `${output}\n${String(error)}` }));
        child.on('close', (code) => resolve({ status: code ?? 1, output }));
    });
}

/** Ends a gate: prints the problems (if any) and sets the exit code. */
export function finishGate(gate: string, problems: string[]): void {
    if (problems.length === 0) {
        console.log(`${gate}: no problems`);
        return;
    }
    for (const problem of problems) {
        console.error(problem);
    }
    console.error(`${gate}: ${problems.length} problem(s)`);
    process.exitCode = 1;
}
