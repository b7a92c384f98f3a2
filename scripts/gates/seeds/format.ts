import type { SeededDefect } from './seeded-defect';
import { addApexClass, writeInCopy } from './edit';

export const seeds: SeededDefect[] = [
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
