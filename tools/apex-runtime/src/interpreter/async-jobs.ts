import type { SourceLocation } from '../parser/ast';
import { dateTime, type FieldValue } from '../org/index';
import type { ClassInfo } from '../types/class-table';
import { UnsupportedError } from '../unsupported';
import { ApexThrow } from './errors';
import type { Interpreter } from './interpreter';
import { invokeMethod, selectMethod } from './invocation';
import { newList, newMap, newObject, newSet, type ApexObject, type ApexValue } from './values';

/**
 * Asynchronous Apex in a test: queueable jobs (Queueable Apex), batch jobs (Using Batch Apex) and
 * scheduled jobs (Apex Scheduler), all pages of the Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_queueing_jobs.htm,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_batch_interface.htm,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_scheduler.htm.
 *
 * What the guide documents, and so what runs:
 * - "The system executes all asynchronous processes started in a test method synchronously after
 *   the Test.stopTest statement" (Queueable Apex, Testing Queueable Jobs); "An exception encountered
 *   during stopTest halts the synchronous processing" (Using Limits, startTest, and stopTest,
 *   https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_testing_tools_start_stop_test.htm),
 *   and the batch job's exception "is passed to the calling test method" (Testing Batch Apex).
 * - A batch or scheduled job not flushed by stopTest "executes at the end of your test method"
 *   (API 25.0 and later; Testing Batch Apex, Testing the Apex Scheduler). The guide says nothing of
 *   a queueable job left queued: the runner runs it too, and only a clean run keeps the verdict.
 * - Each job is its own transaction: fresh governor limits, its own mixed-DML scope, run as the
 *   user who started it. The test's static variables stay shared with the job: the guide does not
 *   say they are reset, and the project's tests read what a job left in them.
 * - A job is the object given to enqueueJob, not a copy made then: state changed after queueing
 *   is seen (the platform serializes the job; a test that depends on it may differ).
 *
 * UNSUPPORTED, since the guide does not say what happens: asynchronous Apex started by a job that
 * stopTest runs (chaining in a test: the older Queueable Apex page said it "results in an error"
 * without naming it), a batch whose records need more than one execute in a test ("you can test
 * only one execution of the execute method", Testing Batch Apex), and asynchronous Apex outside a
 * test (nothing would ever run it).
 */

export type JobKind = 'Queueable' | 'BatchApex' | 'ScheduledApex';

interface QueuedJob {
    readonly kind: JobKind;
    readonly target: ApexObject;
    /** The AsyncApexJob of a queueable or batch job, the CronTrigger of a scheduled one. */
    readonly recordId: string;
    readonly userId: string;
    /** Records per execute of a batch job. */
    readonly scopeSize: number;
    /** A batch job that is not Database.Stateful starts each transaction from this copy. */
    readonly snapshot: ApexObject | null;
}

class AsyncState {
    readonly queue: QueuedJob[] = [];
    /** The asynchronous Apex running now; null in the test's own transaction. */
    running: JobKind | null = null;
    /** What each context object (QueueableContext, Database.BatchableContext, ...) stands for. */
    readonly contexts = new WeakMap<ApexObject, string>();
    /** The records a Database.QueryLocator returns. */
    readonly locators = new WeakMap<ApexObject, ApexValue>();
}

const states = new WeakMap<Interpreter, AsyncState>();

function stateOf(interpreter: Interpreter): AsyncState {
    let state = states.get(interpreter);
    if (state === undefined) {
        state = new AsyncState();
        states.set(interpreter, state);
    }
    return state;
}

/** The asynchronous Apex running now (System.isQueueable, isBatch, isScheduled), or null. */
export function runningJobKind(interpreter: Interpreter): JobKind | null {
    return stateOf(interpreter).running;
}

