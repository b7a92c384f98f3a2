import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    ApexErrorListener,
    ApexParserFactory,
    ClassDeclarationContext,
    type ApexTokenStream,
    EnumDeclarationContext,
    type ApexParserRuleContext,
    MemberDeclarationContext,
    ModifierContext,
    QueryContext,
    SubQueryContext,
    FieldNameContext,
    WhereClauseContext
} from '@apexdevtools/apex-parser';
import { listFiles, projectPath, sourceRoot } from '../../lib/project';

export interface ApexMember {
    name: string;
    /** Type as written, without spaces, e.g. List<Element>. */
    type: string;
    line: number;
    /** The ApexDoc comment just before the member, as written; empty when none. */
    doc: string;
}

export interface ApexMethod {
    name: string;
    line: number;
    /** Last line of the method's body, so code can be placed in its method. */
    endLine: number;
    /** Return type as written, without spaces; void for none. */
    returnType: string;
    isStatic: boolean;
    auraEnabled: boolean;
    cacheable: boolean;
    parameters: ApexMember[];
    doc: string;
}

export interface ApexClassInfo {
    /** Top-level name, or Outer.Inner for inner classes. */
    name: string;
    file: string;
    line: number;
    doc: string;
    isTest: boolean;
    isPrivate: boolean;
    /** The class it extends and the interfaces it implements, as written. */
    superTypes: string[];
    auraFields: ApexMember[];
    methods: ApexMethod[];
    hasTestMethods: boolean;
    /**
     * Only fields and auto-properties, each field at most set to a literal: no
     * constructor, method, initialiser block, accessor body, inner type or parent.
     * Such a class runs no code of its own.
     */
    isPlainData: boolean;
}

export interface SoqlQuery {
    file: string;
    line: number;
    /** Object in FROM (for a child subquery, the relationship name). */
    from: string;
    isSubquery: boolean;
    /** Fields referenced anywhere in this query, not in its nested queries. */
    fields: { path: string; line: number }[];
    parentFrom?: string;
    /** Runs WITH USER_MODE (a nested query runs in the mode of the query it is in). */
    userMode: boolean;
}

export interface ApexEnum {
    /** Outer.Name, or Name for a top-level enum. */
    name: string;
    file: string;
    /** Constants in declaration order, as name() answers them. */
    values: string[];
}

export interface ApexIndex {
    classes: Map<string, ApexClassInfo>;
    /** Enums by lower-cased qualified name. */
    enums: Map<string, ApexEnum>;
    queries: SoqlQuery[];
    /** Custom label names referenced as System.Label.X or Label.X, with where. */
    labelReferences: { name: string; where: string }[];
    /** String literals shaped like label names, with where: labels resolved by name count as used. */
    labelNameLiterals: { name: string; where: string }[];
    syntaxErrors: string[];
}

function annotationsOf(modifiers: ModifierContext[]): string[] {
    return modifiers.flatMap((modifier) => {
        const annotation = modifier.annotation();
        return annotation ? [annotation.getText().toLowerCase()] : [];
    });
}

function has(modifiers: ModifierContext[], keyword: string): boolean {
    return modifiers.some((modifier) => modifier.getText().toLowerCase() === keyword);
}

/** The ApexDoc comment among the hidden tokens before a declaration (its modifiers included). */
function docBefore(tokens: ApexTokenStream, node: ApexParserRuleContext): string {
    const hidden = tokens.getHiddenTokensToLeft(node.start?.tokenIndex ?? 0) ?? [];
    const comment = [...hidden].reverse().find((token) => token.text?.startsWith('/**'));
    return comment?.text ?? '';
}

interface ClassSource {
    file: string;
    tokens: ApexTokenStream;
    index: ApexIndex;
}

