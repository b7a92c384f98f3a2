import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { integer, newList, stackTraceLines, type ApexObject, type ApexValue } from '../interpreter/values';
import { exceptionMessage } from '../interpreter/interpreter';
import { primitive } from '../types/apex-type';
import { UnsupportedError } from '../unsupported';
import { arity, integerArg, stringArg } from './arguments';

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

/** The failed rows of a DmlException, in row order; other exceptions have none. */
function failedRows(site: CallSite, exception: ApexObject, name: string) {
    const results = stateOf(exception).dmlResults;
    if (results === undefined) {
        throw new UnsupportedError(`${name} on a ${exception.cls.name} that no DML threw`, site.loc);
    }
    return results.flatMap((result, index) => (result.success ? [] : [{ index, result }]));
}

function failedRow(site: CallSite, exception: ApexObject, name: string, args: readonly ApexValue[]) {
    arity(site, name, args, 1);
    const position = integerArg(site, name, args, 0);
    const row = failedRows(site, exception, name)[position];
    if (row === undefined) {
        throw new UnsupportedError(`${name}(${position}) past the failed rows`, site.loc);
    }
    return row;
}

/**
 * DmlException's methods about its failed rows (DmlException Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_DmlException.htm):
 * the i-th failed row's Id, original index, first error's message, status code and fields.
 */
export function installDmlExceptionMethods(registry: BuiltinRegistry): void {
    registry.addInstance('Exception', 'getNumDml', (site, exception, args) => {
        arity(site, 'DmlException.getNumDml', args, 0);
        return integer(failedRows(site, exception, 'DmlException.getNumDml').length);
    });
    registry.addInstance('Exception', 'getDmlIndex', (site, exception, args) =>
        integer(failedRow(site, exception, 'DmlException.getDmlIndex', args).index)
    );
    registry.addInstance(
        'Exception',
        'getDmlId',
        (site, exception, args) => failedRow(site, exception, 'DmlException.getDmlId', args).result.id
    );
    registry.addInstance('Exception', 'getDmlMessage', (site, exception, args) => {
        const { result } = failedRow(site, exception, 'DmlException.getDmlMessage', args);
        return result.errors[0]?.message ?? null;
    });
    registry.addInstance('Exception', 'getDmlFieldNames', (site, exception, args) => {
        const { result } = failedRow(site, exception, 'DmlException.getDmlFieldNames', args);
        return newList(primitive('String'), [...(result.errors[0]?.fields ?? [])]);
    });
    registry.addInstance('Exception', 'getDmlType', (site, exception, args) => {
        const { result } = failedRow(site, exception, 'DmlException.getDmlType', args);
        return statusCodeValue(site, result.errors[0]?.statusCode ?? 'UNKNOWN_EXCEPTION');
    });
}

/** A StatusCode constant, by its name. */
export function statusCodeValue(site: CallSite, code: string): ApexValue {
    const statusCode = site.interpreter.table.systemType('StatusCode');
    if (statusCode?.kind !== 'enum') {
        throw new Error('StatusCode missing');
    }
    const value = site.interpreter.enumConstants(statusCode).find((constant) => constant.name === code);
    if (value === undefined) {
        throw new Error(`status code ${code} is not in the runtime's StatusCode enum`);
    }
    return value;
}
