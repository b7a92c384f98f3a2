import type { AssignOperator, BinaryOperator, Expression, SourceLocation } from '../parser/ast';
import { primitiveNamed } from '../types/apex-type';
import type { ClassInfo, TypeInfo } from '../types/class-table';
import { UnsupportedError } from '../unsupported';
import { builtinPropertyKey, builtinPropertySetterKey } from './builtins';
import { callMethod } from './calls';
import { castValue } from './casts';
import { indexList, setListIndex } from './collections';
import { evaluateNew } from './creation';
import { coerce, isInstanceOf } from './conversion';
import { parseDecimal } from './decimal';
import type { Frame } from './frame';
import { describeObjectNamed, describeProperty, SCHEMA_SOBJECT_TYPES } from './schema-describe';
import type { Interpreter } from './interpreter';
import { findMember, isStaticMember, readMember, writeMember } from './invocation';
import { evaluateBinary, evaluateUnary, applyBinary } from './operator-expressions';
import { arithmetic } from './operators';
import { readField, sObjectFieldToken, sObjectTypeToken, writeField } from './sobjects';
import { inlineQuery } from './soql';
import { inlineSearch } from './sosl';
import { triggerVariable } from './triggers';
import { double, integer, isNumber, long, type ApexValue } from './values';

/**
 * What the left of a dot names: a value, a type of the project or a built-in type whose static
 * members follow, or a null-safe chain that already stopped at null.
 */
export type Target =
    | { kind: 'value'; value: ApexValue }
    | { kind: 'type'; info: TypeInfo }
    | { kind: 'builtinType'; name: string }
    | { kind: 'shortCircuit' };

/** A place a value can be stored: a variable, a field, a property or a list element. */
interface Reference {
    get(): ApexValue;
    set(value: ApexValue): void;
}

export function evaluate(interpreter: Interpreter, expression: Expression, frame: Frame): ApexValue {
    const target = evaluateTarget(interpreter, expression, frame);
    switch (target.kind) {
        case 'value':
            return target.value;
        case 'shortCircuit':
            return null;
        case 'type':
        case 'builtinType':
            throw new UnsupportedError(`a type name used as a value: ${describe(expression)}`, expression.loc);
    }
}

/** A condition must be a Boolean; a null condition dereferences null. */
export function evaluateCondition(interpreter: Interpreter, expression: Expression, frame: Frame): boolean {
    const value = evaluate(interpreter, expression, frame);
    if (value === null) {
        return interpreter.nullPointer();
    }
    if (typeof value !== 'boolean') {
        throw new UnsupportedError('a condition that is not a Boolean', expression.loc);
    }
    return value;
}

function describe(expression: Expression): string {
    switch (expression.kind) {
        case 'name':
            return expression.name;
        case 'field':
            return `${describe(expression.target)}.${expression.name}`;
        default:
            return expression.kind;
    }
}

function value(value: ApexValue): Target {
    return { kind: 'value', value };
}

export function evaluateTarget(interpreter: Interpreter, expression: Expression, frame: Frame): Target {
    switch (expression.kind) {
        case 'literal':
            return value(numericLiteral(expression.type, expression.text, expression.loc));
        case 'string':
            return value(expression.value);
        case 'boolean':
            return value(expression.value);
        case 'null':
            return value(null);
        case 'this':
            if (frame.self === null) {
                throw new UnsupportedError('this in static code', expression.loc);
            }
            return value(frame.self);
        case 'super':
            throw new UnsupportedError('super outside a method call', expression.loc);
        case 'name':
            return resolveName(interpreter, expression.name, frame, expression.loc);
        case 'field':
            return evaluateField(interpreter, expression, frame);
        case 'call':
            return callMethod(interpreter, expression, frame);
        case 'constructorCall':
            throw new UnsupportedError(
                `${expression.which}(...) outside the first statement of a constructor`,
                expression.loc
            );
        case 'index': {
            const list = evaluate(interpreter, expression.target, frame);
            const index = evaluate(interpreter, expression.index, frame);
            return value(indexList(interpreter, list, index));
        }
        case 'classLiteral':
            return value({
                kind: 'Type',
                type: expression.type === null ? { kind: 'void' } : interpreter.resolveType(expression.type, frame.cls)
            });
        case 'new':
        case 'newWithFields':
        case 'newCollection':
        case 'newMap':
        case 'newArray':
            return value(evaluateNew(interpreter, expression, frame));
        case 'unary':
            return value(evaluateUnary(interpreter, expression, frame));
        case 'increment':
            return value(evaluateIncrement(interpreter, expression, frame));
        case 'binary':
            return value(evaluateBinary(interpreter, expression, frame));
        case 'instanceof':
            return value(
                isInstanceOf(
                    evaluate(interpreter, expression.operand, frame),
                    interpreter.resolveType(expression.type, frame.cls)
                )
            );
        case 'cast':
            return value(
                castValue(
                    interpreter,
                    evaluate(interpreter, expression.operand, frame),
                    interpreter.resolveType(expression.type, frame.cls)
                )
            );
        case 'conditional':
            return value(
                evaluateCondition(interpreter, expression.condition, frame)
                    ? evaluate(interpreter, expression.whenTrue, frame)
                    : evaluate(interpreter, expression.whenFalse, frame)
            );
        case 'assign':
            return value(evaluateAssign(interpreter, expression, frame));
        case 'soql':
            return value(inlineQuery(interpreter, expression.text, frame, expression.loc));
        case 'sosl':
            return value(inlineSearch(interpreter, expression.text, frame, expression.loc));
    }
}

