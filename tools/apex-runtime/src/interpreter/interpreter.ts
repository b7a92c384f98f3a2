import type { AnonymousUnit, SourceLocation, TriggerUnit, TypeRef } from '../parser/ast';
import { OBJECT_TYPE, classExtends, primitive, primitiveNamed, type ApexType } from '../types/apex-type';
import { addMembers, emptyClass, type ClassInfo, type ClassTable, type EnumInfo } from '../types/class-table';
import type { Labels } from '../types/labels';
import { AGGREGATE_RESULT, type DmlRowResult, type Schema } from '../org/index';
import type { SystemTypes } from '../types/system-types';
import { UnsupportedError } from '../unsupported';
import type { BuiltinRegistry } from './builtins';
import { ApexThrow } from './errors';
import { LimitCounters } from './limits';
import { Outbox } from './outbox';
import type { OrgSession } from './org-session';
import type { TriggerContext } from './triggers';
import { Scope, type Frame } from './frame';
import { coerce } from './conversion';
import { evaluate } from './expressions';
import { executeBlock } from './statements';
import { invokeMethod, selectMethod } from './invocation';
import { stringOf } from './to-string';
import { newObject, type ApexEnumValue, type ApexObject, type ApexValue, type StackFrame } from './values';

/** One System.debug call, as the debug log records it. */
export interface DebugEntry {
    readonly line: number;
    readonly level: string;
    readonly message: string;
}

interface StaticState {
    readonly values: Map<string, ApexValue>;
}

/** The Apex limit on nested calls; deeper recursion ends the run instead of guessing the limit's message. */
const MAX_STACK_DEPTH = 1000;

/**
 * Runs Apex against a loaded class table. One Interpreter is one transaction: its static
 * variables start unset, and its debug log starts empty.
 */
export class Interpreter {
    readonly debugLog: DebugEntry[] = [];
    readonly limits = new LimitCounters();
    /** The emails and custom notifications this transaction sent. */
    readonly outbox = new Outbox();
    readonly stack: Frame[] = [];
    /** The trigger invocations running now, innermost last (DML inside a trigger fires others). */
    readonly triggerContexts: TriggerContext[] = [];
    private readonly statics = new Map<ClassInfo, StaticState>();
    private readonly enumValues = new Map<EnumInfo, ApexEnumValue[]>();
    private readonly typeCache = new WeakMap<TypeRef, ApexType>();
    /** The record Ids Test.setFixedSearchResults gave every later SOSL search; null when none was given. */
    fixedSearchResults: readonly string[] | null = null;
    /** Told of every statement that runs, for code coverage; none when nobody measures. */
    statementObserver: ((loc: SourceLocation) => void) | null = null;

    constructor(
        readonly table: ClassTable,
        readonly system: SystemTypes,
        readonly builtins: BuiltinRegistry,
        readonly schema: Schema,
        readonly labels: Labels,
        /** The in-memory org of this transaction and its running user. */
        readonly session: OrgSession,
        /** Whether this transaction is an Apex test (Test.isRunningTest()). */
        readonly runningTest = false
    ) {}

    /** The running user's language (LanguageLocaleKey): labels read in it, System.runAs changes it. */
    get userLanguage(): string {
        const language = this.session.org.store.get(this.session.runningUserId)?.values.get('languagelocalekey');
        if (typeof language !== 'string') {
            throw new UnsupportedError('labels for a running user without a language');
        }
        return language;
    }

    // ------------------------------------------------------------ entry points

    /** Execute Anonymous: the block's own methods and classes are visible to its statements. */
    runAnonymous(unit: AnonymousUnit): void {
        this.runBlock(unit, 'AnonymousBlock', 'AnonymousBlock');
    }

    /**
     * A trigger's body, or anonymous Apex: a block whose own members are visible to its statements.
     * Anonymous Apex runs "using the sharing rules of the current user" and triggers in system context
     * (Enforce Sharing Rules, Apex Developer Guide:
     * https://developer.salesforce.com/docs/atlas.en-us.256.0.apexcode.meta/apexcode/apex_security_sharing_rules.htm),
     * so their block classes are `with` and `without sharing`.
     */
    runBlock(unit: AnonymousUnit | TriggerUnit, className: string, frameName: string): void {
        const block = emptyClass({
            kind: 'class',
            name: className,
            simpleName: className,
            file: unit.file,
            outer: null,
            loc: unit.body.loc,
            isAbstract: false,
            isVirtual: false,
            annotations: [],
            isBuiltin: false,
            extendsTypes: [],
            implementsTypes: [],
            sharing: unit.kind === 'triggerUnit' ? 'without' : 'with'
        });
        addMembers(block, unit.members, unit.file);
        this.table.linkNested(block);
        const frame = this.pushFrame({
            cls: block,
            self: null,
            name: frameName,
            accessorOf: null,
            loc: unit.body.loc
        });
        try {
            this.ensureInitialised(block);
            executeBlock(this, unit.body, frame);
        } finally {
            this.popFrame();
        }
    }

