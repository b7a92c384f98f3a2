import { UnsupportedError } from '../../unsupported';
import type { FieldValue } from '../values';
import type { FormulaNode } from './parse';

export type FormulaValue = string | number | boolean | null;

export interface FormulaRow {
    readonly values: ReadonlyMap<string, FieldValue>;
    /** The stored values before the change; null while inserting. */
    readonly old: ReadonlyMap<string, FieldValue> | null;
    readonly hasCustomPermission: (name: string) => boolean;
}

/**
 * Evaluates a formula for one row. Functions implemented: AND, OR, NOT, IF, ISBLANK, ISNEW,
 * ISCHANGED, ISPICKVAL, TEXT, LEN, REGEX (Formula Operators and Functions, Salesforce Help); any
 * other is UNSUPPORTED.
 */
export function evaluateFormula(node: FormulaNode, row: FormulaRow): FormulaValue {
    const value = (inner: FormulaNode): FormulaValue => evaluateFormula(inner, row);
    const truth = (inner: FormulaNode): boolean => value(inner) === true;
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'field':
            return fieldValue(row.values, node.name);
        case 'permission':
            return row.hasCustomPermission(node.name);
        case 'not':
            return !truth(node.operand);
        case 'binary':
            return binary(node.operator, value(node.left), value(node.right));
        case 'call':
            return call(node, row, value, truth);
    }
}

function fieldValue(values: ReadonlyMap<string, FieldValue>, name: string): FormulaValue {
    const stored = values.get(name) ?? null;
    if (stored !== null && typeof stored === 'object') {
        throw new UnsupportedError(`formula reading a ${stored.kind} field (${name})`);
    }
    return stored;
}

function binary(operator: string, left: FormulaValue, right: FormulaValue): FormulaValue {
    switch (operator) {
        case '&&':
            return left === true && right === true;
        case '||':
            return left === true || right === true;
        case '=':
        case '==':
            return left === right;
        case '<>':
        case '!=':
            return left !== right;
        default:
            if (typeof left !== 'number' || typeof right !== 'number') {
                throw new UnsupportedError(`formula ${operator} on ${typeof left} and ${typeof right}`);
            }
            return operator === '<'
                ? left < right
                : operator === '<='
                  ? left <= right
                  : operator === '>'
                    ? left > right
                    : left >= right;
    }
}

function call(
    node: Extract<FormulaNode, { kind: 'call' }>,
    row: FormulaRow,
    value: (inner: FormulaNode) => FormulaValue,
    truth: (inner: FormulaNode) => boolean
): FormulaValue {
    const [first, second, third] = node.args;
    const argument = (inner: FormulaNode | undefined): FormulaNode => {
        if (inner === undefined) {
            throw new UnsupportedError(`${node.name} with fewer arguments`);
        }
        return inner;
    };
    switch (node.name) {
        case 'AND':
            return node.args.every(truth);
        case 'OR':
            return node.args.some(truth);
        case 'NOT':
            return !truth(argument(first));
        case 'IF':
            return truth(argument(first)) ? value(argument(second)) : value(argument(third));
        case 'ISBLANK': {
            const result = value(argument(first));
            return result === null || result === '';
        }
        case 'ISNEW':
            return row.old === null;
        case 'ISCHANGED': {
            const field = argument(first);
            if (field.kind !== 'field') {
                throw new UnsupportedError('ISCHANGED of something other than a field');
            }
            return row.old !== null && (row.old.get(field.name) ?? null) !== (row.values.get(field.name) ?? null);
        }
        case 'ISPICKVAL':
            return (value(argument(first)) ?? '') === value(argument(second));
        case 'TEXT': {
            const result = value(argument(first));
            if (typeof result === 'number') {
                throw new UnsupportedError('TEXT of a number');
            }
            return result === null ? '' : String(result);
        }
        case 'LEN': {
            const result = value(argument(first));
            return result === null ? 0 : String(result).length;
        }
        case 'REGEX': {
            // The whole text must match, as Java's Matcher.matches() does; blank text is ''.
            const text = value(argument(first));
            const pattern = value(argument(second));
            if (typeof pattern !== 'string') {
                throw new UnsupportedError('REGEX with a pattern that is not text');
            }
            return new RegExp(`^(?:${pattern})$`, 'u').test(text === null ? '' : String(text));
        }
        default:
            throw new UnsupportedError(`formula function ${node.name}`);
    }
}
