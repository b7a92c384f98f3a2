import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadLabels } from '../src/org/labels-loader';
import { loadProjectSchema } from '../src/org/index';
import { executeAnonymous } from '../src/runner/execute';
import { loadSources } from '../src/runner/project';
import { debugMessages, run } from './support';

const FORCE_APP = join(__dirname, '..', '..', '..', 'force-app');

/** Runs anonymous Apex against the project's objects. */
function runWithSchema(source: string) {
    const project = loadSources(
        '.',
        [],
        { ...loadProjectSchema([FORCE_APP]), setupRecords: [] },
        loadLabels([FORCE_APP])
    );
    return executeAnonymous(project, 'json.apex', source);
}

const PAYLOAD = {
    file: 'classes/Payload.cls',
    source: `public class Payload {
        public String code;
        public Integer count { get; set; }
        public transient String scratch;
        public static String shared = 'not serialized';
        public List<String> tags;
        public Map<String, Object> extra;
        public Payload(String code) { this.code = code; }
    }`
};

test('JSON.serialize writes the fields and properties in declaration order, without transient or static ones', () => {
    const execution = run(
        `Payload p = new Payload('A"b\\n');
        p.count = 5;
        p.scratch = 'left out';
        p.tags = new List<String>{ 'x', 'y' };
        p.extra = new Map<String, Object>{ 'price' => 1.50, 'flags' => new List<Object>{ true, null } };
        System.debug(JSON.serialize(p));
        p.tags = null;
        System.debug(JSON.serialize(p, true));`,
        [PAYLOAD]
    );
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), [
        '{"code":"A\\"b\\n","count":5,"tags":["x","y"],"extra":{"price":1.50,"flags":[true,null]}}',
        '{"code":"A\\"b\\n","count":5,"extra":{"price":1.50,"flags":[true,null]}}'
    ]);
});

test('JSON.serializePretty indents objects and keeps arrays on one line', () => {
    const execution = run(
        `System.debug(JSON.serializePretty(new Map<String, Object>{
            'name' => 'Amina', 'tags' => new List<String>{ 'a' }, 'empty' => new Map<String, Object>(),
            'rows' => new List<Object>{ new Map<String, Object>{ 'n' => 1 } } }));`
    );
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), [
        '{\n  "name" : "Amina",\n  "tags" : [ "a" ],\n  "empty" : { },\n  "rows" : [ {\n    "n" : 1\n  } ]\n}'
    ]);
});

test('JSON.deserialize fills a class without its constructor, ignores unknown attributes, reads collections', () => {
    const execution = run(
        `Payload p = (Payload) JSON.deserialize(
            '{"code":"X","count":3,"unknown":{"a":[1]},"tags":["a","b"],"extra":{"n":2.5}}', Payload.class);
        System.debug(p.code + ' ' + p.count + ' ' + p.tags + ' ' + p.extra.get('n'));
        List<String> values = (List<String>) JSON.deserialize('["a", null]', List<String>.class);
        System.debug(values);
        Map<String, Integer> counts = (Map<String, Integer>) JSON.deserialize('{"a":1}', Map<String, Integer>.class);
        System.debug(counts.get('a') + 1);
        System.debug((Decimal) JSON.deserialize('100.1', Decimal.class));
        System.debug(JSON.deserialize('null', Payload.class) == null);`,
        [PAYLOAD]
    );
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['X 3 (a, b) 2.5', '(a, null)', '2', '100.1', 'true']);
});

test('JSON.deserializeStrict and malformed JSON throw System.JSONException', () => {
    const execution = run(
        `try {
            JSON.deserializeStrict('{"code":"X","unknown":1}', Payload.class);
        } catch (JSONException e) {
            System.debug('strict: ' + e.getTypeName());
        }
        System.debug(((Payload) JSON.deserializeStrict('{"code":"X"}', Payload.class)).code);
        try {
            JSON.deserializeUntyped('{"a":');
        } catch (JSONException e) {
            System.debug('malformed');
        }`,
        [PAYLOAD]
    );
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['strict: System.JSONException', 'X', 'malformed']);
});

test('JSON.deserializeUntyped gives maps, lists, Integers, Longs and Decimals', () => {
    const execution = run(
        `Map<String, Object> m = (Map<String, Object>) JSON.deserializeUntyped(
            '{"i":2000,"l":30000000000,"d":1023.45,"b":true,"s":"x","n":null,"a":[1,{"k":"v"}]}');
        System.debug((m.get('i') instanceof Integer) + ' ' + (m.get('l') instanceof Long) + ' ' + (m.get('d') instanceof Decimal));
        System.debug(m.get('b') + ' ' + m.get('s') + ' ' + m.get('n') + ' ' + m.keySet());
        List<Object> a = (List<Object>) m.get('a');
        System.debug(((Map<String, Object>) a[1]).get('k'));`
    );
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['true true true', 'true x null {i, l, d, b, s, n, a}', 'v']);
});

test('JSON.deserialize into an sObject sets its fields, system fields included', () => {
    const execution = runWithSchema(
        `Exchange_Group__c g = (Exchange_Group__c) JSON.deserialize(
            '{"attributes":{"type":"Exchange_Group__c"},"Status__c":"Archived","Listed__c":true,"CreatedById":"005000000000001"}',
            Exchange_Group__c.class);
        System.debug(g.Status__c + ' ' + g.Listed__c + ' ' + g.CreatedById);`
    );
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['Archived true 005000000000001AAA']);
});

test('an object that refers to itself is not serialized: System.JSONException', () => {
    const execution = run(
        `Node n = new Node();
        n.next = n;
        try {
            JSON.serialize(n);
        } catch (JSONException e) {
            System.debug('refused');
        }`,
        [{ file: 'classes/Node.cls', source: 'public class Node { public Node next; }' }]
    );
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['refused']);
});

test('what the guide does not describe is UNSUPPORTED, by name', () => {
    const cases: [string, string][] = [
        [`JSON.serialize(new Account(Name = 'A'));`, 'JSON.serialize of an sObject (Account)'],
        [`JSON.serialize(1.5d);`, 'JSON.serialize of a Double'],
        [`JSON.deserialize('', List<String>.class);`, 'JSON deserialization of an empty string'],
        [`JSON.deserialize('{"v":1}', WithDefault.class);`, 'JSON.deserialize into WithDefault, whose class'],
        [`JSON.deserializeUntyped('1e5');`, 'the JSON number 1e5 as an untyped value'],
        [`JSON.createGenerator(false);`, 'JSON.createGenerator'],
        [
            `try { JSON.deserializeUntyped('{'); } catch (JSONException e) { System.debug(e.getMessage()); }`,
            'the message of a System.JSONException created without one'
        ]
    ];
    for (const [source, missing] of cases) {
        const execution = run(source, [
            { file: 'classes/WithDefault.cls', source: 'public class WithDefault { public Integer v = 1; }' }
        ]);
        assert.equal(execution.outcome, 'unsupported', source);
        const event = execution.events.find((candidate) => candidate.kind === 'unsupported');
        assert.ok(
            event?.kind === 'unsupported' && event.missing.includes(missing),
            `${source}: ${JSON.stringify(event)}`
        );
    }
});
