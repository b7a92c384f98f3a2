import {
    Arth1ExpressionContext,
    Arth2ExpressionContext,
    ArrayExpressionContext,
    AssignExpressionContext,
    BitAndExpressionContext,
    BitExpressionContext,
    BitNotExpressionContext,
    BitOrExpressionContext,
    CastExpressionContext,
    CmpExpressionContext,
    CoalExpressionContext,
    CondExpressionContext,
    DotExpressionContext,
    EqualityExpressionContext,
    IdPrimaryContext,
    InstanceOfExpressionContext,
    LiteralPrimaryContext,
    LogAndExpressionContext,
    LogOrExpressionContext,
    MethodCallExpressionContext,
    NegExpressionContext,
    NewExpressionContext,
    PostOpExpressionContext,
    PreOpExpressionContext,
    PrimaryExpressionContext,
    SoqlPrimaryContext,
    SoslPrimaryContext,
    SubExpressionContext,
    SuperPrimaryContext,
    ThisPrimaryContext,
    TypeRefPrimaryContext,
    VoidPrimaryContext
} from '@apexdevtools/apex-parser';
import type {
    CreatorContext,
    ExpressionContext,
    ExpressionListContext,
    LiteralContext,
    MethodCallContext,
    PrimaryContext
} from '@apexdevtools/apex-parser';
import type { AssignOperator, BinaryOperator, Expression, FieldInitialiser, SourceLocation, TypeRef } from './ast';
import {
    fail,
    locationOf,
    lowerTypeList,
    lowerTypeRef,
    present,
    sourceTextOf,
    unquote,
    type LowerContext
} from './lower-common';

export function lowerExpressionList(context: LowerContext, node: ExpressionListContext | null): Expression[] {
    return present(node) ? node.expression_list().map((expression) => lowerExpression(context, expression)) : [];
}

function pair(context: LowerContext, node: ExpressionContext & { expression(i: number): ExpressionContext }) {
    return { left: lowerExpression(context, node.expression(0)), right: lowerExpression(context, node.expression(1)) };
}

function binary(
    context: LowerContext,
    node: ExpressionContext & { expression(i: number): ExpressionContext },
    op: BinaryOperator
): Expression {
    return { kind: 'binary', loc: locationOf(context, node), op, ...pair(context, node) };
}

/** `<>` is another spelling of `!=`. */
const EQUALITY_OPERATORS: Readonly<Record<string, BinaryOperator>> = {
    '==': '==',
    '!=': '!=',
    '<>': '!=',
    '===': '===',
    '!==': '!=='
};

const ASSIGN_OPERATORS: Readonly<Record<string, AssignOperator>> = {
    '=': '=',
    '+=': '+=',
    '-=': '-=',
    '*=': '*=',
    '/=': '/=',
    '&=': '&=',
    '|=': '|=',
    '^=': '^=',
    '<<=': '<<=',
    '>>=': '>>=',
    '>>>=': '>>>='
};

/** The operator token between the two operands, as written. */
function operatorText(node: ExpressionContext): string {
    const parts: string[] = [];
    for (const child of node.children ?? []) {
        if ('symbol' in child) {
            parts.push(child.getText());
        }
    }
    return parts.join('');
}

