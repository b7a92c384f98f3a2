import { ApexThrow } from '../interpreter/errors';
import { exceptionMessage, type Interpreter } from '../interpreter/interpreter';
import { parseAnonymous } from '../parser/parse';
import { stackTraceLines } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import type { LogEvent } from './debug-log';
import { newTransaction } from './org-session';
import type { LoadedProject } from './project';

export type Outcome = 'success' | 'exception' | 'unsupported';

export interface Execution {
    readonly outcome: Outcome;
    readonly events: readonly LogEvent[];
}

/** How an uncaught exception is reported: `Type: message` and its stack. */
export function describeUncaught(error: ApexThrow): { message: string; stack: readonly string[] } {
    const exception = error.exception;
    let message: string;
    try {
        message = `${exception.cls.name}: ${exceptionMessage(exception) ?? 'null'}`;
    } catch (unsupported) {
        if (unsupported instanceof UnsupportedError) {
            message = `${exception.cls.name}: (message not reproduced: ${unsupported.missing})`;
        } else {
            throw unsupported;
        }
    }
    return { message, stack: stackTraceLines(exception.exception?.stack ?? []) };
}

/** Runs anonymous Apex against the project, as Execute Anonymous does. */
export function executeAnonymous(project: LoadedProject, file: string, source: string): Execution {
    const unit = parseAnonymous(file, source);
    const interpreter = newTransaction(project, false);
    const events: LogEvent[] = [];
    let outcome: Outcome = 'success';
    try {
        interpreter.runAnonymous(unit);
    } catch (error) {
        if (error instanceof ApexThrow) {
            outcome = 'exception';
            events.push(...debugEvents(interpreter), { kind: 'fatal', ...describeUncaught(error) });
            return { outcome, events };
        }
        if (error instanceof UnsupportedError) {
            outcome = 'unsupported';
            events.push(...debugEvents(interpreter), {
                kind: 'unsupported',
                missing: error.message.replace(/^UNSUPPORTED: /, '')
            });
            return { outcome, events };
        }
        throw error;
    }
    return { outcome, events: debugEvents(interpreter) };
}

/** The USER_DEBUG events the transaction logged. */
export function debugEvents(interpreter: Interpreter): LogEvent[] {
    return interpreter.debugLog.map((entry) => ({ kind: 'debug', entry }));
}
