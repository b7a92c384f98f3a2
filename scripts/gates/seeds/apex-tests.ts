import type { SeededDefect } from './seeded-defect';
import { replaceInCopy } from './edit';

const GATE = 'check:apex-tests';
const CLASSES = 'force-app/main/default/classes';

/**
 * Mistakes the project's Apex tests, run by the offline runtime, must catch: each makes a test
 * that passes today FAIL, and the gate fails on any FAIL.
 */
export const seeds: SeededDefect[] = [
    {
        gate: GATE,
        name: 'ExchangeAccess lets a personally suspended person in and stops everyone else',
        apply: (copy) =>
            replaceInCopy(
                copy,
                `${CLASSES}/access/ExchangeAccess.cls`,
                'if (isPersonallySuspended()) {',
                'if (!isPersonallySuspended()) {'
            ),
        expect: /GATE {2}FAIL ExchangeAccessTest\./
    },
    {
        gate: GATE,
        name: 'the moderation queue no longer asks for a moderator',
        apply: (copy) =>
            replaceInCopy(
                copy,
                `${CLASSES}/moderation/ModerationService.cls`,
                'public static ModerationQueue getQueue(String status) {\n        ExchangeAccess.requireModerator();',
                'public static ModerationQueue getQueue(String status) {'
            ),
        expect: /GATE {2}FAIL ModerationServiceTest\.onlyModeratorsWorkTheQueue/
    },
    {
        gate: GATE,
        name: 'the code-of-conduct acceptance is upserted on a key that is not an external Id',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/objects/Conduct_Acceptance__c/fields/User_Version_Pair__c.field-meta.xml',
                '<externalId>true</externalId>',
                '<externalId>false</externalId>'
            ),
        expect: /GATE {2}FAIL ConductServiceTest\.\w+: System\.DmlException: Invalid field for upsert/
    },
    {
        gate: GATE,
        name: 'members lose the read grant on a field the repository reads in user mode',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/permissionsets/Exchange_Member.permissionset-meta.xml',
                '<field>Resource_Tag__c.Element_Kind__c</field>\n        <readable>true</readable>',
                '<field>Resource_Tag__c.Element_Kind__c</field>\n        <readable>false</readable>'
            ),
        expect: /GATE {2}FAIL RepositorySearchSelectorTest\.\w+: System\.QueryException: No such column 'Element_Kind__c'/
    },
    {
        gate: GATE,
        name: 'the gate inserts records one DML statement at a time',
        apply: (copy) =>
            replaceInCopy(
                copy,
                `${CLASSES}/shared/ExchangeGate.cls`,
                '            insert as system records;',
                '            for (SObject record : records) {\n                insert as system record;\n            }'
            ),
        expect: /GATE {2}FAIL \w+\.\w+: System\.LimitException: Too many DML statements: 151/
    },
    {
        gate: GATE,
        name: 'the test factory saves users and their permission sets outside System.runAs',
        apply: (copy) =>
            replaceInCopy(
                copy,
                `${CLASSES}/shared/ExchangeTestFactory.cls`,
                '        System.runAs(new User(Id = UserInfo.getUserId())) {\n            insert as system users;\n            assignPermissionSets(users, permissionSetNames);\n        }',
                '        insert as system users;\n        assignPermissionSets(users, permissionSetNames);'
            ),
        expect: /GATE {2}FAIL \w+\.\w+: System\.DmlException: .*MIXED_DML_OPERATION/
    }
];
