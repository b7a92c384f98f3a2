import type { DebugEntry } from '../interpreter/interpreter';

/**
 * The debug log as the platform writes it: each event `HH:mm:ss.SSS (nanoseconds)|EVENT|...`, a
 * USER_DEBUG event as `USER_DEBUG|[line]|LEVEL|message`
 * (Debug Log, https://developer.salesforce.com/docs/atlas.en-us.252.0.apexcode.meta/apexcode/apex_debugging_debug_log.htm).
 * The runtime writes the execution and code-unit frame, USER_DEBUG and FATAL_ERROR events only,
 * and an UNSUPPORTED line of its own when it stops at something it does not implement.
 */
export type LogEvent =
    | { kind: 'debug'; entry: DebugEntry }
    | { kind: 'fatal'; message: string; stack: readonly string[] }
    | { kind: 'unsupported'; missing: string };

/** The code unit anonymous Apex runs as; a test runs as `Class.method`. */
const ANONYMOUS_UNIT = 'execute_anonymous_apex';

/** Each event's text without its timestamp; a FATAL_ERROR carries the stack after a blank line. */
function eventTexts(events: readonly LogEvent[], codeUnit: string): string[] {
    const texts = ['EXECUTION_STARTED', `CODE_UNIT_STARTED|[EXTERNAL]|${codeUnit}`];
    for (const event of events) {
        switch (event.kind) {
            case 'debug':
                texts.push(`USER_DEBUG|[${event.entry.line}]|${event.entry.level}|${event.entry.message}`);
                break;
            case 'fatal':
                texts.push([`FATAL_ERROR|${event.message}`, '', ...event.stack].join('\n'));
                break;
            case 'unsupported':
                texts.push(`UNSUPPORTED|${event.missing}`);
                break;
        }
    }
    texts.push(`CODE_UNIT_FINISHED|${codeUnit}`, 'EXECUTION_FINISHED');
    return texts;
}

/** The log without timestamps, as the conformance suite compares it. */
export function logWithoutTimestamps(events: readonly LogEvent[]): string {
    return `${eventTexts(events, ANONYMOUS_UNIT).join('\n')}\n`;
}

function timestamp(clock: Date, elapsed: bigint): string {
    const pad = (value: number, width = 2) => String(value).padStart(width, '0');
    return `${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}:${pad(clock.getUTCSeconds())}.${pad(clock.getUTCMilliseconds(), 3)} (${elapsed.toString()})`;
}

/** The log as the platform prints it, stamped with the time it is written. */
export function formatLog(events: readonly LogEvent[], codeUnit = ANONYMOUS_UNIT): string {
    const started = process.hrtime.bigint();
    return `${eventTexts(events, codeUnit)
        .map((text) => `${timestamp(new Date(), process.hrtime.bigint() - started)}|${text}`)
        .join('\n')}\n`;
}