export function lowerExpression(context: LowerContext, node: ExpressionContext): Expression {
    const loc = locationOf(context, node);
    if (node instanceof PrimaryExpressionContext) {
        return lowerPrimary(context, node.primary());
    }
    if (node instanceof DotExpressionContext) {
        const target = lowerExpression(context, node.expression());
        const nullSafe = present(node.QUESTIONDOT());
        const call = node.dotMethodCall();
        if (present(call)) {
            return {
                kind: 'call',
                loc,
                target,
                name: call.anyId().getText(),
                args: lowerExpressionList(context, call.expressionList()),
                nullSafe
            };
        }
        return { kind: 'field', loc, target, name: node.anyId().getText(), nullSafe };
    }
    if (node instanceof ArrayExpressionContext) {
        return {
            kind: 'index',
            loc,
            target: lowerExpression(context, node.expression(0)),
            index: lowerExpression(context, node.expression(1))
        };
    }
    if (node instanceof MethodCallExpressionContext) {
        return lowerMethodCall(context, node.methodCall(), loc);
    }
    if (node instanceof NewExpressionContext) {
        return lowerCreator(context, node.creator(), loc);
    }
    if (node instanceof CastExpressionContext) {
        return {
            kind: 'cast',
            loc,
            type: lowerTypeRef(context, node.typeRef()),
            operand: lowerExpression(context, node.expression())
        };
    }
    if (node instanceof SubExpressionContext) {
        return lowerExpression(context, node.expression());
    }
    if (node instanceof PostOpExpressionContext) {
        return {
            kind: 'increment',
            loc,
            op: present(node.INC()) ? '++' : '--',
            prefix: false,
            target: lowerExpression(context, node.expression())
        };
    }
    if (node instanceof PreOpExpressionContext) {
        const operand = lowerExpression(context, node.expression());
        if (present(node.INC()) || present(node.DEC())) {
            return { kind: 'increment', loc, op: present(node.INC()) ? '++' : '--', prefix: true, target: operand };
        }
        return { kind: 'unary', loc, op: present(node.SUB()) ? '-' : '+', operand };
    }
    if (node instanceof NegExpressionContext) {
        return {
            kind: 'unary',
            loc,
            op: present(node.BANG()) ? '!' : '~',
            operand: lowerExpression(context, node.expression())
        };
    }
    if (node instanceof Arth1ExpressionContext) {
        return binary(context, node, present(node.MUL()) ? '*' : '/');
    }
    if (node instanceof Arth2ExpressionContext) {
        return binary(context, node, present(node.ADD()) ? '+' : '-');
    }
    if (node instanceof BitExpressionContext) {
        const op = node.LT_list().length === 2 ? '<<' : node.GT_list().length === 3 ? '>>>' : '>>';
        return binary(context, node, op);
    }
    if (node instanceof CmpExpressionContext) {
        const greater = present(node.GT());
        const orEqual = present(node.ASSIGN());
        return binary(context, node, greater ? (orEqual ? '>=' : '>') : orEqual ? '<=' : '<');
    }
    if (node instanceof InstanceOfExpressionContext) {
        return {
            kind: 'instanceof',
            loc,
            operand: lowerExpression(context, node.expression()),
            type: lowerTypeRef(context, node.typeRef())
        };
    }
    if (node instanceof EqualityExpressionContext) {
        const op = EQUALITY_OPERATORS[operatorText(node)];
        return op === undefined
            ? fail(context, node, `equality operator ${operatorText(node)}`)
            : binary(context, node, op);
    }
    if (node instanceof BitAndExpressionContext) {
        return binary(context, node, '&');
    }
    if (node instanceof BitNotExpressionContext) {
        return binary(context, node, '^');
    }
    if (node instanceof BitOrExpressionContext) {
        return binary(context, node, '|');
    }
    if (node instanceof LogAndExpressionContext) {
        return binary(context, node, '&&');
    }
    if (node instanceof LogOrExpressionContext) {
        return binary(context, node, '||');
    }
    if (node instanceof CoalExpressionContext) {
        return binary(context, node, '??');
    }
    if (node instanceof CondExpressionContext) {
        return {
            kind: 'conditional',
            loc,
            condition: lowerExpression(context, node.expression(0)),
            whenTrue: lowerExpression(context, node.expression(1)),
            whenFalse: lowerExpression(context, node.expression(2))
        };
    }
    if (node instanceof AssignExpressionContext) {
        return {
            kind: 'assign',
            loc,
            op:
                ASSIGN_OPERATORS[operatorText(node)] ??
                fail(context, node, `assignment operator ${operatorText(node)}`),
            target: lowerExpression(context, node.expression(0)),
            value: lowerExpression(context, node.expression(1))
        };
    }
    return fail(context, node, `expression not lowered: ${node.getText()}`);
}

function lowerMethodCall(context: LowerContext, node: MethodCallContext, loc: SourceLocation): Expression {
    const args = lowerExpressionList(context, node.expressionList());
    if (present(node.THIS())) {
        return { kind: 'constructorCall', loc, which: 'this', args };
    }
    if (present(node.SUPER())) {
        return { kind: 'constructorCall', loc, which: 'super', args };
    }
    return { kind: 'call', loc, target: null, name: node.id().getText(), args, nullSafe: false };
}

function lowerPrimary(context: LowerContext, node: PrimaryContext): Expression {
    const loc = locationOf(context, node);
    if (node instanceof ThisPrimaryContext) {
        return { kind: 'this', loc };
    }
    if (node instanceof SuperPrimaryContext) {
        return { kind: 'super', loc };
    }
    if (node instanceof LiteralPrimaryContext) {
        return lowerLiteral(context, node.literal(), loc);
    }
    if (node instanceof TypeRefPrimaryContext) {
        return { kind: 'classLiteral', loc, type: lowerTypeRef(context, node.typeRef()) };
    }
    if (node instanceof VoidPrimaryContext) {
        return { kind: 'classLiteral', loc, type: null };
    }
    if (node instanceof IdPrimaryContext) {
        return { kind: 'name', loc, name: node.id().getText() };
    }
    if (node instanceof SoqlPrimaryContext) {
        return { kind: 'soql', loc, text: sourceTextOf(context, node) };
    }
    if (node instanceof SoslPrimaryContext) {
        return { kind: 'sosl', loc, text: sourceTextOf(context, node) };
    }
    return fail(context, node, `primary not lowered: ${node.getText()}`);
}

