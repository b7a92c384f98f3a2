import type { SeededDefect } from './seeded-defect';
import { replaceInCopy, writeInCopy } from './edit';

export const seeds: SeededDefect[] = [
    {
        gate: 'check:metadata',
        name: 'an Apex class without its meta file',
        apply: (copy) =>
            writeInCopy(
                copy,
                'force-app/main/default/classes/seeded/SeededProbe.cls',
                'public with sharing class SeededProbe {\n}\n'
            ),
        expect: /SeededProbe\.cls: belongs to no component/
    },
    {
        gate: 'check:metadata',
        name: 'TypeScript sources leak into the package',
        apply: (copy) => replaceInCopy(copy, '.forceignore', '**/*.ts\n', ''),
        expect: /\.ts: must not be in the package/
    }
];
