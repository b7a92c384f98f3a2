import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TriggerEvent, TriggerHooks } from '../../src/org/dml/hooks';
import { DmlFailure, DmlUsageError, type DmlRowResult } from '../../src/org/dml/results';
import { to18 } from '../../src/org/ids';
import { InvalidSavepointError, Org } from '../../src/org/org';
import type { ValidationRuleDef } from '../../src/org/project-schema';
import type { OrgContext } from '../../src/org/store';
import { blob, type FieldValue } from '../../src/org/values';
import { UnsupportedError } from '../../src/unsupported';
import { smallSchema } from './fixtures';

// Cases cite the Apex Developer Guide's DML pages and the Object Reference by page name.

const USER = to18('005000000000001');
let clock = Date.UTC(2026, 0, 15, 9, 0);
const context: OrgContext = { runningUserId: USER, now: () => clock, timeZone: 'UTC' };
const allOrNone = { allOrNone: true, context };
const partial = { allOrNone: false, context };

function row(values: Record<string, FieldValue>): Map<string, FieldValue> {
    return new Map(Object.entries(values));
}

function newOrg(options: { hooks?: TriggerHooks; rules?: ValidationRuleDef[]; permissions?: string[] } = {}): Org {
    return new Org(smallSchema(), options.rules ?? [], {
        ...(options.hooks === undefined ? {} : { hooks: options.hooks }),
        hasCustomPermission: (name) => (options.permissions ?? []).includes(name)
    });
}

function count(org: Org, text: string): number | null {
    return org.query(text, () => null, context).count;
}

function stored(org: Org, id: string | null, field: string): FieldValue | undefined {
    return id === null ? undefined : org.store.get(id)?.values.get(field);
}

function failure(action: () => unknown): DmlFailure {
    try {
        action();
    } catch (error) {
        if (error instanceof DmlFailure) {
            return error;
        }
        throw error;
    }
    assert.fail('expected a DmlFailure');
}

test('insert gives Ids, defaults and audit fields (Inserting and Updating Records)', () => {
    const org = newOrg();
    const [team] = org.dml.insert('Team__c', [row({ name: 'Red' })], allOrNone);
    assert.equal(team?.success, true);
    assert.equal(team?.created, true);
    assert.match(String(team?.id), /^a00/);
    const id = team?.id ?? null;
    assert.equal(stored(org, id, 'active__c'), true, 'defaultValue true');
    assert.equal(stored(org, id, 'status__c'), 'Open', 'the default picklist value');
    assert.equal(stored(org, id, 'ownerid'), USER);
    assert.equal(count(org, 'SELECT COUNT() FROM Team__c'), 1);
});

test('a missing required field fails the row; all-or-none keeps nothing, partial keeps the rest', () => {
    const org = newOrg();
    const [team] = org.dml.insert('Team__c', [row({ name: 'Red' })], allOrNone);
    const rows = [row({ name: 'Ann', team__c: team?.id ?? null }), row({ name: 'Orphan' })];
    const error = failure(() => org.dml.insert('Player__c', rows, allOrNone));
    assert.equal(
        error.message,
        'Insert failed. First exception on row 1; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [Team__c]: [Team__c]'
    );
    assert.equal(count(org, 'SELECT COUNT() FROM Player__c'), 0, 'the good row is rolled back too');
    const results = org.dml.insert('Player__c', rows, partial);
    assert.deepEqual(
        results.map((result) => result.success),
        [true, false]
    );
    assert.equal(results[1]?.errors[0]?.statusCode, 'REQUIRED_FIELD_MISSING');
    assert.equal(count(org, 'SELECT COUNT() FROM Player__c'), 1);
});

