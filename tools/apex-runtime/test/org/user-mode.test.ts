import assert from 'node:assert/strict';
import { test } from 'node:test';
import { permissionSetOf } from '../../src/org/access/permission-sets';
import type { FieldValue, SeedRecord } from '../../src/org/index';
import { loadSources } from '../../src/runner/project';
import { runTests, testClasses } from '../../src/runner/test-runner';
import { debugMessages, run } from '../support';
import { smallSchema } from './fixtures';
import { fieldDef, fieldMap, systemField } from '../../src/org/fields';

/** The small schema with one custom metadata type. */
function schemaWithRules() {
    const schema = smallSchema();
    schema.add({
        apiName: 'Rule__mdt',
        kind: 'customMetadata',
        keyPrefix: 'm00',
        sharingModel: null,
        externalSharingModel: null,
        fields: fieldMap([
            systemField('Id', 'Id', { length: 18 }),
            fieldDef('DeveloperName', 'Text', { length: 40 }),
            fieldDef('Points__c', 'Number', { precision: 3, scale: 0 })
        ]),
        childRelationships: new Map()
    });
    return schema;
}

/** Reads Team__c and its Code__c and the Rule__mdt type, edits nothing; holds the custom permission Coach. */
const TEAM_READER = `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <customMetadataTypeAccesses><enabled>true</enabled><name>Rule__mdt</name></customMetadataTypeAccesses>
    <customPermissions><enabled>true</enabled><name>Coach</name></customPermissions>
    <customPermissions><enabled>false</enabled><name>Referee</name></customPermissions>
    <fieldPermissions><editable>false</editable><field>Team__c.Code__c</field><readable>true</readable></fieldPermissions>
    <fieldPermissions><editable>false</editable><field>Team__c.Size__c</field><readable>false</readable></fieldPermissions>
    <hasActivationRequired>false</hasActivationRequired>
    <label>Team Reader</label>
    <objectPermissions>
        <allowCreate>false</allowCreate><allowDelete>false</allowDelete><allowEdit>false</allowEdit>
        <allowRead>true</allowRead><modifyAllRecords>false</modifyAllRecords>
        <object>Team__c</object><viewAllRecords>false</viewAllRecords>
    </objectPermissions>
</PermissionSet>`;

/** Creates Team__c records and sets Code__c on them. */
const TEAM_CREATOR = `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <fieldPermissions><editable>true</editable><field>Team__c.Code__c</field><readable>true</readable></fieldPermissions>
    <label>Team Creator</label>
    <objectPermissions>
        <allowCreate>true</allowCreate><allowDelete>false</allowDelete><allowEdit>false</allowEdit>
        <allowRead>true</allowRead><modifyAllRecords>false</modifyAllRecords>
        <object>Team__c</object><viewAllRecords>false</viewAllRecords>
    </objectPermissions>
</PermissionSet>`;

const SETS: Record<string, string> = { Team_Reader: TEAM_READER, Team_Creator: TEAM_CREATOR };

/** A Standard User holding the named permission sets, saved inside System.runAs as the project's factory does. */
const USER_FACTORY = `
    static User standardUser(List<String> setNames) {
        User person = new User(
            ProfileId = [SELECT Id FROM Profile WHERE Name = 'Standard User'].Id,
            Username = 'reader' + setNames.size() + '@example.org',
            Email = 'reader@example.org',
            LastName = 'Reader',
            Alias = 'reader',
            TimeZoneSidKey = 'Europe/London',
            LocaleSidKey = 'en_GB',
            EmailEncodingKey = 'UTF-8',
            LanguageLocaleKey = 'en_US'
        );
        System.runAs(new User(Id = UserInfo.getUserId())) {
            insert person;
            List<PermissionSetAssignment> assignments = new List<PermissionSetAssignment>();
            for (PermissionSet permissionSet : [SELECT Id FROM PermissionSet WHERE Name IN :setNames]) {
                assignments.add(new PermissionSetAssignment(AssigneeId = person.Id, PermissionSetId = permissionSet.Id));
            }
            insert assignments;
        }
        return person;
    }`;

