import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadProject, loadSources } from '../src/runner/project';
import { NEEDS_ORG_FILE, runTests, testClasses } from '../src/runner/test-runner';

const TEST_CLASS = `@IsTest
private class SampleTest {
    static Integer counter = 0;

    @IsTest
    static void passes() {
        counter++;
        Assert.areEqual(1, counter, 'static variables start fresh in every test');
    }

    @IsTest
    static void fails() {
        Assert.isTrue(false, 'the reason');
    }

    @IsTest
    static void stopsAtSecurityEnforced() {
        Integer rows = [SELECT COUNT() FROM Account WITH SECURITY_ENFORCED];
    }

    static void notATest() {}
}`;

test('each test method gets a verdict, a message and its Apex stack', () => {
    const project = loadSources('.', [{ file: 'classes/SampleTest.cls', source: TEST_CLASS }]);
    const results = runTests(project, testClasses(project, undefined));
    const byMethod = new Map(results.map((result) => [result.method, result]));
    assert.deepEqual([...byMethod.keys()].sort(), ['fails', 'passes', 'stopsAtSecurityEnforced']);
    assert.equal(byMethod.get('passes')?.verdict, 'PASS');
    assert.equal(byMethod.get('fails')?.verdict, 'FAIL');
    assert.equal(
        byMethod.get('fails')?.message,
        'System.AssertException: Assertion Failed: the reason: Expected: true, Actual: false'
    );
    assert.deepEqual(byMethod.get('fails')?.stack, ['classes/SampleTest.cls:13']);
    assert.equal(byMethod.get('stopsAtSecurityEnforced')?.verdict, 'UNSUPPORTED');
    assert.equal(
        byMethod.get('stopsAtSecurityEnforced')?.message,
        'SOQL WITH SECURITY_ENFORCED (the fields of its SELECT clause alone)'
    );
});

test('--class selects one test class by name, ignoring case', () => {
    const project = loadSources('.', [{ file: 'classes/SampleTest.cls', source: TEST_CLASS }]);
    assert.equal(testClasses(project, 'sampletest').length, 1);
    assert.equal(testClasses(project, 'OtherTest').length, 0);
});

test('every NEEDS ORG entry names a test method of the project and gives its reason', () => {
    const needsOrg = JSON.parse(readFileSync(NEEDS_ORG_FILE, 'utf8')) as Record<string, unknown>;
    const project = loadProject(join(__dirname, '..', '..', '..'));
    const methods = new Set(
        testClasses(project, undefined).flatMap((cls) =>
            [...cls.methods.values()]
                .flat()
                .filter((method) => method.isTestMethod)
                .map((method) => `${cls.name}.${method.name}`)
        )
    );
    for (const [key, reason] of Object.entries(needsOrg)) {
        assert.ok(methods.has(key), `needs-org.json names ${key}, which is not a test method`);
        assert.ok(typeof reason === 'string' && reason.trim().length > 0, `needs-org.json gives no reason for ${key}`);
    }
});
