import type {
    AccessLevelContext,
    BlockContext,
    ExpressionContext,
    ForControlContext,
    LocalVariableDeclarationContext,
    StatementContext,
    VariableDeclaratorsContext,
    WhenControlContext,
    WhenLiteralContext
} from '@apexdevtools/apex-parser';
import type { Block, DmlOperation, Statement, VariableDeclarator, WhenClause, WhenLiteral } from './ast';
import { lowerExpression, lowerExpressionList } from './lower-expressions';
import {
    fail,
    locationOf,
    lowerTypeRef,
    present,
    typeRefFromQualifiedName,
    unquote,
    type LowerContext
} from './lower-common';

export function lowerBlock(context: LowerContext, node: BlockContext): Block {
    return {
        kind: 'block',
        loc: locationOf(context, node),
        statements: node.statement_list().map((statement) => lowerStatement(context, statement))
    };
}

export function lowerVariableDeclarators(
    context: LowerContext,
    node: VariableDeclaratorsContext
): VariableDeclarator[] {
    return node.variableDeclarator_list().map((declarator) => {
        const init = declarator.expression();
        return {
            name: declarator.id().getText(),
            init: present(init) ? lowerExpression(context, init) : null,
            loc: locationOf(context, declarator)
        };
    });
}

function lowerLocalVariable(context: LowerContext, node: LocalVariableDeclarationContext): Statement {
    return {
        kind: 'localVariable',
        loc: locationOf(context, node),
        type: lowerTypeRef(context, node.typeRef()),
        declarators: lowerVariableDeclarators(context, node.variableDeclarators())
    };
}

/** A loop body written as a lone `;`. */
function bodyOrEmpty(context: LowerContext, body: StatementContext | null, owner: StatementContext): Statement {
    return present(body) ? lowerStatement(context, body) : { kind: 'empty', loc: locationOf(context, owner) };
}

export function lowerStatement(context: LowerContext, node: StatementContext): Statement {
    const loc = locationOf(context, node);
    const block = node.block();
    if (present(block)) {
        return lowerBlock(context, block);
    }
    const ifStatement = node.ifStatement();
    if (present(ifStatement)) {
        const branches = ifStatement.statement_list();
        const otherwise = branches[1];
        return {
            kind: 'if',
            loc,
            condition: lowerExpression(context, ifStatement.parExpression().expression()),
            then: lowerStatement(context, ifStatement.statement(0)),
            otherwise: otherwise === undefined ? null : lowerStatement(context, otherwise)
        };
    }
    const switchStatement = node.switchStatement();
    if (present(switchStatement)) {
        return {
            kind: 'switch',
            loc,
            subject: lowerExpression(context, switchStatement.expression()),
            whens: switchStatement.whenControl_list().map((when) => lowerWhen(context, when))
        };
    }
    const forStatement = node.forStatement();
    if (present(forStatement)) {
        return lowerFor(context, forStatement.forControl(), bodyOrEmpty(context, forStatement.statement(), node), loc);
    }
    const whileStatement = node.whileStatement();
    if (present(whileStatement)) {
        return {
            kind: 'while',
            loc,
            condition: lowerExpression(context, whileStatement.parExpression().expression()),
            body: bodyOrEmpty(context, whileStatement.statement(), node)
        };
    }
    const doWhile = node.doWhileStatement();
    if (present(doWhile)) {
        return {
            kind: 'doWhile',
            loc,
            condition: lowerExpression(context, doWhile.parExpression().expression()),
            body: lowerBlock(context, doWhile.block())
        };
    }
    const tryStatement = node.tryStatement();
    if (present(tryStatement)) {
        const finallyBlock = tryStatement.finallyBlock();
        return {
            kind: 'try',
            loc,
            body: lowerBlock(context, tryStatement.block()),
            catches: tryStatement.catchClause_list().map((clause) => ({
                type: typeRefFromQualifiedName(context, clause.qualifiedName()),
                name: clause.id().getText(),
                body: lowerBlock(context, clause.block()),
                loc: locationOf(context, clause)
            })),
            finally: present(finallyBlock) ? lowerBlock(context, finallyBlock.block()) : null
        };
    }
    const returnStatement = node.returnStatement();
    if (present(returnStatement)) {
        const value = returnStatement.expression();
        return { kind: 'return', loc, value: present(value) ? lowerExpression(context, value) : null };
    }
    const throwStatement = node.throwStatement();
    if (present(throwStatement)) {
        return { kind: 'throw', loc, value: lowerExpression(context, throwStatement.expression()) };
    }
    if (present(node.breakStatement())) {
        return { kind: 'break', loc };
    }
    if (present(node.continueStatement())) {
        return { kind: 'continue', loc };
    }
    const runAs = node.runAsStatement();
    if (present(runAs)) {
        return {
            kind: 'runAs',
            loc,
            args: lowerExpressionList(context, runAs.expressionList()),
            body: lowerBlock(context, runAs.block())
        };
    }
    const local = node.localVariableDeclarationStatement();
    if (present(local)) {
        return lowerLocalVariable(context, local.localVariableDeclaration());
    }
    const expression = node.expressionStatement();
    if (present(expression)) {
        return { kind: 'expression', loc, expression: lowerExpression(context, expression.expression()) };
    }
    return lowerDml(context, node);
}

