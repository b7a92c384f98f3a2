import { NUMERIC_RANK, classExtends, isAssignable, primitive, type ApexType } from '../types/apex-type';
import { UnsupportedError } from '../unsupported';
import { parseDecimal } from './decimal';
import { doubleToString } from './to-string';
import { decimal, double, isNumber, long, type ApexNumber, type ApexValue } from './values';

/** The run-time type of a non-null value. */
export function typeOfValue(value: Exclude<ApexValue, null>): ApexType {
    if (typeof value === 'string') {
        return primitive('String');
    }
    if (typeof value === 'boolean') {
        return primitive('Boolean');
    }
    switch (value.kind) {
        case 'Integer':
        case 'Long':
        case 'Double':
        case 'Decimal':
            return primitive(value.kind);
        case 'List':
            return { kind: 'list', element: value.elementType };
        case 'Set':
            return { kind: 'set', element: value.elementType };
        case 'Map':
            return { kind: 'map', key: value.keyType, value: value.valueType };
        case 'Object':
            return { kind: 'class', cls: value.cls };
        case 'SObject':
            return { kind: 'sobject', name: value.schema.apiName };
        case 'Enum':
            return { kind: 'enum', info: value.type };
        case 'Type':
            return primitive('Object');
        case 'Date':
        case 'Datetime':
        case 'Time':
        case 'Blob':
            return primitive(value.kind);
    }
}

/** `value instanceof type`; null is an instance of nothing. */
export function isInstanceOf(value: ApexValue, type: ApexType): boolean {
    if (value === null) {
        return false;
    }
    if (type.kind === 'class' && typeof value === 'object' && value.kind === 'Object') {
        return classExtends(value.cls, type.cls);
    }
    return isAssignable(typeOfValue(value), type);
}

/** Converts a number to a higher numeric type, as assignment and mixed arithmetic do. */
export function widen(value: ApexNumber, to: 'Integer' | 'Long' | 'Double' | 'Decimal'): ApexNumber {
    if (value.kind === to) {
        return value;
    }
    switch (to) {
        case 'Long':
            return long(BigInt(value.kind === 'Integer' ? value.value : 0));
        case 'Double':
            return double(value.kind === 'Integer' || value.kind === 'Long' ? Number(value.value) : Number.NaN);
        case 'Decimal': {
            if (value.kind === 'Integer' || value.kind === 'Long') {
                return decimal(BigInt(value.value), 0);
            }
            const parsed = value.kind === 'Double' ? parseDecimal(doubleToString(value.value)) : null;
            if (parsed === null) {
                throw new Error(`cannot widen ${value.kind} to Decimal`);
            }
            return parsed;
        }
        case 'Integer':
            throw new Error(`cannot widen ${value.kind} to Integer`);
    }
}

/**
 * A value stored where `type` is declared: lower numeric types widen to the declared one
 * (Rules of Conversion); everything else is stored as it is.
 */
export function coerce(value: ApexValue, type: ApexType): ApexValue {
    if (type.kind === 'sobject' && value !== null && typeof value === 'object' && value.kind === 'List') {
        return value.singleRow === undefined ? value : value.singleRow();
    }
    if (type.kind === 'primitive' && type.name === 'Datetime' && value !== null && typeof value === 'object') {
        if (value.kind === 'Date') {
            // Datetime Class: a Date converts with its time zeroed, in a time zone the page does not name.
            throw new UnsupportedError('a Date converted to a Datetime');
        }
    }
    if (value === null || type.kind !== 'primitive' || !isNumber(value)) {
        return value;
    }
    const to = type.name;
    if (to === 'Integer' || to === 'Long' || to === 'Double' || to === 'Decimal') {
        const fromRank = NUMERIC_RANK[value.kind] ?? 0;
        const toRank = NUMERIC_RANK[to] ?? 0;
        return fromRank < toRank ? widen(value, to) : value;
    }
    return value;
}
