import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { conformanceCases, conformanceOutput } from './support';

const cases = conformanceCases();

test('the conformance suite has cases', () => {
    assert.ok(cases.length > 0);
});

for (const testCase of cases) {
    test(`conformance ${testCase.name}`, () => {
        assert.match(
            testCase.source,
            /\/\/ Source: .+\n\/\/ https:\/\/developer\.salesforce\.com\/docs\/\S+/,
            `${testCase.name} must cite the Apex Developer Guide page it checks`
        );
        assert.ok(existsSync(testCase.expectedPath), `${testCase.name} has no .expected file`);
        assert.equal(
            conformanceOutput(testCase),
            readFileSync(testCase.expectedPath, 'utf8'),
            `${testCase.name} differs from what the guide documents`
        );
    });
}
