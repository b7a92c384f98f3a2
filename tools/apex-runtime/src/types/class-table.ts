import type {
    Annotation,
    Block,
    Expression,
    Member,
    Parameter,
    PropertyAccessor,
    SourceLocation,
    TypeDeclaration,
    TypeRef
} from '../parser/ast';
import { UnsupportedError } from '../unsupported';

export interface FieldInfo {
    readonly name: string;
    readonly type: TypeRef;
    readonly init: Expression | null;
    readonly isStatic: boolean;
    /** Transient fields are left out of JSON.serialize. */
    readonly isTransient: boolean;
    readonly loc: SourceLocation;
}

export interface PropertyInfo {
    readonly name: string;
    readonly type: TypeRef;
    readonly isStatic: boolean;
    readonly getter: PropertyAccessor | null;
    readonly setter: PropertyAccessor | null;
    readonly loc: SourceLocation;
}

export interface MethodInfo {
    readonly name: string;
    readonly owner: ClassInfo;
    readonly isStatic: boolean;
    readonly parameters: readonly Parameter[];
    /** Null for void. */
    readonly returnType: TypeRef | null;
    /** Null for abstract and interface methods. */
    readonly body: Block | null;
    readonly annotations: readonly Annotation[];
    readonly isTestMethod: boolean;
    readonly loc: SourceLocation;
}

export interface ConstructorInfo {
    readonly owner: ClassInfo;
    readonly parameters: readonly Parameter[];
    readonly body: Block;
    readonly loc: SourceLocation;
}

/** What runs, in declaration order, when a class is first used (static) or an object is built. */
export type Initialiser = { kind: 'field'; field: FieldInfo } | { kind: 'block'; body: Block };

export interface ClassInfo {
    readonly kind: 'class' | 'interface';
    /** As Apex prints it: `Outer.Inner`, or `System.NullPointerException` for built-in exceptions. */
    readonly name: string;
    readonly simpleName: string;
    readonly file: string | null;
    readonly outer: ClassInfo | null;
    readonly loc: SourceLocation | null;
    superclass: ClassInfo | null;
    interfaces: ClassInfo[];
    readonly isAbstract: boolean;
    readonly isVirtual: boolean;
    readonly annotations: readonly Annotation[];
    /** The class's own `with sharing`, `without sharing` or `inherited sharing`; null when it declares none. */
    readonly sharing: SharingKeyword | null;
    /** Built-in types have no Apex source; their behaviour lives in the standard library. */
    readonly isBuiltin: boolean;
    readonly instanceInitialisers: Initialiser[];
    readonly staticInitialisers: Initialiser[];
    /** Fields and properties by lower-case name. */
    readonly fields: Map<string, FieldInfo>;
    readonly properties: Map<string, PropertyInfo>;
    /** Methods by lower-case name, overloads in declaration order. */
    readonly methods: Map<string, MethodInfo[]>;
    readonly constructors: ConstructorInfo[];
    readonly innerTypes: Map<string, TypeInfo>;
    /** Unresolved supertypes, linked once every class is known. */
    readonly declaredSupertypes: { extendsTypes: readonly TypeRef[]; implementsTypes: readonly TypeRef[] };
}

export interface EnumInfo {
    readonly kind: 'enum';
    readonly name: string;
    readonly outer: ClassInfo | null;
    readonly values: readonly string[];
    readonly isBuiltin: boolean;
}

export type TypeInfo = ClassInfo | EnumInfo;

export type SharingKeyword = 'with' | 'without' | 'inherited';

const SHARING_KEYWORDS: readonly SharingKeyword[] = ['with', 'without', 'inherited'];

/** The sharing keyword among a declaration's modifiers, lowered as `with sharing` and so on. */
function sharingKeywordOf(keywords: ReadonlySet<string>): SharingKeyword | null {
    return SHARING_KEYWORDS.find((keyword) => keywords.has(`${keyword} sharing`)) ?? null;
}

export function emptyClass(init: {
    kind: 'class' | 'interface';
    name: string;
    simpleName: string;
    file: string | null;
    outer: ClassInfo | null;
    loc: SourceLocation | null;
    isAbstract: boolean;
    isVirtual: boolean;
    annotations: readonly Annotation[];
    isBuiltin: boolean;
    extendsTypes: readonly TypeRef[];
    implementsTypes: readonly TypeRef[];
    sharing?: SharingKeyword | null;
}): ClassInfo {
    return {
        kind: init.kind,
        name: init.name,
        simpleName: init.simpleName,
        file: init.file,
        outer: init.outer,
        loc: init.loc,
        superclass: null,
        interfaces: [],
        isAbstract: init.isAbstract,
        isVirtual: init.isVirtual,
        annotations: init.annotations,
        sharing: init.sharing ?? null,
        isBuiltin: init.isBuiltin,
        instanceInitialisers: [],
        staticInitialisers: [],
        fields: new Map(),
        properties: new Map(),
        methods: new Map(),
        constructors: [],
        innerTypes: new Map(),
        declaredSupertypes: { extendsTypes: init.extendsTypes, implementsTypes: init.implementsTypes }
    };
}

