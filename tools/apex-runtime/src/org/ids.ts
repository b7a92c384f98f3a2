/**
 * Record Ids: a three-character key prefix naming the object, then twelve characters, then the
 * three-character suffix that makes the 18-character form case-insensitive. Each suffix character
 * encodes which of five characters of the 15-character Id are upper-case letters, as a bit mask
 * (first character = lowest bit) indexed into A-Z then 0-5 (Id class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_id.htm,
 * `to15()` and the 18-character Ids the API returns).
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function checksumSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let mask = 0;
        for (let position = 0; position < 5; position++) {
            const character = id15.charAt(chunk * 5 + position);
            if (character >= 'A' && character <= 'Z') {
                mask |= 1 << position;
            }
        }
        suffix += SUFFIX_ALPHABET.charAt(mask);
    }
    return suffix;
}

export function to18(id: string): string {
    if (id.length === 18) {
        return id;
    }
    if (id.length !== 15) {
        throw new Error(`not a record Id: ${id}`);
    }
    return id + checksumSuffix(id);
}

/** True for a well-formed 15- or 18-character Id whose suffix, when present, matches. */
export function isValidId(id: string): boolean {
    if (!/^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(id)) {
        return false;
    }
    return id.length === 15 || checksumSuffix(id.slice(0, 15)) === id.slice(15).toUpperCase();
}

/** Two Ids name the same record when their 15-character forms are equal, case-sensitively. */
export function sameId(left: string, right: string): boolean {
    return left.slice(0, 15) === right.slice(0, 15);
}

export function base62(value: number, width: number): string {
    let text = '';
    let rest = value;
    while (rest > 0) {
        text = BASE62.charAt(rest % 62) + text;
        rest = Math.floor(rest / 62);
    }
    if (text.length > width) {
        throw new Error(`${value} does not fit in ${width} base-62 characters`);
    }
    return text.padStart(width, '0');
}

/** Hands out Ids in creation order; the same sequence of inserts always gives the same Ids. */
export class IdGenerator {
    private next = 1;

    /** Pod and reserved characters are fixed (`000`); the last nine count records. */
    newId(keyPrefix: string): string {
        return to18(`${keyPrefix}000${base62(this.next++, 9)}`);
    }
}
