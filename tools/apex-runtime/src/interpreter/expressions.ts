import type { AssignOperator, BinaryOperator, Expression, SourceLocation } from '../parser/ast';
import { OBJECT_TYPE, primitiveNamed, typeName, type ApexType } from '../types/apex-type';
import type { ClassInfo, TypeInfo } from '../types/class-table';
import { UnsupportedError } from '../unsupported';
import { callMethod } from './calls';
import { castValue } from './casts';
import { addToCollection, indexList, putInMap, setListIndex } from './collections';
import { coerce, isInstanceOf } from './conversion';
import { parseDecimal } from './decimal';
import { apexEquals } from './equality';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { construct, findMember, isStaticMember, readMember, writeMember } from './invocation';
import { ArithmeticFault, arithmetic, bitwise, compareNumbers, negate } from './operators';
import { newRecord, readField, writeField } from './sobjects';
import { double, integer, isNumber, long, newList, newMap, newSet, type ApexSObject, type ApexValue } from './values';

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
            throw new UnsupportedError('SOQL query', expression.loc);
        case 'sosl':
            throw new UnsupportedError('SOSL search', expression.loc);
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
            const object = target.value;
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
                throw new UnsupportedError(`field ${object.cls.name}.${name}`, loc);
            }
            if (typeof object === 'object' && object.kind === 'SObject') {
                return {
                    get: () => readField(object, name, loc),
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

function evaluateUnary(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'unary' }>,
    frame: Frame
): ApexValue {
    const operand = evaluate(interpreter, expression.operand, frame);
    if (operand === null) {
        return interpreter.nullPointer();
    }
    switch (expression.op) {
        case '!':
            if (typeof operand !== 'boolean') {
                throw new UnsupportedError('! on a value that is not a Boolean', expression.loc);
            }
            return !operand;
        case '-':
        case '+':
            if (!isNumber(operand)) {
                throw new UnsupportedError(`unary ${expression.op} on a non-number`, expression.loc);
            }
            return expression.op === '-' ? negate(operand) : operand;
        case '~':
            if (!isNumber(operand) || (operand.kind !== 'Integer' && operand.kind !== 'Long')) {
                throw new UnsupportedError('~ on a value that is not an Integer or Long', expression.loc);
            }
            return operand.kind === 'Integer' ? integer(~operand.value) : long(~operand.value);
    }
}

function evaluateBinary(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'binary' }>,
    frame: Frame
): ApexValue {
    const { op, loc } = expression;
    if (op === '&&' || op === '||') {
        const left = evaluateCondition(interpreter, expression.left, frame);
        if (op === '&&' ? !left : left) {
            return left;
        }
        return evaluateCondition(interpreter, expression.right, frame);
    }
    if (op === '??') {
        const left = evaluate(interpreter, expression.left, frame);
        return left !== null ? left : evaluate(interpreter, expression.right, frame);
    }
    const left = evaluate(interpreter, expression.left, frame);
    const right = evaluate(interpreter, expression.right, frame);
    return applyBinary(interpreter, op, left, right, loc);
}

/** A binary operator on two evaluated operands. */
export function applyBinary(
    interpreter: Interpreter,
    op: BinaryOperator,
    left: ApexValue,
    right: ApexValue,
    loc: SourceLocation
): ApexValue {
    switch (op) {
        case '==':
            return apexEquals(left, right);
        case '!=':
            return !apexEquals(left, right);
        case '===':
        case '!==':
            return referenceEquals(left, right, loc) === (op === '===');
        case '<':
        case '>':
        case '<=':
        case '>=':
            return compare(op, left, right, loc);
        case '+':
            if (typeof left === 'string' || typeof right === 'string') {
                return interpreter.stringOf(left) + interpreter.stringOf(right);
            }
            return numeric(interpreter, op, left, right, loc);
        case '-':
        case '*':
        case '/':
            return numeric(interpreter, op, left, right, loc);
        case '&':
        case '|':
        case '^':
        case '<<':
        case '>>':
        case '>>>':
            if (left === null || right === null) {
                return interpreter.nullPointer();
            }
            if (!isNumber(left) || !isNumber(right)) {
                throw new UnsupportedError(`operator ${op} on ${typeof left} and ${typeof right}`, loc);
            }
            return bitwise(op, left, right);
        case '&&':
        case '||':
        case '??':
            throw new Error(`${op} is evaluated lazily`);
    }
}

function numeric(
    interpreter: Interpreter,
    op: '+' | '-' | '*' | '/',
    left: ApexValue,
    right: ApexValue,
    loc: SourceLocation
): ApexValue {
    if (left === null || right === null) {
        return interpreter.nullPointer();
    }
    if (!isNumber(left) || !isNumber(right)) {
        throw new UnsupportedError(`operator ${op} on these operand types`, loc);
    }
    try {
        return arithmetic(op, left, right);
    } catch (error) {
        if (error instanceof ArithmeticFault) {
            return interpreter.throwSystem(error.exceptionType, error.message);
        }
        throw error;
    }
}

/**
 * <, >, <=, >=: by value for numbers; when either number is null the result is false, and a
 * non-null String is greater than null (Expression Operators).
 */
