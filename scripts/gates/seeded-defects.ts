import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, copyFileSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listFiles, projectRoot, runCommand, runNpmScript } from '../lib/project';
import type { SeededDefect } from './seeds/seeded-defect';
import { seeds as apexSeeds } from './seeds/apex';
import { seeds as apexTestSeeds } from './seeds/apex-tests';
import { seeds as browserSeeds } from './seeds/browser';
import { seeds as formatSeeds } from './seeds/format';
import { seeds as lintSeeds } from './seeds/lint';
import { seeds as metadataSeeds } from './seeds/metadata';
import { seeds as platformSeeds } from './seeds/platform';
import { seeds as projectSeeds } from './seeds/project';
import { seeds as runtimeSeeds } from './seeds/runtime';
import { seeds as typescriptSeeds } from './seeds/typescript';
import { seeds as unitSeeds } from './seeds/unit';

/**
 * Proves every gate can fail: each seeded defect is planted in a fresh copy of
 * the project, the gate runs there, and it must fail with the expected message.
 */
const SEEDS_FOLDER = join(__dirname, 'seeds');
const NOT_COPIED = /^(node_modules|\.git|\.tmp|coverage|preview\/dist|preview\/out)(\/|$)/;

function projectFiles(): string[] {
    const git = runCommand('git', ['ls-files', '-co', '--exclude-standard'], { cwd: projectRoot });
    if (git.status === 0) {
        return git.output.split('\n').filter((path) => path.length > 0 && existsSync(join(projectRoot, path)));
    }
    return listFiles(projectRoot)
        .map((file) => file.slice(projectRoot.length + 1))
        .filter((path) => !NOT_COPIED.test(path));
}

function copyProject(files: string[]): string {
    const copy = mkdtempSync(join(tmpdir(), 'chs-exchange-seed-'));
    for (const path of files) {
        mkdirSync(dirname(join(copy, path)), { recursive: true });
        copyFileSync(join(projectRoot, path), join(copy, path));
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
    return copy;
}

/** Every seeds file, by file name; a file missing here would be skipped, so main() refuses to run. */
const SEEDS_BY_FILE: Record<string, SeededDefect[]> = {
    'apex.ts': apexSeeds,
    'apex-tests.ts': apexTestSeeds,
    'browser.ts': browserSeeds,
    'format.ts': formatSeeds,
    'lint.ts': lintSeeds,
    'metadata.ts': metadataSeeds,
    'platform.ts': platformSeeds,
    'project.ts': projectSeeds,
    'runtime.ts': runtimeSeeds,
    'typescript.ts': typescriptSeeds,
    'unit.ts': unitSeeds
};
const HELPER_FILES = ['seeded-defect.ts', 'edit.ts'];

function unlistedSeedFiles(): string[] {
    return readdirSync(SEEDS_FOLDER).filter(
        (name) => name.endsWith('.ts') && !HELPER_FILES.includes(name) && !(name in SEEDS_BY_FILE)
    );
}

function selectSeeds(filter: string[]): SeededDefect[] {
    const seeds = Object.values(SEEDS_BY_FILE).flat();
    return filter.length === 0 ? seeds : seeds.filter((seed) => filter.some((word) => seed.gate.includes(word)));
}

/** What one seeded defect came to, and its gate's output when it did not fail as expected. */
interface SeedOutcome {
    verdict: string;
    seconds: string;
    tail?: string;
}

async function plant(seed: SeededDefect, files: string[]): Promise<SeedOutcome> {
    const copy = copyProject(files);
    const seedStart = Date.now();
    let verdict: string;
    let tail: string | undefined;
    try {
        seed.apply(copy);
        const result = await runNpmScript(seed.gate, copy);
        if (result.status === 0) {
            verdict = 'MISSED';
        } else if (!seed.expect.test(result.output)) {
            verdict = 'WRONG REASON';
            tail = result.output
                .trimEnd()
                .split('\n')
                .slice(-15)
                .map((line) => `        | ${line}`)
                .join('\n');
        } else {
            verdict = 'CAUGHT';
        }
    } catch (error) {
        verdict = `SEED BROKEN: ${String(error)}`;
    } finally {
        rmSync(copy, { recursive: true, force: true });
    }
    return { verdict, seconds: ((Date.now() - seedStart) / 1000).toFixed(1), tail };
}

/**
 * As many lanes as the machine has cores, at most two: each seed runs in its own copy, and
 * the browser gate serves its preview on a port the system chooses, so two seeds never share
 * a file or a port. Two browser seeds never run at once, so Chromium's timeouts are not
 * tested under twice the load the browser gate itself runs with.
 */
const LANES = Math.max(1, Math.min(2, availableParallelism()));
const RUNS_ALONE = new Set(['check:browser']);

async function main(filter: string[]): Promise<void> {
    const unlisted = unlistedSeedFiles();
    if (unlisted.length > 0) {
        console.error(`Seeds file(s) not listed in SEEDS_BY_FILE: ${unlisted.join(', ')}`);
        process.exitCode = 1;
        return;
    }
    const files = projectFiles();
    const waiting = selectSeeds(filter);
    const total = waiting.length;
    const started = Date.now();
    const running = new Set<string>();
    let missed = 0;
    const nextSeed = (): SeededDefect | undefined => {
        const index = waiting.findIndex((seed) => !(RUNS_ALONE.has(seed.gate) && running.has(seed.gate)));
        return index < 0 ? undefined : waiting.splice(index, 1)[0];
    };
    const lane = async (): Promise<void> => {
        for (let seed = nextSeed(); seed !== undefined; seed = nextSeed()) {
            running.add(seed.gate);
            const outcome = await plant(seed, files);
            running.delete(seed.gate);
            if (outcome.verdict !== 'CAUGHT') {
                missed++;
            }
            if (outcome.tail !== undefined) {
                console.log(outcome.tail);
            }
            console.log(`${outcome.verdict.padEnd(12)} ${seed.gate.padEnd(17)} ${seed.name} (${outcome.seconds} s)`);
        }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    console.log(
        `${total - missed} of ${total} seeded defects caught in ${Math.round((Date.now() - started) / 1000)} s, ${LANES} at a time.`
    );
    if (total === 0 || missed > 0) {
        process.exitCode = 1;
    }
}

void main(process.argv.slice(2));
