import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { listFiles } from '../../../scripts/lib/project';
import { parseAnonymous, parseCompilationUnit, parseTrigger } from '../src/parser/parse';
import { ApexSyntaxError } from '../src/parser/syntax-error';
import { loadProject } from '../src/runner/project';

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

test('every class of the project loads into one class table, and every trigger parses', () => {
    const project = loadProject(PROJECT_ROOT);
    assert.ok(project.classFiles.length > 0);
    assert.equal(project.table.topLevelTypes().length, project.classFiles.length);
    const triggers = listFiles(join(PROJECT_ROOT, 'force-app'), (name) => name.endsWith('.trigger'));
    for (const file of triggers) {
        assert.doesNotThrow(() => parseTrigger(file, readFileSync(file, 'utf8')), file);
    }
});

test('a syntax error fails loudly with file, line and column', () => {
    assert.throws(
        () => parseCompilationUnit('Broken.cls', 'public class Broken {\n    void run() { Integer x = ; }\n}'),
        (error: unknown) => error instanceof ApexSyntaxError && error.file === 'Broken.cls' && error.line === 2
    );
});

test('nodes carry their file, line and column', () => {
    const unit = parseCompilationUnit(
        'Located.cls',
        'public class Located {\n  public Integer size() { return 1; }\n}'
    );
    assert.equal(unit.declaration.kind, 'class');
    const member = unit.declaration.kind === 'class' ? unit.declaration.members[0] : undefined;
    // A member's location is where its declaration starts, after its modifiers.
    assert.deepEqual(member?.loc, { file: 'Located.cls', line: 2, column: 10 });
});

test('a top-level variable of anonymous Apex is a statement, not a field', () => {
    const unit = parseAnonymous('a.apex', 'Integer x = 5;\nSystem.debug(x);\nvoid greet() {}\n');
    assert.deepEqual(
        unit.body.statements.map((statement) => statement.kind),
        ['localVariable', 'expression']
    );
    assert.deepEqual(
        unit.members.map((member) => member.kind),
        ['method']
    );
});

test('arrays lower to lists and literals keep their numeric type', () => {
    const unit = parseAnonymous(
        'a.apex',
        "String[] names = new String[]{'a'};\nLong l = 5L;\nDouble d = 1.5d;\nDecimal m = 1.50;\n"
    );
    const [names, l, d, m] = unit.body.statements;
    assert.equal(names?.kind === 'localVariable' ? names.type.path.join('.') : '', 'List');
    const literalType = (statement: typeof l) =>
        statement?.kind === 'localVariable' && statement.declarators[0]?.init?.kind === 'literal'
            ? statement.declarators[0].init.type
            : '';
    assert.deepEqual([literalType(l), literalType(d), literalType(m)], ['Long', 'Double', 'Decimal']);
});