function numericLiteral(type: 'Integer' | 'Long' | 'Double' | 'Decimal', text: string, loc: SourceLocation): ApexValue {
    switch (type) {
        case 'Integer':
            return integer(Number(text));
        case 'Long':
            return long(BigInt(text));
        case 'Double':
            return double(Number(text));
        case 'Decimal': {
            const parsed = parseDecimal(text);
            if (parsed === null) {
                throw new UnsupportedError(`Decimal literal ${text}`, loc);
            }
            return parsed;
        }
    }
}

// ---------------------------------------------------------------- names and fields

/** A simple name: a local variable, a field or property of this class or an enclosing one, then a type. */
function resolveName(interpreter: Interpreter, name: string, frame: Frame, loc: SourceLocation): Target {
    const reference = nameReference(interpreter, name, frame, loc);
    if (reference !== undefined) {
        return value(reference.get());
    }
    return resolveTypeName(interpreter, [name], frame.cls, loc);
}

function nameReference(
    interpreter: Interpreter,
    name: string,
    frame: Frame,
    loc: SourceLocation
): Reference | undefined {
    const variable = frame.scope.lookup(name);
    if (variable !== undefined) {
        return {
            get: () => variable.value,
            set: (newValue) => {
                variable.value = coerce(newValue, variable.type);
            }
        };
    }
    const key = name.toLowerCase();
    const accessor = frame.accessorOf;
    if (accessor !== null && accessor.name.toLowerCase() === key && frame.cls !== null) {
        const storage = accessor.isStatic ? interpreter.staticValues(frame.cls) : frame.self?.fields;
        if (storage === undefined) {
            throw new UnsupportedError(`instance property ${accessor.name} from static code`, loc);
        }
        const type = interpreter.resolveType(accessor.type, frame.cls);
        return { get: () => storage.get(key) ?? null, set: (newValue) => storage.set(key, coerce(newValue, type)) };
    }
    for (let cls: ClassInfo | null = frame.cls; cls !== null; cls = cls.outer) {
        const member = findMember(cls, name);
        if (member !== undefined && (cls === frame.cls || isStaticMember(member))) {
            const self = isStaticMember(member) ? null : frame.self;
            return {
                get: () => readMember(interpreter, member, self, loc),
                set: (newValue) => writeMember(interpreter, member, self, newValue, loc)
            };
        }
    }
    return undefined;
}

/** How an object's name (`Account` in `Account.SObjectType`) is kept as a built-in type target. */
export const SOBJECT_PREFIX = 'sobject:';

/** A dotted name that is not a value: a class of the project, a System type or a built-in one. */
export function resolveTypeName(
    interpreter: Interpreter,
    path: readonly string[],
    from: ClassInfo | null,
    loc: SourceLocation
): Target {
    const info = interpreter.table.resolve(path, from);
    if (info !== undefined) {
        return { kind: 'type', info };
    }
    const last = path[path.length - 1] ?? '';
    const qualifiedBySystem = path.length === 2 && path[0]?.toLowerCase() === 'system';
    if ((path.length === 1 || qualifiedBySystem) && last.toLowerCase() === 'label') {
        return { kind: 'builtinType', name: 'Label' };
    }
    if (path.length === 1 && last.toLowerCase() === 'trigger') {
        return { kind: 'builtinType', name: 'Trigger' };
    }
    if (path.length === 1 && last.toLowerCase() === 'schema') {
        return { kind: 'builtinType', name: 'Schema' };
    }
    const object = path.length === 1 ? interpreter.schema.object(last) : undefined;
    if (object !== undefined) {
        return { kind: 'builtinType', name: `${SOBJECT_PREFIX}${object.apiName}` };
    }
    if (path.length === 1 || qualifiedBySystem) {
        if (primitiveNamed(last) !== undefined || interpreter.builtins.hasStaticType(last)) {
            return { kind: 'builtinType', name: primitiveNamed(last) ?? last };
        }
    }
    throw new UnsupportedError(`name ${path.join('.')}`, loc);
}

