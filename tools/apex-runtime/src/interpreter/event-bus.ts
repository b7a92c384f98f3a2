import type { SourceLocation } from '../parser/ast';
import type { FieldValue, TriggerHooks } from '../org/index';
import { UnsupportedError } from '../unsupported';
import { fieldValueOf } from './dml';
import { ApexThrow } from './errors';
import type { Interpreter } from './interpreter';
import type { ApexSObject } from './values';

/**
 * Platform events in a test (Testing Your Platform Event in Apex and Deliver Test Event Messages,
 * Platform Events Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_event_apex_tests.htm,
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_test_deliver.htm;
 * TestBroker Class, Apex Reference Guide): in a test, EventBus.publish enqueues the publishing,
 * and Test.stopTest() or Test.getEventBus().deliver() delivers the events to the event's after
 * insert triggers. The trigger runs as the Automated Process
 * user, in a transaction of its own (Platform Event Triggers, same guide). When the trigger throws
 * EventBus.RetryableException its work is rolled back and the same events come back, with
 * EventBus.TriggerContext.currentContext().retries one higher, at the next delivery, up to nine
 * retries (Retry Event Triggers with EventBus.RetryableException,
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_subscribe_apex_refire.htm,
 * whose test example delivers once per retry).
 *
 * UNSUPPORTED where the guides do not say: publishing outside a test, an event missing a required
 * field (the guide's example shows that publish fails, not its error), any other exception a trigger
 * throws in a test, a tenth retry, Apex subscribers other than triggers, and events delivered with
 * asynchronous jobs at the same stopTest (their order is not given).
 */

interface PendingBatch {
    readonly objectType: string;
    readonly rows: readonly Map<string, FieldValue>[];
    readonly retries: number;
}

const MOST_RETRIES = 9;

class BusState {
    pending: PendingBatch[] = [];
    triggers: TriggerHooks | null = null;
    /** The retries of the batch an event trigger runs now. */
    delivering: number | null = null;
    automatedProcessUserId: string | null = null;
}

const states = new WeakMap<Interpreter, BusState>();

function stateOf(interpreter: Interpreter): BusState {
    let state = states.get(interpreter);
    if (state === undefined) {
        state = new BusState();
        states.set(interpreter, state);
    }
    return state;
}

/** The project's triggers, which deliveries fire; the runner attaches them with the transaction. */
export function attachEventTriggers(interpreter: Interpreter, triggers: TriggerHooks): void {
    stateOf(interpreter).triggers = triggers;
}

/** Whether an object is a platform event: its API name ends in __e. */
export function isPlatformEvent(objectType: string): boolean {
    return objectType.toLowerCase().endsWith('__e');
}

/** EventBus.publish in a test: the events wait on the test event bus. */
export function publishEvents(interpreter: Interpreter, events: readonly ApexSObject[], loc: SourceLocation): void {
    if (!interpreter.runningTest) {
        throw new UnsupportedError('EventBus.publish outside a test (nothing delivers the event)', loc);
    }
    const state = stateOf(interpreter);
    for (const event of events) {
        const objectType = event.schema.apiName;
        const row = new Map<string, FieldValue>();
        event.fields.forEach((value, key) => row.set(key, fieldValueOf(value, key, loc)));
        event.raw.forEach((value, key) => row.set(key, value));
        // The platform fills a field's default on publish; the runtime does not compute defaults here.
        for (const [key, field] of event.schema.fields) {
            if (field.required && (row.get(key) ?? null) === null) {
                throw new UnsupportedError(`publishing ${objectType} without its required ${field.apiName}`, loc);
            }
            const defaulted = field.defaultValue !== null || (field.picklist?.defaults.length ?? 0) > 0;
            if (defaulted && !row.has(key)) {
                throw new UnsupportedError(
                    `publishing ${objectType} without ${field.apiName}, which has a default`,
                    loc
                );
            }
        }
        const last = state.pending[state.pending.length - 1];
        if (last !== undefined && last.objectType === objectType && last.retries === 0) {
            state.pending[state.pending.length - 1] = { ...last, rows: [...last.rows, row] };
        } else {
            state.pending.push({ objectType, rows: [row], retries: 0 });
        }
    }
}

