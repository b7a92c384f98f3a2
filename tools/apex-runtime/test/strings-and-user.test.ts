import assert from 'node:assert/strict';
import { test } from 'node:test';
import { debugMessages, run } from './support';

test('substringBeforeLast and substringAfterLast split at the last separator; an empty one is UNSUPPORTED', () => {
    const execution = run(`
System.debug('abcabc'.substringBeforeLast('b'));
System.debug('abcabc'.substringAfterLast('b'));
System.debug('abc'.substringBeforeLast('x'));
System.debug('abc'.substringAfterLast('x'));`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['abca', 'c', 'abc', '']);
    assert.equal(run(`String part = 'abc'.substringBeforeLast('');`).outcome, 'unsupported');
});

test('UserInfo.getName is the running user compound Name', () => {
    const execution = run(`System.debug(UserInfo.getName());`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['Administrator']);
});
