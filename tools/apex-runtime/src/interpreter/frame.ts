import type { SourceLocation } from '../parser/ast';
import type { ApexType } from '../types/apex-type';
import type { ClassInfo, PropertyInfo } from '../types/class-table';
import type { ApexObject, ApexValue } from './values';

export interface Variable {
    value: ApexValue;
    readonly type: ApexType;
}

/** A block's variables; lookups fall through to the enclosing blocks of the same call. */
export class Scope {
    private readonly variables = new Map<string, Variable>();

    constructor(readonly parent: Scope | null) {}

    lookup(name: string): Variable | undefined {
        return this.variables.get(name.toLowerCase()) ?? this.parent?.lookup(name);
    }

    declare(name: string, type: ApexType, value: ApexValue): void {
        this.variables.set(name.toLowerCase(), { value, type });
    }
}

/** One Apex call on the stack. */
export interface Frame {
    /** The class whose code runs, for names; null in anonymous Apex outside any class. */
    readonly cls: ClassInfo | null;
    /** `this`, or null in static code. */
    readonly self: ApexObject | null;
    /** As a stack trace names it: `Class.Foo.bar`, `AnonymousBlock`. */
    readonly name: string;
    /** Inside a property accessor the property's own name means its stored value. */
    readonly accessorOf: PropertyInfo | null;
    scope: Scope;
    /** The statement running now, for stack traces. */
    loc: SourceLocation;
}
