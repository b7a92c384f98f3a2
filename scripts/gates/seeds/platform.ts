import type { SeededDefect } from './seeded-defect';
import { addApexClass, replaceInCopy, writeInCopy } from './edit';

const SETS = 'force-app/main/default/permissionsets';
const CLASS = (name: string, body: string): string => `public with sharing class ${name} {\n${body}}\n`;
const PERMISSION_SET = (objectPermissions: string): string =>
    '<?xml version="1.0" encoding="UTF-8" ?>\n<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
    `    <label>Seeded Probe</label>\n${objectPermissions}</PermissionSet>\n`;
const OBJECT_PERMISSION = (object: string, flags: Record<string, boolean>): string =>
    '    <objectPermissions>\n' +
    Object.entries(flags)
        .map(([flag, value]) => `        <${flag}>${value}</${flag}>\n`)
        .join('') +
    `        <object>${object}</object>\n    </objectPermissions>\n`;
const NO_ACCESS = {
    allowCreate: false,
    allowDelete: false,
    allowEdit: false,
    allowRead: false,
    modifyAllRecords: false,
    viewAllRecords: false
};

/** One seed per platform rule of the project gate: each breaks the rule its own way and expects its own message. */
export const seeds: SeededDefect[] = [
    {
        gate: 'check:project',
        name: 'an upsert matches on a field that is not an external ID',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                CLASS(
                    'SeededProbe',
                    '    public static void save(List<Resource_Rating__c> rows) {\n' +
                        '        Database.upsert(rows, Resource_Rating__c.Stars__c, true, AccessLevel.SYSTEM_MODE);\n    }\n'
                )
            ),
        expect: /SeededProbe\.cls:\d+: upsert matches on Resource_Rating__c\.Stars__c, which is not an external ID/
    },
    {
        gate: 'check:project',
        name: 'a permission set deletes without edit',
        apply: (copy) =>
            writeInCopy(
                copy,
                `${SETS}/Seeded_Probe.permissionset-meta.xml`,
                PERMISSION_SET(
                    OBJECT_PERMISSION('Exchange_Group__c', { ...NO_ACCESS, allowDelete: true, allowRead: true })
                )
            ),
        expect: /Seeded_Probe gives Exchange_Group__c allowDelete without allowEdit/
    },
    {
        gate: 'check:project',
        name: 'a permission set reads a detail object without its master',
        apply: (copy) =>
            writeInCopy(
                copy,
                `${SETS}/Seeded_Probe.permissionset-meta.xml`,
                PERMISSION_SET(OBJECT_PERMISSION('Exchange_Membership__c', { ...NO_ACCESS, allowRead: true }))
            ),
        expect: /Seeded_Probe reads Exchange_Membership__c, a detail of Exchange_Group__c, without Read on Exchange_Group__c/
    },
    {
        gate: 'check:project',
        name: 'a site user-mode query reads a field the member set does not grant',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/classes/repository/RepositorySearchSelector.cls',
                "' Average_Rating__c, Rating_Count__c, Download_Count__c,'",
                "' Average_Rating__c, Rating_Count__c, Download_Count__c, Submission__c,'"
            ),
        expect: /user mode needs read Repository_Resource__c\.Submission__c, which Exchange_Member does not grant/
    },
    {
        gate: 'check:project',
        name: 'the member set grants a field no member code path reads',
        apply: (copy) =>
            replaceInCopy(
                copy,
                `${SETS}/Exchange_Member.permissionset-meta.xml`,
                '    <fieldPermissions>',
                '    <fieldPermissions>\n        <editable>false</editable>\n        <field>Exchange_Audit_Event__c.Actor__c</field>\n' +
                    '        <readable>true</readable>\n    </fieldPermissions>\n    <fieldPermissions>'
            ),
        expect: /Exchange_Member grants Exchange_Audit_Event__c\.Actor__c but no user-mode code its personas reach uses it/
    },
    {
        gate: 'check:project',
        name: 'a site component calls a class the member set does not grant',
        apply: (copy) =>
            replaceInCopy(
                copy,
                `${SETS}/Exchange_Member.permissionset-meta.xml`,
                '<apexClass>RepositoryBrowseController</apexClass>',
                '<apexClass>TaxonomyController</apexClass>'
            ),
        expect: /calls RepositoryBrowseController \([^)]*\), but Exchange_Member has no classAccesses for it/
    },
    {
        gate: 'check:project',
        name: 'site components without Experience Cloud in the scratch org',
        apply: (copy) => replaceInCopy(copy, 'config/project-scratch-def.json', '"Communities"', '"Sites"'),
        expect: /project-scratch-def\.json:\d+: the org lacks Experience Cloud/
    },
    {
        gate: 'check:project',
        name: 'Apex builds a file download URL by hand',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                CLASS(
                    'SeededProbe',
                    "    public static String link(Id documentId) {\n        return '/sfc/servlet.shepherd/version/download/' + documentId;\n    }\n"
                )
            ),
        expect: /SeededProbe\.cls:\d+: a hand-built file download URL/
    },
    {
        gate: 'check:project',
        name: 'an @AuraEnabled method returns a list of an inner class',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                CLASS(
                    'SeededProbe',
                    '    public class Row {\n        @AuraEnabled\n        public String label;\n    }\n\n' +
                        '    @AuraEnabled(cacheable=true)\n    public static List<Row> rows() {\n        return new List<Row>();\n    }\n'
                )
            ),
        expect: /SeededProbe\.rows returns List<Row>, and SeededProbe\.Row is an inner class/
    },
    {
        gate: 'check:project',
        name: 'a test assigns a permission set outside System.runAs',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbeTest',
                '@IsTest\nprivate class SeededProbeTest {\n    @IsTest\n    static void assigns() {\n' +
                    "        insert as system new Account(Name = 'Probe');\n" +
                    '        insert as system new PermissionSetAssignment(AssigneeId = UserInfo.getUserId(), PermissionSetId = null);\n' +
                    "        Assert.isTrue(true, 'Reached');\n    }\n}\n"
            ),
        expect: /SeededProbeTest\.cls:\d+: DML on PermissionSetAssignment outside System\.runAs/
    },
    {
        gate: 'check:project',
        name: 'a test creates a file as another user without a NetworkId',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbeTest',
                '@IsTest\nprivate class SeededProbeTest {\n    @IsTest\n    static void uploads() {\n' +
                    '        User member = ExchangeTestFactory.createMember();\n' +
                    "        ContentVersion version = new ContentVersion(Title = 'a', PathOnClient = 'a.txt', VersionData = Blob.valueOf('a'));\n" +
                    '        System.runAs(member) {\n            insert as system version;\n        }\n' +
                    "        Assert.isNotNull(version.Id, 'Created');\n    }\n}\n"
            ),
        expect: /SeededProbeTest\.cls:\d+: a ContentVersion is created inside System\.runAs\(member\) without a NetworkId/
    },
    {
        gate: 'check:project',
        name: 'a test runs a batch that starts over every user',
        apply: (copy) => {
            addApexClass(
                copy,
                'SeededProbe',
                'public with sharing class SeededProbe implements Database.Batchable<SObject> {\n' +
                    '    public Database.QueryLocator start(Database.BatchableContext context) {\n' +
                    '        return Database.getQueryLocator([SELECT Id FROM User WITH SYSTEM_MODE]);\n    }\n\n' +
                    '    public void execute(Database.BatchableContext context, List<SObject> scope) {\n' +
                    "        Assert.isNotNull(scope, 'Given');\n    }\n\n" +
                    '    public void finish(Database.BatchableContext context) {\n' +
                    "        Assert.isNotNull(context, 'Given');\n    }\n}\n"
            );
            addApexClass(
                copy,
                'SeededProbeTest',
                '@IsTest\nprivate class SeededProbeTest {\n    @IsTest\n    static void runs() {\n' +
                    '        Test.startTest();\n        Database.executeBatch(new SeededProbe(), 200);\n        Test.stopTest();\n' +
                    "        Assert.isTrue(true, 'Ran');\n    }\n}\n"
            );
        },
        expect: /SeededProbeTest\.cls:\d+: the test runs SeededProbe, whose start query .* reads every User without a filter or limit/
    }
];
