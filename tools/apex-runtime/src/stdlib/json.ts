import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { addToCollection, putInMap } from '../interpreter/collections';
import { parseDecimal } from '../interpreter/decimal';
import { ApexThrow } from '../interpreter/errors';
import { findMember, memberType, type Member } from '../interpreter/invocation';
import { apexTypeOfField, isComputed, newRecord } from '../interpreter/sobjects';
import {
    INTEGER_MAX,
    INTEGER_MIN,
    double,
    integer,
    long,
    newList,
    newMap,
    newObject,
    newSet,
    type ApexObject,
    type ApexValue
} from '../interpreter/values';
import { isValidId, to18 } from '../org/index';
import { OBJECT_TYPE, primitive, typeName, type ApexType } from '../types/apex-type';
import type { ClassInfo } from '../types/class-table';
import { UnsupportedError } from '../unsupported';
import { arity, stringArg, unsupportedCall } from './arguments';

/*
 * JSON.serialize, serializePretty, deserialize, deserializeStrict and deserializeUntyped, from the
 * JSON Class (Apex Reference Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_Json.htm)
 * and JSON Support (Apex Developer Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_methods_system_json_overview.htm).
 * "Methods in these classes throw a JSONException if an issue is encountered": malformed JSON,
 * an attribute deserializeStrict does not know and an object that refers to itself throw one; the
 * guide gives none of their messages, so reading the message is UNSUPPORTED. JSONGenerator and
 * JSONParser are not used by the project and stay UNSUPPORTED.
 */

/** A parsed JSON text; numbers keep their text so that Integer, Long and Decimal stay exact. */
type JsonNode =
    | { kind: 'null' }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'string'; value: string }
    | { kind: 'number'; text: string }
    | { kind: 'array'; items: JsonNode[] }
    | { kind: 'object'; entries: [string, JsonNode][] };

class MalformedJson extends Error {}

/** The one-character escapes of RFC 8259, by the character after the backslash. */
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
    ['"', '"'],
    ['\\', '\\'],
    ['/', '/'],
    ['b', '\b'],
    ['f', '\f'],
    ['n', '\n'],
    ['r', '\r'],
    ['t', '\t']
]);

/** A strict RFC 8259 reader; anything else is malformed. */
class JsonReader {
    private position = 0;

    constructor(private readonly text: string) {}

    document(): JsonNode {
        const node = this.value();
        this.skipWhitespace();
        if (this.position !== this.text.length) {
            throw new MalformedJson('content after the JSON value');
        }
        return node;
    }

    private skipWhitespace(): void {
        while (/[ \t\n\r]/.test(this.text.charAt(this.position))) {
            this.position++;
        }
    }

    private expect(literal: string): void {
        if (!this.text.startsWith(literal, this.position)) {
            throw new MalformedJson(`expected ${literal}`);
        }
        this.position += literal.length;
    }

    private value(): JsonNode {
        this.skipWhitespace();
        const next = this.text.charAt(this.position);
        switch (next) {
            case '{':
                return this.object();
            case '[':
                return this.array();
            case '"':
                return { kind: 'string', value: this.string() };
            case 't':
                this.expect('true');
                return { kind: 'boolean', value: true };
            case 'f':
                this.expect('false');
                return { kind: 'boolean', value: false };
            case 'n':
                this.expect('null');
                return { kind: 'null' };
            default:
                return this.number();
        }
    }

    private object(): JsonNode {
        this.expect('{');
        const entries: [string, JsonNode][] = [];
        this.skipWhitespace();
        if (this.text.charAt(this.position) === '}') {
            this.position++;
            return { kind: 'object', entries };
        }
        for (;;) {
            this.skipWhitespace();
            const key = this.string();
            this.skipWhitespace();
            this.expect(':');
            entries.push([key, this.value()]);
            this.skipWhitespace();
            if (this.text.charAt(this.position) === '}') {
                this.position++;
                return { kind: 'object', entries };
            }
            this.expect(',');
        }
    }

    private array(): JsonNode {
        this.expect('[');
        const items: JsonNode[] = [];
        this.skipWhitespace();
        if (this.text.charAt(this.position) === ']') {
            this.position++;
            return { kind: 'array', items };
        }
        for (;;) {
            items.push(this.value());
            this.skipWhitespace();
            if (this.text.charAt(this.position) === ']') {
                this.position++;
                return { kind: 'array', items };
            }
            this.expect(',');
        }
    }

