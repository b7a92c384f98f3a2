import type { SeededDefect } from './seeded-defect';
import { writeInCopy } from './edit';

export const seeds: SeededDefect[] = [
    {
        gate: 'check:types',
        name: 'a component assigns a string to a number',
        apply: (copy) =>
            writeInCopy(
                copy,
                'force-app/main/default/lwc/seededProbe/seededProbe.ts',
                "export const count: number = 'three';\n"
            ),
        expect: /seededProbe\.ts.*TS2322/
    }
];
