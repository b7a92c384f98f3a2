import assert from 'node:assert/strict';
import { test } from 'node:test';
import { to18 } from '../../src/org/ids';
import type { OrgRecord } from '../../src/org/record';
import { SoqlSchemaError } from '../../src/org/soql/errors';
import { query, type QueryResult } from '../../src/org/soql/evaluate';
import { SoqlSyntaxError } from '../../src/org/soql/lexer';
import type { BindValue } from '../../src/org/soql/scope';
import { RecordStore, type OrgContext } from '../../src/org/store';
import { date, dateTime, type FieldValue } from '../../src/org/values';
import { UnsupportedError } from '../../src/unsupported';
import { smallSchema } from './fixtures';

// Cases cite the SOQL and SOSL Reference (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/)
// by page name.

const USER = to18('005000000000001');
const NOW = Date.UTC(2026, 0, 15, 23, 30);
const context: OrgContext = { runningUserId: USER, now: () => NOW, timeZone: 'Europe/Paris' };

function org(): { store: RecordStore; add: (objectType: string, values: Record<string, FieldValue>) => string } {
    const schema = smallSchema();
    const store = new RecordStore(schema);
    const add = (objectType: string, values: Record<string, FieldValue>): string => {
        const object = schema.object(objectType);
        assert.ok(object);
        return store.create(object, new Map(Object.entries(values)), context).id;
    };
    return { store, add };
}

function run(store: RecordStore, text: string, binds: Record<string, BindValue> = {}): QueryResult {
    return query(store, text, {
        context,
        resolveBind: (bind) => {
            const value = binds[bind.text];
            assert.ok(value !== undefined, `bind ${bind.text} given`);
            return value;
        }
    });
}

const names = (records: readonly OrgRecord[]): FieldValue[] =>
    records.map((record) => record.fields.get('name') ?? null);

function teams(): { store: RecordStore; add: ReturnType<typeof org>['add']; red: string; blue: string } {
    const { store, add } = org();
    const red = add('Team__c', { name: 'Red', size__c: 5, status__c: 'Open', tags__c: 'Red;Green' });
    const blue = add('Team__c', { name: 'blue', size__c: null, status__c: 'Closed', tags__c: 'Blue' });
    add('Team__c', { name: 'Green', size__c: 9, status__c: 'Open', tags__c: null });
    add('Player__c', { name: 'Ann', team__c: red, status__c: 'Active', score__c: 10 });
    add('Player__c', { name: 'Bob', team__c: red, status__c: 'Benched', score__c: 30 });
    add('Player__c', { name: 'Cy', team__c: blue, status__c: 'Active', score__c: 20 });
    return { store, add, red, blue };
}

test('selected fields, the Id always, and parent fields nested by relationship (Relationship Queries)', () => {
    const { store } = teams();
    const result = run(store, "[SELECT Name, Team__r.Name, Team__r.Owner.Name FROM Player__c WHERE Name = 'ann']");
    const [ann] = result.records;
    assert.equal(result.records.length, 1, 'text equality ignores case');
    assert.equal(ann?.fields.get('name'), 'Ann');
    assert.match(String(ann?.fields.get('id')), /^a01/);
    assert.equal(ann?.fields.has('score__c'), false, 'only what is selected');
    assert.equal(ann?.parents.get('team__r')?.fields.get('name'), 'Red');
    // The owner is a user that is not in the store: an empty parent, not an error.
    assert.equal(ann?.parents.get('team__r')?.parents.get('owner'), null);
    assert.equal(result.rowCount, 1);
});

test('AND, OR and NOT; mixing AND and OR needs parentheses (Condition Expression Syntax)', () => {
    const { store } = teams();
    assert.deepEqual(
        names(
            run(store, "SELECT Name FROM Team__c WHERE Status__c = 'Open' AND (Size__c > 6 OR Name LIKE 'r%')").records
        ),
        ['Red', 'Green']
    );
    assert.deepEqual(names(run(store, "SELECT Name FROM Team__c WHERE NOT Status__c = 'Open'").records), ['blue']);
    assert.throws(
        () => run(store, "SELECT Name FROM Team__c WHERE Status__c = 'Open' AND Size__c > 6 OR Name = 'x'"),
        SoqlSyntaxError
    );
});