export function hasPendingEvents(interpreter: Interpreter): boolean {
    return stateOf(interpreter).pending.length > 0;
}

/** EventBus.TriggerContext.currentContext().retries, inside an event trigger. */
export function deliveryRetries(interpreter: Interpreter, loc: SourceLocation): number {
    const retries = stateOf(interpreter).delivering;
    if (retries === null) {
        throw new UnsupportedError('EventBus.TriggerContext.currentContext() outside an event trigger', loc);
    }
    return retries;
}

/** Test.getEventBus().deliver(), and Test.stopTest(): every event waiting, to its triggers. */
export function deliverEvents(interpreter: Interpreter, loc: SourceLocation | null): void {
    const state = stateOf(interpreter);
    const batches = state.pending;
    state.pending = [];
    for (const batch of batches) {
        deliverBatch(interpreter, state, batch, loc);
    }
}

/**
 * After the test method: events never delivered. The guides do not say whether they are: they are
 * delivered, and a trigger that throws is UNSUPPORTED there as everywhere in a test.
 */
export function deliverEventsLeftAtEnd(interpreter: Interpreter): void {
    deliverEvents(interpreter, null);
}

/**
 * The Automated Process user event triggers run as. The org creates it the first time a trigger
 * runs; it has no profile of the three the org holds, so it counts as no administrator.
 */
function automatedProcessUser(interpreter: Interpreter): string {
    const state = stateOf(interpreter);
    if (state.automatedProcessUserId === null) {
        const [id] = interpreter.session.org.seed(
            [
                {
                    objectType: 'User',
                    values: new Map<string, FieldValue>([
                        ['username', 'autoproc@scratch.example.com'],
                        ['lastname', 'Automated Process'],
                        ['alias', 'autoproc'],
                        ['email', 'autoproc@scratch.example.com'],
                        ['isactive', true],
                        ['languagelocalekey', 'en_US'],
                        ['localesidkey', 'en_US'],
                        ['timezonesidkey', interpreter.session.timeZone],
                        ['emailencodingkey', 'UTF-8']
                    ])
                }
            ],
            interpreter.session.context()
        );
        state.automatedProcessUserId = id ?? null;
    }
    if (state.automatedProcessUserId === null) {
        throw new Error('the Automated Process user was not created');
    }
    return state.automatedProcessUserId;
}

function deliverBatch(
    interpreter: Interpreter,
    state: BusState,
    batch: PendingBatch,
    loc: SourceLocation | null
): void {
    const triggers = state.triggers;
    if (triggers === null || !triggers.handles(batch.objectType, 'after', 'insert')) {
        throw new UnsupportedError(
            `delivering ${batch.objectType} with no trigger on it (other subscribers are not simulated)`,
            loc
        );
    }
    const session = interpreter.session;
    const previousUser = session.runningUserId;
    session.runningUserId = automatedProcessUser(interpreter);
    session.org.dml.mixedDml.enterTransaction();
    const savepoint = session.org.setSavepoint();
    state.delivering = batch.retries;
    try {
        interpreter.limits.inOwnTransaction(() =>
            triggers.fire({
                objectType: batch.objectType,
                operation: 'insert',
                timing: 'after',
                newRows: batch.rows,
                oldRows: null,
                addError: () => {
                    throw new UnsupportedError('addError on a platform event', loc);
                }
            })
        );
    } catch (error) {
        if (!(error instanceof ApexThrow)) {
            throw error;
        }
        session.org.rollback(savepoint);
        if (error.exception.cls.name !== 'EventBus.RetryableException') {
            throw new UnsupportedError(
                `an event trigger on ${batch.objectType} that throws ${error.exception.cls.name} in a test (the guide does not say what the test sees)`,
                loc
            );
        }
        if (batch.retries >= MOST_RETRIES) {
            throw new UnsupportedError(`a tenth retry of ${batch.objectType} (the trigger would be suspended)`, loc);
        }
        state.pending.push({ ...batch, retries: batch.retries + 1 });
    } finally {
        state.delivering = null;
        session.org.dml.mixedDml.exit();
        session.runningUserId = previousUser;
    }
}
