import type { PageReference } from 'lightning/navigation';

/**
 * The areas keep their view and filters in the page reference's state, so every
 * view can be linked to, bookmarked and reloaded, and Back and Forward move
 * between them. State keys of custom components take the `c__` prefix, values
 * are strings, and a value set to undefined is removed; sites built with Aura or
 * LWR do not re-render a page when only its query string changes, so the areas
 * observe CurrentPageReference and follow it
 * (https://developer.salesforce.com/docs/platform/lwc/guide/use-navigate-add-params-url).
 */
const PREFIX = 'c__';

/** Keys the areas wrote without the prefix before; other unprefixed keys belong to the site. */
const UNPREFIXED = new Set(['group', 'resource', 'organisation']);

/** What an area changes in the address: a string to set, undefined (or '') to remove. */
export type StateChange = Record<string, string | undefined>;

/**
 * A value the area keeps in the address. Links written before the prefix
 * (`?group=<Id>` in e-mails already sent) still open.
 */
export function readState(reference: PageReference | undefined, name: string): string | undefined {
    const state = reference?.state ?? {};
    return state[PREFIX + name] || (UNPREFIXED.has(name) ? state[name] : undefined) || undefined;
}

/** The same page with some of its state changed; the rest of the address is kept as it was. */
export function withState(reference: PageReference, change: StateChange): PageReference {
    const state: Record<string, string | undefined> = { ...reference.state };
    for (const [name, value] of Object.entries(change)) {
        state[PREFIX + name] = value || undefined;
        if (UNPREFIXED.has(name) && state[name] !== undefined) {
            state[name] = undefined;
        }
    }
    return { ...reference, state };
}

/** How one field of a directory's query is kept in the address. */
export interface QueryField {
    /** The state key it is kept under. */
    key: string;
    /** Its value when the address names none; that value is never written, so a plain query keeps a plain address. */
    fresh?: string | number | boolean;
    /** Reads its text back (a number, a flag); the text itself otherwise. */
    read?: (text: string) => unknown;
}

/** Every field of a query, each with how the address keeps it. */
export type QueryFields<Query> = Record<keyof Query, QueryField>;

/** The query an address names: the fresh values first, then what the address holds. */
export function queryFrom<Query>(reference: PageReference | undefined, fields: QueryFields<Query>): Query {
    const entries = Object.entries<QueryField>(fields);
    const query: Record<string, unknown> = {};
    for (const [field, { fresh }] of entries) {
        if (fresh !== undefined) {
            query[field] = fresh;
        }
    }
    for (const [field, { key, read }] of entries) {
        const text = readState(reference, key);
        if (text !== undefined) {
            query[field] = read ? read(text) : text;
        }
    }
    return query as Query;
}

/** The address of a query: only what differs from a fresh one is written. */
export function stateOfQuery<Query>(query: Query, fields: QueryFields<Query>): StateChange {
    const change: StateChange = {};
    for (const [field, { key, fresh }] of Object.entries<QueryField>(fields)) {
        const value = (query as Record<string, unknown>)[field];
        change[key] = !value || value === fresh ? undefined : String(value);
    }
    return change;
}

/** A page number as the address keeps it: a whole number from 1; anything else is the first page. */
export function readPage(text: string): number {
    const page = Number(text);
    return Number.isInteger(page) && page >= 1 ? page : 1;
}
