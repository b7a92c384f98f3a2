import type { SeededDefect } from './seeded-defect';
import { replaceInCopy, writeInCopy } from './edit';
import { runCommand } from '../../lib/project';

/** Regenerates the contract in the copy, as a developer does after editing Apex. */
function regenerate(copy: string): void {
    const result = runCommand('npx', ['ts-node', 'scripts/contract/generate.ts'], { cwd: copy });
    if (result.status !== 0) {
        throw new Error(`contract:generate failed in the copy: ${result.output}`);
    }
}

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
    },
    {
        gate: 'check:types',
        name: 'an Apex DTO field is renamed and a component still reads the old name',
        apply: (copy) => {
            replaceInCopy(
                copy,
                'force-app/main/default/classes/taxonomy/StandardElement.cls',
                'public String parentCode;',
                'public String parentKey;'
            );
            regenerate(copy);
        },
        expect: /standardElementPicker\.ts\(\d+,\d+\): error TS2339: Property 'parentCode' does not exist on type 'StandardElement'/
    },
    {
        gate: 'check:types',
        name: 'a picklist gains a value that a component table does not handle',
        apply: (copy) => {
            replaceInCopy(
                copy,
                'force-app/main/default/objects/Exchange_Membership__c/fields/Status__c.field-meta.xml',
                '</valueSetDefinition>',
                '    <value>\n                <fullName>Paused</fullName>\n                <default>false</default>\n' +
                    '                <label>Paused</label>\n            </value>\n        </valueSetDefinition>'
            );
            regenerate(copy);
        },
        expect: /groupCard\.ts\(\d+,\d+\): error TS2741: Property 'Paused' is missing/
    }
];
