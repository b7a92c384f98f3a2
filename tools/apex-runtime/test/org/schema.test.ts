import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fieldFromXml, loadProjectSchema } from '../../src/org/project-schema';
import { loadProjectRecords } from '../../src/org/project-records';
import { parseMetadata } from '../../src/org/metadata-xml';

const FORCE_APP = join(__dirname, '..', '..', '..', '..', 'force-app');

test("the project's objects load with their fields, relationships and roll-ups", () => {
    const { schema, validationRules } = loadProjectSchema([FORCE_APP]);
    const group = schema.object('exchange_group__c');
    assert.ok(group);
    assert.equal(group.kind, 'custom');
    assert.equal(group.sharingModel, 'Private');
    assert.match(group.keyPrefix, /^a[0-9A-Za-z]{2}$/);
    const kind = group.fields.get('kind__c');
    assert.equal(kind?.type, 'Picklist');
    assert.equal(kind?.picklist?.restricted, true);
    assert.deepEqual(kind?.picklist?.defaults, ['Peer_Group']);
    const count = group.fields.get('active_member_count__c');
    assert.equal(count?.summary?.operation, 'count');
    assert.equal(count?.summary?.childObject, 'Exchange_Membership__c');
    assert.equal(count?.createable, false);
    // The master-detail child reaches its parent as Group__r; the parent lists it as Memberships__r.
    const membership = schema.object('Exchange_Membership__c');
    assert.equal(membership?.fields.get('group__c')?.relationshipName, 'Group__r');
    assert.equal(membership?.fields.has('ownerid'), false, 'a master-detail child has no owner');
    assert.equal(group.childRelationships.get('memberships__r')?.cascadeDelete, true);
    assert.ok(validationRules.some((rule) => rule.name === 'Conversation_Never_Listed'));
    // Standard objects gain the project's custom fields.
    assert.equal(schema.object('Account')?.fields.get('exchange_languages__c')?.type, 'MultiselectPicklist');
    assert.equal(schema.object('Account')?.keyPrefix, '001');
    assert.deepEqual(schema.object('Colleague_Invitation__c')?.fields.get('name')?.autoNumber, {
        format: 'INV-{00000}',
        start: 1
    });
});

test('custom metadata records, permission sets and notification types are deployed records', () => {
    const { schema } = loadProjectSchema([FORCE_APP]);
    const seeds = loadProjectRecords([FORCE_APP], schema);
    const setting = seeds.find((seed) => seed.objectType === 'Exchange_Setting__mdt');
    assert.equal(setting?.values.get('developername'), 'Default');
    assert.equal(setting?.values.get('dormancy_days__c'), 90);
    assert.equal(setting?.values.get('auto_approve_invitations__c'), false);
    assert.ok(
        seeds.some((seed) => seed.objectType === 'PermissionSet' && seed.values.get('name') === 'Exchange_Member')
    );
    assert.ok(seeds.some((seed) => seed.objectType === 'CustomNotificationType'));
});

test('a field type the runtime does not model fails the load by name', () => {
    const xml = parseMetadata(
        '<CustomField><fullName>Where__c</fullName><type>Location</type></CustomField>',
        'CustomField',
        'Where__c.field-meta.xml'
    );
    assert.throws(() => fieldFromXml(xml, 'Thing__c', 'Where__c.field-meta.xml'), /Location/);
});
