import type { ApexType } from '../types/apex-type';
import type { ClassInfo, EnumInfo } from '../types/class-table';
import type { DmlRowResult, FieldValue, ObjectDef } from '../org/index';

/**
 * Apex values at run time. Null, Boolean and String map to JavaScript's own; the numeric types
 * stay distinct because their arithmetic differs (decision 0034).
 */
export type ApexValue =
    | null
    | boolean
    | string
    | ApexInteger
    | ApexLong
    | ApexDouble
    | ApexDecimal
    | ApexList
    | ApexSet
    | ApexMap
    | ApexObject
    | ApexSObject
    | ApexEnumValue
    | ApexTypeValue
    | ApexDate
    | ApexDatetime
    | ApexTime
    | ApexBlob;

export interface ApexInteger {
    readonly kind: 'Integer';
    /** Always a 32-bit signed integer. */
    readonly value: number;
}

export interface ApexLong {
    readonly kind: 'Long';
    /** Always within 64-bit signed range. */
    readonly value: bigint;
}

export interface ApexDouble {
    readonly kind: 'Double';
    readonly value: number;
}

/** unscaled × 10^-scale, like Java's BigDecimal; the scale is kept (1.50 stays 1.50). */
export interface ApexDecimal {
    readonly kind: 'Decimal';
    readonly unscaled: bigint;
    readonly scale: number;
}

export type ApexNumber = ApexInteger | ApexLong | ApexDouble | ApexDecimal;

export interface ApexList {
    readonly kind: 'List';
    readonly elementType: ApexType;
    readonly items: ApexValue[];
    /** Non-zero while a for-each loop walks the list. */
    iterating: number;
    /** Set on a SOQL result: its one row, for assignment to a single sObject. */
    singleRow?: () => ApexValue;
}

export interface ApexSet {
    readonly kind: 'Set';
    readonly elementType: ApexType;
    /** Keyed by the value's equality key, in insertion order. */
    readonly entries: Map<string, ApexValue>;
    iterating: number;
}

export interface ApexMap {
    readonly kind: 'Map';
    readonly keyType: ApexType;
    readonly valueType: ApexType;
    /** Keyed by the key's equality key, in insertion order. */
    readonly entries: Map<string, { key: ApexValue; value: ApexValue }>;
}

/** An instance of a class of the project or of a built-in exception type. */
export interface ApexObject {
    readonly kind: 'Object';
    readonly cls: ClassInfo;
    /** Instance fields and property backing values, by lower-case name. */
    readonly fields: Map<string, ApexValue>;
    /** Identity for equality keys and stable printing. */
    readonly id: number;
    /** Set for exceptions. */
    exception: ExceptionState | null;
}

/**
 * A record of an object in the schema: the fields set on it, by lower-case API name. A record the
 * org gave back (`org`) holds exactly the fields its query selected.
 */
export interface ApexSObject {
    readonly kind: 'SObject';
    readonly schema: ObjectDef;
    /** `trigger`: a row of Trigger.new or Trigger.old, every field readable. */
    readonly origin: 'new' | 'org' | 'trigger';
    readonly fields: Map<string, ApexValue>;
    /** Values the org gave that the interpreter has no Apex value for yet (Date, Datetime, Blob). */
    readonly raw: Map<string, FieldValue>;
    /** Parent records by lower-case relationship name, as the query selected them. */
    readonly parents: Map<string, ApexSObject | null>;
    /** Child subquery results by lower-case relationship name. */
    readonly children: Map<string, ApexList>;
}

export interface ExceptionState {
    /** Undefined until a constructor or setMessage gives one: what the platform reports then is not reproduced. */
    message: string | null | undefined;
    cause: ApexObject | null;
    /** Where the exception was created, innermost call first. */
    stack: StackFrame[];
    line: number;
    /** A DmlException's rows, for getNumDml, getDmlMessage and the other getDml methods. */
    dmlResults?: readonly DmlRowResult[];
}

/** One call on an exception's stack. */
export interface StackFrame {
    /** As a stack trace names it: `Class.Foo.bar`, `AnonymousBlock`. */
    readonly name: string;
    readonly file: string;
    readonly line: number;
    readonly column: number;
}

/** The stack as Exception.getStackTraceString() prints it: `Class.Foo.bar: line 3, column 5`. */
export function stackTraceLines(stack: readonly StackFrame[]): string[] {
    return stack.map((frame) => `${frame.name}: line ${frame.line}, column ${frame.column}`);
}

export interface ApexEnumValue {
    readonly kind: 'Enum';
    readonly type: EnumInfo;
    readonly name: string;
    readonly ordinal: number;
}

/** The value of `Foo.class`: a System.Type. */
export interface ApexTypeValue {
    readonly kind: 'Type';
    readonly type: ApexType;
}

/** A calendar day with no time zone (Date Data Type). */
export interface ApexDate {
    readonly kind: 'Date';
    /** Days since 1970-01-01 in the proleptic Gregorian calendar. */
    readonly epochDay: number;
}

/** An instant, kept in UTC milliseconds as the platform stores it (Datetime Data Type). */
export interface ApexDatetime {
    readonly kind: 'Datetime';
    readonly epochMs: number;
}

/** A time of day with no date or time zone. */
export interface ApexTime {
    readonly kind: 'Time';
    /** Milliseconds since midnight, 0 to 86,399,999. */
    readonly millisOfDay: number;
}

/** Binary data: the bytes themselves (Blob Data Type). */
export interface ApexBlob {
    readonly kind: 'Blob';
    readonly bytes: Uint8Array;
}

export function apexBlob(bytes: Uint8Array): ApexBlob {
    return { kind: 'Blob', bytes };
}

export function apexDate(epochDay: number): ApexDate {
    return { kind: 'Date', epochDay };
}

export function apexDatetime(epochMs: number): ApexDatetime {
    return { kind: 'Datetime', epochMs };
}

export function apexTime(millisOfDay: number): ApexTime {
    return { kind: 'Time', millisOfDay };
}

export const INTEGER_MIN = -2147483648;
export const INTEGER_MAX = 2147483647;

export function integer(value: number): ApexInteger {
    return { kind: 'Integer', value: value | 0 };
}

export function long(value: bigint): ApexLong {
    return { kind: 'Long', value: BigInt.asIntN(64, value) };
}

export function double(value: number): ApexDouble {
    return { kind: 'Double', value };
}

export function decimal(unscaled: bigint, scale: number): ApexDecimal {
    return { kind: 'Decimal', unscaled, scale };
}

export function isNumber(value: ApexValue): value is ApexNumber {
    return (
        value !== null &&
        typeof value === 'object' &&
        (value.kind === 'Integer' || value.kind === 'Long' || value.kind === 'Double' || value.kind === 'Decimal')
    );
}

export function isObject(value: ApexValue): value is ApexObject {
    return value !== null && typeof value === 'object' && value.kind === 'Object';
}

let nextObjectId = 1;

export function newObject(cls: ClassInfo): ApexObject {
    return { kind: 'Object', cls, fields: new Map(), id: nextObjectId++, exception: null };
}

export function newList(elementType: ApexType, items: ApexValue[] = []): ApexList {
    return { kind: 'List', elementType, items, iterating: 0 };
}

export function newSet(elementType: ApexType): ApexSet {
    return { kind: 'Set', elementType, entries: new Map(), iterating: 0 };
}

export function newMap(keyType: ApexType, valueType: ApexType): ApexMap {
    return { kind: 'Map', keyType, valueType, entries: new Map() };
}
