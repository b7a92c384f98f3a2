import type { BuiltinRegistry } from '../interpreter/builtins';
import { stackTraceLines, type ApexObject } from '../interpreter/values';
import { exceptionMessage } from '../interpreter/interpreter';
import { arity, stringArg } from './arguments';

function stateOf(exception: ApexObject) {
    if (exception.exception === null) {
        throw new Error(`${exception.cls.name} is not an exception`);
    }
    return exception.exception;
}

/**
 * The methods every exception has (Exception Class and Built-In Exceptions,
 * https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-classes-exception-methods.html).
 */
export function installExceptionMethods(registry: BuiltinRegistry): void {
    registry.addInstance('Exception', 'getMessage', (site, exception, args) => {
        arity(site, 'Exception.getMessage', args, 0);
        stateOf(exception);
        return exceptionMessage(exception);
    });
    registry.addInstance('Exception', 'setMessage', (site, exception, args) => {
        arity(site, 'Exception.setMessage', args, 1);
        stateOf(exception).message = args[0] === null ? null : stringArg(site, 'Exception.setMessage', args, 0);
        return null;
    });
    registry.addInstance('Exception', 'getCause', (site, exception, args) => {
        arity(site, 'Exception.getCause', args, 0);
        return stateOf(exception).cause;
    });
    registry.addInstance('Exception', 'initCause', (site, exception, args) => {
        arity(site, 'Exception.initCause', args, 1);
        const cause = args[0] ?? null;
        stateOf(exception).cause =
            cause !== null && typeof cause === 'object' && cause.kind === 'Object' ? cause : null;
        return null;
    });
    registry.addInstance('Exception', 'getTypeName', (site, exception, args) => {
        arity(site, 'Exception.getTypeName', args, 0);
        return exception.cls.name;
    });
    registry.addInstance('Exception', 'getLineNumber', (site, exception, args) => {
        arity(site, 'Exception.getLineNumber', args, 0);
        return { kind: 'Integer', value: stateOf(exception).line };
    });
    registry.addInstance('Exception', 'getStackTraceString', (site, exception, args) => {
        arity(site, 'Exception.getStackTraceString', args, 0);
        return stackTraceLines(stateOf(exception).stack).join('\n');
    });
}