function projectWith(testClass: string) {
    const setupRecords: SeedRecord[] = Object.keys(SETS).map((name) => ({
        objectType: 'PermissionSet',
        values: new Map<string, FieldValue>([
            ['name', name],
            ['label', name],
            ['isownedbyprofile', false]
        ])
    }));
    const permissionSets = new Map(
        Object.entries(SETS).map(([name, xml]) => [name.toLowerCase(), permissionSetOf(name, xml, `${name}.xml`)])
    );
    return loadSources('.', [{ file: 'classes/AccessTest.cls', source: testClass }], {
        schema: schemaWithRules(),
        validationRules: [],
        setupRecords,
        permissionSets
    });
}

function verdicts(methods: string): Map<string, { verdict: string; message: string | null }> {
    const project = projectWith(`@IsTest private class AccessTest {${USER_FACTORY}\n${methods}\n}`);
    return new Map(
        runTests(project, testClasses(project, undefined)).map((result) => [
            result.method,
            { verdict: result.verdict, message: result.message }
        ])
    );
}

test('user-mode SOQL refuses an object the user cannot read and a field they cannot see, in any clause', () => {
    const results = verdicts(`
    @IsTest static void refusals() {
        User reader = standardUser(new List<String>{ 'Team_Reader' });
        System.runAs(reader) {
            try {
                List<Player__c> players = [SELECT Id FROM Player__c WITH USER_MODE];
                Assert.fail('no read on Player__c');
            } catch (QueryException e) {
                Assert.isTrue(e.getMessage().startsWith('sObject type \\'Player__c\\' is not supported.'), e.getMessage());
            }
            try {
                Database.query('SELECT Id FROM Team__c WHERE Size__c > 3', AccessLevel.USER_MODE);
                Assert.fail('Size__c is hidden, in the WHERE clause too');
            } catch (QueryException e) {
                Assert.isTrue(e.getMessage().startsWith('No such column \\'Size__c\\' on entity \\'Team__c\\'.'), e.getMessage());
            }
            try {
                List<Team__c> teams = [SELECT Id FROM Team__c WITH USER_MODE ORDER BY Started__c];
                Assert.fail('Started__c is granted by no set');
            } catch (QueryException e) {
                Assert.isTrue(e.getMessage().contains('Started__c'), e.getMessage());
            }
        }
    }
    @IsTest static void aGrantedQueryRuns() {
        User reader = standardUser(new List<String>{ 'Team_Reader' });
        System.runAs(reader) {
            List<Team__c> teams = [SELECT Id, Name, Code__c, CreatedById FROM Team__c WITH USER_MODE];
            Assert.areEqual(0, teams.size(), 'granted, and there is no team');
        }
    }
    @IsTest static void customMetadataNeedsItsGrant() {
        User reader = standardUser(new List<String>{ 'Team_Reader' });
        User nobody = standardUser(new List<String>());
        System.runAs(reader) {
            Assert.areEqual(0, [SELECT Id, Points__c FROM Rule__mdt WITH USER_MODE].size(), 'granted, and shared with all');
        }
        System.runAs(nobody) {
            try {
                Database.query('SELECT Id FROM Rule__mdt', AccessLevel.USER_MODE);
                Assert.fail('read access to custom metadata types is restricted by default');
            } catch (QueryException e) {
                Assert.isTrue(e.getMessage().startsWith('sObject type \\'Rule__mdt\\''), e.getMessage());
            }
        }
    }
    @IsTest static void systemModeIgnoresPermissions() {
        User reader = standardUser(new List<String>());
        System.runAs(reader) {
            Assert.areEqual(0, [SELECT COUNT() FROM Player__c WHERE Score__c > 0 WITH SYSTEM_MODE], 'system mode');
        }
    }`);
    assert.equal(results.get('refusals')?.verdict, 'PASS', results.get('refusals')?.message ?? '');
    assert.equal(results.get('aGrantedQueryRuns')?.verdict, 'PASS', results.get('aGrantedQueryRuns')?.message ?? '');
    assert.equal(results.get('systemModeIgnoresPermissions')?.verdict, 'PASS');
    assert.equal(
        results.get('customMetadataNeedsItsGrant')?.verdict,
        'PASS',
        results.get('customMetadataNeedsItsGrant')?.message ?? ''
    );
});

