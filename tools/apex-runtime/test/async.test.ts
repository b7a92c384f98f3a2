import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextDailyFireTime } from '../src/stdlib/cron';
import { loadSources } from '../src/runner/project';
import { runTests, testClasses, type TestResult } from '../src/runner/test-runner';
import { run } from './support';

const JOBS = `public class Jobs {
    public static List<String> ran = new List<String>();
    public static Integer queriesSeen;

    public class Recording implements Queueable {
        private final String name;
        public Recording(String name) { this.name = name; }
        public void execute(QueueableContext context) {
            queriesSeen = Limits.getQueries();
            ran.add(name + ':' + System.isQueueable() + ':' + Limits.getLimitQueueableJobs());
        }
    }

    public class Chaining implements Queueable {
        public void execute(QueueableContext context) {
            System.enqueueJob(new Recording('chained'));
        }
    }

    public class Failing implements Queueable {
        public void execute(QueueableContext context) {
            Integer nothing = 1 / 0;
        }
    }

    public class Counting implements Database.Batchable<SObject>, Database.Stateful {
        public Integer seen = 0;
        public Database.QueryLocator start(Database.BatchableContext context) {
            return Database.getQueryLocator([SELECT Id, Name FROM Account ORDER BY Name]);
        }
        public void execute(Database.BatchableContext context, List<Account> scope) {
            seen += scope.size();
            ran.add('execute:' + System.isBatch() + ':' + (context.getJobId() != null));
        }
        public void finish(Database.BatchableContext context) {
            ran.add('finish:' + seen);
        }
    }

    public class Forgetting implements Database.Batchable<SObject> {
        public Integer seen = 0;
        public List<Account> start(Database.BatchableContext context) {
            return [SELECT Id FROM Account];
        }
        public void execute(Database.BatchableContext context, List<Account> scope) {
            seen += scope.size();
        }
        public void finish(Database.BatchableContext context) {
            ran.add('finish:' + seen);
        }
    }

    public class FailingBatch implements Database.Batchable<SObject> {
        public List<Account> start(Database.BatchableContext context) {
            Integer nothing = 1 / 0;
            return null;
        }
        public void execute(Database.BatchableContext context, List<Account> scope) {}
        public void finish(Database.BatchableContext context) {}
    }

    public class Nightly implements Schedulable {
        public void execute(SchedulableContext context) {
            ran.add('scheduled:' + System.isScheduled() + ':' + (context.getTriggerId() != null));
        }
    }
}`;

