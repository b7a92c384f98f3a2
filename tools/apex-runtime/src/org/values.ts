/**
 * Field values as the in-memory org stores them. The interpreter wraps them into Apex values:
 * numbers become Decimal (or Integer for an Integer-typed aggregate) with the field's scale,
 * dates and datetimes become Date and Datetime, blobs become Blob.
 */
export type FieldValue = null | string | boolean | number | OrgDate | OrgDateTime | OrgBlob;

/** A calendar day with no time zone, `YYYY-MM-DD`. */
export interface OrgDate {
    readonly kind: 'date';
    readonly iso: string;
}

/** An instant, stored in UTC as the platform stores it. */
export interface OrgDateTime {
    readonly kind: 'datetime';
    readonly epochMs: number;
}

export interface OrgBlob {
    readonly kind: 'blob';
    readonly bytes: Uint8Array;
}

export function date(iso: string): OrgDate {
    return { kind: 'date', iso };
}

export function dateTime(epochMs: number): OrgDateTime {
    return { kind: 'datetime', epochMs };
}

export function blob(bytes: Uint8Array): OrgBlob {
    return { kind: 'blob', bytes };
}

export function isDate(value: FieldValue): value is OrgDate {
    return value !== null && typeof value === 'object' && value.kind === 'date';
}

export function isDateTime(value: FieldValue): value is OrgDateTime {
    return value !== null && typeof value === 'object' && value.kind === 'datetime';
}

export function isBlob(value: FieldValue): value is OrgBlob {
    return value !== null && typeof value === 'object' && value.kind === 'blob';
}
