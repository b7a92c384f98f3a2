import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath, projectRoot } from '../../lib/project';
import { GENERATED_HEADER, generateContract, generatedFilesOnDisk } from '../../contract/generate';

function firstDifference(expected: string, actual: string): number {
    const wanted = expected.split('\n');
    const found = actual.split('\n');
    const index = wanted.findIndex((line, position) => line !== found[position]);
    return (index === -1 ? wanted.length : index) + 1;
}

/**
 * The TypeScript side of the Apex-LWC contract is what the generator writes
 * from the Apex side today (decision 0027): regenerated in memory, every file
 * must match the committed one, nothing hand-written may sit in types/dto, and
 * the generator itself must find nothing wrong (an inner class at the boundary,
 * an unknown @values name, a type it cannot map).
 */
export function checkContractCurrent(): string[] {
    const { files, problems } = generateContract();
    const found = [...problems];
    for (const [path, expected] of files) {
        const target = join(projectRoot, path);
        if (!existsSync(target)) {
            found.push(`${path} is missing: run npm run contract:generate`);
            continue;
        }
        const actual = readFileSync(target, 'utf8');
        if (actual !== expected) {
            found.push(
                `${path}:${firstDifference(expected, actual)}: ${path} is not what npm run contract:generate writes ` +
                    '(edit the Apex, then regenerate)'
            );
        }
    }
    for (const stale of generatedFilesOnDisk().filter((path) => !files.has(path))) {
        found.push(`${stale} is no longer generated: run npm run contract:generate`);
    }
    for (const path of listFiles(join(projectRoot, 'types', 'dto')).map(projectPath)) {
        if (!files.has(path) && !readFileSync(join(projectRoot, path), 'utf8').startsWith(GENERATED_HEADER)) {
            found.push(`${path}: types/dto holds only generated declarations; declare the shape in Apex`);
        }
    }
    return found;
}
