import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../lib/project';
import type { SeededDefect } from './seeded-defect';
import { writeInCopy } from './edit';

/**
 * As many untested statements as the components have lines, so the seeded code
 * pulls coverage well under the threshold however large the project grows.
 */
function untestedLines(copy: string): string {
    const sources = listFiles(join(copy, 'force-app', 'main', 'default', 'lwc'), (name) => name.endsWith('.ts'));
    const componentLines = sources
        .filter((file) => !file.includes('__tests__') && !file.endsWith('.d.ts'))
        .reduce((total, file) => total + readFileSync(file, 'utf8').split('\n').length, 0);
    return Array.from(
        { length: Math.max(60, componentLines) },
        (_, index) => `export function seeded${index}(value: number): number {\n    return value + ${index};\n}\n`
    ).join('');
}

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
        apply: (copy) =>
            writeInCopy(copy, 'force-app/main/default/lwc/seededProbe/seededProbe.ts', untestedLines(copy)),
        expect: /coverage threshold for lines \(90%\) not met/
    }
];
