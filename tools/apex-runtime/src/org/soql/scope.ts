import type { Schema } from '../schema';
import type { OrgContext, RecordStore } from '../store';
import type { FieldValue } from '../values';
import type { RecordVisibility } from '../access/sharing';
import type { AccessMode, Bind } from './ast';
import type { ReferencedFields } from './paths';

/** What a bind evaluates to: one value, or a collection for IN, NOT IN, INCLUDES and EXCLUDES. */
export type BindValue = FieldValue | readonly FieldValue[];

/**
 * Evaluates a bind's Apex expression; the interpreter supplies it. Ids of sObjects in a bound list
 * are the caller's to extract, as Apex binds a list of sObjects by their Ids.
 */
export type BindResolver = (bind: Bind) => BindValue;

export interface QueryOptions {
    readonly resolveBind: BindResolver;
    readonly context: OrgContext;
    /** The running user's record visibility when sharing is enforced for the query's access mode, else null. */
    readonly sharing?: (accessMode: AccessMode) => RecordVisibility | null;
}

/** Shared by every part of one query evaluation. */
export interface QueryScope {
    readonly store: RecordStore;
    readonly schema: Schema;
    readonly options: QueryOptions;
    readonly referenced: ReferencedFields;
    /** Set when sharing is enforced: only records the user can read are matched. */
    readonly visibility: RecordVisibility | null;
    /** Rows counted toward the query-rows limit so far. */
    rows: number;
}
