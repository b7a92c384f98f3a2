import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { executeAnonymous } from '../src/runner/execute';
import { loadProject } from '../src/runner/project';
import { debugMessages } from './support';

// DescribeFieldResult Class (getLength, getPicklistValues) and PicklistEntry Class, Apex Reference Guide:
// a text field's length in characters, and a picklist's values in the order its metadata lists them.
test("a field token's describe gives its length and its picklist's values", () => {
    const project = loadProject(join(__dirname, '..', '..', '..'));
    const execution = executeAnonymous(
        project,
        'test.apex',
        `System.debug(Standard_Text__mdt.Title__c.getDescribe().getLength());
List<Schema.PicklistEntry> languages = Standard_Text__mdt.Language__c.getDescribe().getPicklistValues();
System.debug(languages[0].getValue() + ' ' + languages[0].isActive());`
    );
    assert.deepEqual(debugMessages(execution), ['255', 'en true']);
    assert.equal(execution.outcome, 'success');
});
