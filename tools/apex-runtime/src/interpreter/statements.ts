import type { Block, CatchClause, Expression, Statement, WhenClause, WhenLiteral } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import { coerce, isInstanceOf } from './conversion';
import { ApexThrow } from './errors';
import { evaluate, evaluateCondition } from './expressions';
import { Scope, type Frame } from './frame';
import type { Interpreter } from './interpreter';
import { executeDmlStatement, executeRunAs } from './org-statements';
import { isNumber, type ApexValue } from './values';
import { compareNumbers } from './operators';

export type Completion =
    | { readonly kind: 'normal' }
    | { readonly kind: 'break' }
    | { readonly kind: 'continue' }
    | { readonly kind: 'return'; readonly value: ApexValue };

const NORMAL: Completion = { kind: 'normal' };
const BREAK: Completion = { kind: 'break' };
const CONTINUE: Completion = { kind: 'continue' };

/** Runs statements in a new block scope, stopping at the first break, continue or return. */
export function executeBlock(interpreter: Interpreter, block: Block, frame: Frame): Completion {
    const outer = frame.scope;
    frame.scope = new Scope(outer);
    try {
        for (const statement of block.statements) {
            const completion = executeStatement(interpreter, statement, frame);
            if (completion.kind !== 'normal') {
                return completion;
            }
        }
        return NORMAL;
    } finally {
        frame.scope = outer;
    }
}

/** Runs a statement that is not a block in its own scope, as a loop or if body. */
function executeBody(interpreter: Interpreter, statement: Statement, frame: Frame): Completion {
    if (statement.kind === 'block') {
        return executeBlock(interpreter, statement, frame);
    }
    const outer = frame.scope;
    frame.scope = new Scope(outer);
    try {
        return executeStatement(interpreter, statement, frame);
    } finally {
        frame.scope = outer;
    }
}

/** Whether a loop stops: on break (normally) or return; continue goes on. */
function loopExit(completion: Completion): Completion | null {
    if (completion.kind === 'break') {
        return NORMAL;
    }
    return completion.kind === 'return' ? completion : null;
}

/** Whether running the statement runs a line of code for coverage: a block or a lone `;` does not. */
export function runsALine(statement: Statement): boolean {
    return statement.kind !== 'block' && statement.kind !== 'empty';
}

export function executeStatement(interpreter: Interpreter, statement: Statement, frame: Frame): Completion {
    frame.loc = statement.loc;
    if (interpreter.statementObserver !== null && runsALine(statement)) {
        interpreter.statementObserver(statement.loc);
    }
    switch (statement.kind) {
        case 'block':
            return executeBlock(interpreter, statement, frame);
        case 'empty':
            return NORMAL;
        case 'localVariable': {
            const type = interpreter.resolveType(statement.type, frame.cls);
            for (const declarator of statement.declarators) {
                const value =
                    declarator.init === null ? null : coerce(evaluate(interpreter, declarator.init, frame), type);
                frame.scope.declare(declarator.name, type, value);
            }
            return NORMAL;
        }
        case 'expression':
            evaluate(interpreter, statement.expression, frame);
            return NORMAL;
        case 'if':
            if (evaluateCondition(interpreter, statement.condition, frame)) {
                return executeBody(interpreter, statement.then, frame);
            }
            return statement.otherwise === null ? NORMAL : executeBody(interpreter, statement.otherwise, frame);
        case 'while':
            while (evaluateCondition(interpreter, statement.condition, frame)) {
                const exit = loopExit(executeBody(interpreter, statement.body, frame));
                if (exit !== null) {
                    return exit;
                }
            }
            return NORMAL;
        case 'doWhile':
            do {
                const exit = loopExit(executeBlock(interpreter, statement.body, frame));
                if (exit !== null) {
                    return exit;
                }
            } while (evaluateCondition(interpreter, statement.condition, frame));
            return NORMAL;
        case 'for':
            return executeFor(interpreter, statement, frame);
        case 'forEach':
            return executeForEach(interpreter, statement, frame);
        case 'switch':
            return executeSwitch(interpreter, statement, frame);
        case 'try':
            return executeTry(interpreter, statement, frame);
        case 'return':
            return {
                kind: 'return',
                value: statement.value === null ? null : evaluate(interpreter, statement.value, frame)
            };
        case 'throw': {
            const thrown = evaluate(interpreter, statement.value, frame);
            if (thrown === null) {
                return interpreter.nullPointer();
            }
            if (typeof thrown !== 'object' || thrown.kind !== 'Object' || thrown.exception === null) {
                throw new UnsupportedError('throwing a value that is not an exception', statement.loc);
            }
            throw new ApexThrow(thrown, true);
        }
        case 'break':
            return BREAK;
        case 'continue':
            return CONTINUE;
        case 'dml':
            executeDmlStatement(interpreter, statement, frame);
            return NORMAL;
        case 'runAs':
            return executeRunAs(interpreter, statement, frame);
    }
}

/** A `for` initialiser that is a list of expressions rather than a declaration. */
export function isExpressionList(init: Statement | readonly Expression[] | null): init is readonly Expression[] {
    return Array.isArray(init);
}

