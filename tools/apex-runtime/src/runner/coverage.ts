import type {
    Block,
    CompilationUnit,
    Member,
    SourceLocation,
    Statement,
    TriggerUnit,
    TypeDeclaration
} from '../parser/ast';
import { isExpressionList, runsALine } from '../interpreter/statements';

/**
 * Statement coverage: a line is coverable when an executable statement starts on it, and covered
 * when one of those statements ran. The platform counts the covered and uncovered executable lines
 * of each class and trigger; test classes and System.debug calls do not count (Testing and Code
 * Coverage, https://developer.salesforce.com/docs/platform/apex-dev/references/apex-dev/apex-code-coverage-intro.html).
 * What the platform counts as a line is not documented statement by statement, so this measure can
 * differ from the org's: declarations, braces, comments and field initialisers are not counted here.
 */
export interface FileCoverage {
    readonly file: string;
    readonly covered: number;
    readonly coverable: number;
    /** Coverable lines no test ran, ascending. */
    readonly uncoveredLines: readonly number[];
}

function nestedStatements(statement: Statement): readonly Statement[] {
    switch (statement.kind) {
        case 'block':
            return statement.statements;
        case 'if':
            return statement.otherwise === null ? [statement.then] : [statement.then, statement.otherwise];
        case 'while':
        case 'doWhile':
        case 'forEach':
        case 'runAs':
            return [statement.body];
        case 'for':
            return statement.init === null || isExpressionList(statement.init)
                ? [statement.body]
                : [statement.init, statement.body];
        case 'switch':
            return statement.whens.map((when) => when.body);
        case 'try':
            return [
                statement.body,
                ...statement.catches.map((clause) => clause.body),
                ...(statement.finally === null ? [] : [statement.finally])
            ];
        default:
            return [];
    }
}

function isSystemDebug(statement: Statement): boolean {
    if (statement.kind !== 'expression' || statement.expression.kind !== 'call') {
        return false;
    }
    const { target, name } = statement.expression;
    return name.toLowerCase() === 'debug' && target?.kind === 'name' && target.name.toLowerCase() === 'system';
}

function collectStatement(statement: Statement, lines: Set<number>): void {
    if (runsALine(statement) && !isSystemDebug(statement)) {
        lines.add(statement.loc.line);
    }
    for (const nested of nestedStatements(statement)) {
        collectStatement(nested, lines);
    }
}

function collectMember(member: Member, lines: Set<number>): void {
    const bodies: (Block | null)[] = [];
    switch (member.kind) {
        case 'method':
        case 'constructor':
        case 'initializer':
            bodies.push(member.body);
            break;
        case 'property':
            bodies.push(member.getter?.body ?? null, member.setter?.body ?? null);
            break;
        case 'type':
            collectDeclaration(member.declaration, lines);
            break;
        case 'field':
            break;
    }
    for (const body of bodies) {
        if (body !== null) {
            collectStatement(body, lines);
        }
    }
}

function collectDeclaration(declaration: TypeDeclaration, lines: Set<number>): void {
    if (declaration.kind === 'enum') {
        return;
    }
    for (const member of declaration.members) {
        collectMember(member, lines);
    }
}

/**
 * The coverable lines of each class file and trigger of the project, test classes excluded: the
 * files whose coverage the platform reports.
 */
export function measuredFiles(
    units: readonly CompilationUnit[],
    triggers: readonly TriggerUnit[]
): Map<string, Set<number>> {
    const measured = new Map<string, Set<number>>();
    for (const unit of units) {
        if (unit.declaration.modifiers.annotations.some((annotation) => annotation.name === 'istest')) {
            continue;
        }
        const lines = new Set<number>();
        collectDeclaration(unit.declaration, lines);
        measured.set(unit.file, lines);
    }
    for (const trigger of triggers) {
        const lines = new Set<number>();
        trigger.members.forEach((member) => collectMember(member, lines));
        collectStatement(trigger.body, lines);
        measured.set(trigger.file, lines);
    }
    return measured;
}

/** The lines each file ran, gathered across every test of a run. */
export class CoverageRecorder {
    private readonly hits = new Map<string, Set<number>>();

    hit(loc: SourceLocation): void {
        let lines = this.hits.get(loc.file);
        if (lines === undefined) {
            lines = new Set();
            this.hits.set(loc.file, lines);
        }
        lines.add(loc.line);
    }

    /** Covered and coverable lines of each measured file, in the order given. */
    report(measured: ReadonlyMap<string, ReadonlySet<number>>): FileCoverage[] {
        return [...measured].map(([file, coverable]) => {
            const ran = this.hits.get(file) ?? new Set<number>();
            const uncoveredLines = [...coverable].filter((line) => !ran.has(line)).sort((a, b) => a - b);
            return { file, covered: coverable.size - uncoveredLines.length, coverable: coverable.size, uncoveredLines };
        });
    }
}

/** Covered over coverable lines, as a percentage with one decimal; 100 when nothing is coverable. */
export function percentage(covered: number, coverable: number): number {
    return coverable === 0 ? 100 : Math.floor((covered * 1000) / coverable) / 10;
}
