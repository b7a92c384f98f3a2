import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadProjectSchema } from '../src/org/project-schema';
import { loadSources } from '../src/runner/project';
import { runTests, testClasses, type TestResult } from '../src/runner/test-runner';
import { Labels } from '../src/types/labels';

const FORCE_APP = join(__dirname, '..', '..', '..', 'force-app');

const EVENT_LOG = `public class EventLog {
    public static List<String> seen = new List<String>();
    public static Id runningUser;
    public static Integer failuresLeft = 0;
    public static Boolean failHard = false;
}`;

const TRIGGER = `trigger RecordFilings on Sensitive_Complaint_Filed__e(after insert) {
    for (Sensitive_Complaint_Filed__e filing : Trigger.new) {
        EventLog.seen.add(filing.Reference__c + ':' + EventBus.TriggerContext.currentContext().retries);
    }
    EventLog.runningUser = UserInfo.getUserId();
    insert as system new Account(Name = 'Written by the trigger');
    if (EventLog.failHard) {
        Integer nothing = 1 / 0;
    }
    if (EventLog.failuresLeft > 0) {
        EventLog.failuresLeft--;
        throw new EventBus.RetryableException('again');
    }
}`;

const TESTS = `@IsTest
private class EventsTest {
    static Sensitive_Complaint_Filed__e filing(String reference) {
        return new Sensitive_Complaint_Filed__e(Reference__c = reference, Identity_Shared__c = false);
    }

    @IsTest
    static void deliverRunsTheTriggerAsAnotherUser() {
        Database.SaveResult result = EventBus.publish(filing('R1'));
        Assert.isTrue(result.isSuccess(), 'Published');
        Assert.areEqual(0, EventLog.seen.size(), 'Not delivered yet');
        Test.getEventBus().deliver();
        Assert.areEqual(new List<String>{ 'R1:0' }, EventLog.seen, 'Delivered once');
        Assert.areNotEqual(UserInfo.getUserId(), EventLog.runningUser, 'Not as the publisher');
        Assert.areEqual(1, [SELECT COUNT() FROM Account], 'The trigger wrote');
    }

    @IsTest
    static void stopTestDeliversEveryEvent() {
        Test.startTest();
        List<Database.SaveResult> results = EventBus.publish(new List<Sensitive_Complaint_Filed__e>{ filing('A'), filing('B') });
        Assert.areEqual(2, results.size(), 'One result each');
        Test.stopTest();
        Assert.areEqual(new List<String>{ 'A:0', 'B:0' }, EventLog.seen, 'Both, in one batch');
    }

    @IsTest
    static void aRetryRollsBackAndComesAgainAtTheNextDelivery() {
        EventLog.failuresLeft = 2;
        EventBus.publish(filing('R'));
        Test.getEventBus().deliver();
        Test.getEventBus().deliver();
        Test.getEventBus().deliver();
        Test.getEventBus().deliver();
        Assert.areEqual(new List<String>{ 'R:0', 'R:1', 'R:2' }, EventLog.seen, 'Retried twice');
        Assert.areEqual(1, [SELECT COUNT() FROM Account], 'Only the run that succeeded wrote');
    }

    @IsTest
    static void anotherExceptionInTheTrigger() {
        EventLog.failHard = true;
        EventBus.publish(filing('X'));
        Test.getEventBus().deliver();
    }

    @IsTest
    static void anEventMissingAFieldWithADefault() {
        EventBus.publish(new Sensitive_Complaint_Filed__e(Reference__c = 'D'));
    }
}`;

function results(): Map<string, TestResult> {
    const project = loadSources(
        '.',
        [
            { file: 'classes/EventLog.cls', source: EVENT_LOG },
            { file: 'classes/EventsTest.cls', source: TESTS }
        ],
        { ...loadProjectSchema([FORCE_APP]), setupRecords: [] },
        new Labels(),
        [{ file: 'triggers/RecordFilings.trigger', source: TRIGGER }]
    );
    return new Map(runTests(project, testClasses(project, undefined)).map((result) => [result.method, result]));
}

const byMethod = results();

function resultOf(method: string): TestResult {
    const result = byMethod.get(method);
    assert.ok(result !== undefined, method);
    return result;
}

test('a published event reaches its trigger at deliver() and at stopTest, run by another user', () => {
    assert.deepEqual(
        [resultOf('deliverRunsTheTriggerAsAnotherUser'), resultOf('stopTestDeliversEveryEvent')].map((r) => r.message),
        ['', '']
    );
    assert.equal(resultOf('deliverRunsTheTriggerAsAnotherUser').verdict, 'PASS');
    assert.equal(resultOf('stopTestDeliversEveryEvent').verdict, 'PASS');
});

test('EventBus.RetryableException rolls the trigger back and the events come again, one retry higher', () => {
    assert.equal(resultOf('aRetryRollsBackAndComesAgainAtTheNextDelivery').message, '');
    assert.equal(resultOf('aRetryRollsBackAndComesAgainAtTheNextDelivery').verdict, 'PASS');
});

test('what the guides leave open is UNSUPPORTED: another exception, a default not computed', () => {
    const other = resultOf('anotherExceptionInTheTrigger');
    assert.equal(other.verdict, 'UNSUPPORTED');
    assert.match(other.message, /throws System\.MathException in a test/);
    const defaulted = resultOf('anEventMissingAFieldWithADefault');
    assert.equal(defaulted.verdict, 'UNSUPPORTED');
    assert.match(defaulted.message, /without Identity_Shared__c, which has a default/);
});
