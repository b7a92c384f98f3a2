import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadSources } from '../src/runner/project';
import { runTests, testClasses } from '../src/runner/test-runner';
import { run } from './support';

function verdicts(body: string): Map<string, { verdict: string; message: string }> {
    const source = `@IsTest
private class SearchTest {
${body}
}`;
    const project = loadSources('.', [{ file: 'classes/SearchTest.cls', source }]);
    return new Map(runTests(project, testClasses(project, undefined)).map((result) => [result.method, result]));
}

test('a search in a test returns the fixed results its WHERE and LIMIT keep, one list per object', () => {
    const results = verdicts(`
    @IsTest
    static void fixedResultsAreFiltered() {
        List<Account> accounts = new List<Account>{
            new Account(Name = 'test'), new Account(Name = 'other'), new Account(Name = 'test')
        };
        insert accounts;
        Test.setFixedSearchResults(new List<Id>{ accounts[0].Id, accounts[1].Id, accounts[2].Id });
        String term = 'anything';
        List<List<SObject>> found = [
            FIND :term IN ALL FIELDS RETURNING Account(Id, Name WHERE Name = 'test' ORDER BY Name LIMIT 1), Contact
        ];
        Assert.areEqual(2, found.size(), 'one list per RETURNING object');
        Assert.areEqual(1, found[0].size(), 'WHERE and LIMIT apply to the fixed results');
        Assert.areEqual('test', ((Account) found[0][0]).Name, 'the row carries the fields asked for');
        Assert.areEqual(0, found[1].size(), 'no fixed result is a contact');
        Assert.areEqual(1, Limits.getSoslQueries(), 'one search counted');
        Assert.areEqual(0, Limits.getQueries(), 'no SOQL query counted');
    }

    @IsTest
    static void withoutFixedResultsASearchFindsNothing() {
        insert new Account(Name = 'test');
        List<List<SObject>> found = [FIND 'test' RETURNING Account(Id)];
        Assert.areEqual(0, found[0].size(), 'a test search returns no rows unless results are fixed');
    }`);
    assert.equal(
        results.get('fixedResultsAreFiltered')?.verdict,
        'PASS',
        results.get('fixedResultsAreFiltered')?.message
    );
    assert.equal(
        results.get('withoutFixedResultsASearchFindsNothing')?.verdict,
        'PASS',
        results.get('withoutFixedResultsASearchFindsNothing')?.message
    );
});

test('outside a test a search is UNSUPPORTED: there is no search index to ask', () => {
    const execution = run(`List<List<SObject>> found = [FIND 'test' RETURNING Account(Id)];`);
    assert.equal(execution.outcome, 'unsupported');
    assert.deepEqual(execution.events.at(-1), {
        kind: 'unsupported',
        missing: 'SOSL outside an Apex test (the runtime has no search index) (test.apex:1)'
    });
});
