import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditFields, fieldDef, fieldMap, ownerField } from '../../src/org/fields';
import { Org } from '../../src/org/org';
import type { RecordAccessGrants } from '../../src/org/access/record-access-grants';
import { Schema, type FieldDef, type ObjectDef } from '../../src/org/schema';
import type { FieldValue } from '../../src/org/values';
import { standardObjects } from '../../src/org/standard-objects';
import { loadSources } from '../../src/runner/project';
import { runTests, testClasses } from '../../src/runner/test-runner';
import { UnsupportedError } from '../../src/unsupported';

function object(apiName: string, keyPrefix: string, sharingModel: string, fields: FieldDef[]): ObjectDef {
    const owned = sharingModel !== 'ControlledByParent';
    return {
        apiName,
        kind: 'custom',
        keyPrefix,
        sharingModel,
        externalSharingModel: sharingModel === 'Read' ? 'Private' : sharingModel,
        fields: fieldMap([
            ...auditFields(),
            ...(owned ? [ownerField()] : []),
            fieldDef('Name', 'Text', { length: 80 }),
            ...fields
        ]),
        childRelationships: new Map()
    };
}

/** A private object, a public read-only one and a master-detail child controlled by the private one. */
function sharingSchema(): Schema {
    const schema = new Schema();
    for (const standard of standardObjects()) {
        schema.add(standard);
    }
    schema.add(object('Secret__c', 'a10', 'Private', []));
    schema.add(object('Notice__c', 'a11', 'Read', []));
    schema.add(
        object('Note__c', 'a12', 'ControlledByParent', [
            fieldDef('Secret__c', 'MasterDetail', {
                required: true,
                referenceTo: ['Secret__c'],
                relationshipName: 'Secret__r',
                childRelationshipName: 'Notes__r',
                deleteConstraint: 'Cascade',
                updateable: false
            })
        ])
    );
    schema.link();
    return schema;
}

const GRANTS: RecordAccessGrants = new Map([
    [
        'secret_viewer',
        { viewAllData: false, modifyAllData: false, viewAll: new Set(['secret__c']), modifyAll: new Set() }
    ]
]);

const CLASSES = [
    {
        file: 'classes/WithSharing.cls',
        source: `public with sharing class WithSharing {
    public static Integer secrets() { return [SELECT COUNT() FROM Secret__c WITH SYSTEM_MODE]; }
    public static Integer notes() { return [SELECT COUNT() FROM Note__c]; }
    public static void rename(Id recordId) { update as system new Notice__c(Id = recordId, Name = 'Renamed'); }
    public static Boolean tryRename(Id recordId) {
        return Database.update(new Notice__c(Id = recordId, Name = 'Renamed'), false).isSuccess();
    }
}`
    },
    {
        file: 'classes/WithoutSharing.cls',
        source: `public without sharing class WithoutSharing {
    public static Integer secrets() { return [SELECT COUNT() FROM Secret__c]; }
    public static Integer throughInherited() { return InheritedSharing.secrets(); }
    public static Integer throughNoKeyword() { return NoKeyword.secrets(); }
    public static void rename(Id recordId) { update new Notice__c(Id = recordId, Name = 'Renamed'); }
}`
    },
    {
        file: 'classes/InheritedSharing.cls',
        source: `public inherited sharing class InheritedSharing {
    public static Integer secrets() { return [SELECT COUNT() FROM Secret__c]; }
}`
    },
    {
        file: 'classes/NoKeyword.cls',
        source: `public class NoKeyword {
    public static Integer secrets() { return [SELECT COUNT() FROM Secret__c]; }
}`
    },
    {
        file: 'classes/ExtendsWithout.cls',
        source: `public class ExtendsWithout extends Base {
    public static Integer secrets() { return [SELECT COUNT() FROM Secret__c]; }
}`
    },
    {
        file: 'classes/Base.cls',
        source: `public virtual without sharing class Base {}`
    }
];

