import type { RecordVisibility } from '../access/sharing';
import type { OrgContext } from '../store';
import type { FieldValue } from '../values';
import type { DmlRowError } from './results';

export type TriggerOperation = 'insert' | 'update' | 'delete' | 'undelete';
export type TriggerTiming = 'before' | 'after';

/** What a trigger sees: Trigger.new and Trigger.old as field maps, row for row. */
export interface TriggerEvent {
    readonly objectType: string;
    readonly operation: TriggerOperation;
    readonly timing: TriggerTiming;
    /** Trigger.new; a before trigger may change the values. Null for delete. */
    readonly newRows: readonly Map<string, FieldValue>[] | null;
    /** Trigger.old. Null for insert and undelete. */
    readonly oldRows: readonly ReadonlyMap<string, FieldValue>[] | null;
    /** sObject.addError(message) on the row at `index`. */
    addError(index: number, message: string): void;
}

/**
 * The interpreter wires the project's triggers here; the org calls them at their places in the
 * order of execution and does not run any Apex itself.
 */
export interface TriggerHooks {
    handles(objectType: string, timing: TriggerTiming, operation: TriggerOperation): boolean;
    fire(event: TriggerEvent): void;
}

export const NO_TRIGGERS: TriggerHooks = {
    handles: () => false,
    fire: () => undefined
};

/** Evaluates the object's active validation rules for a row; the formula layer supplies it. */
export type ValidationRunner = (
    objectType: string,
    newValues: ReadonlyMap<string, FieldValue>,
    oldValues: ReadonlyMap<string, FieldValue> | null
) => DmlRowError[];

export interface DmlOptions {
    /** True for DML statements and Database methods called with allOrNone = true (the default). */
    readonly allOrNone: boolean;
    readonly context: OrgContext;
    /** Set when sharing is enforced: rows need the running user's access to their records. */
    readonly sharing?: RecordVisibility | null;
}
