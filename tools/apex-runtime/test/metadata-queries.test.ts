import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { executeAnonymous } from '../src/runner/execute';
import { loadProject } from '../src/runner/project';
import { debugMessages } from './support';

test('a query of custom metadata counts toward the SOQL limit only when it reads a long text area', () => {
    const project = loadProject(join(__dirname, '..', '..', '..'));
    const execution = executeAnonymous(
        project,
        'test.apex',
        `Integer before = Limits.getQueries();
List<Standard_Text__mdt> titles = [SELECT Code__c, Title__c FROM Standard_Text__mdt LIMIT 1];
System.debug(Limits.getQueries() - before);
List<Standard_Text__mdt> descriptions = [SELECT Code__c, Description__c FROM Standard_Text__mdt LIMIT 1];
System.debug(Limits.getQueries() - before);
List<Account> organisations = [SELECT Id FROM Account LIMIT 1];
System.debug(Limits.getQueries() - before);`
    );
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['0', '1', '2']);
});