/** Whether the class, or a superclass, implements the platform interface written `name`. */
export function implementsPlatform(cls: ClassInfo, name: string): boolean {
    const wanted = name.toLowerCase();
    for (let current: ClassInfo | null = cls; current !== null; current = current.superclass) {
        for (const implemented of current.interfaces) {
            const written = implemented.name.toLowerCase();
            if (written === wanted || written === `system.${wanted}` || implementsPlatform(implemented, name)) {
                return true;
            }
        }
    }
    return false;
}

function builtinClass(interpreter: Interpreter, qualifiedName: string): ClassInfo {
    const cls = interpreter.system.builtinClasses.get(qualifiedName.toLowerCase());
    if (cls === undefined) {
        throw new Error(`built-in class ${qualifiedName} missing`);
    }
    return cls;
}

/** A context object handed to a job's methods; `id` is what its getJobId/getTriggerId returns. */
function contextObject(interpreter: Interpreter, qualifiedName: string, id: string): ApexObject {
    const context = newObject(builtinClass(interpreter, qualifiedName));
    stateOf(interpreter).contexts.set(context, id);
    return context;
}

/** The Id a context object stands for (QueueableContext.getJobId, SchedulableContext.getTriggerId). */
export function contextId(interpreter: Interpreter, context: ApexObject): string {
    const id = stateOf(interpreter).contexts.get(context);
    if (id === undefined) {
        throw new Error(`context ${context.cls.name} without a job`);
    }
    return id;
}

/** Database.getQueryLocator: a QueryLocator over the rows already queried. */
export function newQueryLocator(interpreter: Interpreter, rows: ApexValue): ApexObject {
    const locator = newObject(builtinClass(interpreter, 'Database.QueryLocator'));
    stateOf(interpreter).locators.set(locator, rows);
    return locator;
}

/** The rows of a Database.QueryLocator. */
export function queryLocatorRows(interpreter: Interpreter, locator: ApexObject): ApexValue {
    const rows = stateOf(interpreter).locators.get(locator);
    if (rows === undefined) {
        throw new Error('a QueryLocator without rows');
    }
    return rows;
}

// ---------------------------------------------------------------- the org's job records

function seedRecord(interpreter: Interpreter, objectType: string, values: Record<string, FieldValue>): string {
    const [id] = interpreter.session.org.seed(
        [{ objectType, values: new Map(Object.entries(values)) }],
        interpreter.session.context()
    );
    if (id === undefined) {
        throw new Error(`${objectType} was not created`);
    }
    return id;
}

/**
 * The ApexClass record of a top-level class. The org's ApexClass rows are created, one per
 * top-level class of the project, when the first job needs one: only job records refer to them.
 */
function apexClassId(interpreter: Interpreter, cls: ClassInfo): string {
    let top = cls;
    while (top.outer !== null) {
        top = top.outer;
    }
    const org = interpreter.session.org;
    const object = interpreter.schema.object('ApexClass');
    if (object === undefined) {
        throw new Error('ApexClass missing from the schema');
    }
    if (org.store.all(object, true).length === 0) {
        for (const info of interpreter.table.topLevelTypes()) {
            seedRecord(interpreter, 'ApexClass', { name: info.name });
        }
    }
    const found = org.store.all(object, true).find((record) => record.values.get('name') === top.name);
    if (found === undefined) {
        throw new Error(`no ApexClass record for ${top.name}`);
    }
    return found.id;
}

function setJobStatus(interpreter: Interpreter, recordId: string, status: string, completed: boolean): void {
    const record = interpreter.session.org.store.get(recordId);
    if (record === undefined || record.object.apiName !== 'AsyncApexJob') {
        return;
    }
    const values = new Map<string, FieldValue>([['status', status]]);
    if (completed) {
        values.set('completeddate', dateTime(interpreter.session.context().now()));
    }
    interpreter.session.org.store.write(record, values, interpreter.session.context());
}

// ---------------------------------------------------------------- queueing

