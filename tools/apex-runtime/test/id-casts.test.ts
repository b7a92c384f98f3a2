import assert from 'node:assert/strict';
import { test } from 'node:test';
import { debugMessages, run } from './support';

test('an Id held as an Object casts back to Id; other text cast to Id is UNSUPPORTED', () => {
    const execution = run(`
Account organisation = new Account(Name = 'Sahel Relief');
insert organisation;
Object held = [SELECT Id FROM Account][0].Id;
Id back = (Id) held;
System.debug(back == organisation.Id);`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['true']);
    assert.equal(run(`Object text = 'not an id'; Id wrong = (Id) text;`).outcome, 'unsupported');
});
