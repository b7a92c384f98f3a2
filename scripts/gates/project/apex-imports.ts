import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../lib/project';
import { apexIndex } from './apex-index';
import { componentSources } from './metadata-model';

const DECLARATIONS = join('types', 'apex.d.ts');
export const APEX_IMPORT = /import\s+(\w+)\s+from\s+'@salesforce\/apex\/(\w+)\.(\w+)'/g;

interface Declared {
    parameters: string[];
    line: number;
}

/** Parameter names declared for each Apex module in types/apex.d.ts (see the convention at its top). */
function declaredMethods(): Map<string, Declared> {
    const declared = new Map<string, Declared>();
    const path = join(projectRoot, DECLARATIONS);
    if (!existsSync(path)) {
        return declared;
    }
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
        if (!ts.isModuleDeclaration(statement) || !ts.isStringLiteral(statement.name)) {
            continue;
        }
        const moduleName = statement.name.text.replace('@salesforce/apex/', '');
        const body = statement.body && ts.isModuleBlock(statement.body) ? statement.body.statements : [];
        for (const inner of body) {
            if (!ts.isVariableStatement(inner)) {
                continue;
            }
            for (const variable of inner.declarationList.declarations) {
                const type = variable.type;
                const params = type && ts.isTypeReferenceNode(type) ? type.typeArguments?.[0] : undefined;
                const names =
                    params && ts.isTypeLiteralNode(params)
                        ? params.members.flatMap((member) => (member.name ? [member.name.getText(file)] : []))
                        : [];
                const line = file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1;
                declared.set(moduleName.toLowerCase(), { parameters: names, line });
            }
        }
    }
    return declared;
}

/**
 * Every Apex method a component imports is a static @AuraEnabled method of that
 * class (cacheable when wired), and is declared in types/apex.d.ts with exactly
 * the Apex parameter names.
 */
export function checkApexImports(): string[] {
    const problems: string[] = [];
    const classes = apexIndex().classes;
    const declared = declaredMethods();
    for (const { file, source } of componentSources()) {
        for (const match of source.matchAll(APEX_IMPORT)) {
            const [, localName = '', className = '', methodName = ''] = match;
            const where = `${file}:${source.slice(0, match.index).split('\n').length}`;
            const apexClass = classes.get(className.toLowerCase());
            const method = apexClass?.methods.find((candidate) => candidate.name === methodName);
            if (!method) {
                problems.push(`${where}: ${className}.${methodName} is not a method of an Apex class in the project`);
                continue;
            }
            if (!method.auraEnabled || !method.isStatic) {
                problems.push(`${where}: ${className}.${methodName} must be static and @AuraEnabled`);
            }
            if (new RegExp(`@wire\\(\\s*${localName}\\b`).test(source) && !method.cacheable) {
                problems.push(
                    `${where}: ${className}.${methodName} is wired, so it must be @AuraEnabled(cacheable=true)`
                );
            }
            const declaration = declared.get(`${className}.${methodName}`.toLowerCase());
            if (!declaration) {
                problems.push(`${where}: ${className}.${methodName} has no module declaration in ${DECLARATIONS}`);
                continue;
            }
            const apexNames = method.parameters.map((parameter) => parameter.name).join(', ');
            if (declaration.parameters.join(', ') !== apexNames) {
                problems.push(
                    `${DECLARATIONS}:${declaration.line}: ${className}.${methodName} declares parameters ` +
                        `(${declaration.parameters.join(', ')}) but Apex takes (${apexNames}) at ${apexClass!.file}:${method.line}`
                );
            }
        }
    }
    return problems;
}
