import type { Expression, SourceLocation } from '../parser/ast';
import type { ClassInfo, EnumInfo } from '../types/class-table';
import { UnsupportedError } from '../unsupported';
import type { CallSite } from './builtins';
import { callObjectStatic } from './custom-metadata';
import { SOBJECT_PREFIX, evaluate, evaluateTarget, type Target } from './expressions';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { invokeMethod, selectMethod } from './invocation';
import { newList, type ApexValue } from './values';

type CallExpression = Extract<Expression, { kind: 'call' }>;

function result(value: ApexValue): Target {
    return { kind: 'value', value };
}

/** A method call: unqualified, on `super`, on a type (static) or on a value (instance). */
export function callMethod(interpreter: Interpreter, expression: CallExpression, frame: Frame): Target {
    const { loc, name } = expression;
    if (expression.target === null) {
        const args = evaluateArgs(interpreter, expression, frame);
        return result(callUnqualified(interpreter, name, args, frame, loc));
    }
    if (expression.target.kind === 'super') {
        const args = evaluateArgs(interpreter, expression, frame);
        return result(callSuper(interpreter, name, args, frame, loc));
    }
    const target = evaluateTarget(interpreter, expression.target, frame);
    if (target.kind === 'shortCircuit') {
        return target;
    }
    if (target.kind === 'value' && target.value === null) {
        return expression.nullSafe ? { kind: 'shortCircuit' } : interpreter.nullPointer();
    }
    const args = evaluateArgs(interpreter, expression, frame);
    const site: CallSite = { interpreter, loc };
    switch (target.kind) {
        case 'builtinType': {
            if (target.name.startsWith(SOBJECT_PREFIX)) {
                const apiName = target.name.slice(SOBJECT_PREFIX.length);
                // A System class named like a standard object (Network) owns the static methods.
                const systemMethod = interpreter.builtins.staticMethod(apiName, name);
                if (systemMethod !== undefined) {
                    return result(systemMethod(site, args));
                }
                return result(callObjectStatic(interpreter, apiName, name, args, loc));
            }
            const method = interpreter.builtins.staticMethod(target.name, name);
            if (method === undefined) {
                throw new UnsupportedError(`${target.name}.${name}`, loc);
            }
            return result(method(site, args));
        }
        case 'type':
            if (target.info.kind === 'enum') {
                return result(callEnumStatic(interpreter, target.info, name, args, loc));
            }
            return result(callStatic(interpreter, target.info, name, args, loc));
        case 'value':
            return result(callOnValue(interpreter, target.value, name, args, site));
    }
}

function evaluateArgs(interpreter: Interpreter, expression: CallExpression, frame: Frame): ApexValue[] {
    return expression.args.map((arg) => evaluate(interpreter, arg, frame));
}

/** `foo(x)`: this class's methods (virtually on `this`), then the static methods of enclosing classes. */
function callUnqualified(
    interpreter: Interpreter,
    name: string,
    args: readonly ApexValue[],
    frame: Frame,
    loc: SourceLocation
): ApexValue {
    for (let cls: ClassInfo | null = frame.cls; cls !== null; cls = cls.outer) {
        const inOwnClass = cls === frame.cls;
        // An abstract or interface method of this class is implemented by the object's class.
        const method =
            selectMethod(interpreter, cls, name, args, inOwnClass ? 'any' : 'static') ??
            (inOwnClass && frame.self !== null
                ? selectMethod(interpreter, frame.self.cls, name, args, 'instance')
                : undefined);
        if (method === undefined) {
            continue;
        }
        if (method.isStatic) {
            return invokeMethod(interpreter, method, null, args, loc);
        }
        if (frame.self === null) {
            throw new UnsupportedError(`instance method ${method.owner.name}.${name} from static code`, loc);
        }
        const dispatched = selectMethod(interpreter, frame.self.cls, name, args, 'instance') ?? method;
        return invokeMethod(interpreter, dispatched, frame.self, args, loc);
    }
    throw new UnsupportedError(`method ${name}(${args.length} argument(s))`, loc);
}

function callSuper(
    interpreter: Interpreter,
    name: string,
    args: readonly ApexValue[],
    frame: Frame,
    loc: SourceLocation
): ApexValue {
    const superclass = frame.cls?.superclass ?? null;
    if (superclass === null || frame.self === null) {
        throw new UnsupportedError(`super.${name} without a superclass instance`, loc);
    }
    if (superclass.isBuiltin) {
        return callBuiltinInstance(interpreter, frame.self, name, args, { interpreter, loc });
    }
    const method = selectMethod(interpreter, superclass, name, args, 'instance');
    if (method === undefined) {
        throw new UnsupportedError(`super.${name}(${args.length} argument(s))`, loc);
    }
    return invokeMethod(interpreter, method, frame.self, args, loc);
}

function callStatic(
    interpreter: Interpreter,
    cls: ClassInfo,
    name: string,
    args: readonly ApexValue[],
    loc: SourceLocation
): ApexValue {
    const method = selectMethod(interpreter, cls, name, args, 'static');
    if (method === undefined) {
        throw new UnsupportedError(`static method ${cls.name}.${name}(${args.length} argument(s))`, loc);
    }
    return invokeMethod(interpreter, method, null, args, loc);
}

/**
 * values() and valueOf(String), which every enum has (Enum Methods,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_methods_system_enum.htm).
 */
function callEnumStatic(
    interpreter: Interpreter,
    info: EnumInfo,
    name: string,
    args: readonly ApexValue[],
    loc: SourceLocation
): ApexValue {
    const constants = interpreter.enumConstants(info);
    const key = name.toLowerCase();
    if (key === 'values' && args.length === 0) {
        return newList({ kind: 'enum', info }, [...constants]);
    }
    if (key === 'valueof' && args.length === 1 && typeof args[0] === 'string') {
        const wanted = args[0].toLowerCase();
        const found = constants.find((constant) => constant.name.toLowerCase() === wanted);
        if (found === undefined) {
            throw new UnsupportedError(`${info.name}.valueOf with a name that is not a constant (its exception)`, loc);
        }
        return found;
    }
    throw new UnsupportedError(`${info.name}.${name}`, loc);
}

function callOnValue(
    interpreter: Interpreter,
    receiver: ApexValue,
    name: string,
    args: readonly ApexValue[],
    site: CallSite
): ApexValue {
    if (receiver === null) {
        return interpreter.nullPointer();
    }
    if (typeof receiver === 'object' && receiver.kind === 'Object') {
        const method = selectMethod(interpreter, receiver.cls, name, args, 'instance');
        if (method !== undefined) {
            return invokeMethod(interpreter, method, receiver, args, site.loc);
        }
    }
    return callBuiltinInstance(interpreter, receiver, name, args, site);
}

function callBuiltinInstance(
    interpreter: Interpreter,
    receiver: Exclude<ApexValue, null>,
    name: string,
    args: readonly ApexValue[],
    site: CallSite
): ApexValue {
    const method = interpreter.builtins.bind(receiver, name);
    if (method === undefined) {
        const owner =
            typeof receiver === 'object'
                ? receiver.kind === 'Object'
                    ? receiver.cls.name
                    : receiver.kind
                : typeof receiver === 'string'
                  ? 'String'
                  : 'Boolean';
        throw new UnsupportedError(`${owner}.${name}(${args.length} argument(s))`, site.loc);
    }
    return method(site, args);
}
