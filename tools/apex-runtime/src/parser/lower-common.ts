import type {
    ApexParserRuleContext,
    ModifierContext,
    QualifiedNameContext,
    TypeListContext,
    TypeRefContext
} from '@apexdevtools/apex-parser';
import type { Annotation, Modifiers, SourceLocation, TypeRef } from './ast';
import { ApexSyntaxError } from './syntax-error';

/** What every lowering function needs: the file for locations, the source for verbatim text. */
export interface LowerContext {
    readonly file: string;
    readonly source: string;
}

export function locationOf(context: LowerContext, node: ApexParserRuleContext): SourceLocation {
    return { file: context.file, line: node.start.line, column: node.start.column + 1 };
}

/** The source exactly as written (getText() drops the whitespace between tokens). */
export function sourceTextOf(context: LowerContext, node: ApexParserRuleContext): string {
    const stop = node.stop ?? node.start;
    return context.source.slice(node.start.start, stop.stop + 1);
}

/** ANTLR returns null for an absent optional child although its declarations say otherwise. */
export function present<T>(value: T | null | undefined): value is T {
    return value !== null && value !== undefined;
}

export function fail(context: LowerContext, node: ApexParserRuleContext, message: string): never {
    throw new ApexSyntaxError(context.file, node.start.line, node.start.column + 1, message);
}

export function lowerTypeRef(context: LowerContext, node: TypeRefContext): TypeRef {
    const names = node.typeName_list();
    const path: string[] = [];
    let args: TypeRef[] = [];
    names.forEach((typeName, index) => {
        const id = typeName.id();
        path.push(present(id) ? id.getText() : typeName.getChild(0).getText());
        const typeArguments = typeName.typeArguments();
        if (present(typeArguments)) {
            if (index !== names.length - 1) {
                fail(context, typeName, 'type arguments on a qualifying name');
            }
            args = lowerTypeList(context, typeArguments.typeList());
        }
    });
    const arrayDepth = node.arraySubscripts().LBRACK_list().length;
    let type: TypeRef = { path, args, text: sourceTextOf(context, node) };
    for (let depth = 0; depth < arrayDepth; depth++) {
        type = { path: ['List'], args: [type], text: `${type.text}[]` };
    }
    return type;
}

export function lowerTypeList(context: LowerContext, node: TypeListContext): TypeRef[] {
    return node.typeRef_list().map((typeRef) => lowerTypeRef(context, typeRef));
}

export function typeRefFromQualifiedName(context: LowerContext, node: QualifiedNameContext): TypeRef {
    return { path: node.id_list().map((id) => id.getText()), args: [], text: sourceTextOf(context, node) };
}

export function lowerModifiers(modifiers: readonly ModifierContext[]): Modifiers {
    const keywords = new Set<string>();
    const annotations: Annotation[] = [];
    for (const modifier of modifiers) {
        const annotation = modifier.annotation();
        if (present(annotation)) {
            annotations.push(lowerAnnotation(annotation.id().getText(), annotation.getText()));
        } else {
            keywords.add(
                modifier.children?.map((child) => child.getText().toLowerCase()).join(' ') ??
                    modifier.getText().toLowerCase()
            );
        }
    }
    return { keywords, annotations };
}

/** `@IsTest(SeeAllData=true)` to its lower-case name and parameters; values stay as written. */
function lowerAnnotation(name: string, text: string): Annotation {
    const params = new Map<string, string>();
    const open = text.indexOf('(');
    if (open >= 0) {
        const inside = text.slice(open + 1, text.lastIndexOf(')'));
        for (const pair of inside.split(/\s+|,/)) {
            const [key, value] = pair.split('=');
            if (key !== undefined && key.length > 0) {
                params.set(key.toLowerCase(), value ?? 'true');
            }
        }
    }
    return { name: name.toLowerCase(), params };
}

const ESCAPES: Readonly<Record<string, string>> = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    '"': '"',
    "'": "'",
    '\\': '\\'
};

/** A string literal's value: the escapes \b \t \n \f \r \" \' \\ and \uXXXX; any other one is an error. */
export function unquote(context: LowerContext, node: ApexParserRuleContext, literal: string): string {
    const body = literal.slice(1, -1);
    let value = '';
    for (let index = 0; index < body.length; index++) {
        const char = body.charAt(index);
        if (char !== '\\') {
            value += char;
            continue;
        }
        const next = body.charAt(index + 1);
        if (next === 'u') {
            const hex = body.slice(index + 2, index + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
                fail(context, node, `invalid unicode escape in ${literal}`);
            }
            value += String.fromCharCode(parseInt(hex, 16));
            index += 5;
            continue;
        }
        const escaped = ESCAPES[next];
        if (escaped === undefined) {
            fail(context, node, `invalid escape sequence \\${next} in ${literal}`);
        }
        value += escaped;
        index++;
    }
    return value;
}
