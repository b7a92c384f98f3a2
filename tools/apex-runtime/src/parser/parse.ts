import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import type { ApexParser } from '@apexdevtools/apex-parser';
import type { AnonymousUnit, CompilationUnit, Expression, Member, SourceLocation, Statement, TriggerUnit } from './ast';
import { lowerExpression } from './lower-expressions';
import { lowerMember, lowerTypeDeclaration } from './lower-declarations';
import { fail, locationOf, lowerModifiers, type LowerContext } from './lower-common';
import { lowerStatement } from './lower-statements';
import { ApexSyntaxError } from './syntax-error';

/** Keeps the first syntax error the lexer or the parser reports, with its position. */
class FirstErrorListener extends ApexErrorListener {
    first: { line: number; column: number; message: string } | null = null;

    apexSyntaxError(line: number, column: number, message: string): void {
        this.first ??= { line, column: column + 1, message };
    }
}

function parserFor(file: string, source: string): { parser: ApexParser; check: () => void } {
    const listener = new FirstErrorListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    const check = (): void => {
        if (listener.first !== null) {
            throw new ApexSyntaxError(file, listener.first.line, listener.first.column, listener.first.message);
        }
    };
    return { parser, check };
}

/**
 * The grammar reads a top-level `Integer x = 5;` of an anonymous block or trigger as a field, but it
 * is a local variable declared at that point of the code; only static ones are members.
 */
function placeMember(member: Member, members: Member[], statements: Statement[]): void {
    if (member.kind === 'field' && !member.modifiers.keywords.has('static')) {
        statements.push({ kind: 'localVariable', loc: member.loc, type: member.type, declarators: member.declarators });
    } else {
        members.push(member);
    }
}

/** A class, interface or enum file (.cls). Throws ApexSyntaxError on the first syntax error. */
export function parseCompilationUnit(file: string, source: string): CompilationUnit {
    const { parser, check } = parserFor(file, source);
    const tree = parser.compilationUnit();
    check();
    const context: LowerContext = { file, source };
    const typeDeclaration = tree.typeDeclaration();
    const declaration = lowerTypeDeclaration(context, typeDeclaration, lowerModifiers(typeDeclaration.modifier_list()));
    if (declaration === null) {
        return fail(context, typeDeclaration, 'no class, interface or enum in the file');
    }
    return { kind: 'compilationUnit', file, declaration };
}

/** Anonymous Apex, as run by Execute Anonymous. */
export function parseAnonymous(file: string, source: string): AnonymousUnit {
    const { parser, check } = parserFor(file, source);
    const tree = parser.anonymousUnit();
    check();
    const context: LowerContext = { file, source };
    const members: Member[] = [];
    const statements: Statement[] = [];
    for (const member of tree.anonymousBlock().anonymousBlockMember_list()) {
        const declaration = member.anonymousMemberDeclaration();
        if (declaration !== null && declaration !== undefined) {
            placeMember(lowerMember(context, declaration, member.modifier_list()), members, statements);
        } else {
            statements.push(lowerStatement(context, member.statement()));
        }
    }
    const loc = { file, line: 1, column: 1 };
    return { kind: 'anonymousUnit', file, members, body: { kind: 'block', loc, statements } };
}

/** A trigger file (.trigger). */
export function parseTrigger(file: string, source: string): TriggerUnit {
    const { parser, check } = parserFor(file, source);
    const tree = parser.triggerUnit();
    check();
    const context: LowerContext = { file, source };
    const [name, objectName] = tree.id_list().map((id) => id.getText());
    if (name === undefined || objectName === undefined) {
        return fail(context, tree, 'trigger without a name and an object');
    }
    const members: Member[] = [];
    const statements: Statement[] = [];
    const block = tree.triggerBlock();
    for (const member of block.triggerBlockMember_list()) {
        const declaration = member.triggerMemberDeclaration();
        if (declaration !== null && declaration !== undefined) {
            placeMember(lowerMember(context, declaration, member.modifier_list()), members, statements);
        } else {
            statements.push(lowerStatement(context, member.statement()));
        }
    }
    return {
        kind: 'triggerUnit',
        file,
        loc: locationOf(context, tree),
        name,
        objectName,
        events: tree.triggerCase_list().map((event) =>
            event
                .getText()
                .replace(/^(before|after)/i, '$1 ')
                .toLowerCase()
        ),
        members,
        body: { kind: 'block', loc: locationOf(context, block), statements }
    };
}

/**
 * One Apex expression, such as the `:bind` of a SOQL query, lowered with `at` as the position of its
 * first character so that errors and stack lines point into the file the expression came from.
 */
export function parseExpression(text: string, at: SourceLocation): Expression {
    const padded = `${'\n'.repeat(at.line - 1)}${' '.repeat(at.column - 1)}${text}`;
    const { parser, check } = parserFor(at.file, padded);
    const tree = parser.expression();
    check();
    const context: LowerContext = { file: at.file, source: padded };
    if (tree.stop !== null && tree.stop !== undefined && tree.stop.stop + 1 < padded.trimEnd().length) {
        return fail(context, tree, `more than one expression in "${text}"`);
    }
    return lowerExpression(context, tree);
}