const SHARING_TEST = `@IsTest
private class SharingTest {
    private static User standardUser(String alias) {
        Profile standard = [SELECT Id FROM Profile WHERE Name = 'Standard User'];
        User person = new User(Username = alias + '@example.com', LastName = alias, Email = alias + '@example.com',
            Alias = alias, LanguageLocaleKey = 'en_US', LocaleSidKey = 'en_US', TimeZoneSidKey = 'Europe/Paris',
            EmailEncodingKey = 'UTF-8', ProfileId = standard.Id);
        System.runAs(new User(Id = UserInfo.getUserId())) {
            insert person;
        }
        return person;
    }

    @IsTest
    static void eachKeywordDecidesWhoseSharingApplies() {
        insert new List<Secret__c>{ new Secret__c(Name = 'One'), new Secret__c(Name = 'Two') };
        User person = standardUser('reader');
        Assert.areEqual(2, WithSharing.secrets(), 'the administrator sees every record');
        System.runAs(person) {
            Assert.areEqual(0, WithSharing.secrets(), 'with sharing, even in system mode');
            Assert.areEqual(2, WithoutSharing.secrets(), 'without sharing');
            Assert.areEqual(2, WithoutSharing.throughInherited(), 'inherited from a without sharing caller');
            Assert.areEqual(2, WithoutSharing.throughNoKeyword(), 'no keyword takes the caller mode');
            Assert.areEqual(0, InheritedSharing.secrets(), 'inherited from the test code in runAs');
            Assert.areEqual(0, NoKeyword.secrets(), 'no keyword, called from the test code in runAs');
            Assert.areEqual(2, ExtendsWithout.secrets(), 'the superclass keyword');
            Assert.areEqual(0, [SELECT COUNT() FROM Secret__c WITH SYSTEM_MODE], 'the test code in runAs');
        }
        Assert.areEqual(2, NoKeyword.secrets(), 'the test code outside runAs runs without sharing');
    }

    @IsTest
    static void ownersSeeTheirRecordsAndChildrenFollowTheirMaster() {
        Secret__c theirs = new Secret__c(Name = 'Theirs');
        insert theirs;
        insert new Note__c(Name = 'On theirs', Secret__c = theirs.Id);
        User person = standardUser('owner');
        System.runAs(person) {
            Secret__c mine = new Secret__c(Name = 'Mine');
            insert mine;
            insert new Note__c(Name = 'On mine', Secret__c = mine.Id);
            Assert.areEqual(1, WithSharing.secrets(), 'only the record they own');
            Assert.areEqual(1, WithSharing.notes(), 'only the note on their record');
        }
    }

    @IsTest
    static void readOnlyDefaultLetsOthersReadButNotEdit() {
        Notice__c notice = new Notice__c(Name = 'Notice');
        insert notice;
        User person = standardUser('editor');
        System.runAs(person) {
            Assert.areEqual(1, [SELECT COUNT() FROM Notice__c], 'Public Read Only');
            Assert.isFalse(WithSharing.tryRename(notice.Id), 'no edit access');
            try {
                WithSharing.rename(notice.Id);
                Assert.fail('the update must fail');
            } catch (DmlException failure) {
                Assert.areEqual('INSUFFICIENT_ACCESS_OR_READONLY', failure.getDmlType(0).name(), 'the status code');
                Assert.areEqual(
                    'Update failed. First exception on row 0; first error: INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id: []',
                    failure.getMessage(),
                    'the message'
                );
            }
            WithoutSharing.rename(notice.Id);
        }
        Assert.areEqual('Renamed', [SELECT Name FROM Notice__c].Name, 'renamed without sharing');
    }

    @IsTest
    static void viewAllFromAPermissionSetReadsButDoesNotEdit() {
        insert new Secret__c(Name = 'One');
        User person = standardUser('viewer');
        System.runAs(new User(Id = UserInfo.getUserId())) {
            PermissionSet viewer = [SELECT Id FROM PermissionSet WHERE Name = 'Secret_Viewer'];
            insert new PermissionSetAssignment(AssigneeId = person.Id, PermissionSetId = viewer.Id);
        }
        System.runAs(person) {
            Secret__c secret = [SELECT Id FROM Secret__c];
            Database.SaveResult result = Database.update(new Secret__c(Id = secret.Id, Name = 'Two'), false);
            Assert.isFalse(result.isSuccess(), 'View All is not Modify All');
        }
    }

    @IsTest
    static void queueMembersSeeWhatTheQueueOwns() {
        User person = standardUser('member');
        Group queue = new Group(Name = 'Reviewers', Type = 'Queue');
        System.runAs(new User(Id = UserInfo.getUserId())) {
            insert queue;
            insert new GroupMember(GroupId = queue.Id, UserOrGroupId = person.Id);
        }
        insert new List<Secret__c>{ new Secret__c(Name = 'Queued', OwnerId = queue.Id), new Secret__c(Name = 'Other') };
        System.runAs(person) {
            Assert.areEqual(1, WithSharing.secrets(), 'the record the queue owns');
        }
    }

    @IsTest
    static void aStandardObjectWithoutItsDefaultIsUnsupported() {
        insert new Account(Name = 'Acme');
        User person = standardUser('account');
        System.runAs(person) {
            Integer seen = [SELECT COUNT() FROM Account];
        }
    }
}`;

function sharingResults() {
    const schema = sharingSchema();
    const project = loadSources('.', [...CLASSES, { file: 'classes/SharingTest.cls', source: SHARING_TEST }], {
        schema,
        validationRules: [],
        setupRecords: [
            {
                objectType: 'PermissionSet',
                values: new Map<string, FieldValue>([
                    ['name', 'Secret_Viewer'],
                    ['label', 'Secret Viewer'],
                    ['isownedbyprofile', false]
                ])
            }
        ],
        recordAccessGrants: GRANTS
    });
    return new Map(runTests(project, testClasses(project, undefined)).map((result) => [result.method, result]));
}

