import type { SeededDefect } from './seeded-defect';
import { addApexClass, writeInCopy } from './edit';

/**
 * Each .prettierignore pattern hides only the root folder or file it names: an
 * unformatted file at a look-alike path deeper down is still checked. Patterns
 * that .gitignore also holds unanchored (node_modules/, coverage/, .sfdx/, .sf/,
 * .tmp/) get no seed: Prettier reads .gitignore too, which hides those names at
 * any depth, as git needs.
 */
const IGNORE_LOOKALIKES: { pattern: string; path: string; content: string }[] = [
    { pattern: '/data/', path: 'preview/data/seeded-probe.json', content: '{"probe":1}\n' },
    { pattern: '/package-lock.json', path: 'preview/package-lock.json', content: '{"probe":1}\n' },
    { pattern: '/preview/dist/', path: 'scripts/preview/dist/seeded-probe.json', content: '{"probe":1}\n' },
    { pattern: '/preview/out/', path: 'scripts/preview/out/seeded-probe.json', content: '{"probe":1}\n' },
    {
        pattern: '/force-app/main/default/lwc/**/*.js',
        path: 'preview/force-app/main/default/lwc/seededProbe/seededProbe.js',
        content: 'export const probe={a:1}\n'
    },
    { pattern: '/types/dto/', path: 'preview/types/dto/seeded-probe.ts', content: 'export const probe={a:1}\n' },
    { pattern: '/types/apex.d.ts', path: 'preview/types/apex.d.ts', content: 'export const probe={a:1}\n' }
];

export const seeds: SeededDefect[] = [
    ...IGNORE_LOOKALIKES.map(({ pattern, path, content }): SeededDefect => ({
        gate: 'check:format',
        name: `.prettierignore ${pattern} hides only the root path it names: ${path} is still checked`,
        apply: (copy) => writeInCopy(copy, path, content),
        expect: new RegExp(path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    })),
    {
        gate: 'check:format',
        name: 'an Apex class is not formatted',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                'public with sharing class SeededProbe{public static Integer one(){return 1;}}\n'
            ),
        expect: /SeededProbe\.cls/
    },
    {
        gate: 'check:format',
        name: 'a metadata XML file is not formatted',
        apply: (copy) =>
            writeInCopy(
                copy,
                'force-app/main/default/customPermissions/Seeded_Probe.customPermission-meta.xml',
                '<?xml version="1.0" encoding="UTF-8"?><CustomPermission xmlns="http://soap.sforce.com/2006/04/metadata"><label>Seeded</label></CustomPermission>\n'
            ),
        expect: /Seeded_Probe\.customPermission-meta\.xml/
    }
];
