import type { Statement } from '../parser/ast';
import type { Completion } from './statements';
import { executeBlock } from './statements';
import { UnsupportedError } from '../unsupported';
import { countDml, recordsOf, runDml } from './dml';
import { evaluate } from './expressions';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

type DmlStatement = Extract<Statement, { kind: 'dml' }>;

/**
 * `insert records;`, `update as system records;`, `insert as user records;`, `upsert records
 * Field__c;`: all or none; `as user` applies the running user's object and field permissions.
 */
export function executeDmlStatement(interpreter: Interpreter, statement: DmlStatement, frame: Frame): void {
    const { operation, loc } = statement;
    if (operation === 'merge') {
        throw new UnsupportedError('DML merge statement', loc);
    }
    const [operand] = statement.operands;
    if (operand === undefined || statement.operands.length > 1) {
        throw new UnsupportedError(`DML ${operation} with ${statement.operands.length} operands`, loc);
    }
    const records = recordsOf(evaluate(interpreter, operand, frame), loc);
    runDml(
        interpreter,
        records,
        {
            operation,
            allOrNone: true,
            externalIdField: statement.externalIdField,
            systemMode: statement.accessLevel === 'system',
            userMode: statement.accessLevel === 'user'
        },
        loc
    );
}

type RunAsStatement = Extract<Statement, { kind: 'runAs' }>;

/**
 * `System.runAs(user) { ... }` in a test: the block runs as that user, starts its own scope for
 * mixed DML, and counts as one DML statement (Using the runAs Method, Apex Developer Guide:
 * https://developer.salesforce.com/docs/platform/apex-dev/references/apex-dev/apex-testing-tools-runas.html).
 */
export function executeRunAs(interpreter: Interpreter, statement: RunAsStatement, frame: Frame): Completion {
    const { loc } = statement;
    if (!interpreter.runningTest) {
        throw new UnsupportedError('System.runAs outside a test method', loc);
    }
    const [userExpression] = statement.args;
    if (userExpression === undefined || statement.args.length > 1) {
        throw new UnsupportedError('System.runAs with a package version', loc);
    }
    const user = evaluate(interpreter, userExpression, frame);
    if (user === null) {
        return interpreter.nullPointer();
    }
    const id = typeof user === 'object' && user.kind === 'SObject' ? user.fields.get('id') : undefined;
    const session = interpreter.session;
    if (typeof id !== 'string' || session.org.store.get(id)?.object.apiName !== 'User') {
        throw new UnsupportedError('System.runAs with a user that is not in the org', loc);
    }
    countDml(interpreter, 0);
    const previous = session.runningUserId;
    session.org.dml.mixedDml.enterRunAs();
    session.runningUserId = id;
    session.runAsDepth++;
    try {
        return executeBlock(interpreter, statement.body, frame);
    } finally {
        session.runAsDepth--;
        session.runningUserId = previous;
        session.org.dml.mixedDml.exit();
    }
}
