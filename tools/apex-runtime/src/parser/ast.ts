/**
 * The runtime's own syntax tree. The parser adapter lowers every ANTLR parse tree into these
 * types once; no other layer sees the parser's contexts. Every node carries where it came from.
 */

export interface SourceLocation {
    readonly file: string;
    /** 1-based, as the platform reports it. */
    readonly line: number;
    /** 1-based, as the platform reports it. */
    readonly column: number;
}

/**
 * A type as written. Arrays are lowered to List (`String[]` is `List<String>`), and only the last
 * segment of a dotted name carries type arguments, as in Apex.
 */
export interface TypeRef {
    readonly path: readonly string[];
    readonly args: readonly TypeRef[];
    /** The source text, for messages. */
    readonly text: string;
}

export interface Annotation {
    /** Lower-case name without the `@`, e.g. `istest`. */
    readonly name: string;
    /** Lower-case parameter names to their literal text (`true`, `'x'`), empty when none. */
    readonly params: ReadonlyMap<string, string>;
}

/** Lower-case modifier keywords (`public`, `static`, `with sharing`, ...) and annotations. */
export interface Modifiers {
    readonly keywords: ReadonlySet<string>;
    readonly annotations: readonly Annotation[];
}

// ---------------------------------------------------------------- expressions

export type NumericLiteralType = 'Integer' | 'Long' | 'Double' | 'Decimal';

export type Expression =
    | { kind: 'literal'; loc: SourceLocation; type: NumericLiteralType; text: string }
    | { kind: 'string'; loc: SourceLocation; value: string }
    | { kind: 'boolean'; loc: SourceLocation; value: boolean }
    | { kind: 'null'; loc: SourceLocation }
    | { kind: 'name'; loc: SourceLocation; name: string }
    | { kind: 'this'; loc: SourceLocation }
    | { kind: 'super'; loc: SourceLocation }
    | { kind: 'classLiteral'; loc: SourceLocation; type: TypeRef | null }
    | { kind: 'field'; loc: SourceLocation; target: Expression; name: string; nullSafe: boolean }
    | {
          kind: 'call';
          loc: SourceLocation;
          /** Null for an unqualified call such as `total(x)`. */
          target: Expression | null;
          name: string;
          args: readonly Expression[];
          nullSafe: boolean;
      }
    | { kind: 'constructorCall'; loc: SourceLocation; which: 'this' | 'super'; args: readonly Expression[] }
    | { kind: 'index'; loc: SourceLocation; target: Expression; index: Expression }
    | { kind: 'new'; loc: SourceLocation; type: TypeRef; args: readonly Expression[] }
    | { kind: 'newWithFields'; loc: SourceLocation; type: TypeRef; fields: readonly FieldInitialiser[] }
    | { kind: 'newCollection'; loc: SourceLocation; type: TypeRef; elements: readonly Expression[] }
    | { kind: 'newMap'; loc: SourceLocation; type: TypeRef; entries: readonly MapEntryInitialiser[] }
    | { kind: 'newArray'; loc: SourceLocation; type: TypeRef; size: Expression }
    | { kind: 'unary'; loc: SourceLocation; op: '-' | '+' | '!' | '~'; operand: Expression }
    | { kind: 'increment'; loc: SourceLocation; op: '++' | '--'; prefix: boolean; target: Expression }
    | { kind: 'binary'; loc: SourceLocation; op: BinaryOperator; left: Expression; right: Expression }
    | { kind: 'instanceof'; loc: SourceLocation; operand: Expression; type: TypeRef }
    | { kind: 'cast'; loc: SourceLocation; type: TypeRef; operand: Expression }
    | { kind: 'conditional'; loc: SourceLocation; condition: Expression; whenTrue: Expression; whenFalse: Expression }
    | { kind: 'assign'; loc: SourceLocation; op: AssignOperator; target: Expression; value: Expression }
    | { kind: 'soql'; loc: SourceLocation; text: string }
    | { kind: 'sosl'; loc: SourceLocation; text: string };

export interface FieldInitialiser {
    readonly name: string;
    readonly value: Expression;
}

export interface MapEntryInitialiser {
    readonly key: Expression;
    readonly value: Expression;
}

export type BinaryOperator =
    | '*'
    | '/'
    | '+'
    | '-'
    | '<<'
    | '>>'
    | '>>>'
    | '<'
    | '>'
    | '<='
    | '>='
    | '=='
    | '!='
    | '==='
    | '!=='
    | '&'
    | '^'
    | '|'
    | '&&'
    | '||'
    | '??';

export type AssignOperator = '=' | '+=' | '-=' | '*=' | '/=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '>>>=';

// ---------------------------------------------------------------- statements

export interface VariableDeclarator {
    readonly name: string;
    readonly init: Expression | null;
    readonly loc: SourceLocation;
}

export type WhenLiteral =
    | { kind: 'integer'; text: string }
    | { kind: 'long'; text: string }
    | { kind: 'string'; value: string }
    | { kind: 'null' }
    | { kind: 'enum'; name: string };