test('field checks: length, restricted picklist, e-mail, reference type, insert with an Id', () => {
    const org = newOrg();
    const codes = (results: DmlRowResult[]): (string | undefined)[] =>
        results.map((result) => result.errors[0]?.statusCode);
    const results = org.dml.insert(
        'Team__c',
        [
            row({ name: 'A', code__c: 'TOOLONG' }),
            row({ name: 'B', status__c: 'Maybe' }),
            row({ name: 'C', tags__c: 'Red;Purple' }),
            row({ name: 'D', ownerid: to18('001000000000001') }),
            row({ id: to18('a00000000000001'), name: 'E' })
        ],
        partial
    );
    assert.deepEqual(codes(results), [
        'STRING_TOO_LONG',
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        'FIELD_INTEGRITY_EXCEPTION',
        'INVALID_FIELD_FOR_INSERT_UPDATE'
    ]);
    assert.equal(results[0]?.errors[0]?.message, 'Code__c: data value too large: TOOLONG (max length=5)');
    assert.equal(results[1]?.errors[0]?.message, 'Status__c: bad value for restricted picklist field: Maybe');
    const [team] = org.dml.insert('Team__c', [row({ name: 'T' })], allOrNone);
    const [player] = org.dml.insert(
        'Player__c',
        [row({ name: 'P', team__c: team?.id ?? null, email__c: 'not-an-address' })],
        partial
    );
    assert.equal(player?.errors[0]?.statusCode, 'INVALID_EMAIL_ADDRESS');
});

test('unique fields refuse a second equal value, ignoring case, within one call too', () => {
    const org = newOrg();
    const [first] = org.dml.insert('Team__c', [row({ name: 'A', code__c: 'abc' })], allOrNone);
    const results = org.dml.insert(
        'Team__c',
        [row({ name: 'B', code__c: 'ABC' }), row({ name: 'C', code__c: 'x' }), row({ name: 'D', code__c: 'X' })],
        partial
    );
    assert.equal(
        results[0]?.errors[0]?.message,
        `duplicate value found: Code__c duplicates value on record with id: ${first?.id ?? ''}`
    );
    assert.deepEqual(
        results.map((result) => result.success),
        [false, true, false]
    );
});

test('update: an Id is needed, deleted records and computed fields refuse (Updating Records)', () => {
    const org = newOrg();
    const [team] = org.dml.insert('Team__c', [row({ name: 'Red' })], allOrNone);
    const id = team?.id ?? null;
    clock += 60_000;
    org.dml.update('Team__c', [row({ id, name: 'Crimson' })], allOrNone);
    assert.equal(stored(org, id, 'name'), 'Crimson');
    assert.notDeepEqual(stored(org, id, 'lastmodifieddate'), stored(org, id, 'createddate'));
    const results = org.dml.update('Team__c', [row({ name: 'No Id' }), row({ id, active_players__c: 3 })], partial);
    assert.equal(results[0]?.errors[0]?.message, 'Id not specified in an update call');
    assert.equal(results[0]?.errors[0]?.statusCode, 'MISSING_ARGUMENT');
    assert.equal(results[1]?.errors[0]?.statusCode, 'INVALID_FIELD_FOR_INSERT_UPDATE');
    org.dml.delete([id ?? ''], allOrNone);
    const [gone] = org.dml.update('Team__c', [row({ id, name: 'Again' })], partial);
    assert.equal(gone?.errors[0]?.statusCode, 'ENTITY_IS_DELETED');
});

test('upsert matches on Id or an external Id field only (Upserting Records)', () => {
    const org = newOrg();
    const [first] = org.dml.upsert('Team__c', [row({ name: 'Red', code__c: 'R1' })], 'Code__c', allOrNone);
    assert.equal(first?.created, true);
    const [second] = org.dml.upsert('Team__c', [row({ name: 'Ruby', code__c: 'r1' })], 'Code__c', allOrNone);
    assert.equal(second?.created, false);
    assert.equal(second?.id, first?.id);
    assert.equal(stored(org, first?.id ?? null, 'name'), 'Ruby');
    const [byId] = org.dml.upsert('Team__c', [row({ id: first?.id ?? null, name: 'Rose' })], null, allOrNone);
    assert.equal(byId?.created, false);
    assert.throws(
        () => org.dml.upsert('Team__c', [row({ name: 'X' })], 'Name', allOrNone),
        (error: unknown) =>
            error instanceof DmlUsageError &&
            error.message === 'Invalid field for upsert, must be an External Id custom or standard indexed field: Name'
    );
});

