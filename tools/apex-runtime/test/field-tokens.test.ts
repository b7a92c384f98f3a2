import assert from 'node:assert/strict';
import { test } from 'node:test';
import { debugMessages, run } from './support';

test('Database.upsert takes a field token as its key, which must be an external Id field', () => {
    const execution = run(`
Account organisation = new Account(Name = 'Sahel Relief');
Database.UpsertResult result = Database.upsert(organisation, Account.Id, true, AccessLevel.SYSTEM_MODE);
System.debug(result.isCreated());
try {
    Database.upsert(new Account(Name = 'Other'), Account.Name, true);
} catch (Exception refused) {
    System.debug(refused.getMessage());
}`);
    assert.equal(execution.outcome, 'success', JSON.stringify(execution.events.at(-1)));
    assert.equal(debugMessages(execution)[0], 'true');
    assert.equal(
        debugMessages(execution)[1],
        'Invalid field for upsert, must be an External Id custom or standard indexed field: Name'
    );
});
