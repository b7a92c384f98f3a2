import { UnsupportedError } from '../unsupported';
import type { ClassInfo } from '../types/class-table';
import { typeName } from '../types/apex-type';
import { compareNumbers } from './operators';
import { isNumber, type ApexDate, type ApexDatetime, type ApexTime, type ApexValue } from './values';

export type ApexTemporal = ApexDate | ApexDatetime | ApexTime;

/** The number that orders Dates, Datetimes and Times among their own kind. */
export function temporalOrdinal(value: ApexTemporal): number {
    switch (value.kind) {
        case 'Date':
            return value.epochDay;
        case 'Datetime':
            return value.epochMs;
        case 'Time':
            return value.millisOfDay;
    }
}

/** -1, 0 or 1 between two values of the same temporal kind. */
export function compareTemporal(left: ApexTemporal, right: ApexTemporal): number {
    const difference = temporalOrdinal(left) - temporalOrdinal(right);
    return difference === 0 ? 0 : difference < 0 ? -1 : 1;
}

/** Whether a class of the project defines the method, itself or through a superclass. */
export function definesMethod(cls: ClassInfo, name: string): boolean {
    for (let current: ClassInfo | null = cls; current !== null; current = current.superclass) {
        if (current.methods.has(name)) {
            return true;
        }
    }
    return false;
}

/**
 * The `==` operator. Strings compare without regard to case; numbers by value across their types;
 * collections element by element; objects by reference.
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/api/langCon_apex_expressions_operators_understanding.htm)
 */
export function apexEquals(left: ApexValue, right: ApexValue): boolean {
    if (left === null || right === null) {
        return left === right;
    }
    if (typeof left === 'string' || typeof right === 'string') {
        return typeof left === 'string' && typeof right === 'string' && left.toLowerCase() === right.toLowerCase();
    }
    if (typeof left === 'boolean' || typeof right === 'boolean') {
        return left === right;
    }
    if (isNumber(left) || isNumber(right)) {
        return isNumber(left) && isNumber(right) && compareNumbers(left, right) === 0;
    }
    switch (left.kind) {
        case 'List':
            return (
                right.kind === 'List' &&
                left.items.length === right.items.length &&
                left.items.every((item, index) => apexEquals(item, right.items[index] ?? null))
            );
        case 'Set':
            return (
                right.kind === 'Set' &&
                left.entries.size === right.entries.size &&
                [...left.entries.keys()].every((key) => right.entries.has(key))
            );
        case 'Map':
            return (
                right.kind === 'Map' &&
                left.entries.size === right.entries.size &&
                [...left.entries].every(([key, entry]) => {
                    const other = right.entries.get(key);
                    return other !== undefined && apexEquals(entry.value, other.value);
                })
            );
        case 'Object':
            if (
                right.kind === 'Object' &&
                left !== right &&
                (definesMethod(left.cls, 'equals') || definesMethod(right.cls, 'equals'))
            ) {
                throw new UnsupportedError(`== on ${left.cls.name}, which defines equals()`);
            }
            return left === right;
        case 'SObject':
            if (left !== right) {
                throw new UnsupportedError(`== on two ${left.schema.apiName} records (field-by-field equality)`);
            }
            return true;
        case 'Enum':
            return left === right || (right.kind === 'Enum' && right.type === left.type && right.name === left.name);
        case 'Type':
            return right.kind === 'Type' && typeName(left.type).toLowerCase() === typeName(right.type).toLowerCase();
        case 'Date':
        case 'Datetime':
        case 'Time':
            return right.kind === left.kind && compareTemporal(left, right) === 0;
        case 'Blob':
            // The guide does not say whether == compares a Blob's bytes or its reference.
            throw new UnsupportedError('== between Blobs');
        default:
            return false;
    }
}

/**
 * The key a value has as a Set element or Map key. Strings are keys case-sensitively. Keys whose
 * platform hashing the runtime does not reproduce (Doubles, Decimals, collections, objects with
 * their own equals or hashCode) are refused.
 */
export function hashKey(value: ApexValue): string {
    if (value === null) {
        return 'null';
    }
    if (typeof value === 'string') {
        return `s:${value}`;
    }
    if (typeof value === 'boolean') {
        return `b:${value}`;
    }
    switch (value.kind) {
        case 'Integer':
            return `i:${value.value}`;
        case 'Long':
            return `l:${value.value}`;
        case 'Enum':
            return `e:${value.type.name}.${value.name}`;
        case 'Type':
            return `t:${typeName(value.type).toLowerCase()}`;
        case 'Date':
        case 'Datetime':
        case 'Time':
            return `${value.kind}:${temporalOrdinal(value)}`;
        case 'Object':
            if (definesMethod(value.cls, 'equals') || definesMethod(value.cls, 'hashcode')) {
                throw new UnsupportedError(
                    `${value.cls.name} with its own equals/hashCode as a Set element or Map key`
                );
            }
            return `o:${value.id}`;
        default:
            throw new UnsupportedError(`${value.kind} as a Set element or Map key`);
    }
}
