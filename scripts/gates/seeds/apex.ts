import type { SeededDefect } from './seeded-defect';
import { addApexClass } from './edit';

export const seeds: SeededDefect[] = [
    {
        gate: 'check:apex',
        name: 'Apex reads a field that does not exist',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                [
                    'public with sharing class SeededProbe {',
                    '    public static String title(Standard_Element__mdt element) {',
                    '        return element.Headline__c;',
                    '    }',
                    '}',
                    ''
                ].join('\n')
            ),
        expect: /Unknown field 'Headline__c'/
    },
    {
        gate: 'check:apex-rules',
        name: 'a query inside a loop',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                [
                    'public with sharing class SeededProbe {',
                    '    public static Integer count(List<String> codes) {',
                    '        Integer total = 0;',
                    '        for (String code : codes) {',
                    '            total += [SELECT Id FROM Standard_Element__mdt WHERE Code__c = :code WITH USER_MODE].size();',
                    '        }',
                    '        return total;',
                    '    }',
                    '}',
                    ''
                ].join('\n')
            ),
        expect: /SeededProbe\.cls:5: OperationWithLimitsInLoop/
    },
    {
        gate: 'check:apex-rules',
        name: 'a class that queries without declaring its sharing',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                [
                    'public class SeededProbe {',
                    '    public static Integer count() {',
                    '        return [SELECT COUNT() FROM Standard_Element__mdt WITH USER_MODE];',
                    '    }',
                    '}',
                    ''
                ].join('\n')
            ),
        expect: /SeededProbe\.cls:1: ApexSharingViolations/
    },
    {
        gate: 'check:apex-rules',
        name: 'a suppression without a reason',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                [
                    'public with sharing class SeededProbe {',
                    '    public static Integer count() {',
                    '        return [SELECT COUNT() FROM Standard_Element__mdt]; // NOPMD',
                    '    }',
                    '}',
                    ''
                ].join('\n')
            ),
        expect: /NOPMD without a written reason/
    },
    {
        gate: 'check:apex-rules',
        name: 'a test asserts without a message',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbeTest',
                [
                    '@IsTest',
                    'private class SeededProbeTest {',
                    '    @IsTest',
                    '    static void addsUp() {',
                    '        Assert.areEqual(2, 1 + 1);',
                    '    }',
                    '}',
                    ''
                ].join('\n')
            ),
        expect: /ApexAssertionsShouldIncludeMessage/
    }
];