test('delete cascades to master-detail children, clears SetNull lookups, and undelete restores both', () => {
    const org = newOrg();
    const [team, other] = org.dml.insert('Team__c', [row({ name: 'Red' }), row({ name: 'Blue' })], allOrNone);
    const [player] = org.dml.insert(
        'Player__c',
        [row({ name: 'Ann', team__c: other?.id ?? null, former_team__c: team?.id ?? null })],
        allOrNone
    );
    org.dml.insert('Player__c', [row({ name: 'Bob', team__c: team?.id ?? null })], allOrNone);
    org.dml.delete([team?.id ?? ''], allOrNone);
    assert.equal(count(org, 'SELECT COUNT() FROM Player__c'), 1, 'Bob went with his team');
    assert.equal(count(org, 'SELECT COUNT() FROM Player__c ALL ROWS'), 2, 'into the recycle bin');
    assert.equal(stored(org, player?.id ?? null, 'former_team__c'), null);
    const [again] = org.dml.delete([team?.id ?? ''], partial);
    assert.equal(again?.errors[0]?.statusCode, 'ENTITY_IS_DELETED');
    org.dml.undelete([team?.id ?? ''], allOrNone);
    assert.equal(count(org, 'SELECT COUNT() FROM Player__c'), 2);
    assert.equal(stored(org, player?.id ?? null, 'former_team__c'), team?.id);
    const [notDeleted] = org.dml.undelete([team?.id ?? ''], partial);
    assert.equal(notDeleted?.errors[0]?.statusCode, 'UNDELETE_FAILED');
});

test('roll-up summaries follow inserts, updates and deletes of the children, with their filters', () => {
    const org = newOrg();
    const [team] = org.dml.insert('Team__c', [row({ name: 'Red' })], allOrNone);
    const teamId = team?.id ?? null;
    const players = org.dml.insert(
        'Player__c',
        [
            row({ name: 'Ann', team__c: teamId, status__c: 'Active', score__c: 5 }),
            row({ name: 'Bob', team__c: teamId, status__c: 'Benched', score__c: 9 })
        ],
        allOrNone
    );
    assert.equal(stored(org, teamId, 'active_players__c'), 1);
    assert.equal(stored(org, teamId, 'top_score__c'), 9);
    org.dml.update('Player__c', [row({ id: players[1]?.id ?? null, status__c: 'Active', score__c: 2 })], allOrNone);
    assert.equal(stored(org, teamId, 'active_players__c'), 2);
    assert.equal(stored(org, teamId, 'top_score__c'), 5);
    org.dml.delete([players[0]?.id ?? ''], allOrNone);
    assert.equal(stored(org, teamId, 'active_players__c'), 1);
});

test('triggers run where the order of execution puts them; addError fails the row', () => {
    const events: string[] = [];
    const hooks: TriggerHooks = {
        handles: (objectType) => objectType === 'Team__c',
        fire: (event: TriggerEvent) => {
            events.push(`${event.timing} ${event.operation}`);
            event.newRows?.forEach((values, index) => {
                if (event.timing === 'before') {
                    values.set('size__c', 11);
                    if (values.get('name') === 'Bad') {
                        event.addError(index, 'No bad teams');
                    }
                } else {
                    assert.match(String(values.get('id')), /^a00/, 'after insert sees the Id');
                }
            });
        }
    };
    const org = newOrg({ hooks });
    const results = org.dml.insert('Team__c', [row({ name: 'Good' }), row({ name: 'Bad' })], partial);
    assert.equal(results[1]?.errors[0]?.message, 'No bad teams');
    assert.equal(results[1]?.errors[0]?.statusCode, 'FIELD_CUSTOM_VALIDATION_EXCEPTION');
    assert.equal(stored(org, results[0]?.id ?? null, 'size__c'), 11, 'a before trigger changes what is saved');
    // The failed row makes the platform roll back and save the rest again, triggers included.
    assert.deepEqual(events, ['before insert', 'after insert', 'before insert', 'after insert']);
    const throwing = newOrg({
        hooks: {
            handles: () => true,
            fire: () => {
                throw new Error('trigger threw');
            }
        }
    });
    assert.throws(() => throwing.dml.insert('Team__c', [row({ name: 'X' })], allOrNone), /trigger threw/);
    assert.equal(count(throwing, 'SELECT COUNT() FROM Team__c'), 0);
});