    private string(): string {
        this.expect('"');
        let value = '';
        for (;;) {
            const character = this.text.charAt(this.position);
            if (character === '' || character.charCodeAt(0) < 0x20) {
                throw new MalformedJson('unterminated string');
            }
            this.position++;
            if (character === '"') {
                return value;
            }
            if (character !== '\\') {
                value += character;
                continue;
            }
            const escape = this.text.charAt(this.position);
            this.position++;
            const simple = SIMPLE_ESCAPES.get(escape);
            if (simple !== undefined) {
                value += simple;
            } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.position, this.position + 4))) {
                value += String.fromCharCode(parseInt(this.text.slice(this.position, this.position + 4), 16));
                this.position += 4;
            } else {
                throw new MalformedJson('invalid escape');
            }
        }
    }

    private number(): JsonNode {
        const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.position));
        if (match === null) {
            throw new MalformedJson('expected a value');
        }
        this.position += match[0].length;
        return { kind: 'number', text: match[0] };
    }
}

/** The JSONException the guide documents, with the message it does not. */
function jsonException(site: CallSite): never {
    const cls = site.interpreter.system.exceptions.get('JSONException');
    if (cls === undefined) {
        throw new Error('System.JSONException missing');
    }
    throw new ApexThrow(site.interpreter.newException(cls, undefined), true);
}

function parse(site: CallSite, text: string): JsonNode {
    if (text.trim() === '') {
        throw new UnsupportedError('JSON deserialization of an empty string (the guide does not say)', site.loc);
    }
    try {
        return new JsonReader(text).document();
    } catch (error) {
        if (error instanceof MalformedJson) {
            return jsonException(site);
        }
        throw error;
    }
}

// ---------------------------------------------------------------- deserialization

/**
 * A JSON number as an untyped value: integral numbers are Integers, or Longs past the Integer
 * range, and numbers with decimals are Decimals, as the guide's deserializeUntyped example reads
 * them back. Exponents and integers past the Long range are not described, so UNSUPPORTED.
 */
function untypedNumber(site: CallSite, text: string): ApexValue {
    if (/^-?[0-9]+$/.test(text)) {
        const value = BigInt(text);
        if (value >= BigInt(INTEGER_MIN) && value <= BigInt(INTEGER_MAX)) {
            return integer(Number(value));
        }
        if (BigInt.asIntN(64, value) === value) {
            return long(value);
        }
    }
    const decimal = /[eE]/.test(text) ? null : parseDecimal(text);
    if (decimal === null || /^-?[0-9]+$/.test(text)) {
        throw new UnsupportedError(`the JSON number ${text} as an untyped value`, site.loc);
    }
    return decimal;
}

/** deserializeUntyped: objects are Map<String, Object>, arrays List<Object>. */
function untyped(site: CallSite, node: JsonNode): ApexValue {
    switch (node.kind) {
        case 'null':
            return null;
        case 'boolean':
        case 'string':
            return node.value;
        case 'number':
            return untypedNumber(site, node.text);
        case 'array':
            return newList(
                OBJECT_TYPE,
                node.items.map((item) => untyped(site, item))
            );
        case 'object': {
            const map = newMap(primitive('String'), OBJECT_TYPE);
            for (const [key, value] of uniqueEntries(site, node)) {
                putInMap(map, key, untyped(site, value));
            }
            return map;
        }
    }
}

/** An object's attributes; the guide does not say which of two with one name wins. */
function uniqueEntries(site: CallSite, node: Extract<JsonNode, { kind: 'object' }>): [string, JsonNode][] {
    const seen = new Set<string>();
    for (const [key] of node.entries) {
        if (seen.has(key)) {
            throw new UnsupportedError(`JSON with the attribute "${key}" twice in one object`, site.loc);
        }
        seen.add(key);
    }
    return node.entries;
}

interface Deserializing {
    readonly site: CallSite;
    /** deserializeStrict: an attribute the type does not have throws. */
    readonly strict: boolean;
}

function mismatch(context: Deserializing, node: JsonNode, type: ApexType): never {
    throw new UnsupportedError(
        `JSON.deserialize of a JSON ${node.kind} into ${typeName(type)} (the guide does not say what happens)`,
        context.site.loc
    );
}