test('describe results and FeatureManagement answer from the profile and the assigned permission sets', () => {
    const results = verdicts(`
    @IsTest static void answers() {
        User reader = standardUser(new List<String>{ 'Team_Reader' });
        System.runAs(reader) {
            Assert.isTrue(Team__c.SObjectType.getDescribe().isAccessible(), 'read granted');
            Assert.isFalse(Schema.SObjectType.Team__c.isCreateable(), 'create not granted');
            Assert.isFalse(Schema.SObjectType.Player__c.isAccessible(), 'no set grants Player__c');
            Assert.isTrue(Schema.SObjectType.Team__c.fields.Code__c.isAccessible(), 'FLS read');
            Assert.isFalse(Schema.SObjectType.Team__c.fields.Code__c.isUpdateable(), 'FLS edit not granted');
            Assert.isFalse(Schema.SObjectType.Team__c.fields.Size__c.isAccessible(), 'readable false');
            Assert.isTrue(Schema.SObjectType.Team__c.fields.Name.isAccessible(), 'the name field has no FLS');
            Assert.isFalse(Schema.SObjectType.Team__c.fields.Top_Score__c.isCreateable(), 'a roll-up is never set');
            Assert.isTrue(FeatureManagement.checkPermission('Coach'), 'enabled in Team_Reader');
            Assert.isFalse(FeatureManagement.checkPermission('Referee'), 'listed but not enabled');
        }
        Assert.isTrue(Schema.SObjectType.Player__c.isDeletable(), 'the administrator has Modify All Data');
    }
    @IsTest static void anAdministratorsCustomPermissionIsUnknown() {
        FeatureManagement.checkPermission('Coach');
    }`);
    assert.equal(results.get('answers')?.verdict, 'PASS', results.get('answers')?.message ?? '');
    assert.equal(results.get('anAdministratorsCustomPermissionIsUnknown')?.verdict, 'UNSUPPORTED');
});

test('user-mode DML needs the object permission and edit access to each field set', () => {
    const results = verdicts(`
    @IsTest static void creatorInserts() {
        User creator = standardUser(new List<String>{ 'Team_Creator' });
        System.runAs(creator) {
            Team__c team = new Team__c(Name = 'Reds', Code__c = 'R');
            insert as user team;
            Assert.isNotNull(team.Id, 'create access and edit access on each field set');
        }
    }
    @IsTest static void readerCannotInsert() {
        User reader = standardUser(new List<String>{ 'Team_Reader' });
        System.runAs(reader) {
            Database.insert(new Team__c(Name = 'Blues'), AccessLevel.USER_MODE);
        }
    }
    @IsTest static void creatorCannotSetAHiddenField() {
        User creator = standardUser(new List<String>{ 'Team_Creator' });
        System.runAs(creator) {
            insert as user new Team__c(Name = 'Greens', Size__c = 11);
        }
    }
    @IsTest static void administratorInsertsInUserMode() {
        Team__c team = new Team__c(Name = 'Whites');
        insert as user team;
        Assert.isNotNull(team.Id, 'Modify All Data grants create');
    }`);
    assert.equal(results.get('creatorInserts')?.verdict, 'PASS', results.get('creatorInserts')?.message ?? '');
    assert.match(results.get('readerCannotInsert')?.message ?? '', /without create access/);
    assert.match(results.get('creatorCannotSetAHiddenField')?.message ?? '', /Team__c\.Size__c without edit access/);
    assert.equal(results.get('administratorInsertsInUserMode')?.verdict, 'PASS');
});

test('the administrator runs the guide user-mode examples; fields of standard objects stay UNSUPPORTED', () => {
    const execution = run(`
        System.debug([SELECT COUNT() FROM Profile WITH USER_MODE]);
        System.debug(Database.query('SELECT Id, Name FROM Profile', AccessLevel.USER_MODE).size());`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['3', '3']);
    const standardField = run('List<User> users = [SELECT Id, FirstName FROM User WITH USER_MODE];');
    assert.equal(standardField.outcome, 'unsupported');
});
