import type { BuiltinRegistry } from '../interpreter/builtins';
import type { CountedResource } from '../interpreter/limits';
import { integer } from '../interpreter/values';
import { arity } from './arguments';

/**
 * The synchronous per-transaction limits, from "Execution Governors and Limits"
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_gov_limits.htm):
 * 100 SOQL queries, 50,000 rows retrieved, 20 SOSL queries, 150 DML statements, 10,000 rows
 * processed by DML, 50 jobs queued with System.enqueueJob, 10 sendEmail method calls.
 */
const LIMITS: Readonly<Record<string, { resource: CountedResource; limit: number }>> = {
    Queries: { resource: 'queries', limit: 100 },
    QueryRows: { resource: 'queryRows', limit: 50000 },
    SoslQueries: { resource: 'soslQueries', limit: 20 },
    DmlStatements: { resource: 'dmlStatements', limit: 150 },
    DmlRows: { resource: 'dmlRows', limit: 10000 },
    QueueableJobs: { resource: 'queueableJobs', limit: 50 },
    EmailInvocations: { resource: 'emailInvocations', limit: 10 }
};

/** Limits.getX() and Limits.getLimitX() for the counted resources; the others stay UNSUPPORTED. */
export function installLimits(registry: BuiltinRegistry): void {
    for (const [name, { resource, limit }] of Object.entries(LIMITS)) {
        registry.addStatic('Limits', `get${name}`, (site, args) => {
            arity(site, `Limits.get${name}`, args, 0);
            return integer(site.interpreter.limits.used(resource));
        });
        registry.addStatic('Limits', `getLimit${name}`, (site, args) => {
            arity(site, `Limits.getLimit${name}`, args, 0);
            return integer(limit);
        });
    }
}