function requireTestQueue(interpreter: Interpreter, call: string, loc: SourceLocation): AsyncState {
    if (!interpreter.runningTest) {
        throw new UnsupportedError(`${call} outside a test (nothing runs the job)`, loc);
    }
    const state = stateOf(interpreter);
    if (state.running !== null) {
        throw new UnsupportedError(
            `${call} from a ${state.running} job run by Test.stopTest (the guide does not say what a test does with it)`,
            loc
        );
    }
    return state;
}

/** Adds a job to the test's queue and creates its AsyncApexJob record; returns that record's Id. */
export function queueJob(
    interpreter: Interpreter,
    kind: 'Queueable' | 'BatchApex',
    target: ApexObject,
    scopeSize: number,
    loc: SourceLocation
): string {
    const state = requireTestQueue(
        interpreter,
        kind === 'Queueable' ? 'System.enqueueJob' : 'Database.executeBatch',
        loc
    );
    const recordId = seedRecord(interpreter, 'AsyncApexJob', {
        apexclassid: apexClassId(interpreter, target.cls),
        jobtype: kind,
        status: 'Queued'
    });
    const stateful = kind === 'BatchApex' && implementsPlatform(target.cls, 'Database.Stateful');
    state.queue.push({
        kind,
        target,
        recordId,
        userId: interpreter.session.runningUserId,
        scopeSize,
        snapshot: kind === 'BatchApex' && !stateful ? copyObject(target, new Map()) : null
    });
    return recordId;
}

/** System.schedule: the CronTrigger and CronJobDetail records, and the job the test runs once. */
export function scheduleJob(
    interpreter: Interpreter,
    name: string,
    cronExpression: string,
    nextFireTime: number,
    target: ApexObject,
    loc: SourceLocation
): string {
    const state = requireTestQueue(interpreter, 'System.schedule', loc);
    const details = interpreter.schema.object('CronJobDetail');
    const taken =
        details !== undefined &&
        interpreter.session.org.store.all(details, false).some((record) => record.values.get('name') === name);
    if (taken) {
        throw new UnsupportedError(
            `System.schedule of a job named like one already scheduled (the guide does not give the error)`,
            loc
        );
    }
    // JobType '7' is scheduled Apex (Apex Scheduler, "Monitoring Scheduled Jobs" query).
    const detailId = seedRecord(interpreter, 'CronJobDetail', { name, jobtype: '7' });
    const triggerId = seedRecord(interpreter, 'CronTrigger', {
        cronjobdetailid: detailId,
        cronexpression: cronExpression,
        state: 'WAITING',
        nextfiretime: dateTime(nextFireTime)
    });
    state.queue.push({
        kind: 'ScheduledApex',
        target,
        recordId: triggerId,
        userId: interpreter.session.runningUserId,
        scopeSize: 0,
        snapshot: null
    });
    return triggerId;
}

/**
 * System.abortJob: a scheduled job's CronTrigger goes, with its pending run; a queued
 * queueable or batch job is marked Aborted and will not run (System Class, abortJob).
 */
export function abortJob(interpreter: Interpreter, jobId: string, loc: SourceLocation): void {
    const state = stateOf(interpreter);
    const store = interpreter.session.org.store;
    const record = store.get(jobId);
    const apiName = record?.object.apiName;
    if (record === undefined || (apiName !== 'CronTrigger' && apiName !== 'AsyncApexJob')) {
        throw new UnsupportedError('System.abortJob of an Id that is no job of this test', loc);
    }
    const index = state.queue.findIndex((job) => job.recordId === record.id);
    if (apiName === 'AsyncApexJob' && index < 0) {
        throw new UnsupportedError('System.abortJob of a job that already ran', loc);
    }
    if (index >= 0) {
        state.queue.splice(index, 1);
    }
    if (apiName === 'CronTrigger') {
        store.setDeleted(record, true);
        const detailId = record.values.get('cronjobdetailid');
        const detail = typeof detailId === 'string' ? store.get(detailId) : undefined;
        if (detail !== undefined) {
            store.setDeleted(detail, true);
        }
    } else {
        setJobStatus(interpreter, record.id, 'Aborted', true);
    }
}

