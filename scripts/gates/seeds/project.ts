import type { SeededDefect } from './seeded-defect';
import { addApexClass, replaceInCopy, writeInCopy } from './edit';

const LWC = 'force-app/main/default/lwc';
const SAFEGUARDING_SET = 'force-app/main/default/permissionsets/Exchange_Safeguarding.permissionset-meta.xml';
const BUNDLE_META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
    '    <apiVersion>65.0</apiVersion>\n    <isExposed>false</isExposed>\n</LightningComponentBundle>\n';

/** A component bundle registered in tsconfig paths, so only the intended defect is reported. */
function addComponent(copy: string, source: string): void {
    writeInCopy(copy, `${LWC}/seededProbe/seededProbe.ts`, source);
    writeInCopy(copy, `${LWC}/seededProbe/seededProbe.js-meta.xml`, BUNDLE_META);
    replaceInCopy(
        copy,
        'tsconfig.json',
        '"paths": {',
        `"paths": {\n            "c/seededProbe": ["./${LWC}/seededProbe/seededProbe.ts"],`
    );
}

export const seeds: SeededDefect[] = [
    {
        gate: 'check:project',
        name: 'a component uses a label that does not exist',
        apply: (copy) =>
            addComponent(
                copy,
                "import TITLE from '@salesforce/label/c.Seeded_Missing_Title';\nexport const title = TITLE;\n"
            ),
        expect: /label Seeded_Missing_Title does not exist/
    },
    {
        gate: 'check:project',
        name: 'a label has no Arabic translation',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/translations/ar.translation-meta.xml',
                '<name>Taxonomy_Required</name>',
                '<name>Taxonomy_Required_Old</name>'
            ),
        expect: /label Taxonomy_Required has no ar translation/
    },
    {
        gate: 'check:project',
        name: 'an Apex class has no test class',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                'public with sharing class SeededProbe {\n    public static Integer one() {\n        return 1;\n    }\n}\n'
            ),
        expect: /SeededProbe has no @IsTest class named SeededProbeTest/
    },
    {
        gate: 'check:project',
        name: 'a data class with a constructor still needs its test class',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                'public with sharing class SeededProbe {\n    @AuraEnabled\n    public String code;\n\n' +
                    '    public SeededProbe(String code) {\n        this.code = code.toUpperCase();\n    }\n}\n'
            ),
        expect: /SeededProbe has no @IsTest class named SeededProbeTest/
    },
    {
        gate: 'check:project',
        name: 'a data class whose field initialiser runs code still needs its test class',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                'public with sharing class SeededProbe {\n    @AuraEnabled\n    public Datetime readAt = Datetime.now();\n}\n'
            ),
        expect: /SeededProbe has no @IsTest class named SeededProbeTest/
    },
    {
        gate: 'check:project',
        name: 'a permission set grants the reporter of a sensitive complaint',
        apply: (copy) =>
            replaceInCopy(
                copy,
                SAFEGUARDING_SET,
                '<hasActivationRequired>',
                '<fieldPermissions>\n        <editable>false</editable>\n' +
                    '        <field>Sensitive_Complaint__c.Reporter__c</field>\n' +
                    '        <readable>true</readable>\n    </fieldPermissions>\n    <hasActivationRequired>'
            ),
        expect: /Sensitive_Complaint__c\.Reporter__c is read only through its service and must not be granted/
    },
    {
        gate: 'check:project',
        name: 'a permission set lets moderators read message text outside the audited services',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/permissionsets/Exchange_Moderator.permissionset-meta.xml',
                '<field>Exchange_Message__c.Hidden__c</field>',
                '<field>Exchange_Message__c.Body__c</field>'
            ),
        expect: /Exchange_Message__c\.Body__c is read only through its service and must not be granted/
    },
    {
        gate: 'check:project',
        name: 'a permission set lets focal points list sensitive complaints',
        apply: (copy) =>
            replaceInCopy(
                copy,
                SAFEGUARDING_SET,
                '</PermissionSet>',
                '    <objectPermissions>\n        <allowCreate>false</allowCreate>\n' +
                    '        <allowDelete>false</allowDelete>\n        <allowEdit>false</allowEdit>\n' +
                    '        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n' +
                    '        <object>Sensitive_Complaint__c</object>\n        <viewAllRecords>true</viewAllRecords>\n' +
                    '    </objectPermissions>\n</PermissionSet>'
            ),
        expect: /Exchange_Safeguarding\.permissionset-meta\.xml: Sensitive_Complaint__c is read only through its service/
    },
    {
        gate: 'check:project',
        name: 'a with sharing service posts a message in system mode',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/classes/conversations/DiscussionService.cls',
                'ExchangeGate.insertRecords(new List<SObject>{ message });',
                'insert as system message;'
            ),
        expect: /DiscussionService\.cls:\d+: a with sharing class writes in system mode/
    },
    {
        gate: 'check:project',
        name: 'a label looked up by name in the recipient language is misspelt',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/classes/moderation/ModerationService.cls',
                "WARN_MEMBER => 'Moderation_Notice_Warned'",
                "WARN_MEMBER => 'Moderation_Notice_Warnd'"
            ),
        expect: /label Moderation_Notice_Warned is not used by any component or class/
    },
    {
        gate: 'check:project',
        name: 'a custom field nobody can read',
        apply: (copy) =>
            writeInCopy(
                copy,
                'force-app/main/default/objects/Seeded_Probe__c/fields/Note__c.field-meta.xml',
                '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
                    '    <fullName>Note__c</fullName>\n    <label>Note</label>\n    <length>80</length>\n' +
                    '    <required>false</required>\n    <type>Text</type>\n</CustomField>\n'
            ),
        expect: /no permission set makes Seeded_Probe__c\.Note__c readable/
    },
    {
        gate: 'check:project',
        name: 'a component imports an Apex method that does not exist',
        apply: (copy) =>
            addComponent(
                copy,
                "import getTaxonomy from '@salesforce/apex/TaxonomyController.getTaxonomy';\nexport const load = getTaxonomy;\n"
            ),
        expect: /TaxonomyController\.getTaxonomy is not a method/
    },
    {
        gate: 'check:project',
        name: 'a declared Apex parameter name differs from Apex',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'types/apex.d.ts',
                'ApexMethod<Record<string, never>, StandardFramework[]>',
                'ApexMethod<{ frameworkCode: string }, StandardFramework[]>'
            ),
        expect: /getFrameworks declares parameters \(frameworkCode\) but Apex takes \(\)/
    },
    {
        gate: 'check:project',
        name: 'a SOQL query selects a field that does not exist',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbe',
                'public with sharing class SeededProbe {\n    public static List<Standard_Element__mdt> all() {\n' +
                    '        return [SELECT Code__c, Summary__c FROM Standard_Element__mdt WITH USER_MODE];\n    }\n}\n'
            ),
        expect: /Standard_Element__mdt has no field Summary__c/
    },
    {
        gate: 'check:project',
        name: 'an Apex DTO field is renamed and the declarations are not regenerated',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/classes/taxonomy/StandardElement.cls',
                'public String parentCode;',
                'public String parentKey;'
            ),
        expect: /types\/dto\/taxonomy\.d\.ts:\d+: types\/dto\/taxonomy\.d\.ts is not what npm run contract:generate writes/
    },
    {
        gate: 'check:project',
        name: 'an @AuraEnabled method returns an inner class',
        apply: (copy) =>
            addApexClass(
                copy,
                'SeededProbeController',
                'public with sharing class SeededProbeController {\n    public class Shape {\n        @AuraEnabled\n' +
                    '        public String code;\n    }\n\n    @AuraEnabled\n    public static Shape probe() {\n' +
                    '        return new Shape();\n    }\n}\n'
            ),
        expect: /SeededProbeController\.Shape is an inner class; the LWC guide does not support one at the boundary/
    },
    {
        gate: 'check:project',
        name: 'an ApexDoc hint names a set of values that does not exist',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/classes/groups/GroupCard.cls',
                '@values GroupKind',
                '@values GroupKinds'
            ),
        expect: /GroupCard\.cls:\d+: @values GroupKinds is not in scripts\/contract\/enumerations\.ts/
    },
    {
        gate: 'check:project',
        name: 'a taxonomy record drifts from the data file',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/customMetadata/Standard_Element.CHS2014_1.md-meta.xml',
                'Humanitarian response is appropriate and relevant',
                'Humanitarian response is appropriate'
            ),
        expect: /Standard_Element\.CHS2014_1\.md-meta\.xml: differs from/
    },
    {
        gate: 'check:project',
        name: "the package ships one of the standards' texts",
        apply: (copy) =>
            writeInCopy(
                copy,
                'force-app/main/default/customMetadata/Standard_Text.E_CHS2014_1_fr.md-meta.xml',
                '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
                    '    <label>Element CHS2014 1 fr</label>\n    <protected>false</protected>\n</CustomMetadata>\n'
            ),
        expect: /Standard_Text\.E_CHS2014_1_fr\.md-meta\.xml: the standards' texts are not packaged/
    },
    {
        gate: 'check:project',
        name: 'a taxonomy text names an indicator the taxonomy lacks',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'data/taxonomy-texts.example.csv',
                'Element,CHS2014,5.1,ar,',
                'Element,CHS2014,5.9,ar,'
            ),
        expect: /taxonomy-texts\.example\.csv row 6: element "5\.9" is not in framework CHS2014/
    },
    {
        gate: 'check:project',
        name: 'a taxonomy text in a language the Exchange does not offer',
        apply: (copy) =>
            replaceInCopy(copy, 'data/taxonomy-texts.example.json', '"language": "es"', '"language": "de"'),
        expect: /taxonomy-texts\.example\.json row 3: language "de" is not one of en, fr, es, ar/
    },
    {
        gate: 'check:project',
        name: 'a taxonomy text repeats an earlier row',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'data/taxonomy-texts.example.csv',
                'Element,CPMS2019,P1,es,',
                'Element,CHS2014,1,fr,Example title FR 1 again,\nElement,CPMS2019,P1,es,'
            ),
        expect: /taxonomy-texts\.example\.csv row 7: repeats row 3/
    },
    {
        gate: 'check:project',
        name: 'a component bundle TypeScript cannot resolve',
        apply: (copy) => {
            writeInCopy(copy, `${LWC}/seededProbe/seededProbe.ts`, 'export const ready = true;\n');
            writeInCopy(copy, `${LWC}/seededProbe/seededProbe.js-meta.xml`, BUNDLE_META);
        },
        expect: /no "c\/seededProbe" entry in tsconfig\.json paths/
    },
    {
        gate: 'check:project',
        name: 'a SOQL query reaches a misspelt custom field through a standard lookup',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/classes/access/MembershipSelector.cls',
                'Account.Exchange_Membership_Type__c,\n                Contact.Exchange_Suspended__c',
                'Account.Exchange_Membership_Kind__c,\n                Contact.Exchange_Suspended__c'
            ),
        expect: /Account has no field Exchange_Membership_Kind__c \(Account\.Exchange_Membership_Kind__c\)/
    },
    {
        gate: 'check:project',
        name: 'a semi-join in a WHERE clause names a field its own object lacks',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/classes/organisations/OrganisationSelector.cls',
                'SELECT Group__c FROM Group_Tag__c WHERE Element_Code__c = :key',
                'SELECT Group__c FROM Group_Tag__c WHERE Element_Key__c = :key'
            ),
        expect: /Group_Tag__c has no field Element_Key__c/
    },
    {
        gate: 'check:project',
        name: 'a generated DTO declaration is edited by hand',
        apply: (copy) =>
            replaceInCopy(copy, 'types/dto/access.d.ts', '    hasAccess: boolean;', "    hasAccess: 'yes' | 'no';"),
        expect: /types\/dto\/access\.d\.ts:\d+: types\/dto\/access\.d\.ts is not what npm run contract:generate writes/
    },
    {
        gate: 'check:project',
        name: 'a hand-written declaration file in types/dto',
        apply: (copy) => writeInCopy(copy, 'types/dto/extra.d.ts', 'export interface Extra {\n    code: string;\n}\n'),
        expect: /types\/dto\/extra\.d\.ts: types\/dto holds only generated declarations/
    },
    {
        gate: 'check:project',
        name: 'a component builds a file download address by hand',
        apply: (copy) =>
            replaceInCopy(
                copy,
                `${LWC}/groupFiles/groupFiles.ts`,
                'downloadUrl: generateUrl(file.documentId),',
                'downloadUrl: `/sfc/servlet.shepherd/document/download/${file.documentId}`,'
            ),
        expect: /groupFiles\.ts:\d+: a hand-built file download URL/
    }
];