function collectClass(
    declaration: ClassDeclarationContext,
    modifiers: ModifierContext[],
    qualifiedName: string,
    documented: ApexParserRuleContext,
    source: ClassSource
): void {
    const { file, tokens } = source;
    const classes = source.index.classes;
    const annotations = annotationsOf(modifiers);
    const info: ApexClassInfo = {
        name: qualifiedName,
        file,
        line: declaration.start.line,
        doc: docBefore(tokens, documented),
        isTest: annotations.some((annotation) => annotation.startsWith('@istest')),
        isPrivate: has(modifiers, 'private'),
        superTypes: [
            ...(declaration.EXTENDS() ? [declaration.typeRef().getText()] : []),
            ...(declaration.IMPLEMENTS()
                ? declaration
                      .typeList()
                      .typeRef_list()
                      .map((type) => type.getText())
                : [])
        ],
        auraFields: [],
        methods: [],
        hasTestMethods: false,
        isPlainData: !declaration.EXTENDS() && !declaration.IMPLEMENTS()
    };
    classes.set(qualifiedName.toLowerCase(), info);
    for (const body of declaration.classBody().classBodyDeclaration_list()) {
        const member = body.memberDeclaration();
        if (!member) {
            info.isPlainData = false;
            continue;
        }
        if (!isPlainDataMember(member)) {
            info.isPlainData = false;
        }
        const memberModifiers = body.modifier_list();
        const memberAnnotations = annotationsOf(memberModifiers);
        const auraEnabled = memberAnnotations.some((annotation) => annotation.startsWith('@auraenabled'));
        const inner = member.classDeclaration();
        if (inner) {
            collectClass(inner, memberModifiers, `${qualifiedName}.${inner.id().getText()}`, body, source);
            continue;
        }
        const innerEnum = member.enumDeclaration();
        if (innerEnum) {
            collectEnum(innerEnum, `${qualifiedName}.${innerEnum.id().getText()}`, source);
            continue;
        }
        const doc = docBefore(tokens, body);
        const field = member.fieldDeclaration() ?? member.propertyDeclaration();
        if (field && auraEnabled) {
            const type = field.typeRef().getText();
            const names = member.fieldDeclaration()
                ? member
                      .fieldDeclaration()!
                      .variableDeclarators()
                      .variableDeclarator_list()
                      .map((v) => v.id().getText())
                : [member.propertyDeclaration()!.id().getText()];
            names.forEach((name) => info.auraFields.push({ name, type, line: field.start.line, doc }));
        }
        const method = member.methodDeclaration();
        if (method) {
            if (memberAnnotations.some((annotation) => annotation.startsWith('@istest'))) {
                info.hasTestMethods = true;
            }
            const parameterList = method.formalParameters().formalParameterList();
            info.methods.push({
                name: method.id().getText(),
                line: method.start.line,
                endLine: method.stop?.line ?? method.start.line,
                returnType: method.typeRef()?.getText() ?? 'void',
                isStatic: has(memberModifiers, 'static'),
                auraEnabled,
                cacheable: memberAnnotations.some((annotation) => /cacheable=true/.test(annotation)),
                parameters: (parameterList?.formalParameter_list() ?? []).map((parameter) => ({
                    name: parameter.id().getText(),
                    type: parameter.typeRef().getText(),
                    line: parameter.start.line,
                    doc: ''
                })),
                doc
            });
        }
    }
}

/** A literal an Apex field may start with without running code: null, a Boolean, a number, a string. */
const LITERAL = /^(?:null|true|false|-?\d+(?:\.\d+)?[lL]?|'(?:[^'\\]|\\.)*')$/i;

/** A field set to nothing or a literal, or a property with bodiless get; and set; accessors. */
function isPlainDataMember(member: MemberDeclarationContext): boolean {
    const field = member.fieldDeclaration();
    if (field) {
        return field
            .variableDeclarators()
            .variableDeclarator_list()
            .every((variable) => {
                const initialiser = variable.expression();
                return !initialiser || LITERAL.test(initialiser.getText());
            });
    }
    const property = member.propertyDeclaration();
    if (property) {
        return property.propertyBlock_list().every((accessor) => /^\w*(?:get|set);$/i.test(accessor.getText()));
    }
    return false;
}

function collectEnum(declaration: EnumDeclarationContext, qualifiedName: string, source: ClassSource): void {
    source.index.enums.set(qualifiedName.toLowerCase(), {
        name: qualifiedName,
        file: source.file,
        values:
            declaration
                .enumConstants()
                ?.id_list()
                .map((constant) => constant.getText()) ?? []
    });
}

/** Any node of the parse tree; rule contexts list their children, tokens have none. */
type ParseTree = object;

function childrenOf(node: ParseTree): ParseTree[] {
    return (node as { children?: ParseTree[] | null }).children ?? [];
}

function descendants(node: ParseTree, stopAt: (child: ParseTree) => boolean, found: ParseTree[] = []): ParseTree[] {
    for (const child of childrenOf(node)) {
        found.push(child);
        if (!stopAt(child)) {
            descendants(child, stopAt, found);
        }
    }
    return found;
}

const isNestedQuery = (node: ParseTree): boolean => node instanceof QueryContext || node instanceof SubQueryContext;