const TESTS = `@IsTest
private class JobsTest {
    static void accounts(Integer count) {
        List<Account> rows = new List<Account>();
        for (Integer i = 0; i < count; i++) {
            rows.add(new Account(Name = 'Account ' + i));
        }
        insert rows;
    }

    @IsTest
    static void aQueueableRunsAtStopTestInItsOwnTransaction() {
        Integer before = [SELECT COUNT() FROM Account];
        Test.startTest();
        Id jobId = System.enqueueJob(new Jobs.Recording('first'));
        Assert.isNull(jobId, 'No job Id in a test');
        Assert.areEqual(1, Limits.getQueueableJobs(), 'Counted');
        Assert.areEqual(0, Jobs.ran.size(), 'Not run yet');
        Test.stopTest();
        Assert.areEqual(new List<String>{ 'first:true:1' }, Jobs.ran, 'Ran as a queueable');
        Assert.areEqual(0, Jobs.queriesSeen, 'With limits of its own');
        Assert.isFalse(System.isQueueable(), 'The test is not a queueable');
        Assert.areEqual(1, [SELECT COUNT() FROM AsyncApexJob WHERE JobType = 'Queueable' AND Status = 'Completed'], 'Its record');
    }

    @IsTest
    static void aJobQueuedBeforeStartTestRunsAtStopTestToo() {
        System.enqueueJob(new Jobs.Recording('early'));
        Test.startTest();
        Test.stopTest();
        Assert.areEqual(1, Jobs.ran.size(), 'Ran at stopTest');
    }

    @IsTest
    static void chainingFromARunningJob() {
        Test.startTest();
        System.enqueueJob(new Jobs.Chaining());
        Test.stopTest();
    }

    @IsTest
    static void anExceptionInAJobReachesTheTestAndStopsTheRest() {
        try {
            Test.startTest();
            System.enqueueJob(new Jobs.Failing());
            System.enqueueJob(new Jobs.Recording('after'));
            Test.stopTest();
            Assert.fail('stopTest throws');
        } catch (MathException failure) {
            Assert.areEqual(0, Jobs.ran.size(), 'The next job did not run');
        }
    }

    @IsTest
    static void theFiftyFirstJobIsOverTheLimit() {
        for (Integer i = 0; i < 51; i++) {
            System.enqueueJob(new Jobs.Recording('job'));
        }
    }

    @IsTest
    static void aStatefulBatchKeepsItsCountIntoFinish() {
        accounts(3);
        Test.startTest();
        Id jobId = Database.executeBatch(new Jobs.Counting());
        Test.stopTest();
        Assert.areEqual(new List<String>{ 'execute:true:true', 'finish:3' }, Jobs.ran, 'One execute, then finish');
        AsyncApexJob job = [SELECT Status, JobType, ApexClass.Name FROM AsyncApexJob WHERE Id = :jobId];
        Assert.areEqual('Completed', job.Status, 'Completed');
        Assert.areEqual('BatchApex', job.JobType, 'A batch');
        Assert.areEqual('Jobs', job.ApexClass.Name, 'Of the top-level class');
    }

    @IsTest
    static void aBatchThatIsNotStatefulStartsEachTransactionAfresh() {
        accounts(2);
        Test.startTest();
        Database.executeBatch(new Jobs.Forgetting(), 10);
        Test.stopTest();
        Assert.areEqual(new List<String>{ 'finish:0' }, Jobs.ran, 'finish does not see what execute counted');
    }

    @IsTest
    static void aBatchNeedingTwoExecutes() {
        accounts(3);
        Test.startTest();
        Database.executeBatch(new Jobs.Counting(), 2);
        Test.stopTest();
    }

    @IsTest
    static void aBatchLeftQueuedRunsAfterTheMethodAndItsFailureFailsTheTest() {
        Database.executeBatch(new Jobs.FailingBatch());
    }

    @IsTest
    static void aQueueableLeftQueuedThatSucceedsKeepsThePass() {
        System.enqueueJob(new Jobs.Recording('late'));
    }

    @IsTest
    static void aQueueableLeftQueuedThatFails() {
        System.enqueueJob(new Jobs.Failing());
    }

    @IsTest
    static void aQueryLocatorIteratesItsRows() {
        accounts(2);
        Database.QueryLocatorIterator rows = Database.getQueryLocator([SELECT Name FROM Account ORDER BY Name]).iterator();
        Assert.areEqual('Account 0', ((Account) rows.next()).Name, 'First');
        Assert.isTrue(rows.hasNext(), 'One more');
        Assert.areEqual('Account 1', ((Account) rows.next()).Name, 'Second');
        Assert.isFalse(rows.hasNext(), 'No more');
    }

    @IsTest
    static void aScheduledJobRunsOnceAtStopTest() {
        Test.startTest();
        Id triggerId = System.schedule('Nightly run', '0 0 2 * * ?', new Jobs.Nightly());
        CronTrigger scheduled = [
            SELECT CronExpression, State, CronJobDetail.Name FROM CronTrigger WHERE Id = :triggerId
        ];
        Assert.areEqual('0 0 2 * * ?', scheduled.CronExpression, 'As scheduled');
        Assert.areEqual('WAITING', scheduled.State, 'Waiting');
        Assert.areEqual('Nightly run', scheduled.CronJobDetail.Name, 'Named');
        Test.stopTest();
        Assert.areEqual(new List<String>{ 'scheduled:true:true' }, Jobs.ran, 'Ran once');
    }

    @IsTest
    static void anAbortedScheduleDoesNotRun() {
        Test.startTest();
        System.abortJob(System.schedule('Nightly run', '0 0 2 * * ?', new Jobs.Nightly()));
        Test.stopTest();
        Assert.areEqual(0, Jobs.ran.size(), 'Not run');
        Assert.areEqual(0, [SELECT COUNT() FROM CronTrigger], 'Gone');
    }
}`;

function results(): Map<string, TestResult> {
    const project = loadSources('.', [
        { file: 'classes/Jobs.cls', source: JOBS },
        { file: 'classes/JobsTest.cls', source: TESTS }
    ]);
    return new Map(runTests(project, testClasses(project, undefined)).map((result) => [result.method, result]));
}

const byMethod = results();

function verdictOf(method: string): TestResult {
    const result = byMethod.get(method);
    assert.ok(result !== undefined, method);
    return result;
}

