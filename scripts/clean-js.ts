import { existsSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { listFiles, projectRoot } from './lib/project';

/** The .js files tsc emitted next to component sources: under an lwc folder, beside a .ts of the same name. */
function listEmittedJs(): string[] {
    return listFiles(join(projectRoot, 'force-app'), (name) => name.endsWith('.js')).filter(
        (file) => file.split(sep).includes('lwc') && existsSync(file.replace(/\.js$/, '.ts'))
    );
}

/** Removes the .js tsc emitted next to component .ts sources; returns how many. */
export function removeEmittedJs(): number {
    const emitted = listEmittedJs();
    emitted.forEach((file) => rmSync(file));
    return emitted.length;
}

if (require.main === module) {
    console.log(`Removed ${removeEmittedJs()} emitted .js file(s).`);
}
