import type { SeededDefect } from './seeded-defect';
import { replaceInCopy } from './edit';

export const seeds: SeededDefect[] = [
    {
        gate: 'test:runtime',
        name: 'a conformance expectation differs from what the runtime does',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'tools/apex-runtime/conformance/exceptions/list-index-out-of-bounds.expected',
                'List index out of bounds: 1',
                'List index out of bounds: 2'
            ),
        expect: /not ok .* conformance exceptions\/list-index-out-of-bounds/
    },
    {
        gate: 'test:runtime',
        name: 'the runtime stops wrapping Integer overflow',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'tools/apex-runtime/src/interpreter/values.ts',
                "return { kind: 'Integer', value: value | 0 };",
                "return { kind: 'Integer', value };"
            ),
        expect: /not ok .* conformance numbers\/integer-overflow/
    }
];
