import type { ClassInfo, EnumInfo } from './class-table';

export type PrimitiveName =
    | 'Integer'
    | 'Long'
    | 'Double'
    | 'Decimal'
    | 'String'
    | 'Boolean'
    | 'Id'
    | 'Date'
    | 'Datetime'
    | 'Time'
    | 'Blob'
    | 'Object';

/** A resolved type: what a declaration, a cast, `instanceof` or a collection's element type names. */
export type ApexType =
    | { kind: 'primitive'; name: PrimitiveName }
    | { kind: 'list'; element: ApexType }
    | { kind: 'set'; element: ApexType }
    | { kind: 'map'; key: ApexType; value: ApexType }
    | { kind: 'class'; cls: ClassInfo }
    | { kind: 'enum'; info: EnumInfo }
    | { kind: 'sobject'; name: string }
    | { kind: 'void' };

const PRIMITIVES: ReadonlyMap<string, PrimitiveName> = new Map(
    (
        [
            'Integer',
            'Long',
            'Double',
            'Decimal',
            'String',
            'Boolean',
            'Id',
            'Date',
            'Datetime',
            'Time',
            'Blob',
            'Object'
        ] as const
    ).map((name) => [name.toLowerCase(), name])
);

export function primitiveNamed(name: string): PrimitiveName | undefined {
    return PRIMITIVES.get(name.toLowerCase());
}

export function primitive(name: PrimitiveName): ApexType {
    return { kind: 'primitive', name };
}

export const OBJECT_TYPE: ApexType = primitive('Object');

/** The numeric widening order the Apex Developer Guide documents: Integer, Long, Double, Decimal. */
export const NUMERIC_RANK: Readonly<Record<string, number>> = { Integer: 1, Long: 2, Double: 3, Decimal: 4 };

/** The name Apex prints for a type, e.g. `List<String>` or `Outer.Inner`. */
export function typeName(type: ApexType): string {
    switch (type.kind) {
        case 'primitive':
            return type.name;
        case 'list':
            return `List<${typeName(type.element)}>`;
        case 'set':
            return `Set<${typeName(type.element)}>`;
        case 'map':
            return `Map<${typeName(type.key)},${typeName(type.value)}>`;
        case 'class':
            return type.cls.name;
        case 'enum':
            return type.info.name;
        case 'sobject':
            return type.name;
        case 'void':
            return 'void';
    }
}

/** Whether a class is the given class or inherits from it, through superclasses and interfaces. */
export function classExtends(cls: ClassInfo, ancestor: ClassInfo): boolean {
    if (cls === ancestor) {
        return true;
    }
    if (cls.superclass !== null && classExtends(cls.superclass, ancestor)) {
        return true;
    }
    return cls.interfaces.some((implemented) => classExtends(implemented, ancestor));
}

/** Whether a value of type `from` may be stored where `to` is declared (collections are covariant at run time). */
export function isAssignable(from: ApexType, to: ApexType): boolean {
    if (to.kind === 'primitive' && to.name === 'Object') {
        return true;
    }
    switch (from.kind) {
        case 'primitive':
            if (to.kind !== 'primitive') {
                return false;
            }
            if (from.name === to.name) {
                return true;
            }
            if (from.name === 'Id' && to.name === 'String') {
                return true;
            }
            return (NUMERIC_RANK[from.name] ?? 0) > 0 && (NUMERIC_RANK[from.name] ?? 0) < (NUMERIC_RANK[to.name] ?? 0);
        case 'list':
        case 'set':
            return to.kind === from.kind && isAssignable(from.element, to.element);
        case 'map':
            return to.kind === 'map' && isAssignable(from.key, to.key) && isAssignable(from.value, to.value);
        case 'class':
            return to.kind === 'class' && classExtends(from.cls, to.cls);
        case 'enum':
            return to.kind === 'enum' && to.info === from.info;
        case 'sobject':
            return (
                to.kind === 'sobject' &&
                (to.name.toLowerCase() === 'sobject' || to.name.toLowerCase() === from.name.toLowerCase())
            );
        case 'void':
            return false;
    }
}
