import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { listFiles, projectPath, projectRoot } from '../../lib/project';
import { apexIndex, type ApexClassInfo } from './apex-index';

interface DtoMember {
    name: string;
    type: string;
    line: number;
}

interface DtoInterface {
    name: string;
    apexClass: string | undefined;
    members: DtoMember[];
    where: string;
}

const APEX_SCALARS: Record<string, string> = {
    string: 'string',
    id: 'string',
    integer: 'number',
    long: 'number',
    decimal: 'number',
    double: 'number',
    boolean: 'boolean',
    date: 'string',
    datetime: 'string',
    time: 'string'
};

function isStringLiteral(type: ts.TypeNode): boolean {
    return ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal);
}

/** Aliases such as `type Status = 'Open' | 'Closed'`: a String in Apex, so compared as string. */
function stringAliases(file: ts.SourceFile): Set<string> {
    return new Set(
        file.statements
            .filter(ts.isTypeAliasDeclaration)
            .filter((alias) => ts.isUnionTypeNode(alias.type) && alias.type.types.every(isStringLiteral))
            .map((alias) => alias.name.text)
    );
}

/**
 * A TypeScript type in a comparable form: scalars, X[] arrays, Record<X>, interface
 * names; null dropped; unions of string literals, inline or aliased, as string.
 */
function tsShape(type: ts.TypeNode | undefined, file: ts.SourceFile, aliases: Set<string>): string {
    if (!type) {
        return 'unknown';
    }
    if (ts.isUnionTypeNode(type)) {
        const kept = type.types.filter(
            (member) =>
                !(ts.isLiteralTypeNode(member) && member.literal.kind === ts.SyntaxKind.NullKeyword) &&
                member.kind !== ts.SyntaxKind.UndefinedKeyword
        );
        if (kept.length > 0 && kept.every(isStringLiteral)) {
            return 'string';
        }
        return kept.length === 1
            ? tsShape(kept[0], file, aliases)
            : kept.map((member) => tsShape(member, file, aliases)).join('|');
    }
    if (ts.isArrayTypeNode(type)) {
        return `${tsShape(type.elementType, file, aliases)}[]`;
    }
    if (ts.isTypeReferenceNode(type) && type.typeName.getText(file) === 'Record') {
        return `Record<${tsShape(type.typeArguments?.[1], file, aliases)}>`;
    }
    if (ts.isTypeReferenceNode(type) && aliases.has(type.typeName.getText(file))) {
        return 'string';
    }
    return type.getText(file);
}

function readInterfaces(): DtoInterface[] {
    const found: DtoInterface[] = [];
    for (const path of listFiles(join(projectRoot, 'types', 'dto'), (name) => name.endsWith('.ts'))) {
        const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const aliases = stringAliases(file);
        for (const statement of file.statements) {
            if (!ts.isInterfaceDeclaration(statement)) {
                continue;
            }
            const tag = ts.getJSDocTags(statement).find((candidate) => candidate.tagName.text === 'apex');
            const comment = typeof tag?.comment === 'string' ? tag.comment.trim() : undefined;
            const lineOf = (node: ts.Node): number => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
            found.push({
                name: statement.name.text,
                apexClass: comment,
                where: `${projectPath(path)}:${lineOf(statement)}`,
                members: statement.members.filter(ts.isPropertySignature).map((member) => ({
                    name: member.name.getText(file),
                    type: tsShape(member.type, file, aliases),
                    line: lineOf(member)
                }))
            });
        }
    }
    return found;
}

/** An Apex type in the same comparable form, class types named by the interface that mirrors them. */
function apexShape(
    type: string,
    owner: ApexClassInfo,
    classes: Map<string, ApexClassInfo>,
    mirrors: Map<string, string>
): string {
    const collection = /^(?:List|Set)<(.+)>$/i.exec(type) ?? /^(.+)\[\]$/.exec(type);
    if (collection) {
        return `${apexShape(collection[1] ?? '', owner, classes, mirrors)}[]`;
    }
    const map = /^Map<\s*String\s*,(.+)>$/i.exec(type);
    if (map) {
        return `Record<${apexShape(map[1] ?? '', owner, classes, mirrors)}>`;
    }
    const scalar = APEX_SCALARS[type.toLowerCase()];
    if (scalar) {
        return scalar;
    }
    const outer = owner.name.split('.')[0] ?? '';
    const resolved = [`${outer}.${type}`, type].find((candidate) => classes.has(candidate.toLowerCase()));
    return resolved ? (mirrors.get(resolved.toLowerCase()) ?? `(Apex ${resolved} has no @apex interface)`) : type;
}

/**
 * Every DTO interface in types/dto names its Apex class with @apex, and the two
 * have the same members with compatible types.
 */
export function checkDtoContract(): string[] {
    const classes = apexIndex().classes;
    const interfaces = readInterfaces();
    const mirrors = new Map(
        interfaces.flatMap((item) => (item.apexClass ? [[item.apexClass.toLowerCase(), item.name] as const] : []))
    );
    const problems: string[] = [];
    for (const dto of interfaces) {
        if (!dto.apexClass) {
            problems.push(`${dto.where}: interface ${dto.name} has no @apex tag naming its Apex class`);
            continue;
        }
        const apexClass = classes.get(dto.apexClass.toLowerCase());
        if (!apexClass) {
            problems.push(`${dto.where}: ${dto.name} mirrors Apex ${dto.apexClass}, which does not exist`);
            continue;
        }
        const apexFields = new Map(apexClass.auraFields.map((field) => [field.name, field]));
        for (const member of dto.members) {
            const field = apexFields.get(member.name);
            if (!field) {
                problems.push(
                    `${dto.where}: ${dto.name}.${member.name} has no @AuraEnabled member in ${dto.apexClass} (${apexClass.file})`
                );
                continue;
            }
            const expected = apexShape(field.type, apexClass, classes, mirrors);
            if (expected !== member.type) {
                problems.push(
                    `${dto.where}: ${dto.name}.${member.name} is ${member.type} but ${dto.apexClass}.${field.name} ` +
                        `(${apexClass.file}:${field.line}) is ${field.type}, i.e. ${expected}`
                );
            }
        }
        for (const field of apexClass.auraFields) {
            if (!dto.members.some((member) => member.name === field.name)) {
                problems.push(
                    `${apexClass.file}:${field.line}: ${dto.apexClass}.${field.name} is missing from ${dto.name}`
                );
            }
        }
    }
    return problems;
}