test('validation rules: ISPICKVAL, ISNEW, ISCHANGED, ISBLANK, REGEX and $Permission', () => {
    const rule = (name: string, formula: string): ValidationRuleDef => ({
        objectType: 'Team__c',
        name,
        active: true,
        errorConditionFormula: formula,
        errorDisplayField: 'Status__c',
        errorMessage: `${name} broken`
    });
    const org = newOrg({
        rules: [
            rule(
                'Closed_By_Admins',
                "AND(ISPICKVAL(Status__c, 'Closed'), OR(ISNEW(), ISCHANGED(Status__c)), NOT($Permission.Admin))"
            ),
            rule('Code_Format', "AND(NOT(ISBLANK(Code__c)), NOT(REGEX(Code__c, '[A-Z]{2}')))")
        ]
    });
    const results = org.dml.insert(
        'Team__c',
        [
            row({ name: 'A', status__c: 'Closed' }),
            row({ name: 'B', code__c: 'abc' }),
            row({ name: 'C', code__c: 'AB' })
        ],
        partial
    );
    assert.deepEqual(
        results.map((result) => result.errors[0]?.message ?? 'ok'),
        ['Closed_By_Admins broken', 'Code_Format broken', 'ok']
    );
    assert.deepEqual(results[0]?.errors[0]?.fields, ['Status__c']);
    const admin = newOrg({
        rules: [rule('Closed_By_Admins', "AND(ISPICKVAL(Status__c, 'Closed'), NOT($Permission.Admin))")],
        permissions: ['Admin']
    });
    assert.equal(admin.dml.insert('Team__c', [row({ name: 'A', status__c: 'Closed' })], partial)[0]?.success, true);
    const unknown = newOrg({ rules: [rule('Dates', 'TODAY() > 1')] });
    assert.throws(() => unknown.dml.insert('Team__c', [row({ name: 'A' })], partial), UnsupportedError);
});

test('savepoints roll back records (Transaction Control)', () => {
    const org = newOrg();
    org.dml.insert('Team__c', [row({ name: 'Kept' })], allOrNone);
    const savepoint = org.setSavepoint();
    org.dml.insert('Team__c', [row({ name: 'Dropped' })], allOrNone);
    const later = org.setSavepoint();
    org.rollback(savepoint);
    assert.equal(count(org, 'SELECT COUNT() FROM Team__c'), 1);
    assert.throws(() => org.rollback(later), InvalidSavepointError, 'a later savepoint is gone');
    org.rollback(savepoint);
});

test('inserting a ContentVersion creates its ContentDocument and the owner link (ContentVersion)', () => {
    const org = newOrg();
    const [version] = org.dml.insert(
        'ContentVersion',
        [row({ title: 'Plan', pathonclient: 'plan.pdf', versiondata: blob(new TextEncoder().encode('hello')) })],
        allOrNone
    );
    const documentId = stored(org, version?.id ?? null, 'contentdocumentid');
    assert.match(String(documentId), /^069/);
    assert.equal(stored(org, version?.id ?? null, 'checksum'), '5d41402abc4b2a76b9719d911017c592');
    assert.equal(stored(org, String(documentId), 'latestpublishedversionid'), version?.id);
    const links = org.query(
        'SELECT LinkedEntityId, ShareType FROM ContentDocumentLink WHERE ContentDocumentId = :doc',
        () => String(documentId),
        context
    );
    assert.deepEqual(
        links.records.map((link) => [link.fields.get('linkedentityid'), link.fields.get('sharetype')]),
        [[USER, 'I']]
    );
});

