import assert from 'node:assert/strict';
import { test } from 'node:test';
import { debugMessages, run } from './support';

test('a parent assigned through its relationship reads back as the record assigned', () => {
    const execution = run(`
Contact person = new Contact(LastName = 'Diallo');
person.Account = new Account(Name = 'Sahel Relief');
System.debug(person.Account.Name);
person.Account = null;
System.debug(person.Account);`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['Sahel Relief', 'null']);
});

test('DML of a record with a parent assigned in Apex is UNSUPPORTED: the key would come from an external Id', () => {
    const execution = run(`
Contact person = new Contact(LastName = 'Diallo');
person.Account = new Account(Name = 'Sahel Relief');
insert person;`);
    assert.equal(execution.outcome, 'unsupported');
});

test('assigning a record of another object to a relationship is UNSUPPORTED (it would not compile)', () => {
    const execution = run(`
Contact person = new Contact(LastName = 'Diallo');
person.Account = new Contact(LastName = 'Other');`);
    assert.equal(execution.outcome, 'unsupported');
});
