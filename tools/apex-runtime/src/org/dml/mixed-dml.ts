import { UnsupportedError } from '../../unsupported';
import type { FieldValue } from '../values';
import { DmlFailure, rowError, type DmlOperation } from './results';

/**
 * Setup objects whose DML cannot share a transaction with DML on other objects (sObjects That
 * Can't Be Used Together in DML Operations, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dml_non_mix_sobjects.htm).
 * Group may be inserted and updated with other objects; a user may be inserted without a role and
 * updated without changing its role, activity, portal or forecast flags, username or profile.
 * In a test, DML inside a System.runAs block may mix them: the guide's example creates a user with
 * a role and an account in one block (Mixed DML Operations in Test Methods,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dml_non_mix_sobjects_test_methods.htm).
 * An asynchronous job, and each step of a batch, is a transaction of its own with its own scope.
 */
const SETUP_OBJECTS = new Set(['group', 'groupmember', 'permissionset', 'permissionsetassignment', 'userrole', 'user']);
const USER_SETUP_FIELDS = ['userroleid', 'isactive', 'forecastenabled', 'isportalenabled', 'username', 'profileid'];

export class MixedDmlScopes {
    private readonly scopes: { setup: string | null; other: string | null; mayMix: boolean }[] = [
        { setup: null, other: null, mayMix: false }
    ];

    /** System.runAs in a test: the block's DML may mix setup and other objects. */
    enterRunAs(): void {
        this.scopes.push({ setup: null, other: null, mayMix: true });
    }

    /** A transaction of its own (an asynchronous job, a batch step, an event delivery). */
    enterTransaction(): void {
        this.scopes.push({ setup: null, other: null, mayMix: false });
    }

    /** Leaves the innermost runAs block or transaction. */
    exit(): void {
        if (this.scopes.length === 1) {
            throw new Error('leaving the outermost DML scope');
        }
        this.scopes.pop();
    }

    /** Throws MIXED_DML_OPERATION when this call mixes with the scope's earlier DML. */
    check(
        operation: DmlOperation,
        objectType: string,
        rows: readonly ReadonlyMap<string, FieldValue>[],
        allOrNone: boolean
    ): void {
        const scope = this.scopes[this.scopes.length - 1];
        if (scope === undefined || scope.mayMix) {
            return;
        }
        const setup = isSetupOperation(operation, objectType, rows);
        const conflict = setup ? scope.other : scope.setup;
        if (conflict !== null) {
            if (!allOrNone) {
                throw new UnsupportedError('mixed setup and non-setup DML with allOrNone false');
            }
            const message = `DML operation on setup object is not permitted after you have updated a non-setup object (or vice versa): ${setup ? objectType : conflict}, original object: ${setup ? conflict : objectType}`;
            throw new DmlFailure(operation, [
                { id: null, success: false, created: false, errors: [rowError('MIXED_DML_OPERATION', message)] }
            ]);
        }
        if (setup) {
            scope.setup = objectType;
        } else if (scope.other === null && !SETUP_OBJECTS.has(objectType.toLowerCase())) {
            scope.other = objectType;
        }
    }
}

function isSetupOperation(
    operation: DmlOperation,
    objectType: string,
    rows: readonly ReadonlyMap<string, FieldValue>[]
): boolean {
    const object = objectType.toLowerCase();
    if (!SETUP_OBJECTS.has(object)) {
        return false;
    }
    if (object === 'group') {
        return operation !== 'insert' && operation !== 'update';
    }
    if (object === 'user') {
        if (operation === 'insert') {
            return rows.some((row) => (row.get('userroleid') ?? null) !== null);
        }
        if (operation === 'update' || operation === 'upsert') {
            return rows.some((row) => USER_SETUP_FIELDS.some((field) => row.has(field)));
        }
    }
    return true;
}
