import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Small file edits for seeded defects; paths are relative to the copy's root. */
export function writeInCopy(copyRoot: string, path: string, content: string): void {
    const target = join(copyRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
}

export function appendInCopy(copyRoot: string, path: string, content: string): void {
    appendFileSync(join(copyRoot, path), content);
}

/** Replaces text in a copied file, failing loudly when the text is gone (so a seed cannot rot silently). */
export function replaceInCopy(copyRoot: string, path: string, search: string, replacement: string): void {
    const target = join(copyRoot, path);
    const content = readFileSync(target, 'utf8');
    if (!content.includes(search)) {
        throw new Error(`Seed is out of date: "${search}" not found in ${path}`);
    }
    writeFileSync(target, content.replace(search, replacement));
}

export const CLASS_META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
    '    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n';

/** Adds an Apex class (with its meta file) to the copy under classes/seeded/. */
export function addApexClass(copyRoot: string, name: string, source: string): void {
    writeInCopy(copyRoot, `force-app/main/default/classes/seeded/${name}.cls`, source);
    writeInCopy(copyRoot, `force-app/main/default/classes/seeded/${name}.cls-meta.xml`, CLASS_META);
}