test('a portal user takes its account from its contact, and its Name from its parts (User)', () => {
    const org = newOrg();
    const [profile, role] = org.seed(
        [
            { objectType: 'Profile', values: row({ name: 'Member' }) },
            { objectType: 'UserRole', values: row({ name: 'Alliance' }) }
        ],
        context
    );
    const [owner] = org.seed(
        [{ objectType: 'User', values: row({ lastname: 'Owner', userroleid: role ?? null }) }],
        context
    );
    org.seed([ownedPermissionSet(profile ?? null)], context);
    const [account, unowned] = org.dml.insert(
        'Account',
        [row({ name: 'Acme', ownerid: owner ?? null }), row({ name: 'Nobody' })],
        allOrNone
    );
    const [contact, stray] = org.dml.insert(
        'Contact',
        [
            row({ lastname: 'Diaz', accountid: account?.id ?? null }),
            row({ lastname: 'Stray', accountid: unowned?.id ?? null })
        ],
        allOrNone
    );
    assert.throws(
        () => org.dml.insert('User', [row({ lastname: 'Stray', contactid: stray?.id ?? null })], allOrNone),
        UnsupportedError,
        'an account owner without a role is refused by the platform in a way not reproduced here'
    );
    const [user] = org.dml.insert(
        'User',
        [
            row({
                username: 'ana@example.org',
                firstname: 'Ana',
                lastname: 'Diaz',
                email: 'ana@example.org',
                alias: 'adiaz',
                languagelocalekey: 'en_US',
                localesidkey: 'en_US',
                timezonesidkey: 'Europe/Paris',
                emailencodingkey: 'UTF-8',
                profileid: profile ?? null,
                contactid: contact?.id ?? null
            })
        ],
        allOrNone
    );
    assert.equal(stored(org, user?.id ?? null, 'name'), 'Ana Diaz');
    assert.equal(stored(org, user?.id ?? null, 'accountid'), account?.id);
    assert.equal(stored(org, user?.id ?? null, 'isactive'), true);
    org.dml.insert(
        'ContentVersion',
        [
            row({
                title: 'Plan',
                pathonclient: 'plan.pdf',
                versiondata: blob(new Uint8Array([1])),
                ownerid: user?.id ?? null
            })
        ],
        allOrNone
    );
    const links = org.query(
        "SELECT LinkedEntity.Type, LinkedEntity.Name FROM ContentDocumentLink WHERE LinkedEntity.Type = 'User'",
        () => null,
        context
    );
    assert.deepEqual(
        links.records.map((link) => [
            link.parents.get('linkedentity')?.fields.get('type'),
            link.parents.get('linkedentity')?.fields.get('name')
        ]),
        [['User', 'Ana Diaz']]
    );
});

test('setup and non-setup DML do not mix in a transaction, except inside a test runAs block', () => {
    const org = newOrg();
    const [profile] = org.seed([{ objectType: 'Profile', values: row({ name: 'Member' }) }], context);
    const [permissionSet] = org.seed(
        [{ objectType: 'PermissionSet', values: row({ name: 'Member', label: 'Member' }) }],
        context
    );
    const [user] = org.seed(
        [
            {
                objectType: 'User',
                values: row({
                    username: 'ana@example.org',
                    lastname: 'Diaz',
                    email: 'ana@example.org',
                    alias: 'adiaz',
                    languagelocalekey: 'en_US',
                    localesidkey: 'en_US',
                    timezonesidkey: 'Europe/Paris',
                    emailencodingkey: 'UTF-8',
                    profileid: profile ?? null
                })
            }
        ],
        context
    );
    org.dml.insert('Account', [row({ name: 'Acme' })], allOrNone);
    const assignment = row({ assigneeid: user ?? null, permissionsetid: permissionSet ?? null });
    const error = failure(() => org.dml.insert('PermissionSetAssignment', [assignment], allOrNone));
    assert.equal(error.results[0]?.errors[0]?.statusCode, 'MIXED_DML_OPERATION');
    assert.match(error.message, /setup object is not permitted .*: PermissionSetAssignment, original object: Account/);
    org.dml.mixedDml.enterRunAs();
    assert.equal(org.dml.insert('PermissionSetAssignment', [assignment], allOrNone)[0]?.success, true);
    // Inside one runAs block a test may mix them (Mixed DML Operations in Test Methods).
    assert.equal(org.dml.insert('Account', [row({ name: 'Beta' })], allOrNone)[0]?.success, true);
    org.dml.mixedDml.exit();
    org.dml.mixedDml.enterTransaction();
    org.dml.insert('Account', [row({ name: 'Gamma' })], allOrNone);
    assert.throws(() => org.dml.insert('PermissionSetAssignment', [assignment], allOrNone), DmlFailure);
    org.dml.mixedDml.exit();
    // Updating a user's name is not a setup change; deactivating them is.
    assert.equal(org.dml.update('User', [row({ id: user ?? null, firstname: 'Ana' })], allOrNone)[0]?.success, true);
    assert.throws(() => org.dml.update('User', [row({ id: user ?? null, isactive: false })], allOrNone), DmlFailure);
});

