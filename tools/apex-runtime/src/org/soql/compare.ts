import { UnsupportedError } from '../../unsupported';
import { sameId } from '../ids';
import { isReference, type FieldType } from '../schema';
import type { FieldValue } from '../values';

/**
 * Orders two non-null values of one field. Text compares without case, as SOQL compares and sorts
 * text (ORDER BY, SOQL and SOSL Reference: "Sorting is case insensitive"); Ids compare by their
 * case-sensitive 15-character form.
 */
export function compareValues(left: FieldValue, right: FieldValue, type: FieldType | null): number {
    if (left === null || right === null) {
        throw new Error('compareValues takes non-null values');
    }
    if (typeof left === 'string' && typeof right === 'string') {
        if (type !== null && isReference(type) && left.length >= 15 && right.length >= 15) {
            return sameId(left, right) ? 0 : left.slice(0, 15) < right.slice(0, 15) ? -1 : 1;
        }
        const a = left.toLowerCase();
        const b = right.toLowerCase();
        return a === b ? 0 : a < b ? -1 : 1;
    }
    if (typeof left === 'number' && typeof right === 'number') {
        return Math.sign(left - right);
    }
    if (typeof left === 'boolean' && typeof right === 'boolean') {
        return Number(left) - Number(right);
    }
    if (typeof left === 'object' && typeof right === 'object') {
        if (left.kind === 'date' && right.kind === 'date') {
            return left.iso === right.iso ? 0 : left.iso < right.iso ? -1 : 1;
        }
        if (left.kind === 'datetime' && right.kind === 'datetime') {
            return Math.sign(left.epochMs - right.epochMs);
        }
    }
    throw new UnsupportedError(`SOQL comparison of ${describe(left)} with ${describe(right)}`);
}

export function describe(value: FieldValue): string {
    if (value === null) {
        return 'null';
    }
    return typeof value === 'object' ? value.kind : typeof value;
}

/**
 * LIKE: `%` any run of characters, `_` one character, `\` escapes the next one; case-insensitive
 * (Comparison Operators, SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_comparisonoperators.htm).
 */
export function like(value: string, pattern: string): boolean {
    let source = '';
    for (let index = 0; index < pattern.length; index++) {
        const character = pattern.charAt(index);
        if (character === '\\' && index + 1 < pattern.length) {
            source += escapeRegExp(pattern.charAt(index + 1));
            index++;
        } else if (character === '%') {
            source += '[\\s\\S]*';
        } else if (character === '_') {
            source += '[\\s\\S]';
        } else {
            source += escapeRegExp(character);
        }
    }
    return new RegExp(`^${source}$`, 'iu').test(value);
}

function escapeRegExp(character: string): string {
    return character.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * INCLUDES and EXCLUDES on a multi-select picklist: each listed item is one value or several joined
 * with `;`, which must all be selected (Querying Multi-Select Picklists, SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_querying_multiselect_picklists.htm).
 */
export function includesItem(selected: string | null, item: string): boolean {
    if (selected === null) {
        return false;
    }
    const chosen = new Set(selected.split(';').map((value) => value.trim().toLowerCase()));
    return item
        .split(';')
        .map((value) => value.trim().toLowerCase())
        .every((value) => chosen.has(value));
}
