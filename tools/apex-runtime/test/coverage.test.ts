import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CoverageRecorder, measuredFiles } from '../src/runner/coverage';
import { loadSources } from '../src/runner/project';
import { judge } from '../src/runner/test-gate';
import { runTests, testClasses, type TestResult } from '../src/runner/test-runner';

const SHIPPING = `public with sharing class Shipping {
    public static Integer cost(Integer weight) {
        System.debug('weighing ' + weight);
        if (weight > 10) {
            return 20;
        }
        return 5;
    }
}`;

const SHIPPING_TEST = `@IsTest
private class ShippingTest {
    @IsTest
    static void lightParcelsCostFive() {
        Assert.areEqual(5, Shipping.cost(1), 'a light parcel');
    }
}`;

function coverageOf(sources: { file: string; source: string }[]) {
    const project = loadSources('.', sources);
    const recorder = new CoverageRecorder();
    const results = runTests(project, testClasses(project, undefined), { coverage: recorder });
    return { results, coverage: recorder.report(measuredFiles(project.compilationUnits, project.triggers)) };
}

test('coverage counts the statement lines a test ran; test classes and System.debug do not count', () => {
    const { results, coverage } = coverageOf([
        { file: 'classes/Shipping.cls', source: SHIPPING },
        { file: 'classes/ShippingTest.cls', source: SHIPPING_TEST }
    ]);
    assert.equal(results[0]?.verdict, 'PASS');
    assert.deepEqual(coverage, [{ file: 'classes/Shipping.cls', covered: 2, coverable: 3, uncoveredLines: [5] }]);
});

test('a test class with @TestSetup is UNSUPPORTED: its records must reach every test', () => {
    const { results } = coverageOf([
        {
            file: 'classes/SetupTest.cls',
            source: `@IsTest
private class SetupTest {
    @TestSetup
    static void makeData() {}
    @IsTest
    static void usesTheData() {}
}`
        }
    ]);
    assert.equal(results[0]?.verdict, 'UNSUPPORTED');
    assert.equal(results[0]?.message, '@TestSetup (its records carried into each test method)');
});

function result(method: string, verdict: TestResult['verdict']): TestResult {
    return { className: 'T', method, verdict, message: verdict === 'PASS' ? '' : 'why', stack: [], log: [] };
}

const FULL = [{ file: 'classes/A.cls', covered: 9, coverable: 10, uncoveredLines: [3] }];

test('the gate fails on a FAIL and on an UNSUPPORTED method the baseline does not list', () => {
    const verdict = judge([result('a', 'FAIL'), result('b', 'UNSUPPORTED')], FULL, {
        coverageFloor: 0,
        notYetRunning: []
    });
    assert.deepEqual(verdict.problems, ['FAIL T.a: why', 'UNSUPPORTED T.b is not in the baseline: why']);
});

test('the baseline only shrinks: a listed method that now passes fails the gate until the ratchet removes it', () => {
    const baseline = { coverageFloor: 50, notYetRunning: ['T.a', 'T.b', 'T.gone'] };
    const verdict = judge([result('a', 'PASS'), result('b', 'UNSUPPORTED')], FULL, baseline);
    assert.deepEqual(verdict.problems, [
        'T.a now ends PASS: remove it from the baseline (npm run apex:test -- --ratchet)',
        'the baseline names T.gone, which is not a test method'
    ]);
    assert.deepEqual(verdict.ratcheted, { coverageFloor: 90, notYetRunning: ['T.b'] });
});

test('the gate fails when coverage falls under the floor, and the floor never goes down', () => {
    const verdict = judge([result('a', 'PASS')], FULL, { coverageFloor: 95, notYetRunning: [] });
    assert.deepEqual(verdict.problems, ["coverage 90 % is under the baseline's 95 %"]);
    assert.equal(verdict.ratcheted.coverageFloor, 95);
});