test('users are deactivated, never deleted (User, Object Reference: Supported Calls)', () => {
    const org = newOrg();
    const [profile] = org.seed([{ objectType: 'Profile', values: row({ name: 'Member' }) }], context);
    const [user] = org.seed(
        [{ objectType: 'User', values: row({ lastname: 'Diaz', profileid: profile ?? null }) }],
        context
    );
    assert.throws(
        () => org.dml.delete([user ?? ''], allOrNone),
        (error: unknown) =>
            error instanceof DmlUsageError && error.message === 'DML operation Delete not allowed on User'
    );
});

test('auto-number fields take the next number in their display format, on insert only', () => {
    const schema = smallSchema();
    const team = schema.object('Team__c');
    const name = team?.fields.get('name');
    assert.ok(team && name);
    team.fields.set('name', {
        ...name,
        type: 'AutoNumber',
        createable: false,
        updateable: false,
        autoNumber: { format: 'T-{000}', start: 7 }
    });
    const org = new Org(schema, []);
    const results = org.dml.insert('Team__c', [row({}), row({})], allOrNone);
    assert.deepEqual(
        results.map((result) => stored(org, result.id, 'name')),
        ['T-007', 'T-008']
    );
    const [refused] = org.dml.insert('Team__c', [row({ name: 'Mine' })], partial);
    assert.equal(refused?.errors[0]?.statusCode, 'INVALID_FIELD_FOR_INSERT_UPDATE');
});

function ownedPermissionSet(profileId: string | null) {
    return {
        objectType: 'PermissionSet',
        values: row({ name: null, label: null, isownedbyprofile: true, profileid: profileId })
    };
}

test('saving a user assigns the permission set its profile owns; a new profile moves the assignment', () => {
    const org = newOrg();
    const [member, other] = org.seed(
        [
            { objectType: 'Profile', values: row({ name: 'Member' }) },
            { objectType: 'Profile', values: row({ name: 'Other' }) }
        ],
        context
    );
    const [memberSet, otherSet] = org.seed(
        [ownedPermissionSet(member ?? null), ownedPermissionSet(other ?? null)],
        context
    );
    const [user] = org.dml.insert(
        'User',
        [
            row({
                username: 'ana@example.org',
                lastname: 'Diaz',
                email: 'ana@example.org',
                alias: 'adiaz',
                languagelocalekey: 'en_US',
                localesidkey: 'en_US',
                timezonesidkey: 'Europe/Paris',
                emailencodingkey: 'UTF-8',
                profileid: member ?? null
            })
        ],
        allOrNone
    );
    const assignments = () =>
        org
            .query(
                'SELECT PermissionSetId, PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment WHERE AssigneeId = :id',
                () => user?.id ?? null,
                context
            )
            .records.map((record) => [
                record.fields.get('permissionsetid'),
                record.parents.get('permissionset')?.fields.get('isownedbyprofile')
            ]);
    assert.deepEqual(assignments(), [[memberSet, true]]);
    org.dml.update('User', [row({ id: user?.id ?? null, profileid: other ?? null })], allOrNone);
    assert.deepEqual(assignments(), [[otherSet, true]]);
    const [assignment] = org.query(
        'SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = :id',
        () => user?.id ?? null,
        context
    ).records;
    assert.throws(() => org.dml.delete([String(assignment?.fields.get('id'))], allOrNone), UnsupportedError);
    assert.throws(
        () =>
            org.dml.insert(
                'PermissionSetAssignment',
                [row({ assigneeid: user?.id ?? null, permissionsetid: memberSet ?? null })],
                allOrNone
            ),
        UnsupportedError
    );
});
