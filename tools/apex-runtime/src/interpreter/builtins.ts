import type { SourceLocation } from '../parser/ast';
import type { Interpreter } from './interpreter';
import type {
    ApexBlob,
    ApexDate,
    ApexDatetime,
    ApexDecimal,
    ApexDouble,
    ApexEnumValue,
    ApexInteger,
    ApexList,
    ApexLong,
    ApexMap,
    ApexObject,
    ApexSObject,
    ApexSet,
    ApexTime,
    ApexTypeValue,
    ApexValue
} from './values';

/** What a built-in method sees of its caller. */
export interface CallSite {
    readonly interpreter: Interpreter;
    readonly loc: SourceLocation;
}

export type StaticMethod = (site: CallSite, args: readonly ApexValue[]) => ApexValue;
/** `new Messaging.SingleEmailMessage()`: builds an object of a standard library class. */
export type BuiltinConstructor = (site: CallSite, args: readonly ApexValue[]) => ApexObject;
export type InstanceMethod<Receiver> = (site: CallSite, receiver: Receiver, args: readonly ApexValue[]) => ApexValue;

/** The receivers built-in instance methods are registered for. */
export interface ReceiverTypes {
    String: string;
    Boolean: boolean;
    Integer: ApexInteger;
    Long: ApexLong;
    Double: ApexDouble;
    Decimal: ApexDecimal;
    List: ApexList;
    Set: ApexSet;
    Map: ApexMap;
    Enum: ApexEnumValue;
    Type: ApexTypeValue;
    Date: ApexDate;
    Blob: ApexBlob;
    Datetime: ApexDatetime;
    Time: ApexTime;
    /** Any exception, built-in or custom. */
    Exception: ApexObject;
    SObject: ApexSObject;
    /** Objects of the standard library's own classes (Database.SaveResult), by `Class.method`. */
    BuiltinObject: ApexObject;
}

export type ReceiverKind = keyof ReceiverTypes;

type InstanceTables = { [K in ReceiverKind]: Map<string, InstanceMethod<ReceiverTypes[K]>> };

/**
 * The standard library's methods, by type and lower-case name. The interpreter dispatches here;
 * the standard library registers into it, so neither layer imports the other's internals.
 */
export class BuiltinRegistry {
    private readonly statics = new Map<string, Map<string, StaticMethod>>();
    private readonly constructors = new Map<string, BuiltinConstructor>();
    private readonly instance: InstanceTables = {
        String: new Map(),
        Boolean: new Map(),
        Integer: new Map(),
        Long: new Map(),
        Double: new Map(),
        Decimal: new Map(),
        List: new Map(),
        Set: new Map(),
        Map: new Map(),
        Enum: new Map(),
        Type: new Map(),
        Date: new Map(),
        Blob: new Map(),
        Datetime: new Map(),
        Time: new Map(),
        Exception: new Map(),
        SObject: new Map(),
        BuiltinObject: new Map()
    };

    /** Registers a static method: `registry.addStatic('Math', 'max', ...)`. */
    addStatic(typeName: string, methodName: string, method: StaticMethod): void {
        const key = typeName.toLowerCase();
        const table = this.statics.get(key) ?? new Map<string, StaticMethod>();
        table.set(methodName.toLowerCase(), method);
        this.statics.set(key, table);
    }

    /** Registers the constructor of a standard library class, by its qualified name. */
    addConstructor(className: string, construct: BuiltinConstructor): void {
        this.constructors.set(className.toLowerCase(), construct);
    }

    constructorOf(className: string): BuiltinConstructor | undefined {
        return this.constructors.get(className.toLowerCase());
    }

    addInstance<K extends ReceiverKind>(kind: K, methodName: string, method: InstanceMethod<ReceiverTypes[K]>): void {
        this.instance[kind].set(methodName.toLowerCase(), method);
    }

    /** Whether any static method is registered for the type, e.g. `Math` or `Assert`. */
    hasStaticType(typeName: string): boolean {
        return this.statics.has(typeName.toLowerCase());
    }

    staticMethod(typeName: string, methodName: string): StaticMethod | undefined {
        return this.statics.get(typeName.toLowerCase())?.get(methodName.toLowerCase());
    }

    instanceMethod<K extends ReceiverKind>(kind: K, methodName: string): InstanceMethod<ReceiverTypes[K]> | undefined {
        return this.instance[kind].get(methodName.toLowerCase());
    }

    /** The built-in method `name` of this receiver, bound to it; undefined when there is none. */
    bind(receiver: Exclude<ApexValue, null>, name: string): BoundMethod | undefined {
        const bound = <R>(method: InstanceMethod<R> | undefined, value: R): BoundMethod | undefined =>
            method === undefined ? undefined : (site, args) => method(site, value, args);
        if (typeof receiver === 'string') {
            return bound(this.instanceMethod('String', name), receiver);
        }
        if (typeof receiver === 'boolean') {
            return bound(this.instanceMethod('Boolean', name), receiver);
        }
        switch (receiver.kind) {
            case 'Integer':
                return bound(this.instanceMethod('Integer', name), receiver);
            case 'Long':
                return bound(this.instanceMethod('Long', name), receiver);
            case 'Double':
                return bound(this.instanceMethod('Double', name), receiver);
            case 'Decimal':
                return bound(this.instanceMethod('Decimal', name), receiver);
            case 'List':
                return bound(this.instanceMethod('List', name), receiver);
            case 'Set':
                return bound(this.instanceMethod('Set', name), receiver);
            case 'Map':
                return bound(this.instanceMethod('Map', name), receiver);
            case 'Enum':
                return bound(this.instanceMethod('Enum', name), receiver);
            case 'Type':
                return bound(this.instanceMethod('Type', name), receiver);
            case 'Object':
                if (receiver.exception === null) {
                    return receiver.cls.isBuiltin
                        ? bound(this.instanceMethod('BuiltinObject', `${receiver.cls.name}.${name}`), receiver)
                        : undefined;
                }
                return bound(this.instanceMethod('Exception', name), receiver);
            case 'SObject':
                return bound(this.instanceMethod('SObject', name), receiver);
            case 'Date':
                return bound(this.instanceMethod('Date', name), receiver);
            case 'Datetime':
                return bound(this.instanceMethod('Datetime', name), receiver);
            case 'Time':
                return bound(this.instanceMethod('Time', name), receiver);
            case 'Blob':
                return bound(this.instanceMethod('Blob', name), receiver);
        }
    }
}

export type BoundMethod = (site: CallSite, args: readonly ApexValue[]) => ApexValue;

/** The registry key of a read-only property of a standard library object (`EventBus.TriggerContext.retries`). */
export function builtinPropertyKey(className: string, property: string): string {
    return `${className}.property:${property}`;
}

/** The key a writable property of a standard library class registers its setter under. */
export function builtinPropertySetterKey(className: string, property: string): string {
    return `${className}.setProperty:${property}`;
}