function compare(op: '<' | '>' | '<=' | '>=', left: ApexValue, right: ApexValue, loc: SourceLocation): boolean {
    if (left === null || right === null) {
        const other = left ?? right;
        if (other === null || isNumber(other)) {
            return false;
        }
        if (typeof other === 'string') {
            const leftGreater = left !== null;
            return op === '>' || op === '>=' ? leftGreater : !leftGreater;
        }
        throw new UnsupportedError(`comparing null with a ${typeof other}`, loc);
    }
    if (isNumber(left) && isNumber(right)) {
        const order = compareNumbers(left, right);
        switch (op) {
            case '<':
                return order < 0;
            case '>':
                return order > 0;
            case '<=':
                return order <= 0;
            case '>=':
                return order >= 0;
        }
    }
    throw new UnsupportedError(
        `operator ${op} on ${typeof left === 'string' ? 'Strings' : 'these operand types'}`,
        loc
    );
}

function referenceEquals(left: ApexValue, right: ApexValue, loc: SourceLocation): boolean {
    if (left === null || right === null) {
        return left === right;
    }
    if (typeof left === 'object' && typeof right === 'object' && ['Object', 'List', 'Set', 'Map'].includes(left.kind)) {
        return left === right;
    }
    throw new UnsupportedError('=== on values that are not objects or collections', loc);
}

// ---------------------------------------------------------------- creation

function elementTypes(type: ApexType): { element: ApexType; key: ApexType; value: ApexType } {
    if (type.kind === 'list' || type.kind === 'set') {
        return { element: type.element, key: OBJECT_TYPE, value: OBJECT_TYPE };
    }
    if (type.kind === 'map') {
        return { element: OBJECT_TYPE, key: type.key, value: type.value };
    }
    return { element: OBJECT_TYPE, key: OBJECT_TYPE, value: OBJECT_TYPE };
}

function evaluateNew(
    interpreter: Interpreter,
    expression: Extract<Expression, { kind: 'new' | 'newWithFields' | 'newCollection' | 'newMap' | 'newArray' }>,
    frame: Frame
): ApexValue {
    const type = interpreter.resolveType(expression.type, frame.cls);
    const { element, key, value: valueType } = elementTypes(type);
    switch (expression.kind) {
        case 'newArray': {
            const size = evaluate(interpreter, expression.size, frame);
            if (size === null || !isNumber(size) || size.kind !== 'Integer') {
                throw new UnsupportedError('an array size that is not an Integer', expression.loc);
            }
            return newList(element, new Array<ApexValue>(size.value).fill(null));
        }
        case 'newCollection': {
            const elements = expression.elements.map((item) => evaluate(interpreter, item, frame));
            if (type.kind === 'map' && elements.length === 0) {
                return newMap(key, valueType);
            }
            if (type.kind !== 'list' && type.kind !== 'set') {
                throw new UnsupportedError(`an initialiser list for ${typeName(type)}`, expression.loc);
            }
            const collection = type.kind === 'list' ? newList(element) : newSet(element);
            elements.forEach((item) => addToCollection(collection, item));
            return collection;
        }
        case 'newMap': {
            if (type.kind !== 'map') {
                throw new UnsupportedError(`a key => value initialiser for ${typeName(type)}`, expression.loc);
            }
            const map = newMap(key, valueType);
            for (const entry of expression.entries) {
                putInMap(map, evaluate(interpreter, entry.key, frame), evaluate(interpreter, entry.value, frame));
            }
            return map;
        }
        case 'newWithFields': {
            const record = newRecordOf(interpreter, type, expression.loc);
            for (const field of expression.fields) {
                writeField(record, field.name, evaluate(interpreter, field.value, frame), expression.loc);
            }
            return record;
        }
        case 'new': {
            const args = expression.args.map((arg) => evaluate(interpreter, arg, frame));
            return newOf(interpreter, type, args, expression.loc);
        }
    }
}

function newOf(interpreter: Interpreter, type: ApexType, args: readonly ApexValue[], loc: SourceLocation): ApexValue {
    switch (type.kind) {
        case 'class':
            return construct(interpreter, type.cls, args, loc);
        case 'list':
        case 'set': {
            const collection = type.kind === 'list' ? newList(type.element) : newSet(type.element);
            if (args.length === 0) {
                return collection;
            }
            const [source] = args;
            if (
                args.length === 1 &&
                source !== null &&
                typeof source === 'object' &&
                (source.kind === 'List' || source.kind === 'Set')
            ) {
                const items = source.kind === 'List' ? source.items : [...source.entries.values()];
                items.forEach((item) => addToCollection(collection, item));
                return collection;
            }
            throw new UnsupportedError(`new ${typeName(type)} from these arguments`, loc);
        }
        case 'map': {
            const map = newMap(type.key, type.value);
            const [source] = args;
            if (args.length === 0) {
                return map;
            }
            if (args.length === 1 && source !== null && typeof source === 'object' && source.kind === 'Map') {
                source.entries.forEach((entry) => putInMap(map, entry.key, entry.value));
                return map;
            }
            throw new UnsupportedError(`new ${typeName(type)} from these arguments`, loc);
        }
        case 'sobject':
            if (args.length > 0) {
                throw new UnsupportedError(`new ${type.name} with constructor arguments`, loc);
            }
            return newRecordOf(interpreter, type, loc);
        default:
            throw new UnsupportedError(`new ${typeName(type)}`, loc);
    }
}

/** A new record of an object in the schema; the generic SObject cannot be instantiated. */
function newRecordOf(interpreter: Interpreter, type: ApexType, loc: SourceLocation): ApexSObject {
    const schema = type.kind === 'sobject' ? interpreter.schema.object(type.name) : undefined;
    if (schema === undefined) {
        throw new UnsupportedError(`new ${typeName(type)}(field = value, ...)`, loc);
    }
    return newRecord(schema);
}