export type WhenClause =
    | { kind: 'values'; values: readonly WhenLiteral[]; body: Block; loc: SourceLocation }
    | { kind: 'type'; type: TypeRef; name: string; body: Block; loc: SourceLocation }
    | { kind: 'else'; body: Block; loc: SourceLocation };

export interface CatchClause {
    readonly type: TypeRef;
    readonly name: string;
    readonly body: Block;
    readonly loc: SourceLocation;
}

export type DmlOperation = 'insert' | 'update' | 'upsert' | 'delete' | 'undelete' | 'merge';

export interface Block {
    readonly kind: 'block';
    readonly loc: SourceLocation;
    readonly statements: readonly Statement[];
}

export type Statement =
    | Block
    | { kind: 'empty'; loc: SourceLocation }
    | { kind: 'localVariable'; loc: SourceLocation; type: TypeRef; declarators: readonly VariableDeclarator[] }
    | { kind: 'expression'; loc: SourceLocation; expression: Expression }
    | { kind: 'if'; loc: SourceLocation; condition: Expression; then: Statement; otherwise: Statement | null }
    | { kind: 'while'; loc: SourceLocation; condition: Expression; body: Statement }
    | { kind: 'doWhile'; loc: SourceLocation; condition: Expression; body: Block }
    | {
          kind: 'for';
          loc: SourceLocation;
          init: Statement | readonly Expression[] | null;
          condition: Expression | null;
          update: readonly Expression[];
          body: Statement;
      }
    | { kind: 'forEach'; loc: SourceLocation; type: TypeRef; name: string; iterable: Expression; body: Statement }
    | { kind: 'switch'; loc: SourceLocation; subject: Expression; whens: readonly WhenClause[] }
    | { kind: 'try'; loc: SourceLocation; body: Block; catches: readonly CatchClause[]; finally: Block | null }
    | { kind: 'return'; loc: SourceLocation; value: Expression | null }
    | { kind: 'throw'; loc: SourceLocation; value: Expression }
    | { kind: 'break'; loc: SourceLocation }
    | { kind: 'continue'; loc: SourceLocation }
    | {
          kind: 'dml';
          loc: SourceLocation;
          operation: DmlOperation;
          operands: readonly Expression[];
          accessLevel: 'user' | 'system' | null;
          externalIdField: string | null;
      }
    | { kind: 'runAs'; loc: SourceLocation; args: readonly Expression[]; body: Block };

// ---------------------------------------------------------------- declarations

export interface Parameter {
    readonly type: TypeRef;
    readonly name: string;
    readonly modifiers: Modifiers;
}

export interface PropertyAccessor {
    readonly modifiers: Modifiers;
    /** Null for an automatic accessor (`get;`). */
    readonly body: Block | null;
}

export type Member =
    | {
          kind: 'field';
          loc: SourceLocation;
          modifiers: Modifiers;
          type: TypeRef;
          declarators: readonly VariableDeclarator[];
      }
    | {
          kind: 'property';
          loc: SourceLocation;
          modifiers: Modifiers;
          type: TypeRef;
          name: string;
          getter: PropertyAccessor | null;
          setter: PropertyAccessor | null;
      }
    | {
          kind: 'method';
          loc: SourceLocation;
          modifiers: Modifiers;
          /** Null for void. */
          returnType: TypeRef | null;
          name: string;
          parameters: readonly Parameter[];
          /** Null for an abstract or interface method. */
          body: Block | null;
      }
    | { kind: 'constructor'; loc: SourceLocation; modifiers: Modifiers; parameters: readonly Parameter[]; body: Block }
    | { kind: 'initializer'; loc: SourceLocation; isStatic: boolean; body: Block }
    | { kind: 'type'; loc: SourceLocation; declaration: TypeDeclaration };

export type TypeDeclaration =
    | {
          kind: 'class';
          loc: SourceLocation;
          modifiers: Modifiers;
          name: string;
          extendsType: TypeRef | null;
          implementsTypes: readonly TypeRef[];
          members: readonly Member[];
      }
    | {
          kind: 'interface';
          loc: SourceLocation;
          modifiers: Modifiers;
          name: string;
          extendsTypes: readonly TypeRef[];
          members: readonly Member[];
      }
    | { kind: 'enum'; loc: SourceLocation; modifiers: Modifiers; name: string; values: readonly string[] };

export interface CompilationUnit {
    readonly kind: 'compilationUnit';
    readonly file: string;
    readonly declaration: TypeDeclaration;
}

/** Anonymous Apex: declarations are hoisted, statements run in order. */
export interface AnonymousUnit {
    readonly kind: 'anonymousUnit';
    readonly file: string;
    readonly members: readonly Member[];
    readonly body: Block;
}

export interface TriggerUnit {
    readonly kind: 'triggerUnit';
    readonly file: string;
    readonly loc: SourceLocation;
    readonly name: string;
    readonly objectName: string;
    readonly events: readonly string[];
    readonly members: readonly Member[];
    readonly body: Block;
}
