import type { FieldValue } from '../values';

/** A SOQL query as the org's parser reads it from the text the Apex tree keeps. */
export interface SoqlQuery {
    readonly select: readonly SelectItem[];
    /** The object, or for a child subquery the child relationship name. */
    readonly from: string;
    readonly where: Condition | null;
    readonly accessMode: AccessMode;
    readonly groupBy: readonly Operand[];
    readonly having: Condition | null;
    readonly orderBy: readonly OrderItem[];
    readonly limit: Amount | null;
    readonly offset: Amount | null;
    readonly forUpdate: boolean;
    readonly allRows: boolean;
}

/** `WITH USER_MODE`, `WITH SYSTEM_MODE`, `WITH SECURITY_ENFORCED`, or none given. */
export type AccessMode = 'USER_MODE' | 'SYSTEM_MODE' | 'SECURITY_ENFORCED' | 'DEFAULT';

export interface FieldPath {
    readonly kind: 'field';
    /** As written: `['Group__r', 'Status__c']`. */
    readonly path: readonly string[];
}

export interface FunctionCall {
    readonly kind: 'function';
    /** Upper-case: `COUNT`, `CALENDAR_YEAR`. */
    readonly name: string;
    readonly args: readonly Operand[];
}

export type Operand = FieldPath | FunctionCall;

export type SelectItem =
    | { readonly kind: 'expression'; readonly expression: Operand; readonly alias: string | null }
    | { readonly kind: 'subquery'; readonly query: SoqlQuery };

/** A `:expression` bind: its Apex source text and where it starts in the query text. */
export interface Bind {
    readonly kind: 'bind';
    readonly text: string;
    readonly offset: number;
}

export type Amount = { readonly kind: 'number'; readonly value: number } | Bind;

export type Value =
    | { readonly kind: 'literal'; readonly value: FieldValue }
    /** A string literal; `pattern` keeps the `\%` and `\_` a LIKE pattern needs. */
    | { readonly kind: 'string'; readonly value: string; readonly pattern: string }
    | { readonly kind: 'dateLiteral'; readonly name: string; readonly n: number | null }
    | { readonly kind: 'list'; readonly items: readonly Value[] }
    | { readonly kind: 'subquery'; readonly query: SoqlQuery }
    | Bind;

export type ComparisonOperator =
    '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'IN' | 'NOT IN' | 'INCLUDES' | 'EXCLUDES';

export type Condition =
    | { readonly kind: 'and' | 'or'; readonly items: readonly Condition[] }
    | { readonly kind: 'not'; readonly item: Condition }
    | {
          readonly kind: 'compare';
          readonly left: Operand;
          readonly operator: ComparisonOperator;
          readonly right: Value;
      };

export interface OrderItem {
    readonly expression: Operand;
    readonly descending: boolean;
    /** Null when the query does not say: nulls then sort first (ORDER BY, SOQL and SOSL Reference). */
    readonly nullsLast: boolean | null;
}