function integral(context: Deserializing, node: JsonNode, type: ApexType, bits: 32 | 64): bigint {
    if (node.kind !== 'number' || !/^-?[0-9]+$/.test(node.text)) {
        return mismatch(context, node, type);
    }
    const value = BigInt(node.text);
    if (BigInt.asIntN(bits, value) !== value) {
        throw new UnsupportedError(
            `the JSON number ${node.text} into ${typeName(type)} (out of range)`,
            context.site.loc
        );
    }
    return value;
}

function typed(context: Deserializing, node: JsonNode, type: ApexType): ApexValue {
    if (node.kind === 'null') {
        return null;
    }
    switch (type.kind) {
        case 'primitive':
            return typedPrimitive(context, node, type);
        case 'list':
        case 'set': {
            if (node.kind !== 'array') {
                return mismatch(context, node, type);
            }
            const items = node.items.map((item) => typed(context, item, type.element));
            if (type.kind === 'list') {
                return newList(type.element, items);
            }
            const set = newSet(type.element);
            items.forEach((item) => addToCollection(set, item));
            return set;
        }
        case 'map': {
            const keyName = type.key.kind === 'primitive' ? type.key.name : '';
            if (node.kind !== 'object' || (keyName !== 'String' && keyName !== 'Id')) {
                return mismatch(context, node, type);
            }
            const map = newMap(type.key, type.value);
            for (const [key, value] of uniqueEntries(context.site, node)) {
                const mapKey = typed(context, { kind: 'string', value: key }, type.key);
                putInMap(map, mapKey, typed(context, value, type.value));
            }
            return map;
        }
        case 'enum': {
            const constant =
                node.kind === 'string'
                    ? context.site.interpreter.enumConstants(type.info).find((value) => value.name === node.value)
                    : undefined;
            return constant ?? mismatch(context, node, type);
        }
        case 'class':
            return node.kind === 'object' ? typedObject(context, node, type.cls) : mismatch(context, node, type);
        case 'sobject':
            return node.kind === 'object' ? typedRecord(context, node, type.name) : mismatch(context, node, type);
        case 'void':
            return mismatch(context, node, type);
    }
}

function typedPrimitive(
    context: Deserializing,
    node: JsonNode,
    type: Extract<ApexType, { kind: 'primitive' }>
): ApexValue {
    switch (type.name) {
        case 'Object':
            return untyped(context.site, node);
        case 'String':
            return node.kind === 'string' ? node.value : mismatch(context, node, type);
        case 'Id':
            if (node.kind !== 'string') {
                return mismatch(context, node, type);
            }
            if (!isValidId(node.value)) {
                throw new UnsupportedError(`JSON.deserialize of "${node.value}" into an Id`, context.site.loc);
            }
            return to18(node.value);
        case 'Boolean':
            return node.kind === 'boolean' ? node.value : mismatch(context, node, type);
        case 'Integer':
            return integer(Number(integral(context, node, type, 32)));
        case 'Long':
            return long(integral(context, node, type, 64));
        case 'Double':
            return node.kind === 'number' ? double(Number(node.text)) : mismatch(context, node, type);
        case 'Decimal': {
            // The guide's own example: JSON.deserialize('100.1', Decimal.class) is 100.1.
            const value = node.kind === 'number' && !/[eE]/.test(node.text) ? parseDecimal(node.text) : null;
            return value ?? mismatch(context, node, type);
        }
        default:
            throw new UnsupportedError(`JSON.deserialize into ${type.name}`, context.site.loc);
    }
}

/** The fields and properties of a class and its superclasses that JSON may fill. */
function deserializableMember(context: Deserializing, cls: ClassInfo, key: string): Member | undefined {
    const member = findMember(cls, key);
    if (member === undefined) {
        return undefined;
    }
    const name = member.kind === 'field' ? member.field.name : member.property.name;
    if (name !== key) {
        throw new UnsupportedError(
            `JSON attribute "${key}" for ${member.owner.name}.${name}, which differs only in case`,
            context.site.loc
        );
    }
    if (member.kind === 'field' ? member.field.isStatic : member.property.isStatic) {
        throw new UnsupportedError(
            `JSON attribute "${key}" for the static ${member.owner.name}.${name}`,
            context.site.loc
        );
    }
    if (member.kind === 'property' && (member.property.setter === null || member.property.setter.body !== null)) {
        throw new UnsupportedError(
            `JSON.deserialize into ${member.owner.name}.${name}, a property without an automatic setter`,
            context.site.loc
        );
    }
    return member;
}

