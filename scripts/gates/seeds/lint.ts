import type { SeededDefect } from './seeded-defect';
import { writeInCopy } from './edit';

export const seeds: SeededDefect[] = [
    {
        gate: 'check:lint',
        name: 'a component writes innerHTML',
        apply: (copy) =>
            writeInCopy(
                copy,
                'force-app/main/default/lwc/seededProbe/seededProbe.ts',
                [
                    "import { LightningElement } from 'lwc';",
                    'export default class SeededProbe extends LightningElement {',
                    '    renderedCallback(): void {',
                    "        this.template.querySelector('div')!.innerHTML = '<b>unsafe</b>';",
                    '    }',
                    '}',
                    ''
                ].join('\n')
            ),
        expect: /no-inner-html/
    }
];