function evaluateField(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'field' }>,
    frame: Frame
): Target {
    const reference = fieldReference(interpreter, expression, frame);
    if (reference === 'shortCircuit') {
        return { kind: 'shortCircuit' };
    }
    return 'get' in reference ? value(reference.get()) : reference;
}

/** `a.b`: a static member, an inner type or enum constant, or a field of the object `a` evaluates to. */
function fieldReference(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'field' }>,
    frame: Frame
): Reference | Target | 'shortCircuit' {
    const { loc, name } = expression;
    const target = evaluateTarget(interpreter, expression.target, frame);
    switch (target.kind) {
        case 'shortCircuit':
            return 'shortCircuit';
        case 'builtinType':
            if (target.name.toLowerCase() === 'system') {
                return resolveTypeName(interpreter, ['System', name], null, loc);
            }
            if (target.name === 'Label') {
                return value(customLabel(interpreter, name, loc));
            }
            if (target.name === 'Trigger') {
                return value(triggerVariable(interpreter, name, loc));
            }
            if (target.name === 'Schema' && name.toLowerCase() === 'sobjecttype') {
                return { kind: 'builtinType', name: SCHEMA_SOBJECT_TYPES };
            }
            if (target.name === SCHEMA_SOBJECT_TYPES) {
                return value(describeObjectNamed(interpreter, name, loc));
            }
            if (target.name.startsWith(SOBJECT_PREFIX) && name.toLowerCase() === 'sobjecttype') {
                return value(sObjectTypeToken(interpreter, target.name.slice(SOBJECT_PREFIX.length)));
            }
            if (target.name.startsWith(SOBJECT_PREFIX)) {
                const object = interpreter.schema.object(target.name.slice(SOBJECT_PREFIX.length));
                if (object !== undefined && object.fields.has(name.toLowerCase())) {
                    return value(sObjectFieldToken(interpreter, object, name, loc));
                }
            }
            // A type of a namespace the standard library implements: EventBus.TriggerContext.
            if (interpreter.builtins.hasStaticType(`${target.name}.${name}`)) {
                return { kind: 'builtinType', name: `${target.name}.${name}` };
            }
            throw new UnsupportedError(`static property ${target.name}.${name}`, loc);
        case 'type': {
            const info = target.info;
            if (info.kind === 'enum') {
                const constant = interpreter
                    .enumConstants(info)
                    .find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
                if (constant === undefined) {
                    throw new UnsupportedError(`enum constant ${info.name}.${name}`, loc);
                }
                return value(constant);
            }
            const member = findMember(info, name);
            if (member !== undefined && isStaticMember(member)) {
                return {
                    get: () => readMember(interpreter, member, null, loc),
                    set: (newValue) => writeMember(interpreter, member, null, newValue, loc)
                };
            }
            const inner = info.innerTypes.get(name.toLowerCase());
            if (inner !== undefined) {
                return { kind: 'type', info: inner };
            }
            throw new UnsupportedError(`static member ${info.name}.${name}`, loc);
        }
        case 'value': {
            const object = singleRowOf(target.value);
            if (object === null) {
                return expression.nullSafe ? 'shortCircuit' : interpreter.nullPointer();
            }
            if (typeof object === 'object' && object.kind === 'Object') {
                const member = findMember(object.cls, name);
                if (member !== undefined && !isStaticMember(member)) {
                    return {
                        get: () => readMember(interpreter, member, object, loc),
                        set: (newValue) => writeMember(interpreter, member, object, newValue, loc)
                    };
                }
                if (object.cls.isBuiltin) {
                    // Describe results answer for any field name; other library classes register theirs.
                    const described = describeProperty(interpreter, object, name, loc);
                    if (described !== undefined) {
                        return value(described);
                    }
                    const property = interpreter.builtins.instanceMethod(
                        'BuiltinObject',
                        builtinPropertyKey(object.cls.name, name)
                    );
                    if (property !== undefined) {
                        const setter = interpreter.builtins.instanceMethod(
                            'BuiltinObject',
                            builtinPropertySetterKey(object.cls.name, name)
                        );
                        if (setter === undefined) {
                            return value(property({ interpreter, loc }, object, []));
                        }
                        return {
                            get: () => property({ interpreter, loc }, object, []),
                            set: (newValue) => {
                                setter({ interpreter, loc }, object, [newValue]);
                            }
                        };
                    }
                }
                throw new UnsupportedError(`field ${object.cls.name}.${name}`, loc);
            }
            if (typeof object === 'object' && object.kind === 'SObject') {
                return {
                    get: () => readField(interpreter, object, name, loc),
                    set: (newValue) => writeField(object, name, newValue, loc)
                };
            }
            throw new UnsupportedError(
                `field ${name} of a ${typeof object === 'object' ? object.kind : typeof object}`,
                loc
            );
        }
    }
}

