import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checksumSuffix, isValidId, sameId, to18 } from '../../src/org/ids';
import { RecordStore, type OrgContext } from '../../src/org/store';
import { isDateTime } from '../../src/org/values';
import { smallSchema } from './fixtures';

const USER_ID = to18('005000000000001');
const context: OrgContext = { runningUserId: USER_ID, now: () => Date.UTC(2026, 0, 15, 9, 30), timeZone: 'UTC' };

test('the 18-character suffix encodes the upper-case letters of each five characters', () => {
    // 001Ab | 00000 | 0XyZQ: bit 3, nothing, bits 1, 3 and 4 → I, A, 0.
    assert.equal(checksumSuffix('001Ab000000XyZQ'), 'IA0');
    assert.equal(to18('001Ab000000XyZQ'), '001Ab000000XyZQIA0');
    assert.ok(isValidId('001Ab000000XyZQIA0'));
    assert.ok(isValidId('001Ab000000XyZQia0'), 'the suffix itself is case-insensitive');
    assert.ok(!isValidId('001Ab000000XyZQIA1'));
    assert.ok(sameId('001Ab000000XyZQ', '001Ab000000XyZQIA0'));
    assert.ok(!sameId('001ab000000XyZQ', '001Ab000000XyZQIA0'), '15-character Ids are case-sensitive');
});

test('a new record gets an Id with its key prefix, audit fields from the context, and an owner', () => {
    const schema = smallSchema();
    const store = new RecordStore(schema);
    const account = schema.object('Account');
    assert.ok(account);
    const record = store.create(account, new Map([['name', 'Acme']]), context);
    assert.equal(record.id.slice(0, 3), '001');
    assert.equal(record.id.length, 18);
    assert.ok(isValidId(record.id));
    assert.equal(record.values.get('createdbyid'), USER_ID);
    assert.equal(record.values.get('ownerid'), USER_ID);
    assert.equal(record.values.get('isdeleted'), false);
    const created = record.values.get('createddate') ?? null;
    assert.ok(isDateTime(created) && created.epochMs === Date.UTC(2026, 0, 15, 9, 30));
    assert.equal(store.get(record.id.slice(0, 15)), record, 'found by its 15-character Id');
});

test('a snapshot restores values and deletions but Ids keep counting', () => {
    const schema = smallSchema();
    const store = new RecordStore(schema);
    const account = schema.object('Account');
    assert.ok(account);
    const first = store.create(account, new Map([['name', 'Before']]), context);
    const snapshot = store.snapshot();
    store.write(first, new Map([['name', 'After']]), context);
    const second = store.create(account, new Map([['name', 'Later']]), context);
    store.restore(snapshot);
    assert.equal(store.get(first.id)?.values.get('name'), 'Before');
    assert.equal(store.get(second.id), undefined);
    const third = store.create(account, new Map([['name', 'Again']]), context);
    assert.notEqual(third.id, second.id);
});
