import { IdGenerator, to18 } from './ids';
import type { ObjectDef, Schema } from './schema';
import { dateTime, type FieldValue } from './values';

/** Who writes and when: the caller owns the clock and the running user (System.runAs changes it). */
export interface OrgContext {
    /** 18-character Id of the running user. */
    readonly runningUserId: string;
    /** Milliseconds since the epoch, UTC. */
    readonly now: () => number;
    /** IANA zone of the running user, for date literals and date functions (`Europe/Paris`). */
    readonly timeZone: string;
}

export interface StoredRecord {
    readonly id: string;
    readonly object: ObjectDef;
    /** Every stored field by lower-case API name; an absent key reads as null. */
    readonly values: Map<string, FieldValue>;
    deleted: boolean;
}

export interface StoreSnapshot {
    readonly records: ReadonlyMap<string, { values: Map<string, FieldValue>; deleted: boolean; object: ObjectDef }>;
    readonly order: readonly string[];
}

/** Every record of the org, in creation order, deleted ones included (the recycle bin). */
export class RecordStore {
    private readonly records = new Map<string, StoredRecord>();
    private readonly ids = new IdGenerator();
    /** Like Ids, auto-numbers are handed out once and not taken back by a rollback. */
    private readonly autoNumbers = new Map<string, number>();

    constructor(readonly schema: Schema) {}

    /** The record with this 15- or 18-character Id, deleted or not. */
    get(id: string): StoredRecord | undefined {
        if (id.length !== 15 && id.length !== 18) {
            return undefined;
        }
        return this.records.get(to18(id.slice(0, 15)));
    }

    /** The object's records in creation order. */
    all(object: ObjectDef, includeDeleted: boolean): StoredRecord[] {
        const found: StoredRecord[] = [];
        for (const record of this.records.values()) {
            if (record.object === object && (includeDeleted || !record.deleted)) {
                found.push(record);
            }
        }
        return found;
    }

    /**
     * A new record with its Id and audit fields: created and last modified by the running user now,
     * owned by them when the object has an owner and none was given (System Fields, Object Reference).
     */
    create(object: ObjectDef, values: ReadonlyMap<string, FieldValue>, context: OrgContext): StoredRecord {
        const id = this.ids.newId(object.keyPrefix);
        const now = dateTime(context.now());
        const stored = new Map(values);
        stored.set('id', id);
        stored.set('isdeleted', false);
        stored.set('createdbyid', context.runningUserId);
        stored.set('createddate', now);
        stored.set('lastmodifiedbyid', context.runningUserId);
        stored.set('lastmodifieddate', now);
        stored.set('systemmodstamp', now);
        if (object.fields.has('ownerid') && (stored.get('ownerid') ?? null) === null) {
            stored.set('ownerid', context.runningUserId);
        }
        const record: StoredRecord = { id, object, values: stored, deleted: false };
        this.records.set(id, record);
        return record;
    }

    /** The next number of an auto-number field, from its starting number. */
    nextAutoNumber(object: ObjectDef, field: string, start: number): number {
        const key = `${object.apiName}.${field}`;
        const next = this.autoNumbers.get(key) ?? start;
        this.autoNumbers.set(key, next + 1);
        return next;
    }

    /** Writes fields and stamps the modification. */
    write(record: StoredRecord, values: ReadonlyMap<string, FieldValue>, context: OrgContext): void {
        for (const [field, value] of values) {
            record.values.set(field, value);
        }
        const now = dateTime(context.now());
        record.values.set('lastmodifiedbyid', context.runningUserId);
        record.values.set('lastmodifieddate', now);
        record.values.set('systemmodstamp', now);
    }

    setDeleted(record: StoredRecord, deleted: boolean): void {
        record.deleted = deleted;
        record.values.set('isdeleted', deleted);
    }

    /** A copy of every record, for savepoints and for undoing a failed all-or-none operation. */
    snapshot(): StoreSnapshot {
        const records = new Map<string, { values: Map<string, FieldValue>; deleted: boolean; object: ObjectDef }>();
        for (const [id, record] of this.records) {
            records.set(id, { values: new Map(record.values), deleted: record.deleted, object: record.object });
        }
        return { records, order: [...this.records.keys()] };
    }

    /**
     * Puts the records back as they were. The Id counter does not go back: `Database.rollback`
     * leaves the Ids of rolled-back sObjects set (Transaction Control, Apex Developer Guide:
     * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_transaction_control.htm),
     * so a later insert must not hand the same Id to another record.
     */
    restore(snapshot: StoreSnapshot): void {
        this.records.clear();
        for (const id of snapshot.order) {
            const saved = snapshot.records.get(id);
            if (saved !== undefined) {
                this.records.set(id, {
                    id,
                    object: saved.object,
                    values: new Map(saved.values),
                    deleted: saved.deleted
                });
            }
        }
    }
}