function hasAnnotation(annotations: readonly Annotation[], name: string): boolean {
    return annotations.some((annotation) => annotation.name === name);
}

/** Builds the table entry of a declaration and of its inner types. */
export function typeInfoOf(declaration: TypeDeclaration, file: string, outer: ClassInfo | null): TypeInfo {
    const name = outer === null ? declaration.name : `${outer.name}.${declaration.name}`;
    if (declaration.kind === 'enum') {
        return { kind: 'enum', name, outer, values: declaration.values, isBuiltin: false };
    }
    const keywords = declaration.modifiers.keywords;
    const cls = emptyClass({
        kind: declaration.kind,
        name,
        simpleName: declaration.name,
        file,
        outer,
        loc: declaration.loc,
        isAbstract: keywords.has('abstract') || declaration.kind === 'interface',
        isVirtual: keywords.has('virtual'),
        annotations: declaration.modifiers.annotations,
        sharing: sharingKeywordOf(keywords),
        isBuiltin: false,
        extendsTypes:
            declaration.kind === 'class'
                ? declaration.extendsType === null
                    ? []
                    : [declaration.extendsType]
                : declaration.extendsTypes,
        implementsTypes: declaration.kind === 'class' ? declaration.implementsTypes : []
    });
    addMembers(cls, declaration.members, file);
    return cls;
}

/** Adds members to a class; also used for the members declared in an anonymous block. */
export function addMembers(cls: ClassInfo, members: readonly Member[], file: string): void {
    for (const member of members) {
        switch (member.kind) {
            case 'field':
                for (const declarator of member.declarators) {
                    const isStatic = member.modifiers.keywords.has('static');
                    const field: FieldInfo = {
                        name: declarator.name,
                        type: member.type,
                        init: declarator.init,
                        isStatic,
                        isTransient: member.modifiers.keywords.has('transient'),
                        loc: declarator.loc
                    };
                    cls.fields.set(declarator.name.toLowerCase(), field);
                    (isStatic ? cls.staticInitialisers : cls.instanceInitialisers).push({ kind: 'field', field });
                }
                break;
            case 'property':
                cls.properties.set(member.name.toLowerCase(), {
                    name: member.name,
                    type: member.type,
                    isStatic: member.modifiers.keywords.has('static'),
                    getter: member.getter,
                    setter: member.setter,
                    loc: member.loc
                });
                break;
            case 'method': {
                const key = member.name.toLowerCase();
                const overloads = cls.methods.get(key) ?? [];
                overloads.push({
                    name: member.name,
                    owner: cls,
                    isStatic: member.modifiers.keywords.has('static'),
                    parameters: member.parameters,
                    returnType: member.returnType,
                    body: member.body,
                    annotations: member.modifiers.annotations,
                    isTestMethod:
                        member.modifiers.keywords.has('testmethod') ||
                        hasAnnotation(member.modifiers.annotations, 'istest'),
                    loc: member.loc
                });
                cls.methods.set(key, overloads);
                break;
            }
            case 'constructor':
                cls.constructors.push({
                    owner: cls,
                    parameters: member.parameters,
                    body: member.body,
                    loc: member.loc
                });
                break;
            case 'initializer':
                (member.isStatic ? cls.staticInitialisers : cls.instanceInitialisers).push({
                    kind: 'block',
                    body: member.body
                });
                break;
            case 'type': {
                const inner = typeInfoOf(member.declaration, file, cls);
                cls.innerTypes.set(member.declaration.name.toLowerCase(), inner);
                break;
            }
        }
    }
}

/**
 * Every type the runtime knows: the project's classes, interfaces and enums, and the built-in
 * types of the System namespace. Names are case-insensitive, as in Apex.
 */
export class ClassTable {
    private readonly topLevel = new Map<string, TypeInfo>();
    private readonly system = new Map<string, TypeInfo>();
    private readonly platformInterfaces = new Map<string, ClassInfo>();
    private readonly unloadable = new Map<ClassInfo, UnsupportedError>();

    addTopLevel(info: TypeInfo): void {
        const key = info.name.toLowerCase();
        if (this.topLevel.has(key)) {
            throw new Error(`type ${info.name} is declared twice`);
        }
        this.topLevel.set(key, info);
    }