/**
 * An object of a class of the project, its members set from the attributes of the same name. The
 * guide does not say whether deserialization runs constructors or field initialisers, so a class
 * with either, or with an initialiser block, is UNSUPPORTED; attributes the class does not have are
 * ignored by deserialize and throw for deserializeStrict.
 */
function typedObject(context: Deserializing, node: Extract<JsonNode, { kind: 'object' }>, cls: ClassInfo): ApexObject {
    const { interpreter } = context.site;
    if (cls.isBuiltin || cls.isAbstract || cls.kind === 'interface' || interpreter.isException(cls)) {
        throw new UnsupportedError(`JSON.deserialize into ${cls.name}`, context.site.loc);
    }
    for (let current: ClassInfo | null = cls; current !== null; current = current.superclass) {
        const hasNoArgumentConstructor = current.constructors.some(
            (constructor) => constructor.parameters.length === 0
        );
        if (
            current.instanceInitialisers.some(
                (initialiser) => initialiser.kind === 'block' || initialiser.field.init !== null
            ) ||
            hasNoArgumentConstructor
        ) {
            throw new UnsupportedError(
                `JSON.deserialize into ${cls.name}, whose class ${current.name} has a no-argument constructor or initialisers (whether they run is not documented)`,
                context.site.loc
            );
        }
    }
    interpreter.ensureInitialised(cls);
    const object = newObject(cls);
    for (const [key, value] of uniqueEntries(context.site, node)) {
        const member = deserializableMember(context, cls, key);
        if (member === undefined) {
            if (context.strict) {
                return jsonException(context.site);
            }
            continue;
        }
        const name = member.kind === 'field' ? member.field.name : member.property.name;
        object.fields.set(name.toLowerCase(), typed(context, value, memberType(interpreter, member)));
    }
    return object;
}

/**
 * A record of an object of the schema, its fields set from the attributes that name them (any
 * field, as a record the platform gives back may hold system fields); `attributes` names the
 * object. Relationship attributes and computed fields are UNSUPPORTED.
 */
function typedRecord(
    context: Deserializing,
    node: Extract<JsonNode, { kind: 'object' }>,
    objectName: string
): ApexValue {
    const schema = context.site.interpreter.schema.object(objectName);
    if (schema === undefined) {
        throw new UnsupportedError(`JSON.deserialize into ${objectName}`, context.site.loc);
    }
    const record = newRecord(schema);
    for (const [key, value] of uniqueEntries(context.site, node)) {
        if (key === 'attributes') {
            const type = value.kind === 'object' ? value.entries.find(([name]) => name === 'type')?.[1] : undefined;
            if (
                type !== undefined &&
                (type.kind !== 'string' || type.value.toLowerCase() !== schema.apiName.toLowerCase())
            ) {
                throw new UnsupportedError(
                    `JSON attributes of another object type into ${schema.apiName}`,
                    context.site.loc
                );
            }
            continue;
        }
        const field = schema.fields.get(key.toLowerCase());
        if (field === undefined) {
            const relationship =
                schema.childRelationships.has(key.toLowerCase()) ||
                [...schema.fields.values()].some(
                    (candidate) => candidate.relationshipName?.toLowerCase() === key.toLowerCase()
                );
            if (relationship) {
                throw new UnsupportedError(
                    `JSON relationship attribute "${key}" of ${schema.apiName}`,
                    context.site.loc
                );
            }
            if (context.strict) {
                return jsonException(context.site);
            }
            continue;
        }
        if (isComputed(field)) {
            throw new UnsupportedError(
                `JSON value for the computed field ${schema.apiName}.${field.apiName}`,
                context.site.loc
            );
        }
        record.fields.set(field.apiName.toLowerCase(), typed(context, value, primitive(apexTypeOfField(field))));
    }
    return record;
}

// ---------------------------------------------------------------- serialization

interface Serializing {
    readonly site: CallSite;
    readonly suppressNulls: boolean;
    /** The objects being serialized now, to find one that refers to itself. */
    readonly open: Set<ApexObject>;
}

