import type { Expression, SourceLocation } from '../parser/ast';
import { typeName, type ApexType } from '../types/apex-type';
import type { ClassInfo, ConstructorInfo, FieldInfo, MethodInfo, PropertyInfo } from '../types/class-table';
import { UnsupportedError } from '../unsupported';
import { coerce, isInstanceOf, typeOfValue } from './conversion';
import { evaluate } from './expressions';
import { Scope, type Frame } from './frame';
import { runInitialisers, type Interpreter } from './interpreter';
import { executeBlock } from './statements';
import { isObject, newObject, type ApexObject, type ApexValue } from './values';

export type MethodScope = 'static' | 'instance' | 'any';

/** How well an argument fits a parameter: 3 exact type, 2 subtype or null, 1 numeric widening, 0 not at all. */
function fit(arg: ApexValue, parameter: ApexType): number {
    if (arg === null) {
        return 2;
    }
    const actual = typeOfValue(arg);
    if (typeName(actual).toLowerCase() === typeName(parameter).toLowerCase()) {
        return 3;
    }
    if (isInstanceOf(arg, parameter)) {
        return 2;
    }
    // Ids are Strings at run time; a String is assigned to an Id parameter as to an Id variable.
    if (typeof arg === 'string' && parameter.kind === 'primitive' && parameter.name === 'Id') {
        return 1;
    }
    return coerce(arg, parameter) !== arg ? 1 : 0;
}