function lowerLiteral(context: LowerContext, node: LiteralContext, loc: SourceLocation): Expression {
    const text = node.getText();
    if (present(node.IntegerLiteral())) {
        return { kind: 'literal', loc, type: 'Integer', text };
    }
    if (present(node.LongLiteral())) {
        return { kind: 'literal', loc, type: 'Long', text: text.slice(0, -1) };
    }
    if (present(node.NumberLiteral())) {
        // A decimal point literal is a Decimal unless it ends in d or D, which makes it a Double.
        return /[dD]$/.test(text)
            ? { kind: 'literal', loc, type: 'Double', text: text.slice(0, -1) }
            : { kind: 'literal', loc, type: 'Decimal', text };
    }
    if (present(node.StringLiteral())) {
        return { kind: 'string', loc, value: unquote(context, node, text) };
    }
    if (present(node.BooleanLiteral())) {
        return { kind: 'boolean', loc, value: text.toLowerCase() === 'true' };
    }
    if (present(node.NULL())) {
        return { kind: 'null', loc };
    }
    return fail(context, node, `literal not supported by the runtime's parser: ${text}`);
}

function lowerCreator(context: LowerContext, node: CreatorContext, loc: SourceLocation): Expression {
    const type = createdType(context, node);
    const classRest = node.classCreatorRest();
    if (present(classRest)) {
        const args = lowerExpressionList(context, classRest.arguments().expressionList());
        const fields = namedArguments(args);
        return fields === null ? { kind: 'new', loc, type, args } : { kind: 'newWithFields', loc, type, fields };
    }
    if (present(node.noRest())) {
        return { kind: 'newCollection', loc, type, elements: [] };
    }
    const arrayRest = node.arrayCreatorRest();
    if (present(arrayRest)) {
        const listType: TypeRef = { path: ['List'], args: [type], text: `${type.text}[]` };
        const size = arrayRest.expression();
        if (present(size)) {
            return { kind: 'newArray', loc, type: listType, size: lowerExpression(context, size) };
        }
        const initializer = arrayRest.arrayInitializer();
        const elements = present(initializer)
            ? initializer.expression_list().map((element) => lowerExpression(context, element))
            : [];
        return { kind: 'newCollection', loc, type: listType, elements };
    }
    const mapRest = node.mapCreatorRest();
    if (present(mapRest)) {
        const entries = mapRest.mapCreatorRestPair_list().map((entry) => ({
            key: lowerExpression(context, entry.expression(0)),
            value: lowerExpression(context, entry.expression(1))
        }));
        return { kind: 'newMap', loc, type, entries };
    }
    const setRest = node.setCreatorRest();
    if (present(setRest)) {
        return {
            kind: 'newCollection',
            loc,
            type,
            elements: setRest.expression_list().map((element) => lowerExpression(context, element))
        };
    }
    return fail(context, node, `creator not lowered: ${node.getText()}`);
}

function createdType(context: LowerContext, node: CreatorContext): TypeRef {
    const pairs = node.createdName().idCreatedNamePair_list();
    let args: TypeRef[] = [];
    const path = pairs.map((namePair, index) => {
        const typeList = namePair.typeList();
        if (present(typeList)) {
            if (index !== pairs.length - 1) {
                fail(context, namePair, 'type arguments on a qualifying name');
            }
            args = lowerTypeList(context, typeList);
        }
        return namePair.anyId().getText();
    });
    return { path, args, text: sourceTextOf(context, node.createdName()) };
}

/** `new Account(Name = 'x')`: every argument a plain `field = value`, which only SObjects accept. */
function namedArguments(args: readonly Expression[]): FieldInitialiser[] | null {
    if (args.length === 0) {
        return null;
    }
    const fields: FieldInitialiser[] = [];
    for (const arg of args) {
        if (arg.kind !== 'assign' || arg.op !== '=' || arg.target.kind !== 'name') {
            return null;
        }
        fields.push({ name: arg.target.name, value: arg.value });
    }
    return fields;
}
