import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { listFiles } from '../../../../scripts/lib/project';
import { loadOrg } from '../../src/org/org';
import type { Bind } from '../../src/org/soql/ast';
import type { BindValue } from '../../src/org/soql/scope';
import { to18 } from '../../src/org/ids';
import { parseCompilationUnit } from '../../src/parser/parse';

const PROJECT_ROOT = join(__dirname, '..', '..', '..', '..');
const FORCE_APP = join(PROJECT_ROOT, 'force-app');
const context = { runningUserId: to18('005000000000001'), now: () => Date.UTC(2026, 0, 15), timeZone: 'UTC' };

/** Every SOQL expression of the project's classes, found in the lowered trees. */
function projectQueries(): { file: string; text: string }[] {
    const found: { file: string; text: string }[] = [];
    const walk = (file: string, node: unknown): void => {
        if (Array.isArray(node)) {
            node.forEach((item) => walk(file, item));
        } else if (node !== null && typeof node === 'object') {
            const record = node as Record<string, unknown>;
            if (record['kind'] === 'soql' && typeof record['text'] === 'string') {
                found.push({ file, text: record['text'] });
            }
            Object.values(record).forEach((value) => walk(file, value));
        }
    };
    for (const path of listFiles(FORCE_APP, (name) => name.endsWith('.cls'))) {
        walk(relative(PROJECT_ROOT, path), parseCompilationUnit(path, readFileSync(path, 'utf8')));
    }
    return found;
}

/** A stand-in for the interpreter: a number after LIMIT or OFFSET, a list right after IN, else null. */
function placeholderBind(text: string): (bind: Bind) => BindValue {
    return (bind) => {
        const before = text
            .slice(0, bind.offset - 1)
            .trimEnd()
            .toUpperCase();
        if (before.endsWith('LIMIT') || before.endsWith('OFFSET')) {
            return 10;
        }
        return /\b(IN|INCLUDES|EXCLUDES)$/.test(before) ? [] : null;
    };
}

test("every SOQL query of the project's Apex parses and resolves against the project's schema", () => {
    const org = loadOrg([FORCE_APP], context);
    const queries = projectQueries();
    assert.ok(queries.length > 200);
    const failures = queries.flatMap(({ file, text }) => {
        try {
            org.query(text, placeholderBind(text), context);
            return [];
        } catch (error) {
            return [`${file}: ${(error as Error).message}: ${text.replace(/\s+/g, ' ')}`];
        }
    });
    assert.deepEqual(failures, []);
});