/** The shape the insert, update, delete and undelete statements share. */
interface DmlStatementNode {
    expression(): ExpressionContext;
    accessLevel(): AccessLevelContext | null;
}

function lowerDml(context: LowerContext, node: StatementContext): Statement {
    const loc = locationOf(context, node);
    const simple: [DmlOperation, DmlStatementNode | null][] = [
        ['insert', node.insertStatement()],
        ['update', node.updateStatement()],
        ['delete', node.deleteStatement()],
        ['undelete', node.undeleteStatement()]
    ];
    for (const [operation, statement] of simple) {
        if (present(statement)) {
            return {
                kind: 'dml',
                loc,
                operation,
                operands: [lowerExpression(context, statement.expression())],
                accessLevel: accessLevelOf(statement.accessLevel()?.getText()),
                externalIdField: null
            };
        }
    }
    const upsert = node.upsertStatement();
    if (present(upsert)) {
        const field = upsert.qualifiedName();
        return {
            kind: 'dml',
            loc,
            operation: 'upsert',
            operands: [lowerExpression(context, upsert.expression())],
            accessLevel: accessLevelOf(upsert.accessLevel()?.getText()),
            externalIdField: present(field) ? field.getText() : null
        };
    }
    const merge = node.mergeStatement();
    if (present(merge)) {
        return {
            kind: 'dml',
            loc,
            operation: 'merge',
            operands: merge.expression_list().map((operand) => lowerExpression(context, operand)),
            accessLevel: accessLevelOf(merge.accessLevel()?.getText()),
            externalIdField: null
        };
    }
    return fail(context, node, `statement not lowered: ${node.getText()}`);
}

function accessLevelOf(text: string | undefined): 'user' | 'system' | null {
    if (text === undefined) {
        return null;
    }
    return text.toLowerCase().endsWith('user') ? 'user' : 'system';
}

function lowerFor(
    context: LowerContext,
    control: ForControlContext,
    body: Statement,
    loc: Statement['loc']
): Statement {
    const enhanced = control.enhancedForControl();
    if (present(enhanced)) {
        return {
            kind: 'forEach',
            loc,
            type: lowerTypeRef(context, enhanced.typeRef()),
            name: enhanced.id().getText(),
            iterable: lowerExpression(context, enhanced.expression()),
            body
        };
    }
    const init = control.forInit();
    let lowered: Statement | ReturnType<typeof lowerExpressionList> | null = null;
    if (present(init)) {
        const declaration = init.localVariableDeclaration();
        lowered = present(declaration)
            ? lowerLocalVariable(context, declaration)
            : lowerExpressionList(context, init.expressionList());
    }
    const condition = control.expression();
    const update = control.forUpdate();
    return {
        kind: 'for',
        loc,
        init: lowered,
        condition: present(condition) ? lowerExpression(context, condition) : null,
        update: present(update) ? lowerExpressionList(context, update.expressionList()) : [],
        body
    };
}

function lowerWhen(context: LowerContext, node: WhenControlContext): WhenClause {
    const loc = locationOf(context, node);
    const body = lowerBlock(context, node.block());
    const value = node.whenValue();
    if (present(value.ELSE())) {
        return { kind: 'else', body, loc };
    }
    const typeRef = value.typeRef();
    if (present(typeRef)) {
        return { kind: 'type', type: lowerTypeRef(context, typeRef), name: value.id().getText(), body, loc };
    }
    return {
        kind: 'values',
        values: value.whenLiteral_list().map((literal) => lowerWhenLiteral(context, literal)),
        body,
        loc
    };
}

function lowerWhenLiteral(context: LowerContext, node: WhenLiteralContext): WhenLiteral {
    const nested = node.whenLiteral();
    if (present(nested)) {
        return lowerWhenLiteral(context, nested);
    }
    const sign = node.SUB_list().length % 2 === 1 ? '-' : '';
    if (present(node.IntegerLiteral())) {
        return { kind: 'integer', text: sign + node.IntegerLiteral().getText() };
    }
    if (present(node.LongLiteral())) {
        return { kind: 'long', text: sign + node.LongLiteral().getText().slice(0, -1) };
    }
    if (present(node.StringLiteral())) {
        return { kind: 'string', value: unquote(context, node, node.StringLiteral().getText()) };
    }
    if (present(node.NULL())) {
        return { kind: 'null' };
    }
    const name = node.qualifiedName();
    if (present(name)) {
        return { kind: 'enum', name: name.getText() };
    }
    return fail(context, node, `when value not lowered: ${node.getText()}`);
}