/**
 * A query nested in the WHERE clause of owner (Id IN (SELECT ... FROM Other__c)) is a
 * semi-join: its FROM names an object, not a child relationship of owner.
 */
function isSemiJoin(nested: ParseTree, owner: ParseTree): boolean {
    const parentOf = (node: ParseTree): ParseTree | undefined => (node as { parentCtx?: ParseTree }).parentCtx;
    for (let node = parentOf(nested); node && node !== owner; node = parentOf(node)) {
        if (node instanceof WhereClauseContext) {
            return true;
        }
    }
    return false;
}

function collectQueries(root: ParseTree, file: string, queries: SoqlQuery[]): void {
    const visit = (node: ParseTree, parentFrom?: string, inUserMode = false): void => {
        if (node instanceof QueryContext || node instanceof SubQueryContext) {
            // getText() joins tokens without spaces.
            const userMode = inUserMode || /WITHUSER_MODE/i.test(node.getText());
            const fromNames = node.fromNameList().fieldName_list();
            const from = fromNames[0]?.getText() ?? '';
            const fromNodes = new Set<ParseTree>(fromNames);
            const inner = descendants(node, isNestedQuery);
            queries.push({
                file,
                line: node.start.line,
                from,
                isSubquery: node instanceof SubQueryContext && parentFrom !== undefined,
                parentFrom,
                userMode,
                fields: inner
                    .filter((child): child is FieldNameContext => child instanceof FieldNameContext)
                    .filter((child) => !fromNodes.has(child))
                    .map((child) => ({ path: child.getText(), line: child.start.line }))
            });
            inner
                .filter(isNestedQuery)
                .forEach((nested) => visit(nested, isSemiJoin(nested, node) ? undefined : from, userMode));
            return;
        }
        childrenOf(node).forEach((child) => visit(child, parentFrom, inUserMode));
    };
    visit(root);
}

/** System.Label.Name, but not the methods System.Label.get(...) and System.Label.translationExists(...). */
const LABEL_REFERENCE = /\b(?:System\.)?Label\.([A-Za-z][A-Za-z0-9_]*)\b(?!\s*\()/g;
/** A string literal that may name a label looked up by name in another language (see ExchangeMail). */
const NAME_LITERAL = /'([A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)'/g;

function stripComments(source: string): string {
    return source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/\/\/.*$/gm, '');
}

let cached: ApexIndex | undefined;

/** Parses every Apex class and trigger of the package once. */
export function apexIndex(): ApexIndex {
    if (cached) {
        return cached;
    }
    const index: ApexIndex = {
        classes: new Map(),
        enums: new Map(),
        queries: [],
        labelReferences: [],
        labelNameLiterals: [],
        syntaxErrors: []
    };
    const files = listFiles(join(sourceRoot), (name) => name.endsWith('.cls') || name.endsWith('.trigger'));
    for (const file of files) {
        const source = readFileSync(file, 'utf8');
        const where = projectPath(file);
        class Listener extends ApexErrorListener {
            apexSyntaxError(line: number, column: number, message: string): void {
                index.syntaxErrors.push(`${where}:${line}:${column}: syntax: ${message}`);
            }
        }
        const { parser } = ApexParserFactory.createLexerAndParser(source, new Listener());
        if (file.endsWith('.trigger')) {
            collectQueries(parser.triggerUnit(), where, index.queries);
        } else {
            const unit = parser.compilationUnit();
            const type = unit.typeDeclaration();
            const declaration = type?.classDeclaration();
            const source: ClassSource = { file: where, tokens: parser.getTokenStream() as ApexTokenStream, index };
            if (type && declaration) {
                collectClass(declaration, type.modifier_list(), declaration.id().getText(), type, source);
            }
            const topEnum = type?.enumDeclaration();
            if (topEnum) {
                collectEnum(topEnum, topEnum.id().getText(), source);
            }
            collectQueries(unit, where, index.queries);
        }
        stripComments(source)
            .split('\n')
            .forEach((line, lineIndex) => {
                for (const match of line.matchAll(LABEL_REFERENCE)) {
                    index.labelReferences.push({ name: match[1] ?? '', where: `${where}:${lineIndex + 1}` });
                }
                for (const match of line.matchAll(NAME_LITERAL)) {
                    index.labelNameLiterals.push({ name: match[1] ?? '', where: `${where}:${lineIndex + 1}` });
                }
            });
    }
    cached = index;
    return index;
}