/** Instance fields (not transient) and properties of a class, in the order they are declared. */
function serializedMembers(context: Serializing, cls: ClassInfo): Member[] {
    const superclass = cls.superclass;
    if (superclass !== null && (superclass.fields.size > 0 || superclass.properties.size > 0)) {
        throw new UnsupportedError(
            `JSON.serialize of ${cls.name}, whose superclass declares members (their order is not documented)`,
            context.site.loc
        );
    }
    const members: Member[] = [
        ...[...cls.fields.values()]
            .filter((field) => !field.isStatic && !field.isTransient)
            .map((field): Member => ({ kind: 'field', owner: cls, field })),
        ...[...cls.properties.values()]
            .filter((property) => !property.isStatic)
            .map((property): Member => ({ kind: 'property', owner: cls, property }))
    ];
    const locOf = (member: Member) => (member.kind === 'field' ? member.field.loc : member.property.loc);
    return members.sort((a, b) => locOf(a).line - locOf(b).line || locOf(a).column - locOf(b).column);
}

function objectNode(context: Serializing, object: ApexObject): JsonNode {
    if (object.exception !== null || object.cls.isBuiltin) {
        throw new UnsupportedError(`JSON.serialize of a ${object.cls.name}`, context.site.loc);
    }
    if (context.open.has(object)) {
        // "If an object has a reference to itself, it isn't serialized and a JSONException is thrown."
        return jsonException(context.site);
    }
    context.open.add(object);
    const entries: [string, JsonNode][] = [];
    for (const member of serializedMembers(context, object.cls)) {
        const name = member.kind === 'field' ? member.field.name : member.property.name;
        if (member.kind === 'property' && (member.property.getter === null || member.property.getter.body !== null)) {
            throw new UnsupportedError(
                `JSON.serialize of ${object.cls.name}.${name}, a property without an automatic getter`,
                context.site.loc
            );
        }
        const value = object.fields.get(name.toLowerCase()) ?? null;
        if (value === null && context.suppressNulls) {
            continue;
        }
        entries.push([name, toNode(context, value)]);
    }
    context.open.delete(object);
    return { kind: 'object', entries };
}

/**
 * The keys the guide lists for a serializable Map include Boolean, Integer, Long, Id, String and
 * Enum, written as their String values; Date, Datetime, Time, Decimal and Double keys are UNSUPPORTED.
 */
function mapKey(context: Serializing, key: ApexValue): string {
    if (typeof key === 'string') {
        return key;
    }
    if (
        typeof key === 'boolean' ||
        (key !== null && (key.kind === 'Integer' || key.kind === 'Long' || key.kind === 'Enum'))
    ) {
        return context.site.interpreter.stringOf(key);
    }
    throw new UnsupportedError(`JSON.serialize of a Map key ${key === null ? 'null' : key.kind}`, context.site.loc);
}

function toNode(context: Serializing, value: ApexValue): JsonNode {
    if (value === null) {
        return { kind: 'null' };
    }
    if (typeof value === 'string') {
        return { kind: 'string', value };
    }
    if (typeof value === 'boolean') {
        return { kind: 'boolean', value };
    }
    switch (value.kind) {
        case 'Integer':
            return { kind: 'number', text: String(value.value) };
        case 'Long':
            return { kind: 'number', text: value.value.toString() };
        case 'Decimal':
            return { kind: 'number', text: context.site.interpreter.stringOf(value) };
        case 'Enum':
            return { kind: 'string', value: value.name };
        case 'Datetime':
            // The JSON Class's serialize(objectToSerialize) example: the instant in GMT with its
            // milliseconds, "2011-03-22T08:15:18.000Z".
            return { kind: 'string', value: isoGmt(context, value.epochMs) };
        case 'List':
            return { kind: 'array', items: value.items.map((item) => toNode(context, item)) };
        case 'Set':
            return { kind: 'array', items: [...value.entries.values()].map((item) => toNode(context, item)) };
        case 'Map': {
            const entries: [string, JsonNode][] = [];
            for (const entry of value.entries.values()) {
                if (entry.value === null && context.suppressNulls) {
                    throw new UnsupportedError(
                        'JSON.serialize suppressing nulls of a Map value (the guide speaks of Apex objects only)',
                        context.site.loc
                    );
                }
                entries.push([mapKey(context, entry.key), toNode(context, entry.value)]);
            }
            return { kind: 'object', entries };
        }
        case 'Object':
            return objectNode(context, value);
        case 'SObject':
            // The "attributes" object of a record, and its url with the API version of the
            // serializing code, are not documented on the guide's JSON pages.
            throw new UnsupportedError(`JSON.serialize of an sObject (${value.schema.apiName})`, context.site.loc);
        default:
            throw new UnsupportedError(`JSON.serialize of a ${value.kind}`, context.site.loc);
    }
}

