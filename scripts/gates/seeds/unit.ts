import type { SeededDefect } from './seeded-defect';
import { writeInCopy } from './edit';

const untestedLines = Array.from(
    { length: 60 },
    (_, index) => `export function seeded${index}(value: number): number {\n    return value + ${index};\n}\n`
).join('');

export const seeds: SeededDefect[] = [
    {
        gate: 'check:unit',
        name: 'a component test fails',
        apply: (copy) =>
            writeInCopy(
                copy,
                'force-app/main/default/lwc/labelFormat/__tests__/seededProbe.test.ts',
                "import { formatLabel } from 'c/labelFormat';\n\nit('fills a placeholder', () => {\n    expect(formatLabel('{0}', 'a')).toBe('b');\n});\n"
            ),
        expect: /seededProbe\.test\.ts[\s\S]*Tests:\s+1 failed/
    },
    {
        gate: 'check:unit',
        name: 'untested code drops line coverage under the threshold',
        apply: (copy) => writeInCopy(copy, 'force-app/main/default/lwc/seededProbe/seededProbe.ts', untestedLines),
        expect: /coverage threshold for lines \(90%\) not met/
    }
];