test('null comparisons: = null, != null, != keeps the nulls, a checkbox is never null (Use null in WHERE)', () => {
    const { store, add } = teams();
    add('Team__c', { name: 'Off', active__c: false });
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c WHERE Active__c = null').records), ['Off']);
    assert.deepEqual(
        names(run(store, "SELECT Name FROM Player__c WHERE Former_Team__r.Name = null AND Name = 'Ann'").records),
        ['Ann']
    );
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c WHERE Size__c = null').records), ['blue', 'Off']);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c WHERE Size__c != NULL').records), ['Red', 'Green']);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c WHERE Size__c != 5').records), [
        'blue',
        'Green',
        'Off'
    ]);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c WHERE Size__c < 100').records), ['Red', 'Green']);
});

test('LIKE: % and _ wildcards, backslash escapes, no regard to case (Comparison Operators)', () => {
    const { store, add } = org();
    add('Team__c', { name: '100% Blue' });
    add('Team__c', { name: '1000 Blue' });
    assert.deepEqual(names(run(store, "SELECT Name FROM Team__c WHERE Name LIKE '100\\%%'").records), ['100% Blue']);
    assert.deepEqual(names(run(store, "SELECT Name FROM Team__c WHERE Name LIKE '1_0_ BLUE'").records), [
        '100% Blue',
        '1000 Blue'
    ]);
    assert.deepEqual(
        names(run(store, 'SELECT Name FROM Team__c WHERE Name LIKE :pattern', { pattern: '%0\\_%' }).records),
        []
    );
});

test('IN and NOT IN with literal lists, bound lists and a semi-join (Comparison Operators, Semi-Joins)', () => {
    const { store, red } = teams();
    assert.deepEqual(names(run(store, "SELECT Name FROM Team__c WHERE Status__c IN ('closed', 'x')").records), [
        'blue'
    ]);
    assert.deepEqual(
        names(run(store, 'SELECT Name FROM Team__c WHERE Id NOT IN :ids', { ids: [red.slice(0, 15)] }).records),
        ['blue', 'Green']
    );
    const joined = run(
        store,
        "SELECT Name FROM Team__c WHERE Id IN (SELECT Team__c FROM Player__c WHERE Status__c = 'Active') ORDER BY Name"
    );
    assert.deepEqual(names(joined.records), ['blue', 'Red']);
    const anti = run(store, 'SELECT Name FROM Team__c WHERE Id NOT IN (SELECT Team__c FROM Player__c)');
    assert.deepEqual(names(anti.records), ['Green']);
});

test('INCLUDES and EXCLUDES on a multi-select picklist; a;b means both (Querying Multi-Select Picklists)', () => {
    const { store } = teams();
    assert.deepEqual(
        names(run(store, "SELECT Name FROM Team__c WHERE Tags__c INCLUDES ('red;green', 'Blue')").records),
        ['Red', 'blue']
    );
    assert.deepEqual(names(run(store, "SELECT Name FROM Team__c WHERE Tags__c INCLUDES ('Red;Blue')").records), []);
    assert.deepEqual(names(run(store, "SELECT Name FROM Team__c WHERE Tags__c EXCLUDES ('Blue')").records), [
        'Red',
        'Green'
    ]);
});

test('ORDER BY: ascending, nulls first unless NULLS LAST, text without case (ORDER BY)', () => {
    const { store } = teams();
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c ORDER BY Size__c').records), ['blue', 'Red', 'Green']);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c ORDER BY Size__c DESC').records), [
        'blue',
        'Green',
        'Red'
    ]);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c ORDER BY Size__c DESC NULLS LAST').records), [
        'Green',
        'Red',
        'blue'
    ]);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c ORDER BY Name').records), ['blue', 'Green', 'Red']);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c ORDER BY Name LIMIT :n OFFSET 1', { n: 1 }).records), [
        'Green'
    ]);
});

test('child subqueries filter, sort and limit per parent, and their rows count (Relationship Queries)', () => {
    const { store } = teams();
    const result = run(
        store,
        "SELECT Name, (SELECT Name FROM Players__r WHERE Status__c != 'x' ORDER BY Score__c DESC LIMIT 1) FROM Team__c ORDER BY Name"
    );
    assert.deepEqual(
        result.records.map((team) => names(team.children.get('players__r') ?? [])),
        [['Cy'], [], ['Bob']]
    );
    assert.equal(result.rowCount, 5, 'three teams and two players');
});