function bestOverload<T extends { parameters: MethodInfo['parameters']; owner: ClassInfo }>(
    interpreter: Interpreter,
    candidates: readonly T[],
    args: readonly ApexValue[]
): T | undefined {
    let best: T | undefined;
    let bestScore = -1;
    for (const candidate of candidates) {
        if (candidate.parameters.length !== args.length) {
            continue;
        }
        let score = 0;
        for (let index = 0; index < args.length && score >= 0; index++) {
            const parameter = candidate.parameters[index];
            const points =
                parameter === undefined
                    ? 0
                    : fit(args[index] ?? null, interpreter.resolveType(parameter.type, candidate.owner));
            score = points === 0 ? -1 : score + points;
        }
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

/**
 * The method a call runs: searched from `cls` up its superclasses, so an override in a subclass
 * wins over the method it overrides; overloads are chosen by the arguments' run-time types.
 */
export function selectMethod(
    interpreter: Interpreter,
    cls: ClassInfo,
    name: string,
    args: readonly ApexValue[],
    scope: MethodScope
): MethodInfo | undefined {
    const key = name.toLowerCase();
    const candidates: MethodInfo[] = [];
    for (let current: ClassInfo | null = cls; current !== null; current = current.superclass) {
        for (const method of current.methods.get(key) ?? []) {
            const scopeMatches = scope === 'any' || (scope === 'static') === method.isStatic;
            if (scopeMatches && method.body !== null) {
                candidates.push(method);
            }
        }
    }
    return bestOverload(interpreter, candidates, args);
}

/** Declares the parameters, converted to their declared types, in a fresh scope. */
function bindParameters(
    interpreter: Interpreter,
    owner: ClassInfo,
    parameters: MethodInfo['parameters'],
    args: readonly ApexValue[]
): Scope {
    const scope = new Scope(null);
    parameters.forEach((parameter, index) => {
        const type = interpreter.resolveType(parameter.type, owner);
        scope.declare(parameter.name, type, coerce(args[index] ?? null, type));
    });
    return scope;
}

export function invokeMethod(
    interpreter: Interpreter,
    method: MethodInfo,
    self: ApexObject | null,
    args: readonly ApexValue[],
    callLoc: SourceLocation
): ApexValue {
    if (method.body === null) {
        throw new Error(`abstract method ${method.owner.name}.${method.name} has no body`);
    }
    interpreter.ensureInitialised(method.owner);
    const scope = bindParameters(interpreter, method.owner, method.parameters, args);
    const frame = interpreter.pushFrame({
        cls: method.owner,
        self: method.isStatic ? null : self,
        name: `Class.${method.owner.name}.${method.name}`,
        accessorOf: null,
        loc: callLoc,
        scope
    });
    try {
        const completion = executeBlock(interpreter, method.body, frame);
        if (completion.kind === 'return' && method.returnType !== null) {
            return coerce(completion.value, interpreter.resolveType(method.returnType, method.owner));
        }
        return null;
    } finally {
        interpreter.popFrame();
    }
}

// ---------------------------------------------------------------- construction

/** `new Cls(args)`: static initialisation, then the constructor chain. */
export function construct(
    interpreter: Interpreter,
    cls: ClassInfo,
    args: readonly ApexValue[],
    loc: SourceLocation
): ApexObject {
    if (cls.kind === 'interface' || cls.isAbstract) {
        throw new UnsupportedError(`instantiating the abstract type ${cls.name}`, loc);
    }
    if (cls.isBuiltin && !interpreter.isException(cls)) {
        const builtin = interpreter.builtins.constructorOf(cls.name);
        if (builtin === undefined) {
            throw new UnsupportedError(`new ${cls.name}(${args.length} argument(s))`, loc);
        }
        return builtin({ interpreter, loc }, args);
    }
    interpreter.ensureInitialised(cls);
    const object = interpreter.isException(cls) ? interpreter.newException(cls, undefined) : newObject(cls);
    runConstructor(interpreter, cls, object, args, loc);
    return object;
}

/**
 * The built-in exception constructors: (), (String message), (Exception cause) and
 * (String message, Exception cause); custom exceptions get them too.
 */
function exceptionConstructor(object: ApexObject, args: readonly ApexValue[], loc: SourceLocation): void {
    const state = object.exception;
    if (state === null) {
        throw new Error('exception without exception state');
    }
    const [first, second] = args;
    if (args.length === 0) {
        return;
    }
    if (args.length === 1 && (typeof first === 'string' || first === null)) {
        state.message = first ?? null;
        return;
    }
    if (args.length === 1 && first !== undefined && isObject(first) && first.exception !== null) {
        throw new UnsupportedError('an exception constructed from its cause alone (its message)', loc);
    }
    if (
        args.length === 2 &&
        (typeof first === 'string' || first === null) &&
        (second === null || isObject(second ?? null))
    ) {
        state.message = first ?? null;
        state.cause = second === null || second === undefined || !isObject(second) ? null : second;
        return;
    }
    throw new UnsupportedError(`exception constructor with ${args.length} argument(s) of these types`, loc);
}

function runConstructor(
    interpreter: Interpreter,
    cls: ClassInfo,
    object: ApexObject,
    args: readonly ApexValue[],
    loc: SourceLocation
): void {
    if (cls.isBuiltin) {
        exceptionConstructor(object, args, loc);
        return;
    }
    const isException = interpreter.isException(cls);
    if (cls.constructors.length === 0) {
        if (args.length > 0 && !isException) {
            throw new UnsupportedError(`constructor ${cls.name}(${args.length} argument(s))`, loc);
        }
        runSuperConstructor(interpreter, cls, object, isException ? args : [], loc);
        runInstanceInitialisers(interpreter, cls, object, loc);
        return;
    }
    const chosen = bestOverload(interpreter, cls.constructors, args);
    if (chosen === undefined && isException) {
        // A custom exception keeps the four built-in constructors beside the ones it declares.
        runSuperConstructor(interpreter, cls, object, args, loc);
        runInstanceInitialisers(interpreter, cls, object, loc);
        return;
    }
    if (chosen === undefined) {
        throw new UnsupportedError(`constructor ${cls.name} for these ${args.length} argument(s)`, loc);
    }
    runDeclaredConstructor(interpreter, chosen, object, args, loc);
}

function runSuperConstructor(
    interpreter: Interpreter,
    cls: ClassInfo,
    object: ApexObject,
    args: readonly ApexValue[],
    loc: SourceLocation
): void {
    if (cls.superclass !== null) {
        runConstructor(interpreter, cls.superclass, object, args, loc);
    } else if (args.length > 0) {
        throw new UnsupportedError(`super(...) with arguments in ${cls.name}, which has no superclass`, loc);
    }
}

function runInstanceInitialisers(
    interpreter: Interpreter,
    cls: ClassInfo,
    object: ApexObject,
    loc: SourceLocation
): void {
    if (cls.instanceInitialisers.length === 0) {
        return;
    }
    const frame = interpreter.pushFrame({ cls, self: object, name: `Class.${cls.name}.<init>`, accessorOf: null, loc });
    try {
        runInitialisers(interpreter, cls, frame, object.fields);
    } finally {
        interpreter.popFrame();
    }
}

/** The explicit `this(...)` or `super(...)` a constructor starts with, if any. */
function chainedCall(constructor: ConstructorInfo): { which: 'this' | 'super'; args: readonly Expression[] } | null {
    const first = constructor.body.statements[0];
    if (first?.kind === 'expression' && first.expression.kind === 'constructorCall') {
        return first.expression;
    }
    return null;
}

function runDeclaredConstructor(
    interpreter: Interpreter,
    constructor: ConstructorInfo,
    object: ApexObject,
    args: readonly ApexValue[],
    loc: SourceLocation
): void {
    const cls = constructor.owner;
    const scope = bindParameters(interpreter, cls, constructor.parameters, args);
    const frame = interpreter.pushFrame({
        cls,
        self: object,
        name: `Class.${cls.name}.<init>`,
        accessorOf: null,
        loc,
        scope
    });
    try {
        const chained = chainedCall(constructor);
        const chainedArgs = chained === null ? [] : chained.args.map((arg) => evaluate(interpreter, arg, frame));
        if (chained?.which === 'this') {
            runConstructor(interpreter, cls, object, chainedArgs, loc);
        } else {
            runSuperConstructor(interpreter, cls, object, chainedArgs, loc);
            runInstanceInitialisers(interpreter, cls, object, loc);
        }
        const rest = chained === null ? constructor.body.statements : constructor.body.statements.slice(1);
        executeBlock(interpreter, { ...constructor.body, statements: rest }, frame);
    } finally {
        interpreter.popFrame();
    }
}

// ---------------------------------------------------------------- fields and properties

export type Member =
    | { kind: 'field'; owner: ClassInfo; field: FieldInfo }
    | { kind: 'property'; owner: ClassInfo; property: PropertyInfo };

/** A field or property declared by the class or inherited from a superclass. */
export function findMember(cls: ClassInfo, name: string): Member | undefined {
    const key = name.toLowerCase();
    for (let current: ClassInfo | null = cls; current !== null; current = current.superclass) {
        const field = current.fields.get(key);
        if (field !== undefined) {
            return { kind: 'field', owner: current, field };
        }
        const property = current.properties.get(key);
        if (property !== undefined) {
            return { kind: 'property', owner: current, property };
        }
    }
    return undefined;
}

export function isStaticMember(member: Member): boolean {
    return member.kind === 'field' ? member.field.isStatic : member.property.isStatic;
}

function storageOf(
    interpreter: Interpreter,
    member: Member,
    self: ApexObject | null,
    loc: SourceLocation
): Map<string, ApexValue> {
    if (isStaticMember(member)) {
        return interpreter.staticValues(member.owner);
    }
    if (self === null) {
        throw new UnsupportedError(`instance member ${member.owner.name}.${memberName(member)} from static code`, loc);
    }
    return self.fields;
}

function memberName(member: Member): string {
    return member.kind === 'field' ? member.field.name : member.property.name;
}

export function memberType(interpreter: Interpreter, member: Member): ApexType {
    return interpreter.resolveType(member.kind === 'field' ? member.field.type : member.property.type, member.owner);
}

export function readMember(
    interpreter: Interpreter,
    member: Member,
    self: ApexObject | null,
    loc: SourceLocation
): ApexValue {
    const storage = storageOf(interpreter, member, self, loc);
    const key = memberName(member).toLowerCase();
    if (member.kind === 'field') {
        return storage.get(key) ?? null;
    }
    const getter = member.property.getter;
    if (getter === null) {
        throw new UnsupportedError(`reading the write-only property ${member.owner.name}.${member.property.name}`, loc);
    }
    if (getter.body === null) {
        return storage.get(key) ?? null;
    }
    const frame = interpreter.pushFrame({
        cls: member.owner,
        self: member.property.isStatic ? null : self,
        name: `Class.${member.owner.name}.${member.property.name}`,
        accessorOf: member.property,
        loc
    });
    try {
        const completion = executeBlock(interpreter, getter.body, frame);
        return completion.kind === 'return' ? coerce(completion.value, memberType(interpreter, member)) : null;
    } finally {
        interpreter.popFrame();
    }
}

export function writeMember(
    interpreter: Interpreter,
    member: Member,
    self: ApexObject | null,
    value: ApexValue,
    loc: SourceLocation
): void {
    const storage = storageOf(interpreter, member, self, loc);
    const key = memberName(member).toLowerCase();
    const converted = coerce(value, memberType(interpreter, member));
    if (member.kind === 'field') {
        storage.set(key, converted);
        return;
    }
    const setter = member.property.setter;
    if (setter === null) {
        throw new UnsupportedError(
            `assigning the read-only property ${member.owner.name}.${member.property.name}`,
            loc
        );
    }
    if (setter.body === null) {
        storage.set(key, converted);
        return;
    }
    const scope = new Scope(null);
    scope.declare('value', memberType(interpreter, member), converted);
    const frame = interpreter.pushFrame({
        cls: member.owner,
        self: member.property.isStatic ? null : self,
        name: `Class.${member.owner.name}.${member.property.name}`,
        accessorOf: member.property,
        loc,
        scope
    });
    try {
        executeBlock(interpreter, setter.body, frame);
    } finally {
        interpreter.popFrame();
    }
}

/** Reads or writes a property's stored value from inside its own accessor. */
export function propertyStorage(
    interpreter: Interpreter,
    frame: Frame,
    property: PropertyInfo,
    owner: ClassInfo
): Map<string, ApexValue> {
    return property.isStatic ? interpreter.staticValues(owner) : (frame.self?.fields ?? new Map<string, ApexValue>());
}