/** `System.Label.Name`: the label in the running user's language, its own value when untranslated. */
function customLabel(interpreter: Interpreter, name: string, loc: SourceLocation): string {
    const label = interpreter.labels.valueIn(name, interpreter.userLanguage);
    if (label === undefined) {
        throw new UnsupportedError(`custom label ${name}, which the project does not define`, loc);
    }
    return label;
}

/** Where an assignment or ++/-- stores its value. */
function assignableReference(interpreter: Interpreter, target: Expression, frame: Frame): Reference {
    switch (target.kind) {
        case 'name': {
            const reference = nameReference(interpreter, target.name, frame, target.loc);
            if (reference === undefined) {
                throw new UnsupportedError(`assignment to ${target.name}`, target.loc);
            }
            return reference;
        }
        case 'field': {
            const reference = fieldReference(interpreter, target, frame);
            if (reference === 'shortCircuit' || !('get' in reference)) {
                throw new UnsupportedError(`assignment to ${describe(target)}`, target.loc);
            }
            return reference;
        }
        case 'index': {
            const list = evaluate(interpreter, target.target, frame);
            const index = evaluate(interpreter, target.index, frame);
            return {
                get: () => indexList(interpreter, list, index),
                set: (newValue) => setListIndex(interpreter, list, index, newValue)
            };
        }
        default:
            throw new UnsupportedError(`assignment to a ${target.kind} expression`, target.loc);
    }
}

// ---------------------------------------------------------------- operators

/** The operator each compound assignment applies. */
const COMPOUND_OPERATORS: Readonly<Record<Exclude<AssignOperator, '='>, BinaryOperator>> = {
    '+=': '+',
    '-=': '-',
    '*=': '*',
    '/=': '/',
    '&=': '&',
    '|=': '|',
    '^=': '^',
    '<<=': '<<',
    '>>=': '>>',
    '>>>=': '>>>'
};

function evaluateAssign(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'assign' }>,
    frame: Frame
): ApexValue {
    const reference = assignableReference(interpreter, expression.target, frame);
    if (expression.op === '=') {
        const assigned = evaluate(interpreter, expression.value, frame);
        reference.set(assigned);
        return reference.get();
    }
    const current = reference.get();
    const operand = evaluate(interpreter, expression.value, frame);
    const op = COMPOUND_OPERATORS[expression.op];
    reference.set(applyBinary(interpreter, op, current, operand, expression.loc));
    return reference.get();
}

function evaluateIncrement(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'increment' }>,
    frame: Frame
): ApexValue {
    const reference = assignableReference(interpreter, expression.target, frame);
    const before = reference.get();
    if (before === null) {
        return interpreter.nullPointer();
    }
    if (!isNumber(before)) {
        throw new UnsupportedError(`${expression.op} on a ${typeof before}`, expression.loc);
    }
    const after = arithmetic(expression.op === '++' ? '+' : '-', before, integer(1));
    reference.set(after);
    return expression.prefix ? reference.get() : before;
}

/** `[SELECT Name FROM Account].Name` reads the field of the query's one row (langCon_apex_SOQL_single_row). */
function singleRowOf(value: ApexValue): ApexValue {
    return value !== null && typeof value === 'object' && value.kind === 'List' && value.singleRow !== undefined
        ? value.singleRow()
        : value;
}