function executeFor(
    interpreter: Interpreter,
    statement: Extract<Statement, { kind: 'for' }>,
    frame: Frame
): Completion {
    const outer = frame.scope;
    frame.scope = new Scope(outer);
    try {
        const init = statement.init;
        if (isExpressionList(init)) {
            init.forEach((expression) => evaluate(interpreter, expression, frame));
        } else if (init !== null) {
            executeStatement(interpreter, init, frame);
        }
        while (statement.condition === null || evaluateCondition(interpreter, statement.condition, frame)) {
            const exit = loopExit(executeBody(interpreter, statement.body, frame));
            if (exit !== null) {
                return exit;
            }
            statement.update.forEach((expression) => evaluate(interpreter, expression, frame));
        }
        return NORMAL;
    } finally {
        frame.scope = outer;
    }
}

function executeForEach(
    interpreter: Interpreter,
    statement: Extract<Statement, { kind: 'forEach' }>,
    frame: Frame
): Completion {
    const iterable = evaluate(interpreter, statement.iterable, frame);
    if (iterable === null) {
        return interpreter.nullPointer();
    }
    if (typeof iterable !== 'object' || (iterable.kind !== 'List' && iterable.kind !== 'Set')) {
        throw new UnsupportedError('for-each over a value that is not a List or Set', statement.loc);
    }
    const type = interpreter.resolveType(statement.type, frame.cls);
    const items = iterable.kind === 'List' ? iterable.items : [...iterable.entries.values()];
    iterable.iterating++;
    const outer = frame.scope;
    try {
        for (let index = 0; index < items.length; index++) {
            frame.scope = new Scope(outer);
            frame.scope.declare(statement.name, type, coerce(items[index] ?? null, type));
            const exit = loopExit(executeBody(interpreter, statement.body, frame));
            if (exit !== null) {
                return exit;
            }
        }
        return NORMAL;
    } finally {
        frame.scope = outer;
        iterable.iterating--;
    }
}

/**
 * `switch on`: no fall-through; String when values match case-sensitively; null is a legal when
 * value; with no match, `when else` runs if there is one
 * (https://developer.salesforce.com/docs/atlas.en-us.238.0.apexcode.meta/apexcode/langCon_apex_switch.htm).
 */
function executeSwitch(
    interpreter: Interpreter,
    statement: Extract<Statement, { kind: 'switch' }>,
    frame: Frame
): Completion {
    const subject = evaluate(interpreter, statement.subject, frame);
    let fallback: WhenClause | null = null;
    for (const when of statement.whens) {
        if (when.kind === 'else') {
            fallback = when;
            continue;
        }
        if (when.kind === 'type') {
            const type = interpreter.resolveType(when.type, frame.cls);
            if (isInstanceOf(subject, type)) {
                const outer = frame.scope;
                frame.scope = new Scope(outer);
                frame.scope.declare(when.name, type, subject);
                try {
                    return executeBlock(interpreter, when.body, frame);
                } finally {
                    frame.scope = outer;
                }
            }
            continue;
        }
        if (when.values.some((value) => whenMatches(value, subject))) {
            return executeBlock(interpreter, when.body, frame);
        }
    }
    return fallback === null ? NORMAL : executeBlock(interpreter, fallback.body, frame);
}

function whenMatches(literal: WhenLiteral, subject: ApexValue): boolean {
    switch (literal.kind) {
        case 'null':
            return subject === null;
        case 'string':
            return subject === literal.value;
        case 'integer':
        case 'long':
            return (
                isNumber(subject) &&
                compareNumbers(subject, { kind: 'Long', value: BigInt(literal.text) }) === 0 &&
                (subject.kind === 'Integer' || subject.kind === 'Long')
            );
        case 'enum':
            return (
                subject !== null &&
                typeof subject === 'object' &&
                subject.kind === 'Enum' &&
                subject.name.toLowerCase() === (literal.name.split('.').pop() ?? '').toLowerCase()
            );
    }
}

function executeTry(
    interpreter: Interpreter,
    statement: Extract<Statement, { kind: 'try' }>,
    frame: Frame
): Completion {
    let completion: Completion = NORMAL;
    let pending: ApexThrow | null = null;
    try {
        completion = executeBlock(interpreter, statement.body, frame);
    } catch (error) {
        if (!(error instanceof ApexThrow)) {
            throw error;
        }
        const handler = error.catchable ? findHandler(interpreter, statement.catches, error, frame) : undefined;
        if (handler === undefined) {
            pending = error;
        } else {
            try {
                completion = runHandler(interpreter, handler, error, frame);
            } catch (inner) {
                if (!(inner instanceof ApexThrow)) {
                    throw inner;
                }
                pending = inner;
            }
        }
    }
    if (statement.finally !== null) {
        const afterFinally = executeBlock(interpreter, statement.finally, frame);
        if (afterFinally.kind !== 'normal') {
            return afterFinally;
        }
    }
    if (pending !== null) {
        throw pending;
    }
    return completion;
}

function findHandler(
    interpreter: Interpreter,
    catches: readonly CatchClause[],
    error: ApexThrow,
    frame: Frame
): CatchClause | undefined {
    return catches.find((clause) => isInstanceOf(error.exception, interpreter.resolveType(clause.type, frame.cls)));
}

function runHandler(interpreter: Interpreter, handler: CatchClause, error: ApexThrow, frame: Frame): Completion {
    const outer = frame.scope;
    frame.scope = new Scope(outer);
    frame.scope.declare(handler.name, interpreter.resolveType(handler.type, frame.cls), error.exception);
    try {
        return executeBlock(interpreter, handler.body, frame);
    } finally {
        frame.scope = outer;
    }
}
