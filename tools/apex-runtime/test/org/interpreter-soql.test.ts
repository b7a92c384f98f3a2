import assert from 'node:assert/strict';
import { test } from 'node:test';
import { debugMessages, run } from '../support';

test('inline SOQL binds are evaluated in the scope of the query, lists bound by their elements', () => {
    const execution = run(`
        List<String> names = new List<String>{ 'Standard User', 'System Administrator' };
        List<Profile> rows = [SELECT Id, Name FROM Profile WHERE Name IN :names ORDER BY Name];
        System.debug(rows.size() + ' ' + rows[0].Name);
        Profile first = rows[0];
        System.debug([SELECT COUNT() FROM Profile WHERE Id = :first]);
        AggregateResult total = [SELECT COUNT(Id) FROM Profile];
        System.debug(total.get('expr0'));
        System.debug(Limits.getQueries());`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['2 Standard User', '1', '3', '3']);
});

test('dynamic SOQL binds variables of the caller, and an invalid query is a catchable QueryException', () => {
    const execution = run(`
        String wanted = 'Standard User';
        System.debug(Database.query('SELECT Id FROM Profile WHERE Name = :wanted').size());
        Map<String, Object> binds = new Map<String, Object>{ 'wanted' => 'System Administrator' };
        System.debug(Database.queryWithBinds('SELECT Id FROM Profile WHERE Name = :wanted', binds, AccessLevel.SYSTEM_MODE).size());
        System.debug(Database.countQuery('SELECT COUNT() FROM Profile'));
        try {
            Database.query('SELECT No_Such_Field__c FROM Profile');
        } catch (QueryException e) {
            System.debug('QueryException');
        }`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['1', '1', '3', 'QueryException']);
});

test('a queried record holds only the queried fields and its selected parent', () => {
    const execution = run(`
        User me = [SELECT Id, Profile.Name FROM User WHERE Id = :UserInfo.getUserId()];
        System.debug(me.Profile.Name);
        try {
            System.debug(me.Username);
        } catch (SObjectException e) {
            System.debug(e.getMessage());
        }`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), [
        'System Administrator',
        'SObject row was retrieved via SOQL without querying the requested field: User.Username'
    ]);
});

test('what the runtime cannot check stays UNSUPPORTED: WITH SECURITY_ENFORCED', () => {
    const execution = run('List<Profile> rows = [SELECT Id FROM Profile WITH SECURITY_ENFORCED];');
    assert.equal(execution.outcome, 'unsupported');
});
