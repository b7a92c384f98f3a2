import assert from 'node:assert/strict';
import { debugMessages, run } from '../support';

/** The debug messages of a run that must end normally. */
export function messages(source: string, classes: { file: string; source: string }[] = []): string[] {
    const execution = run(source, classes);
    assert.equal(execution.outcome, 'success', JSON.stringify(execution.events));
    return debugMessages(execution);
}

/** What a run that must stop as UNSUPPORTED says is missing. */
export function unsupported(source: string, classes: { file: string; source: string }[] = []): string {
    const execution = run(source, classes);
    assert.equal(execution.outcome, 'unsupported', JSON.stringify(execution.events));
    const event = execution.events.find((candidate) => candidate.kind === 'unsupported');
    assert.ok(event !== undefined && event.kind === 'unsupported');
    return event.missing;
}
