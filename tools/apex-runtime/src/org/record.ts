import type { FieldValue } from './values';

/**
 * A record as the org hands it to the interpreter (query results, records after DML): plain data
 * the interpreter wraps into an SObject. Keys are lower-case API names; a record holds only the
 * fields it was queried with (Id always), and a relationship only when the query selected it.
 */
export interface OrgRecord {
    /** The object's API name as the schema spells it (`Exchange_Group__c`), or `AggregateResult`. */
    readonly objectType: string;
    readonly fields: ReadonlyMap<string, FieldValue>;
    /** Parent relationships by lower-case name (`group__r`, `owner`); null when the lookup is empty. */
    readonly parents: ReadonlyMap<string, OrgRecord | null>;
    /** Child relationship subquery results by lower-case name (`memberships__r`). */
    readonly children: ReadonlyMap<string, readonly OrgRecord[]>;
}

export const AGGREGATE_RESULT = 'AggregateResult';