test('aggregates: COUNT(), aliases, expr0, GROUP BY, HAVING, and rows counted (Aggregate Functions)', () => {
    const { store } = teams();
    const count = run(store, "SELECT COUNT() FROM Player__c WHERE Status__c = 'Active'");
    assert.equal(count.kind, 'count');
    assert.equal(count.count, 2);
    assert.equal(count.rowCount, 1);
    const grouped = run(
        store,
        'SELECT Team__c, COUNT(Id) players, MAX(Score__c), AVG(Score__c) FROM Player__c GROUP BY Team__c HAVING COUNT(Id) > 1'
    );
    assert.equal(grouped.records.length, 1);
    const [row] = grouped.records;
    assert.equal(row?.objectType, 'AggregateResult');
    assert.equal(row?.fields.get('players'), 2);
    assert.equal(row?.fields.get('expr0'), 30);
    assert.equal(row?.fields.get('expr1'), 20);
    assert.equal(grouped.columnTypes.get('players'), 'Integer');
    assert.equal(grouped.rowCount, 3, 'MAX and AVG count every row they read');
    const counted = run(store, 'SELECT Team__c, COUNT(Id) FROM Player__c GROUP BY Team__c');
    assert.equal(counted.rowCount, 2, 'COUNT alone counts one row per group');
    const empty = run(store, "SELECT COUNT(Id) total, SUM(Score__c) sum FROM Player__c WHERE Name = 'nobody'");
    assert.deepEqual(
        [...(empty.records[0]?.fields.entries() ?? [])],
        [
            ['total', 0],
            ['sum', null]
        ]
    );
    const summed = run(store, 'SELECT SUM(Score__c) total FROM Player__c');
    assert.equal(summed.rowCount, 3, 'SUM counts every row it reads');
    assert.throws(() => run(store, 'SELECT MAX(Score__c) FROM Player__c LIMIT 1'), SoqlSyntaxError);
});

test("date literals and date functions use the running user's time zone (Date Formats and Date Literals)", () => {
    const { store, add } = org();
    // 23:30 UTC on 15 January is already 16 January in Paris.
    add('Team__c', { name: 'Early', started__c: date('2026-01-16') });
    add('Team__c', { name: 'Late', started__c: date('2026-01-10') });
    const player = (name: string, joined: number): string =>
        add('Player__c', { name, team__c: null, joined__c: dateTime(joined) });
    player('Midnight', Date.UTC(2026, 0, 15, 23, 5));
    player('Noon', Date.UTC(2026, 0, 15, 12, 0));
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c WHERE Started__c = TODAY').records), ['Early']);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c WHERE Started__c = LAST_N_DAYS:6').records), [
        'Early',
        'Late'
    ]);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Team__c WHERE Started__c < LAST_N_DAYS:5').records), ['Late']);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Player__c WHERE Joined__c = TODAY').records), ['Midnight']);
    assert.deepEqual(names(run(store, 'SELECT Name FROM Player__c WHERE Joined__c = YESTERDAY').records), ['Noon']);
    const byDay = run(
        store,
        'SELECT DAY_IN_MONTH(Joined__c) day, COUNT(Id) n FROM Player__c GROUP BY DAY_IN_MONTH(Joined__c)'
    );
    assert.deepEqual(
        byDay.records.map((row) => row.fields.get('day')),
        [16, 15]
    );
    assert.throws(() => run(store, 'SELECT Name FROM Team__c WHERE Started__c = THIS_WEEK'), UnsupportedError);
});

test('the access mode, FOR UPDATE and the fields read are reported to the caller', () => {
    const { store } = teams();
    const result = run(
        store,
        'SELECT Name, Team__r.Status__c FROM Player__c WHERE Score__c > 0 WITH USER_MODE ORDER BY Joined__c LIMIT 1 FOR UPDATE'
    );
    assert.equal(result.accessMode, 'USER_MODE');
    assert.equal(result.forUpdate, true);
    assert.deepEqual([...(result.referencedFields.get('Player__c') ?? [])].sort(), [
        'Id',
        'Joined__c',
        'Name',
        'Score__c',
        'Team__c'
    ]);
    assert.deepEqual([...(result.referencedFields.get('Team__c') ?? [])], ['Status__c']);
    assert.equal(run(store, 'SELECT Name FROM Team__c').accessMode, 'DEFAULT');
});

test('unknown fields and relationships fail with the platform message; TYPEOF is unsupported', () => {
    const { store } = teams();
    assert.throws(
        () => run(store, 'SELECT Colour__c FROM Team__c'),
        (error: unknown) =>
            error instanceof SoqlSchemaError && error.message === "No such column 'Colour__c' on entity 'Team__c'"
    );
    assert.throws(() => run(store, 'SELECT Coach__r.Name FROM Team__c'), SoqlSchemaError);
    assert.throws(() => run(store, 'SELECT TYPEOF Owner WHEN User THEN Name END FROM Team__c'), UnsupportedError);
    assert.throws(() => run(store, 'SELECT Name FROM Team__c FOR VIEW'), UnsupportedError);
});
