import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, sourceRoot } from './lib/project';

/** Removes the .js tsc emitted next to component .ts sources; returns how many. */
export function removeEmittedJs(): number {
    const emitted = listFiles(join(sourceRoot, 'lwc'), (name) => name.endsWith('.js')).filter((file) =>
        existsSync(file.replace(/\.js$/, '.ts'))
    );
    emitted.forEach((file) => rmSync(file));
    return emitted.length;
}

if (require.main === module) {
    console.log(`Removed ${removeEmittedJs()} emitted .js file(s).`);
}
