/**
 * Per-row outcomes of DML, shaped like Database.SaveResult, DeleteResult, UndeleteResult and
 * UpsertResult, with the status codes of the StatusCode enum (Database.Error, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_database_error.htm).
 */
export interface DmlRowError {
    readonly statusCode: string;
    readonly message: string;
    /** API names of the fields the error is about. */
    readonly fields: readonly string[];
}

export interface DmlRowResult {
    /** The record's Id; null for a failed insert. */
    readonly id: string | null;
    readonly success: boolean;
    /** True when upsert or insert created the record. */
    readonly created: boolean;
    readonly errors: readonly DmlRowError[];
}

export type DmlOperation = 'insert' | 'update' | 'upsert' | 'delete' | 'undelete';

/**
 * An all-or-none operation failed: nothing it did is kept. The interpreter throws a
 * System.DmlException with `message` and the row errors.
 */
export class DmlFailure extends Error {
    constructor(
        readonly operation: DmlOperation,
        readonly results: readonly DmlRowResult[]
    ) {
        super(dmlExceptionMessage(operation, results));
        this.name = 'DmlFailure';
    }
}

/**
 * `Insert failed. First exception on row 0; first error: REQUIRED_FIELD_MISSING, Required fields
 * are missing: [Name]: [Name]`, as DmlException.getMessage() reads.
 */
export function dmlExceptionMessage(operation: DmlOperation, results: readonly DmlRowResult[]): string {
    const row = results.findIndex((result) => !result.success);
    const error = results[row]?.errors[0];
    const verb = operation.charAt(0).toUpperCase() + operation.slice(1);
    if (error === undefined) {
        return `${verb} failed.`;
    }
    const fields = error.fields.length > 0 ? `: [${error.fields.join(', ')}]` : ': []';
    return `${verb} failed. First exception on row ${row}; first error: ${error.statusCode}, ${error.message}${fields}`;
}

/** The operation as a whole is invalid, before any row is looked at (thrown as a DmlException). */
export class DmlUsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'DmlUsageError';
    }
}

export function rowError(statusCode: string, message: string, fields: readonly string[] = []): DmlRowError {
    return { statusCode, message, fields };
}