    /** Runs a static method with no arguments, as the test runner runs a test method. */
    runStaticMethod(cls: ClassInfo, methodName: string): ApexValue {
        const method = selectMethod(this, cls, methodName, [], 'static');
        if (method === undefined) {
            throw new UnsupportedError(`static method ${cls.name}.${methodName}()`);
        }
        return invokeMethod(this, method, null, [], cls.loc ?? { file: cls.file ?? cls.name, line: 1, column: 1 });
    }

    // ------------------------------------------------------------ frames

    pushFrame(frame: Omit<Frame, 'scope'> & { scope?: Scope }): Frame {
        if (this.stack.length >= MAX_STACK_DEPTH) {
            throw new UnsupportedError('maximum stack depth (System.LimitException)', frame.loc);
        }
        const full: Frame = { ...frame, scope: frame.scope ?? new Scope(null) };
        this.stack.push(full);
        return full;
    }

    popFrame(): void {
        this.stack.pop();
    }

    /** The calls on the stack now, innermost first. */
    stackTrace(): StackFrame[] {
        return [...this.stack].reverse().map((frame) => ({
            name: frame.name,
            file: frame.loc.file,
            line: frame.loc.line,
            column: frame.loc.column
        }));
    }

    // ------------------------------------------------------------ types

    resolveType(ref: TypeRef, from: ClassInfo | null): ApexType {
        const cached = this.typeCache.get(ref);
        if (cached !== undefined) {
            return cached;
        }
        const resolved = this.resolveUncached(ref, from);
        this.typeCache.set(ref, resolved);
        return resolved;
    }

    private resolveUncached(ref: TypeRef, from: ClassInfo | null): ApexType {
        const path = ref.path[0]?.toLowerCase() === 'system' && ref.path.length === 2 ? ref.path.slice(1) : ref.path;
        const single = path.length === 1 ? (path[0] ?? '') : null;
        if (single !== null) {
            const collection = single.toLowerCase();
            const [first, second] = ref.args.map((arg) => this.resolveType(arg, from));
            if (collection === 'list' || collection === 'set') {
                const element = first ?? OBJECT_TYPE;
                return collection === 'list' ? { kind: 'list', element } : { kind: 'set', element };
            }
            if (collection === 'map') {
                return { kind: 'map', key: first ?? OBJECT_TYPE, value: second ?? OBJECT_TYPE };
            }
            const primitiveName = primitiveNamed(single);
            if (primitiveName !== undefined) {
                return primitive(primitiveName);
            }
        }
        const info = this.table.resolve(ref.path, from);
        if (info !== undefined) {
            return info.kind === 'enum' ? { kind: 'enum', info } : { kind: 'class', cls: info };
        }
        const builtinClass = this.system.builtinClasses.get(path.join('.').toLowerCase());
        if (builtinClass !== undefined) {
            return { kind: 'class', cls: builtinClass };
        }
        const platformInterface = this.table.platformInterfaceNamed(ref.path);
        if (platformInterface !== undefined) {
            return { kind: 'class', cls: platformInterface };
        }
        const objectName = ref.path.length === 2 && ref.path[0]?.toLowerCase() === 'schema' ? ref.path[1] : single;
        if (objectName !== null && objectName !== undefined) {
            if (objectName.toLowerCase() === 'sobject') {
                return { kind: 'sobject', name: 'SObject' };
            }
            if (objectName.toLowerCase() === AGGREGATE_RESULT.toLowerCase()) {
                return { kind: 'sobject', name: AGGREGATE_RESULT };
            }
            const object = this.schema.object(objectName);
            if (object !== undefined) {
                return { kind: 'sobject', name: object.apiName };
            }
        }
        throw new UnsupportedError(`type ${ref.text}`);
    }

    isException(cls: ClassInfo): boolean {
        return classExtends(cls, this.system.exception);
    }

    enumConstants(info: EnumInfo): ApexEnumValue[] {
        let values = this.enumValues.get(info);
        if (values === undefined) {
            values = info.values.map((name, ordinal) => ({ kind: 'Enum', type: info, name, ordinal }));
            this.enumValues.set(info, values);
        }
        return values;
    }

    // ------------------------------------------------------------ statics

