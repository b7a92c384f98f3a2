import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadLabels } from '../src/org/labels-loader';
import { loadProjectSchema } from '../src/org/index';
import { apexTypeOfField, isComputed } from '../src/interpreter/sobjects';
import { executeAnonymous } from '../src/runner/execute';
import { loadSources } from '../src/runner/project';
import { debugMessages } from './support';

const FORCE_APP = join(__dirname, '..', '..', '..', 'force-app');
const projectSchema = loadProjectSchema([FORCE_APP]);
const schema = projectSchema.schema;
const labels = loadLabels([FORCE_APP]);

function run(source: string) {
    return executeAnonymous(loadSources('.', [], { ...projectSchema, setupRecords: [] }, labels), 'org.apex', source);
}

test('objects and their fields load from the object metadata', () => {
    const group = schema.object('exchange_group__c');
    assert.ok(group !== undefined);
    const name = group.fields.get('name');
    const activeMembers = group.fields.get('active_member_count__c');
    assert.ok(name !== undefined && activeMembers !== undefined);
    assert.equal(apexTypeOfField(name), 'String');
    assert.equal(isComputed(activeMembers), true);
    assert.equal(schema.object('Account')?.kind, 'standard');
});

test('records are built with field = value and read and written by name', () => {
    const execution = run(`
        Exchange_Group__c g = new Exchange_Group__c(Name = 'Shelter');
        g.put('Name', g.Name + ' cluster');
        SObject generic = g;
        System.debug(generic.get('name'));
        System.debug(generic instanceof Exchange_Group__c);
        System.debug(g.Id);
        Account a = new Account(Name = 'Red Crescent');
        System.debug(a.Name);`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['Shelter cluster', 'true', 'null', 'Red Crescent']);
});

test('fields the runtime cannot know are UNSUPPORTED, never null', () => {
    for (const [source, missing] of [
        [
            'Exchange_Group__c g = new Exchange_Group__c(); Object o = g.Active_Member_Count__c;',
            /computed field Exchange_Group__c\.Active_Member_Count__c/
        ],
        ['Account a = new Account(); Object o = a.No_Such_Field__c;', /field Account\.No_Such_Field__c/],
        [
            'Exchange_Group__c g = new Exchange_Group__c(); Object o = g.No_Such_Field__c;',
            /field Exchange_Group__c\.No_Such_Field__c/
        ]
    ] as const) {
        const execution = run(source);
        assert.equal(execution.outcome, 'unsupported', source);
        const event = execution.events.find((candidate) => candidate.kind === 'unsupported');
        assert.match(event?.kind === 'unsupported' ? event.missing : '', missing);
    }
});

test("custom labels read in the running user's language, with their translations loaded", () => {
    const execution = run('System.debug(System.Label.Access_Membership_Link == Label.access_membership_link);');
    assert.deepEqual(debugMessages(execution), ['true']);
    assert.equal(labels.valueIn('Access_Membership_Link', 'en_US'), 'How to become a member');
    assert.equal(labels.valueIn('Access_Membership_Link', 'fr'), 'Comment devenir membre');
    assert.equal(run('String s = System.Label.No_Such_Label;').outcome, 'unsupported');
});
