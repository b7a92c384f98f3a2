import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath, sourceRoot } from '../../lib/project';

/** The one class allowed to write without the running user's record sharing (decision 0016). */
const GATE_CLASS = 'ExchangeGate';

const SYSTEM_MODE_DML =
    /\b(insert|update|upsert|delete|undelete|merge)\s+as\s+system\b|\bDatabase\.(insert|update|upsert|delete|undelete|merge)\s*\([^;]*AccessLevel\.SYSTEM_MODE/gi;
const WITH_SHARING = /\bwith\s+sharing\s+class\b/i;

function withoutComments(source: string): string {
    return source.replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
}

/**
 * A `with sharing` class that writes in system mode still enforces the running
 * user's record sharing, so a member joining a group they cannot read would fail
 * in an org while every offline check passes. Such writes belong in ExchangeGate,
 * which the services call after the access policy allowed the change.
 */
export function checkSharingWrites(): string[] {
    const problems: string[] = [];
    const files = listFiles(join(sourceRoot, 'classes'), (name) => name.endsWith('.cls'));
    for (const file of files) {
        const source = withoutComments(readFileSync(file, 'utf8'));
        if (file.endsWith(`/${GATE_CLASS}.cls`) || /@IsTest/i.test(source) || !WITH_SHARING.test(source)) {
            continue;
        }
        for (const match of source.matchAll(SYSTEM_MODE_DML)) {
            const line = source.slice(0, match.index).split('\n').length;
            problems.push(
                `${projectPath(file)}:${line}: a with sharing class writes in system mode, where record sharing still applies; write through ${GATE_CLASS}`
            );
        }
    }
    return problems;
}