// ---------------------------------------------------------------- running

export function hasQueuedJobs(interpreter: Interpreter): boolean {
    return stateOf(interpreter).queue.length > 0;
}

/** Test.stopTest: every queued job, in the order queued; an exception stops the rest and is thrown. */
export function runQueuedJobs(interpreter: Interpreter): void {
    const state = stateOf(interpreter);
    while (state.queue.length > 0) {
        const job = state.queue.shift();
        if (job !== undefined) {
            runJob(interpreter, state, job);
        }
    }
}

/**
 * After the test method: jobs never flushed by stopTest. Batch and scheduled jobs run, as the guide
 * documents, and a batch job's exception fails the test. The guide says nothing of queueable jobs
 * left queued nor of a scheduled job's exception there: they run too, and if one fails the
 * verdict cannot be known, so it is UNSUPPORTED.
 */
export function runJobsLeftAtEnd(interpreter: Interpreter): void {
    const state = stateOf(interpreter);
    while (state.queue.length > 0) {
        const job = state.queue.shift();
        if (job === undefined) {
            continue;
        }
        try {
            runJob(interpreter, state, job);
        } catch (error) {
            if (!(error instanceof ApexThrow) || job.kind === 'BatchApex') {
                throw error;
            }
            throw new UnsupportedError(
                `a ${job.kind} job still queued when the test ended threw ${error.exception.cls.name}, and the guide does not say whether that fails the test`,
                null
            );
        }
    }
}

function runJob(interpreter: Interpreter, state: AsyncState, job: QueuedJob): void {
    const session = interpreter.session;
    const previousUser = session.runningUserId;
    session.runningUserId = job.userId;
    state.running = job.kind;
    try {
        if (job.kind === 'Queueable') {
            setJobStatus(interpreter, job.recordId, 'Processing', false);
            inOwnTransaction(interpreter, () =>
                callJobMethod(interpreter, job.target, 'execute', [
                    contextObject(interpreter, 'QueueableContext', job.recordId)
                ])
            );
            setJobStatus(interpreter, job.recordId, 'Completed', true);
        } else if (job.kind === 'ScheduledApex') {
            inOwnTransaction(interpreter, () =>
                callJobMethod(interpreter, job.target, 'execute', [
                    contextObject(interpreter, 'SchedulableContext', job.recordId)
                ])
            );
        } else {
            runBatch(interpreter, state, job);
        }
    } catch (error) {
        if (error instanceof ApexThrow) {
            setJobStatus(interpreter, job.recordId, 'Failed', true);
        }
        throw error;
    } finally {
        state.running = null;
        session.runningUserId = previousUser;
    }
}

/**
 * "If the start method of the batch class returns a QueryLocator, the optional scope parameter of
 * Database.executeBatch can have a maximum value of 2,000" and larger values are chunked into
 * 2,000 (Using Batch Apex); an Iterable's scope has no upper limit.
 */
const MOST_QUERY_LOCATOR_SCOPE = 2000;

/** start, one execute over the records (none when there are none), then finish; each its own transaction. */
function runBatch(interpreter: Interpreter, state: AsyncState, job: QueuedJob): void {
    const context = contextObject(interpreter, 'Database.BatchableContext', job.recordId);
    const instance = (): ApexObject => (job.snapshot === null ? job.target : copyObject(job.snapshot, new Map()));
    setJobStatus(interpreter, job.recordId, 'Preparing', false);
    const started = inOwnTransaction(interpreter, () => callJobMethod(interpreter, instance(), 'start', [context]));
    const { rows, fromLocator } = batchRows(interpreter, state, started);
    const chunk = fromLocator ? Math.min(job.scopeSize, MOST_QUERY_LOCATOR_SCOPE) : job.scopeSize;
    if (rows.items.length > chunk) {
        throw new UnsupportedError(
            `a batch job of ${rows.items.length} records in chunks of ${chunk}: a test runs only one execute, and the guide does not say what happens to the rest`,
            null
        );
    }
    setJobStatus(interpreter, job.recordId, 'Processing', false);
    if (rows.items.length > 0) {
        inOwnTransaction(interpreter, () => callJobMethod(interpreter, instance(), 'execute', [context, rows]));
    }
    inOwnTransaction(interpreter, () => callJobMethod(interpreter, instance(), 'finish', [context]));
    setJobStatus(interpreter, job.recordId, 'Completed', true);
}

