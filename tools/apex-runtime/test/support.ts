import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { logWithoutTimestamps } from '../src/runner/debug-log';
import { executeAnonymous, type Execution } from '../src/runner/execute';
import { loadSources } from '../src/runner/project';

export const CONFORMANCE_ROOT = join(__dirname, '..', 'conformance');

/** Runs anonymous Apex, with the given classes loaded. */
export function run(source: string, classes: { file: string; source: string }[] = []): Execution {
    return executeAnonymous(loadSources('.', classes), 'test.apex', source);
}

/** The USER_DEBUG messages of a run, in order. */
export function debugMessages(execution: Execution): string[] {
    return execution.events.flatMap((event) => (event.kind === 'debug' ? [event.entry.message] : []));
}

export interface ConformanceCase {
    readonly name: string;
    readonly source: string;
    readonly expectedPath: string;
}

/** Every conformance/<area>/<case>.apex, with the path of its .expected file. */
export function conformanceCases(): ConformanceCase[] {
    return readdirSync(CONFORMANCE_ROOT).flatMap((area) =>
        readdirSync(join(CONFORMANCE_ROOT, area))
            .filter((name) => name.endsWith('.apex'))
            .map((name) => ({
                name: `${area}/${name.replace(/\.apex$/, '')}`,
                source: readFileSync(join(CONFORMANCE_ROOT, area, name), 'utf8'),
                expectedPath: join(CONFORMANCE_ROOT, area, name.replace(/\.apex$/, '.expected'))
            }))
    );
}

export function conformanceOutput(testCase: ConformanceCase): string {
    return logWithoutTimestamps(
        executeAnonymous(loadSources('.', []), `${testCase.name}.apex`, testCase.source).events
    );
}