test('a queueable job runs at stopTest, with limits of its own, as a queueable', () => {
    assert.equal(verdictOf('aQueueableRunsAtStopTestInItsOwnTransaction').message, '');
    assert.equal(verdictOf('aQueueableRunsAtStopTestInItsOwnTransaction').verdict, 'PASS');
    assert.equal(verdictOf('aJobQueuedBeforeStartTestRunsAtStopTestToo').verdict, 'PASS');
});

test('chaining from a job stopTest runs is UNSUPPORTED: the guide does not say what a test does', () => {
    const result = verdictOf('chainingFromARunningJob');
    assert.equal(result.verdict, 'UNSUPPORTED');
    assert.match(result.message, /System\.enqueueJob from a Queueable job run by Test\.stopTest/);
});

test("a job's exception is thrown from stopTest and stops the jobs after it", () => {
    assert.equal(verdictOf('anExceptionInAJobReachesTheTestAndStopsTheRest').verdict, 'PASS');
});

test('the 51st System.enqueueJob throws the uncatchable LimitException', () => {
    const result = verdictOf('theFiftyFirstJobIsOverTheLimit');
    assert.equal(result.verdict, 'FAIL');
    assert.equal(result.message, 'System.LimitException: Too many queueable jobs added to the queue: 51');
});

test('a batch job runs start, one execute and finish; Database.Stateful decides what finish sees', () => {
    assert.equal(verdictOf('aStatefulBatchKeepsItsCountIntoFinish').message, '');
    assert.equal(verdictOf('aStatefulBatchKeepsItsCountIntoFinish').verdict, 'PASS');
    assert.equal(verdictOf('aBatchThatIsNotStatefulStartsEachTransactionAfresh').verdict, 'PASS');
    const twice = verdictOf('aBatchNeedingTwoExecutes');
    assert.equal(twice.verdict, 'UNSUPPORTED');
    assert.match(twice.message, /a test runs only one execute/);
});

test('a batch job left queued runs after the method, and its exception fails the test', () => {
    const result = verdictOf('aBatchLeftQueuedRunsAfterTheMethodAndItsFailureFailsTheTest');
    assert.equal(result.verdict, 'FAIL');
    assert.match(result.message, /^System\.MathException/);
});

test('a queueable job left queued runs after the method; if it fails the verdict is UNSUPPORTED', () => {
    assert.equal(verdictOf('aQueueableLeftQueuedThatSucceedsKeepsThePass').verdict, 'PASS');
    const failed = verdictOf('aQueueableLeftQueuedThatFails');
    assert.equal(failed.verdict, 'UNSUPPORTED');
    assert.match(failed.message, /a Queueable job still queued when the test ended threw System.MathException/);
});

test('a QueryLocator iterates the rows of its query', () => {
    assert.equal(verdictOf('aQueryLocatorIteratesItsRows').message, '');
    assert.equal(verdictOf('aQueryLocatorIteratesItsRows').verdict, 'PASS');
});

test('a scheduled job has its CronTrigger, runs once at stopTest, and abortJob removes it', () => {
    assert.equal(verdictOf('aScheduledJobRunsOnceAtStopTest').message, '');
    assert.equal(verdictOf('aScheduledJobRunsOnceAtStopTest').verdict, 'PASS');
    assert.equal(verdictOf('anAbortedScheduleDoesNotRun').verdict, 'PASS');
});

test('outside a test nothing would run a job, so queueing one is UNSUPPORTED', () => {
    const execution = run("System.enqueueJob(new Jobs.Recording('x'));", [{ file: 'classes/Jobs.cls', source: JOBS }]);
    assert.match(JSON.stringify(execution.events), /System\.enqueueJob outside a test/);
});

test('the next fire time of a daily schedule is the next such time in the user time zone', () => {
    // 2026-12-02 01:00 UTC is 2026-12-01 17:00 in Los Angeles (UTC-8): next 02:00 there is 10:00 UTC on the 2nd.
    const after = Date.UTC(2026, 11, 2, 1, 0, 0);
    assert.equal(nextDailyFireTime('0 0 2 * * ?', after, 'America/Los_Angeles'), Date.UTC(2026, 11, 2, 10, 0, 0));
    assert.equal(nextDailyFireTime('0 0 2 ? * *', after, 'Europe/Paris'), Date.UTC(2026, 11, 3, 1, 0, 0));
    assert.equal(nextDailyFireTime('0 0 2 * * MON', after, 'Europe/Paris'), undefined);
    // 8 March 2026: 02:00 does not exist in Los Angeles.
    assert.equal(nextDailyFireTime('0 30 2 * * ?', Date.UTC(2026, 2, 8, 9, 0, 0), 'America/Los_Angeles'), undefined);
});