/** yyyy-MM-ddTHH:mm:ss.SSSZ; a year outside 0000-9999, which that form cannot hold, is refused. */
function isoGmt(context: Serializing, epochMs: number): string {
    const text = new Date(epochMs).toISOString();
    if (!/^\d{4}-/.test(text)) {
        throw new UnsupportedError('JSON.serialize of a Datetime outside the years 0000-9999', context.site.loc);
    }
    return text;
}

/** Strings escaped as RFC 8259 requires: the quote, the backslash and the control characters. */
function quoted(text: string): string {
    let body = '';
    for (const character of text) {
        const code = character.charCodeAt(0);
        const simple = [...SIMPLE_ESCAPES].find(([, unescaped]) => unescaped === character && character !== '/');
        if (simple !== undefined) {
            body += `\\${simple[0]}`;
        } else if (code < 0x20) {
            body += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
        } else {
            body += character;
        }
    }
    return `"${body}"`;
}

function compact(node: JsonNode): string {
    switch (node.kind) {
        case 'null':
            return 'null';
        case 'boolean':
            return String(node.value);
        case 'string':
            return quoted(node.value);
        case 'number':
            return node.text;
        case 'array':
            return `[${node.items.map(compact).join(',')}]`;
        case 'object':
            return `{${node.entries.map(([key, value]) => `${quoted(key)}:${compact(value)}`).join(',')}}`;
    }
}

/**
 * The pretty-print format. The guide shows no sample output; the layout is that of the platform's
 * JSON library's default printer: two spaces per object level, `"key" : value`, arrays on one line
 * (`[ 1, 2 ]`), `{ }` and `[ ]` when empty.
 */
function pretty(node: JsonNode, depth: number): string {
    switch (node.kind) {
        case 'array':
            return node.items.length === 0 ? '[ ]' : `[ ${node.items.map((item) => pretty(item, depth)).join(', ')} ]`;
        case 'object': {
            if (node.entries.length === 0) {
                return '{ }';
            }
            const inner = '  '.repeat(depth + 1);
            const lines = node.entries.map(([key, value]) => `${inner}${quoted(key)} : ${pretty(value, depth + 1)}`);
            return `{\n${lines.join(',\n')}\n${'  '.repeat(depth)}}`;
        }
        default:
            return compact(node);
    }
}

function serialize(site: CallSite, name: string, args: readonly ApexValue[], indented: boolean): string {
    arity(site, name, args, 1, 2);
    const suppress = args[1];
    if (suppress !== undefined && typeof suppress !== 'boolean') {
        return unsupportedCall(site, name, args);
    }
    const node = toNode({ site, suppressNulls: suppress ?? false, open: new Set() }, args[0] ?? null);
    return indented ? pretty(node, 0) : compact(node);
}

function deserialize(site: CallSite, name: string, args: readonly ApexValue[], strict: boolean): ApexValue {
    arity(site, name, args, 2);
    const text = stringArg(site, name, args, 0);
    const type = args[1] ?? null;
    if (type === null) {
        return site.interpreter.nullPointer();
    }
    if (typeof type !== 'object' || type.kind !== 'Type') {
        return unsupportedCall(site, name, args);
    }
    return typed({ site, strict }, parse(site, text), type.type);
}

export function installJson(registry: BuiltinRegistry): void {
    registry.addStatic('JSON', 'serialize', (site, args) => serialize(site, 'JSON.serialize', args, false));
    registry.addStatic('JSON', 'serializePretty', (site, args) => serialize(site, 'JSON.serializePretty', args, true));
    registry.addStatic('JSON', 'deserialize', (site, args) => deserialize(site, 'JSON.deserialize', args, false));
    registry.addStatic('JSON', 'deserializeStrict', (site, args) =>
        deserialize(site, 'JSON.deserializeStrict', args, true)
    );
    registry.addStatic('JSON', 'deserializeUntyped', (site, args) => {
        arity(site, 'JSON.deserializeUntyped', args, 1);
        return untyped(site, parse(site, stringArg(site, 'JSON.deserializeUntyped', args, 0)));
    });
}
