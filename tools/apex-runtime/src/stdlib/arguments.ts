import type { CallSite } from '../interpreter/builtins';
import { isNumber, type ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';

/** The signature a built-in was called with, for UNSUPPORTED messages: `String.substring(Integer, Integer)`. */
export function signature(name: string, args: readonly ApexValue[]): string {
    const kinds = args.map((arg) =>
        arg === null ? 'null' : typeof arg === 'string' ? 'String' : typeof arg === 'boolean' ? 'Boolean' : arg.kind
    );
    return `${name}(${kinds.join(', ')})`;
}

export function unsupportedCall(site: CallSite, name: string, args: readonly ApexValue[]): never {
    throw new UnsupportedError(signature(name, args), site.loc);
}

/** A String argument; a null one dereferences null, as the platform's String methods do. */
export function stringArg(site: CallSite, name: string, args: readonly ApexValue[], index: number): string {
    const arg = args[index] ?? null;
    if (arg === null) {
        return site.interpreter.nullPointer();
    }
    if (typeof arg !== 'string') {
        return unsupportedCall(site, name, args);
    }
    return arg;
}

/** An Integer argument; a null one dereferences null. */
export function integerArg(site: CallSite, name: string, args: readonly ApexValue[], index: number): number {
    const arg = args[index] ?? null;
    if (arg === null) {
        return site.interpreter.nullPointer();
    }
    if (!isNumber(arg) || arg.kind !== 'Integer') {
        return unsupportedCall(site, name, args);
    }
    return arg.value;
}

export function arity(site: CallSite, name: string, args: readonly ApexValue[], ...counts: number[]): void {
    if (!counts.includes(args.length)) {
        unsupportedCall(site, name, args);
    }
}
