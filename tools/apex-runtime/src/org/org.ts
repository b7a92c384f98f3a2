import { normaliseIds } from './dml/checks';
import { Dml } from './dml/engine';
import { NO_TRIGGERS, type TriggerHooks, type ValidationRunner } from './dml/hooks';
import { loadProjectRecords, type SeedRecord } from './project-records';
import { loadProjectSchema, type ValidationRuleDef } from './project-schema';
import type { Schema } from './schema';
import type { OrgContext, StoreSnapshot } from './store';
import { RecordStore } from './store';
import { query, type QueryResult } from './soql/evaluate';
import type { BindResolver } from './soql/scope';
import { validationRunner, type PermissionCheck } from './formula/validation';
import { NO_GRANTS, type RecordAccessGrants } from './access/record-access-grants';
import { RecordSharing } from './access/sharing';
import type { AccessMode } from './soql/ast';

export interface OrgOptions {
    /** Triggers the interpreter runs; none by default. */
    readonly hooks?: TriggerHooks;
    /** `$Permission.Name` in validation rules: whether the running user has the custom permission. */
    readonly hasCustomPermission?: PermissionCheck;
    /** View All / Modify All of the project's permission sets, for record sharing; none by default. */
    readonly recordAccessGrants?: RecordAccessGrants;
}

/**
 * The in-memory org: schema, records, SOQL and DML. One per test method, as each test method runs
 * in its own transaction on fresh test data.
 */
export class Org {
    readonly store: RecordStore;
    readonly dml: Dml;
    readonly sharing: RecordSharing;
    private readonly savepoints: StoreSnapshot[] = [];

    constructor(
        readonly schema: Schema,
        readonly validationRules: readonly ValidationRuleDef[],
        options: OrgOptions = {}
    ) {
        this.store = new RecordStore(schema);
        const validate: ValidationRunner = validationRunner(
            validationRules,
            options.hasCustomPermission ??
                ((name) => {
                    throw new Error(`no permission check given for $Permission.${name}`);
                })
        );
        this.dml = new Dml(this.store, options.hooks ?? NO_TRIGGERS, validate);
        this.sharing = new RecordSharing(this.store, options.recordAccessGrants ?? NO_GRANTS);
    }

    /**
     * Runs the text of a SOQL expression; binds are evaluated by the caller's resolver.
     * `enforcesSharing` says, from the query's access mode, whether the running user's record
     * sharing applies (the caller knows the sharing mode of the code that runs it).
     */
    query(
        text: string,
        resolveBind: BindResolver,
        context: OrgContext,
        enforcesSharing: (accessMode: AccessMode) => boolean = () => false
    ): QueryResult {
        const sharing = (accessMode: AccessMode) =>
            enforcesSharing(accessMode) ? this.sharing.visibilityFor(context.runningUserId) : null;
        return query(this.store, text, { resolveBind, context, sharing });
    }

    /**
     * Puts records straight into the store, without DML checks or triggers: the setup data an org
     * has before a test runs (profiles, the running user) and what a deployment creates.
     */
    seed(records: readonly SeedRecord[], context: OrgContext): string[] {
        return records.map((record) => {
            const object = this.schema.object(record.objectType);
            if (object === undefined) {
                throw new Error(`cannot seed unknown object ${record.objectType}`);
            }
            const values = new Map(record.values);
            const [malformed] = normaliseIds(object, values);
            if (malformed !== undefined) {
                throw new Error(`cannot seed ${record.objectType}: ${malformed.message}`);
            }
            return this.store.create(object, values, context).id;
        });
    }

    /** Database.setSavepoint(). */
    setSavepoint(): StoreSnapshot {
        const savepoint = this.store.snapshot();
        this.savepoints.push(savepoint);
        return savepoint;
    }

    /**
     * Database.rollback(savepoint). Rolling back to a savepoint invalidates the ones set after it,
     * and using one of those is a runtime error (Transaction Control, Apex Developer Guide).
     */
    rollback(savepoint: StoreSnapshot): void {
        const index = this.savepoints.indexOf(savepoint);
        if (index < 0) {
            throw new InvalidSavepointError();
        }
        this.savepoints.length = index + 1;
        this.store.restore(savepoint);
    }
}

/**
 * A savepoint that a rollback to an earlier one invalidated. The guide calls using it a runtime
 * error without naming the exception, so the interpreter reports it as UNSUPPORTED if Apex could catch it.
 */
export class InvalidSavepointError extends Error {
    constructor() {
        super('rollback to a savepoint that an earlier rollback invalidated');
        this.name = 'InvalidSavepointError';
    }
}

/** Loads the schema of the project's package directories and deploys its setup records. */
export function loadOrg(packageDirectories: readonly string[], context: OrgContext, options: OrgOptions = {}): Org {
    const { schema, validationRules } = loadProjectSchema(packageDirectories);
    const org = new Org(schema, validationRules, options);
    org.seed(loadProjectRecords(packageDirectories, schema), context);
    return org;
}