    addSystemType(simpleName: string, info: TypeInfo): void {
        this.system.set(simpleName.toLowerCase(), info);
    }

    systemType(simpleName: string): TypeInfo | undefined {
        return this.system.get(simpleName.toLowerCase());
    }

    topLevelTypes(): TypeInfo[] {
        return [...this.topLevel.values()];
    }

    /**
     * A type name as written inside `from`: its own and its enclosing classes' inner types, inner
     * types inherited from superclasses, top-level types, then System types.
     */
    resolve(path: readonly string[], from: ClassInfo | null): TypeInfo | undefined {
        const [first, ...rest] = path;
        if (first === undefined) {
            return undefined;
        }
        let found: TypeInfo | undefined;
        if (first.toLowerCase() === 'system' && rest.length > 0) {
            found = this.system.get(rest[0]?.toLowerCase() ?? '');
            return found === undefined ? undefined : this.walkInner(found, rest.slice(1));
        }
        found = this.resolveSimple(first, from);
        return found === undefined ? undefined : this.walkInner(found, rest);
    }

    private resolveSimple(name: string, from: ClassInfo | null): TypeInfo | undefined {
        const key = name.toLowerCase();
        for (let scope: ClassInfo | null = from; scope !== null; scope = scope.outer) {
            if (scope.simpleName.toLowerCase() === key && scope.outer === null) {
                return scope;
            }
            for (let ancestor: ClassInfo | null = scope; ancestor !== null; ancestor = ancestor.superclass) {
                const inner = ancestor.innerTypes.get(key);
                if (inner !== undefined) {
                    return inner;
                }
            }
        }
        return this.topLevel.get(key) ?? this.system.get(key);
    }

    private walkInner(start: TypeInfo, rest: readonly string[]): TypeInfo | undefined {
        let current: TypeInfo = start;
        for (const segment of rest) {
            if (current.kind === 'enum') {
                return undefined;
            }
            const inner = current.innerTypes.get(segment.toLowerCase());
            if (inner === undefined) {
                return undefined;
            }
            current = inner;
        }
        return current;
    }

    /** Resolves every class's supertypes; a class extending a type nobody declares is not usable. */
    link(): void {
        this.topLevel.forEach((info) => this.linkNested(info));
    }

    /** Links a type and its inner types; also used for the classes an anonymous block declares. */
    linkNested(info: TypeInfo): void {
        if (info.kind === 'enum') {
            return;
        }
        this.linkClass(info);
        info.innerTypes.forEach((inner) => this.linkNested(inner));
    }

    /** Why a class cannot be used (its superclass is unknown), or undefined. */
    unloadableReason(cls: ClassInfo): UnsupportedError | undefined {
        return this.unloadable.get(cls);
    }

    private linkClass(cls: ClassInfo): void {
        const scope = cls.outer ?? cls;
        const { extendsTypes, implementsTypes } = cls.declaredSupertypes;
        const superRefs = cls.kind === 'class' ? extendsTypes : [];
        const interfaceRefs = cls.kind === 'class' ? implementsTypes : extendsTypes;
        const superRef = superRefs[0];
        if (superRef !== undefined) {
            const found = this.resolve(superRef.path, scope);
            if (found === undefined || found.kind === 'enum') {
                this.unloadable.set(cls, new UnsupportedError(`superclass ${superRef.text} of ${cls.name}`, cls.loc));
            } else {
                cls.superclass = found;
            }
        }
        cls.interfaces = interfaceRefs.map((ref) => {
            const found = this.resolve(ref.path, scope);
            return found !== undefined && found.kind !== 'enum' ? found : this.platformInterface(ref);
        });
    }

    /** A platform interface a class of the project implements, by its name as written. */
    platformInterfaceNamed(path: readonly string[]): ClassInfo | undefined {
        return this.platformInterfaces.get(path.join('.').toLowerCase());
    }

    /**
     * A platform interface such as Database.Batchable or Schedulable: a name to implement and to
     * test with instanceof. Whatever the platform does with it is not simulated by this.
     */
    private platformInterface(ref: TypeRef): ClassInfo {
        const key = ref.path.join('.').toLowerCase();
        let found = this.platformInterfaces.get(key);
        if (found === undefined) {
            found = emptyClass({
                kind: 'interface',
                name: ref.path.join('.'),
                simpleName: ref.path[ref.path.length - 1] ?? ref.text,
                file: null,
                outer: null,
                loc: null,
                isAbstract: true,
                isVirtual: false,
                annotations: [],
                isBuiltin: true,
                extendsTypes: [],
                implementsTypes: []
            });
            this.platformInterfaces.set(key, found);
        }
        return found;
    }
}