    /** A class's static variables, initialised on first use: superclass first, then its own in order. */
    staticValues(cls: ClassInfo): Map<string, ApexValue> {
        this.ensureInitialised(cls);
        const state = this.statics.get(cls);
        if (state === undefined) {
            throw new Error(`static state of ${cls.name} missing`);
        }
        return state.values;
    }

    ensureInitialised(cls: ClassInfo): void {
        if (this.statics.has(cls)) {
            return;
        }
        const unloadable = this.table.unloadableReason(cls);
        if (unloadable !== undefined) {
            throw unloadable;
        }
        this.statics.set(cls, { values: new Map() });
        if (cls.superclass !== null) {
            this.ensureInitialised(cls.superclass);
        }
        if (cls.staticInitialisers.length === 0) {
            return;
        }
        const frame = this.pushFrame({
            cls,
            self: null,
            name: `Class.${cls.name}.<clinit>`,
            accessorOf: null,
            loc: cls.loc ?? { file: cls.file ?? cls.name, line: 1, column: 1 }
        });
        try {
            runInitialisers(this, cls, frame, this.staticValues(cls));
        } finally {
            this.popFrame();
        }
    }

    // ------------------------------------------------------------ exceptions

    /** A new exception object, its stack captured where it is created. */
    newException(cls: ClassInfo, message: string | undefined): ApexObject {
        const object = newObject(cls);
        const innermost = this.stack[this.stack.length - 1];
        object.exception = { message, cause: null, stack: this.stackTrace(), line: innermost?.loc.line ?? 0 };
        return object;
    }

    /**
     * Throws a System exception such as `NullPointerException` with the platform's message; undefined
     * where the documentation names the exception but not its message (getMessage then is unsupported).
     */
    throwSystem(simpleName: string, message: string | undefined): never {
        const cls = this.system.exceptions.get(simpleName);
        if (cls === undefined) {
            throw new Error(`unknown System exception ${simpleName}`);
        }
        const catchable = simpleName !== 'AssertException' && simpleName !== 'LimitException';
        throw new ApexThrow(this.newException(cls, message), catchable);
    }

    /** A System.DmlException for an all-or-none DML operation that failed on these rows. */
    throwDml(message: string, results: readonly DmlRowResult[]): never {
        const cls = this.system.exceptions.get('DmlException');
        if (cls === undefined) {
            throw new Error('unknown System exception DmlException');
        }
        const exception = this.newException(cls, message);
        if (exception.exception !== null) {
            exception.exception.dmlResults = results;
        }
        throw new ApexThrow(exception, true);
    }

    /** Dereferencing null, with the message the platform gives. */
    nullPointer(): never {
        return this.throwSystem('NullPointerException', 'Attempt to de-reference a null object');
    }

    // ------------------------------------------------------------ text

    /** String.valueOf: concatenation and System.debug use it. */
    stringOf(value: ApexValue): string {
        return stringOf(value, (object) => this.objectToString(object));
    }

    private objectToString(object: ApexObject): string {
        const own = selectMethod(this, object.cls, 'toString', [], 'instance');
        if (own !== undefined) {
            const text = invokeMethod(this, own, object, [], own.loc);
            return typeof text === 'string' ? text : this.stringOf(text);
        }
        if (object.exception !== null) {
            return `${object.cls.name}: ${exceptionMessage(object)}`;
        }
        throw new UnsupportedError(`String.valueOf of a ${object.cls.name} without toString()`);
    }

    log(loc: SourceLocation, level: string, message: string): void {
        this.debugLog.push({ line: loc.line, level, message });
    }
}

/** An exception's message; one that was never given is UNSUPPORTED, since the platform's default is not checked. */
export function exceptionMessage(exception: ApexObject): string | null {
    const message = exception.exception?.message;
    if (message === undefined) {
        throw new UnsupportedError(`the message of a ${exception.cls.name} created without one`);
    }
    return message;
}

/** Field initialisers and initialiser blocks, in declaration order, into `storage`. */
export function runInitialisers(
    interpreter: Interpreter,
    cls: ClassInfo,
    frame: Frame,
    storage: Map<string, ApexValue>
): void {
    const isStatic = frame.self === null;
    const initialisers = isStatic ? cls.staticInitialisers : cls.instanceInitialisers;
    for (const initialiser of initialisers) {
        if (initialiser.kind === 'field') {
            const { field } = initialiser;
            frame.loc = field.loc;
            const value =
                field.init === null
                    ? null
                    : coerce(evaluate(interpreter, field.init, frame), interpreter.resolveType(field.type, cls));
            storage.set(field.name.toLowerCase(), value);
        } else {
            executeBlock(interpreter, initialiser.body, frame);
        }
    }
}
