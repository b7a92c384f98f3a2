import { UnsupportedError } from '../unsupported';

/** The resources a transaction counts; each layer that uses one increments it. */
export type CountedResource =
    'queries' | 'queryRows' | 'soslQueries' | 'dmlStatements' | 'dmlRows' | 'queueableJobs' | 'emailInvocations';

type Counts = Record<CountedResource, number>;

function zero(): Counts {
    return {
        queries: 0,
        queryRows: 0,
        soslQueries: 0,
        dmlStatements: 0,
        dmlRows: 0,
        queueableJobs: 0,
        emailInvocations: 0
    };
}

/**
 * Governor limit counters of one transaction. Test.startTest gives the code up to Test.stopTest a
 * fresh set and stopTest returns to the counts from before (Using Limits, startTest, and stopTest,
 * https://developer.salesforce.com/docs/atlas.ja-jp.218.0.apexcode.meta/apexcode/apex_testing_tools_start_stop_test.htm).
 * Each layer that runs a counted operation increments its counter (SOQL today); the operations
 * still UNSUPPORTED (SOSL, enqueueJob) never run, so the counts the runtime reports stay exact.
 */
export class LimitCounters {
    private counts: Counts = zero();
    private beforeTest: Counts | null = null;
    private testStarted = false;

    used(resource: CountedResource): number {
        return this.counts[resource];
    }

    count(resource: CountedResource, amount = 1): void {
        this.counts[resource] += amount;
    }

    startTest(): void {
        if (this.testStarted) {
            throw new UnsupportedError('Test.startTest called a second time in one test');
        }
        this.testStarted = true;
        this.beforeTest = this.counts;
        this.counts = zero();
    }

    stopTest(): void {
        if (this.beforeTest === null) {
            throw new UnsupportedError('Test.stopTest without Test.startTest, or called a second time');
        }
        this.counts = this.beforeTest;
        this.beforeTest = null;
    }
}