/** What start returned: a QueryLocator's rows, or a List (an Iterable of records). */
function batchRows(interpreter: Interpreter, state: AsyncState, started: ApexValue) {
    if (started === null) {
        return interpreter.nullPointer();
    }
    const fromLocator = typeof started === 'object' && started.kind === 'Object';
    const rows = fromLocator ? state.locators.get(started) : started;
    if (rows === undefined || rows === null || typeof rows !== 'object' || rows.kind !== 'List') {
        throw new UnsupportedError('a batch start method returning an Iterable that is not a List', null);
    }
    return { rows: newList(rows.elementType, [...rows.items]), fromLocator };
}

/** One transaction of a job (a batch runs start, execute and finish as three): fresh limits and mixed-DML scope. */
function inOwnTransaction(interpreter: Interpreter, run: () => ApexValue): ApexValue {
    const mixedDml = interpreter.session.org.dml.mixedDml;
    mixedDml.enterTransaction();
    try {
        return interpreter.limits.inOwnTransaction(run);
    } finally {
        mixedDml.exit();
    }
}

function callJobMethod(interpreter: Interpreter, target: ApexObject, name: string, args: ApexValue[]): ApexValue {
    const method = selectMethod(interpreter, target.cls, name, args, 'instance');
    if (method === undefined) {
        throw new UnsupportedError(`${target.cls.name}.${name} for ${args.length} argument(s)`, target.cls.loc);
    }
    return invokeMethod(interpreter, method, target, args, method.loc);
}

// ---------------------------------------------------------------- instance state

/**
 * A deep copy of a job's instance: "If you don't specify Database.Stateful, all static and
 * instance member variables are set back to their original values" between a batch job's
 * transactions (Using Batch Apex, Using State in Batch Apex). Only instance state is copied;
 * static variables stay the test's own, as above.
 */
function copyObject(object: ApexObject, seen: Map<object, ApexValue>): ApexObject {
    if (object.exception !== null) {
        throw new UnsupportedError(`the state of a batch job holding an exception (${object.cls.name})`, null);
    }
    const copy = newObject(object.cls);
    seen.set(object, copy);
    for (const [name, value] of object.fields) {
        copy.fields.set(name, copyValue(value, seen));
    }
    return copy;
}

function copyValue(value: ApexValue, seen: Map<object, ApexValue>): ApexValue {
    if (value === null || typeof value !== 'object') {
        return value;
    }
    const earlier = seen.get(value);
    if (earlier !== undefined) {
        return earlier;
    }
    switch (value.kind) {
        case 'Object':
            return value.cls.isBuiltin ? value : copyObject(value, seen);
        case 'List': {
            const list = newList(value.elementType);
            seen.set(value, list);
            value.items.forEach((item) => list.items.push(copyValue(item, seen)));
            return list;
        }
        case 'Set': {
            const set = newSet(value.elementType);
            seen.set(value, set);
            value.entries.forEach((item, key) => set.entries.set(key, copyValue(item, seen)));
            return set;
        }
        case 'Map': {
            const map = newMap(value.keyType, value.valueType);
            seen.set(value, map);
            value.entries.forEach((entry, key) =>
                map.entries.set(key, { key: copyValue(entry.key, seen), value: copyValue(entry.value, seen) })
            );
            return map;
        }
        case 'SObject':
            throw new UnsupportedError(
                'the state of a batch job that is not Database.Stateful holding a record (its copy is not built)',
                null
            );
        default:
            return value;
    }
}
