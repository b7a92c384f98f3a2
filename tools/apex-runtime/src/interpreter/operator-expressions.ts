import type { BinaryOperator, Expression, SourceLocation } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import { apexEquals, compareTemporal, type ApexTemporal } from './equality';
import { evaluate, evaluateCondition } from './expressions';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { ArithmeticFault, arithmetic, bitwise, compareNumbers, negate } from './operators';
import { integer, isNumber, long, type ApexValue } from './values';

/** Unary and binary operators applied to evaluated operands, with Apex's null rules. */
export function evaluateUnary(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'unary' }>,
    frame: Frame
): ApexValue {
    const operand = evaluate(interpreter, expression.operand, frame);
    if (operand === null) {
        return interpreter.nullPointer();
    }
    switch (expression.op) {
        case '!':
            if (typeof operand !== 'boolean') {
                throw new UnsupportedError('! on a value that is not a Boolean', expression.loc);
            }
            return !operand;
        case '-':
        case '+':
            if (!isNumber(operand)) {
                throw new UnsupportedError(`unary ${expression.op} on a non-number`, expression.loc);
            }
            return expression.op === '-' ? negate(operand) : operand;
        case '~':
            if (!isNumber(operand) || (operand.kind !== 'Integer' && operand.kind !== 'Long')) {
                throw new UnsupportedError('~ on a value that is not an Integer or Long', expression.loc);
            }
            return operand.kind === 'Integer' ? integer(~operand.value) : long(~operand.value);
    }
}

export function evaluateBinary(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'binary' }>,
    frame: Frame
): ApexValue {
    const { op, loc } = expression;
    if (op === '&&' || op === '||') {
        const left = evaluateCondition(interpreter, expression.left, frame);
        if (op === '&&' ? !left : left) {
            return left;
        }
        return evaluateCondition(interpreter, expression.right, frame);
    }
    if (op === '??') {
        const left = evaluate(interpreter, expression.left, frame);
        return left !== null ? left : evaluate(interpreter, expression.right, frame);
    }
    const left = evaluate(interpreter, expression.left, frame);
    const right = evaluate(interpreter, expression.right, frame);
    return applyBinary(interpreter, op, left, right, loc);
}

/** A binary operator on two evaluated operands. */
export function applyBinary(
    interpreter: Interpreter,
    op: BinaryOperator,
    left: ApexValue,
    right: ApexValue,
    loc: SourceLocation
): ApexValue {
    switch (op) {
        case '==':
            return apexEquals(left, right);
        case '!=':
            return !apexEquals(left, right);
        case '===':
        case '!==':
            return referenceEquals(left, right, loc) === (op === '===');
        case '<':
        case '>':
        case '<=':
        case '>=':
            return compare(op, left, right, loc);
        case '+':
            if (typeof left === 'string' || typeof right === 'string') {
                return interpreter.stringOf(left) + interpreter.stringOf(right);
            }
            return numeric(interpreter, op, left, right, loc);
        case '-':
        case '*':
        case '/':
            return numeric(interpreter, op, left, right, loc);
        case '&':
        case '|':
        case '^':
        case '<<':
        case '>>':
        case '>>>':
            if (left === null || right === null) {
                return interpreter.nullPointer();
            }
            if (!isNumber(left) || !isNumber(right)) {
                throw new UnsupportedError(`operator ${op} on ${typeof left} and ${typeof right}`, loc);
            }
            return bitwise(op, left, right);
        case '&&':
        case '||':
        case '??':
            throw new Error(`${op} is evaluated lazily`);
    }
}

function numeric(
    interpreter: Interpreter,
    op: '+' | '-' | '*' | '/',
    left: ApexValue,
    right: ApexValue,
    loc: SourceLocation
): ApexValue {
    if (left === null || right === null) {
        return interpreter.nullPointer();
    }
    if (!isNumber(left) || !isNumber(right)) {
        throw new UnsupportedError(`operator ${op} on these operand types`, loc);
    }
    try {
        return arithmetic(op, left, right);
    } catch (error) {
        if (error instanceof ArithmeticFault) {
            return interpreter.throwSystem(error.exceptionType, error.message);
        }
        throw error;
    }
}

/**
 * <, >, <=, >=: by value for numbers, Dates and Datetimes (a later one is greater); when either
 * of these is null the result is false, and a non-null String is greater than null (Expression
 * Operators). Times are compared only when both are set: the page names no null rule for them.
 */
function compare(op: '<' | '>' | '<=' | '>=', left: ApexValue, right: ApexValue, loc: SourceLocation): boolean {
    if (left === null || right === null) {
        const other = left ?? right;
        if (other === null || isNumber(other) || isDateOrDatetime(other)) {
            return false;
        }
        if (typeof other === 'string') {
            const leftGreater = left !== null;
            return op === '>' || op === '>=' ? leftGreater : !leftGreater;
        }
        throw new UnsupportedError(`comparing null with a ${typeof other}`, loc);
    }
    const order =
        isNumber(left) && isNumber(right)
            ? compareNumbers(left, right)
            : isTemporal(left) && isTemporal(right) && left.kind === right.kind
              ? compareTemporal(left, right)
              : undefined;
    if (order !== undefined) {
        switch (op) {
            case '<':
                return order < 0;
            case '>':
                return order > 0;
            case '<=':
                return order <= 0;
            case '>=':
                return order >= 0;
        }
    }
    throw new UnsupportedError(
        `operator ${op} on ${typeof left === 'string' ? 'Strings' : 'these operand types'}`,
        loc
    );
}

function isTemporal(value: ApexValue): value is ApexTemporal {
    return (
        value !== null &&
        typeof value === 'object' &&
        (value.kind === 'Date' || value.kind === 'Datetime' || value.kind === 'Time')
    );
}

function isDateOrDatetime(value: ApexValue): boolean {
    return isTemporal(value) && value.kind !== 'Time';
}

function referenceEquals(left: ApexValue, right: ApexValue, loc: SourceLocation): boolean {
    if (left === null || right === null) {
        return left === right;
    }
    if (typeof left === 'object' && typeof right === 'object' && ['Object', 'List', 'Set', 'Map'].includes(left.kind)) {
        return left === right;
    }
    throw new UnsupportedError('=== on values that are not objects or collections', loc);
}