const results = sharingResults();

for (const method of [
    'eachKeywordDecidesWhoseSharingApplies',
    'ownersSeeTheirRecordsAndChildrenFollowTheirMaster',
    'readOnlyDefaultLetsOthersReadButNotEdit',
    'viewAllFromAPermissionSetReadsButDoesNotEdit',
    'queueMembersSeeWhatTheQueueOwns'
]) {
    test(`sharing: ${method}`, () => {
        const result = results.get(method);
        assert.equal(result?.verdict, 'PASS', result?.message ?? '');
    });
}

test('sharing: a standard object whose default the metadata does not give is UNSUPPORTED', () => {
    const result = results.get('aStandardObjectWithoutItsDefaultIsUnsupported');
    assert.equal(result?.verdict, 'UNSUPPORTED');
    assert.match(
        result?.message ?? '',
        /record sharing of Account \(its organisation-wide default is not in the metadata\)/
    );
});

/** An org with a profile of each kind and a user on it, for the sharing model's own rules. */
function orgWithUsers() {
    const org = new Org(sharingSchema(), [], { recordAccessGrants: GRANTS });
    const context = { runningUserId: '005000000000000AAA', now: () => 0, timeZone: 'UTC' };
    const seed = (objectType: string, values: Record<string, string | boolean | null>): string => {
        const [id] = org.seed([{ objectType, values: new Map(Object.entries(values)) }], context);
        return id ?? '';
    };
    const user = (profileName: string, userType: string, role: string | null): string =>
        seed('User', {
            username: `${profileName}@example.com`,
            lastname: profileName,
            email: 'x@example.com',
            alias: 'x',
            languagelocalekey: 'en_US',
            localesidkey: 'en_US',
            timezonesidkey: 'UTC',
            emailencodingkey: 'UTF-8',
            userroleid: role,
            profileid: seed('Profile', { name: profileName, usertype: userType })
        });
    const role = seed('UserRole', { name: 'Staff' });
    return {
        org,
        seed,
        internal: user('Internal', 'Standard', null),
        external: user('Community', 'CspLitePortal', null),
        withRole: user('Manager', 'Standard', role),
        ownerWithRole: user('Staff', 'Standard', role)
    };
}

test('sharing: site and portal users get the external default', () => {
    const { org, seed, internal, external } = orgWithUsers();
    const notice = org.store.get(seed('Notice__c', { name: 'Notice', ownerid: internal }));
    assert.ok(notice !== undefined);
    assert.equal(org.sharing.visibilityFor(internal).canAccess(notice, 'read'), true);
    assert.equal(org.sharing.visibilityFor(external).canAccess(notice, 'read'), false);
});

test('sharing: a record the role hierarchy could open is UNSUPPORTED, never guessed', () => {
    const { org, seed, withRole, ownerWithRole, internal } = orgWithUsers();
    const secret = org.store.get(seed('Secret__c', { name: 'Secret', ownerid: ownerWithRole }));
    assert.ok(secret !== undefined);
    assert.throws(
        () => org.sharing.visibilityFor(withRole).canAccess(secret, 'read'),
        (error: unknown) => error instanceof UnsupportedError && /role hierarchy/.test(error.message)
    );
    assert.equal(org.sharing.visibilityFor(internal).canAccess(secret, 'read'), false, 'no role: no hierarchy');
});

test('sharing: deleting needs full access, and a child is edited through its master', () => {
    const { org, seed, internal } = orgWithUsers();
    const context = { runningUserId: internal, now: () => 0, timeZone: 'UTC' };
    const sharing = org.sharing.visibilityFor(internal);
    const notice = seed('Notice__c', { name: 'Notice', ownerid: '005000000000000AAA' });
    const [refused] = org.dml.delete([notice], { allOrNone: false, context, sharing });
    assert.deepEqual(
        refused?.errors.map((error) => error.statusCode),
        ['INSUFFICIENT_ACCESS_OR_READONLY']
    );
    const mine = seed('Secret__c', { name: 'Mine', ownerid: internal });
    assert.throws(
        () =>
            org.dml.insert(
                'Note__c',
                [
                    new Map([
                        ['name', 'On theirs'],
                        ['secret__c', seed('Secret__c', { name: 'Theirs' })]
                    ])
                ],
                { allOrNone: true, context, sharing }
            ),
        (error: unknown) => error instanceof UnsupportedError && /cross-reference/.test(error.message)
    );
    const [inserted] = org.dml.insert(
        'Note__c',
        [
            new Map([
                ['name', 'On mine'],
                ['secret__c', mine]
            ])
        ],
        {
            allOrNone: true,
            context,
            sharing
        }
    );
    assert.equal(inserted?.success, true);
    const [deleted] = org.dml.delete([inserted?.id ?? ''], { allOrNone: true, context, sharing });
    assert.equal(deleted?.success, true, 'full access to the master');
});
