import {
    abortJob,
    contextId,
    implementsPlatform,
    newQueryLocator,
    queryLocatorRows,
    queueJob,
    runningJobKind,
    scheduleJob
} from '../interpreter/async-jobs';
import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { isObject, newObject, type ApexObject, type ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { nextDailyFireTime } from './cron';
import { arity, integerArg, stringArg, unsupportedCall } from './arguments';

/**
 * The maximum number of Apex jobs added to the queue with System.enqueueJob: 50 in a synchronous
 * transaction, 1 in an asynchronous one (Execution Governors and Limits,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_gov_limits.htm).
 */
export function queueableJobLimit(site: CallSite): number {
    return runningJobKind(site.interpreter) === null ? 50 : 1;
}

/** Each Database.QueryLocatorIterator's rows and the position of its next one. */
const iterators = new WeakMap<ApexObject, { rows: readonly ApexValue[]; next: number }>();

function iteratorOf(iterator: ApexObject): { rows: readonly ApexValue[]; next: number } {
    const state = iterators.get(iterator);
    if (state === undefined) {
        throw new Error('a QueryLocatorIterator without rows');
    }
    return state;
}

/** Records per execute when Database.executeBatch is given no scope (Database Class, executeBatch). */
const DEFAULT_BATCH_SCOPE = 200;

function jobArgument(
    site: CallSite,
    call: string,
    args: readonly ApexValue[],
    index: number,
    type: string
): ApexObject {
    const job = args[index] ?? null;
    if (job === null) {
        return site.interpreter.nullPointer();
    }
    if (!isObject(job) || !implementsPlatform(job.cls, type)) {
        return unsupportedCall(site, call, args);
    }
    return job;
}

/**
 * Asynchronous Apex: System.enqueueJob, Database.executeBatch, Database.getQueryLocator,
 * System.schedule and System.abortJob, the contexts their jobs receive, and System.isBatch,
 * isFuture, isQueueable and isScheduled (System Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_system.htm).
 * The jobs run as `interpreter/async-jobs.ts` describes.
 */
export function installAsync(registry: BuiltinRegistry): void {
    // "The ID of a queueable Apex job isn't returned in test context—System.enqueueJob returns null
    // in a running test" (Queueable Interface, Apex Reference Guide:
    // https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Queueable.htm).
    registry.addStatic('System', 'enqueueJob', (site, args) => {
        arity(site, 'System.enqueueJob', args, 1);
        const job = jobArgument(site, 'System.enqueueJob', args, 0, 'Queueable');
        const limits = site.interpreter.limits;
        const limit = queueableJobLimit(site);
        if (limits.used('queueableJobs') >= limit) {
            site.interpreter.throwSystem('LimitException', `Too many queueable jobs added to the queue: ${limit + 1}`);
        }
        queueJob(site.interpreter, 'Queueable', job, 0, site.loc);
        limits.count('queueableJobs');
        return null;
    });
    registry.addStatic('Database', 'executeBatch', (site, args) => {
        arity(site, 'Database.executeBatch', args, 1, 2);
        const job = jobArgument(site, 'Database.executeBatch', args, 0, 'Database.Batchable');
        const scope = args.length === 2 ? integerArg(site, 'Database.executeBatch', args, 1) : DEFAULT_BATCH_SCOPE;
        if (scope <= 0) {
            throw new UnsupportedError('Database.executeBatch with a scope that is not positive', site.loc);
        }
        return queueJob(site.interpreter, 'BatchApex', job, scope, site.loc);
    });
    // Database.getQueryLocator([SELECT ...]): the inline query has already run where it is written.
    registry.addStatic('Database', 'getQueryLocator', (site, args) => {
        arity(site, 'Database.getQueryLocator', args, 1);
        const rows = args[0] ?? null;
        if (rows === null || typeof rows !== 'object' || rows.kind !== 'List') {
            return unsupportedCall(site, 'Database.getQueryLocator', args);
        }
        return newQueryLocator(site.interpreter, rows);
    });
    // QueryLocator.iterator(), and the iterator's hasNext and next (QueryLocator Class and
    // QueryLocatorIterator Class, Apex Reference Guide). Past the last row, next is UNSUPPORTED:
    // the reference does not give its exception.
    registry.addInstance('BuiltinObject', 'Database.QueryLocator.iterator', (site, locator, args) => {
        arity(site, 'Database.QueryLocator.iterator', args, 0);
        const rows = queryLocatorRows(site.interpreter, locator);
        const cls = site.interpreter.system.builtinClasses.get('database.querylocatoriterator');
        if (cls === undefined || rows === null || typeof rows !== 'object' || rows.kind !== 'List') {
            throw new Error('QueryLocatorIterator missing');
        }
        const iterator = newObject(cls);
        iterators.set(iterator, { rows: [...rows.items], next: 0 });
        return iterator;
    });
    registry.addInstance('BuiltinObject', 'Database.QueryLocatorIterator.hasNext', (site, iterator, args) => {
        arity(site, 'Database.QueryLocatorIterator.hasNext', args, 0);
        const state = iteratorOf(iterator);
        return state.next < state.rows.length;
    });
    registry.addInstance('BuiltinObject', 'Database.QueryLocatorIterator.next', (site, iterator, args) => {
        arity(site, 'Database.QueryLocatorIterator.next', args, 0);
        const state = iteratorOf(iterator);
        const row = state.rows[state.next];
        if (row === undefined) {
            throw new UnsupportedError('QueryLocatorIterator.next past the last row', site.loc);
        }
        state.next++;
        return row;
    });
    registry.addStatic('System', 'schedule', (site, args) => {
        arity(site, 'System.schedule', args, 3);
        const name = stringArg(site, 'System.schedule', args, 0);
        const expression = stringArg(site, 'System.schedule', args, 1);
        const job = jobArgument(site, 'System.schedule', args, 2, 'Schedulable');
        const context = site.interpreter.session.context();
        const zone = site.interpreter.session.org.store.get(context.runningUserId)?.values.get('timezonesidkey');
        const next = typeof zone === 'string' ? nextDailyFireTime(expression, context.now(), zone) : undefined;
        if (next === undefined) {
            throw new UnsupportedError(
                `System.schedule with the expression '${expression}' (only a fixed time every day has a next fire time the runtime computes)`,
                site.loc
            );
        }
        return scheduleJob(site.interpreter, name, expression, next, job, site.loc);
    });
    registry.addStatic('System', 'abortJob', (site, args) => {
        arity(site, 'System.abortJob', args, 1);
        abortJob(site.interpreter, stringArg(site, 'System.abortJob', args, 0), site.loc);
        return null;
    });
    const kinds: Readonly<Record<string, string | null>> = {
        isBatch: 'BatchApex',
        isQueueable: 'Queueable',
        isScheduled: 'ScheduledApex',
        // No future method runs: the runtime has no @future.
        isFuture: null
    };
    for (const [name, kind] of Object.entries(kinds)) {
        registry.addStatic('System', name, (site, args) => {
            arity(site, `System.${name}`, args, 0);
            return kind !== null && runningJobKind(site.interpreter) === kind;
        });
    }
    // QueueableContext.getJobId in a test: the guide's note above says no job Id is returned there,
    // and does not say what getJobId gives.
    registry.addInstance('BuiltinObject', 'System.QueueableContext.getJobId', (site) => {
        throw new UnsupportedError('QueueableContext.getJobId in a test (the guide gives no job Id there)', site.loc);
    });
    registry.addInstance('BuiltinObject', 'Database.BatchableContext.getJobId', (site, receiver, args) => {
        arity(site, 'Database.BatchableContext.getJobId', args, 0);
        return contextId(site.interpreter, receiver);
    });
    registry.addInstance('BuiltinObject', 'System.SchedulableContext.getTriggerId', (site, receiver, args) => {
        arity(site, 'SchedulableContext.getTriggerId', args, 0);
        return contextId(site.interpreter, receiver);
    });
}
