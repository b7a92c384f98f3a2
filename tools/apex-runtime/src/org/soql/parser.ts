import { UnsupportedError } from '../../unsupported';
import { date, dateTime } from '../values';
import type {
    AccessMode,
    Amount,
    ComparisonOperator,
    Condition,
    Operand,
    OrderItem,
    SelectItem,
    SoqlQuery,
    Value
} from './ast';
import { SoqlSyntaxError, tokenize, type Token } from './lexer';

/**
 * Parses the text of a SOQL expression as the Apex tree keeps it (`[SELECT ...]`, brackets
 * included or not). Grammar: SOQL SELECT Syntax, SOQL and SOSL Reference
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select.htm).
 */
export function parseSoql(text: string): SoqlQuery {
    const parser = new Parser(tokenize(text));
    parser.acceptSymbol('[');
    const query = parser.query();
    parser.acceptSymbol(']');
    parser.expectEnd();
    return query;
}

const AGGREGATES = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

class Parser {
    private index = 0;

    constructor(private readonly tokens: readonly Token[]) {}

    query(): SoqlQuery {
        this.expectKeyword('SELECT');
        if (this.isKeyword('TYPEOF')) {
            throw new UnsupportedError('SOQL TYPEOF');
        }
        const select = this.list(() => this.selectItem());
        this.expectKeyword('FROM');
        const from = this.identifier();
        if (this.acceptKeyword('USING')) {
            throw new UnsupportedError('SOQL USING SCOPE');
        }
        const where = this.acceptKeyword('WHERE') ? this.condition() : null;
        const accessMode = this.withClause();
        const groupBy = this.acceptKeywords('GROUP', 'BY') ? this.groupBy() : [];
        const having = this.acceptKeyword('HAVING') ? this.condition() : null;
        const orderBy = this.acceptKeywords('ORDER', 'BY') ? this.list(() => this.orderItem()) : [];
        const limit = this.acceptKeyword('LIMIT') ? this.amount() : null;
        const offset = this.acceptKeyword('OFFSET') ? this.amount() : null;
        const forUpdate = this.forClause();
        const allRows = this.acceptKeywords('ALL', 'ROWS');
        const query = { select, from, where, accessMode, groupBy, having, orderBy, limit, offset, forUpdate, allRows };
        checkAggregateRules(query, this.peek().offset);
        return query;
    }

    private selectItem(): SelectItem {
        if (this.acceptSymbol('(')) {
            const query = this.query();
            this.expectSymbol(')');
            return { kind: 'subquery', query };
        }
        const expression = this.operand();
        const next = this.peek();
        const alias =
            next.kind === 'identifier' && !this.isKeyword('FROM') && !next.text.includes('.')
                ? this.identifier()
                : null;
        return { kind: 'expression', expression, alias };
    }

    private operand(): Operand {
        const name = this.identifier();
        if (this.acceptSymbol('(')) {
            const upper = name.toUpperCase();
            if (upper === 'FIELDS') {
                throw new UnsupportedError('SOQL FIELDS()');
            }
            const args = this.isSymbol(')') ? [] : this.list(() => this.operand());
            this.expectSymbol(')');
            return { kind: 'function', name: upper, args };
        }
        return { kind: 'field', path: name.split('.') };
    }

    private withClause(): AccessMode {
        if (!this.acceptKeyword('WITH')) {
            return 'DEFAULT';
        }
        const mode = this.identifier().toUpperCase();
        if (mode === 'USER_MODE' || mode === 'SYSTEM_MODE' || mode === 'SECURITY_ENFORCED') {
            return mode;
        }
        throw new UnsupportedError(`SOQL WITH ${mode}`);
    }

    private groupBy(): Operand[] {
        if (this.isKeyword('ROLLUP') || this.isKeyword('CUBE')) {
            throw new UnsupportedError('SOQL GROUP BY ROLLUP or CUBE');
        }
        return this.list(() => this.operand());
    }

    private orderItem(): OrderItem {
        const expression = this.operand();
        const descending = this.acceptKeyword('DESC') ? true : (this.acceptKeyword('ASC'), false);
        let nullsLast: boolean | null = null;
        if (this.acceptKeyword('NULLS')) {
            nullsLast = this.acceptKeyword('LAST') ? true : (this.expectKeyword('FIRST'), false);
        }
        return { expression, descending, nullsLast };
    }

    private forClause(): boolean {
        if (!this.acceptKeyword('FOR')) {
            return false;
        }
        if (this.acceptKeyword('UPDATE')) {
            return true;
        }
        throw new UnsupportedError(`SOQL FOR ${this.identifier().toUpperCase()}`);
    }

    private amount(): Amount {
        const token = this.next();
        if (token.kind === 'number' && Number.isInteger(token.value)) {
            return { kind: 'number', value: token.value };
        }
        if (token.kind === 'bind') {
            return { kind: 'bind', text: token.text, offset: token.offset };
        }
        throw new SoqlSyntaxError('LIMIT and OFFSET take an integer or a bind', token.offset);
    }

    /**
     * AND and OR cannot be mixed without parentheses (Logical Operators, SOQL and SOSL Reference:
     * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_logicaloperators.htm).
     */
    condition(): Condition {
        const first = this.unary();
        const joiner = this.isKeyword('AND') ? 'AND' : this.isKeyword('OR') ? 'OR' : null;
        if (joiner === null) {
            return first;
        }
        const items = [first];
        while (this.acceptKeyword(joiner)) {
            items.push(this.unary());
        }
        if (this.isKeyword('AND') || this.isKeyword('OR')) {
            throw new SoqlSyntaxError('AND and OR mixed without parentheses', this.peek().offset);
        }
        return { kind: joiner === 'AND' ? 'and' : 'or', items };
    }

    private unary(): Condition {
        if (this.acceptKeyword('NOT')) {
            return { kind: 'not', item: this.unary() };
        }
        if (this.acceptSymbol('(')) {
            const inner = this.condition();
            this.expectSymbol(')');
            return inner;
        }
        const left = this.operand();
        const operator = this.operator();
        return { kind: 'compare', left, operator, right: this.value(operator) };
    }

    private operator(): ComparisonOperator {
        const token = this.next();
        if (token.kind === 'symbol' && ['=', '!=', '<', '<=', '>', '>='].includes(token.text)) {
            return token.text as ComparisonOperator;
        }
        if (token.kind === 'identifier') {
            const word = token.text.toUpperCase();
            if (word === 'NOT') {
                this.expectKeyword('IN');
                return 'NOT IN';
            }
            if (word === 'LIKE' || word === 'IN' || word === 'INCLUDES' || word === 'EXCLUDES') {
                return word;
            }
        }
        throw new SoqlSyntaxError('comparison operator expected', token.offset);
    }

    private value(operator: ComparisonOperator): Value {
        const listOperator =
            operator === 'IN' || operator === 'NOT IN' || operator === 'INCLUDES' || operator === 'EXCLUDES';
        if (listOperator && this.acceptSymbol('(')) {
            if (this.isKeyword('SELECT')) {
                const query = this.query();
                this.expectSymbol(')');
                return { kind: 'subquery', query };
            }
            const items = this.list(() => this.scalar());
            this.expectSymbol(')');
            return { kind: 'list', items };
        }
        return this.scalar();
    }

    private scalar(): Value {
        const token = this.next();
        switch (token.kind) {
            case 'string':
                return { kind: 'string', value: token.value, pattern: token.pattern };
            case 'number':
                return { kind: 'literal', value: token.value };
            case 'date':
                return { kind: 'literal', value: date(token.text) };
            case 'datetime':
                return { kind: 'literal', value: dateTime(Date.parse(token.text)) };
            case 'bind':
                return { kind: 'bind', text: token.text, offset: token.offset };
            case 'identifier':
                return identifierValue(token.text);
            default:
                throw new SoqlSyntaxError('value expected', token.offset);
        }
    }

    list<T>(item: () => T): T[] {
        const items = [item()];
        while (this.acceptSymbol(',')) {
            items.push(item());
        }
        return items;
    }

    identifier(): string {
        const token = this.next();
        if (token.kind !== 'identifier') {
            throw new SoqlSyntaxError('name expected', token.offset);
        }
        return token.text;
    }

    private peek(): Token {
        return this.tokens[this.index] ?? { kind: 'end', offset: 0 };
    }

    private next(): Token {
        const token = this.peek();
        if (token.kind !== 'end') {
            this.index++;
        }
        return token;
    }

    private isKeyword(word: string): boolean {
        const token = this.peek();
        return token.kind === 'identifier' && token.text.toUpperCase() === word;
    }

    private isSymbol(symbol: string): boolean {
        const token = this.peek();
        return token.kind === 'symbol' && token.text === symbol;
    }

    private acceptKeyword(word: string): boolean {
        if (this.isKeyword(word)) {
            this.index++;
            return true;
        }
        return false;
    }

    private acceptKeywords(first: string, second: string): boolean {
        if (!this.isKeyword(first)) {
            return false;
        }
        this.index++;
        this.expectKeyword(second);
        return true;
    }

    private expectKeyword(word: string): void {
        if (!this.acceptKeyword(word)) {
            throw new SoqlSyntaxError(`${word} expected`, this.peek().offset);
        }
    }

    acceptSymbol(symbol: string): boolean {
        if (this.isSymbol(symbol)) {
            this.index++;
            return true;
        }
        return false;
    }

    private expectSymbol(symbol: string): void {
        if (!this.acceptSymbol(symbol)) {
            throw new SoqlSyntaxError(`${symbol} expected`, this.peek().offset);
        }
    }

    expectEnd(): void {
        if (this.peek().kind !== 'end') {
            throw new SoqlSyntaxError('unexpected text after the query', this.peek().offset);
        }
    }
}

function identifierValue(text: string): Value {
    const upper = text.toUpperCase();
    if (upper === 'NULL') {
        return { kind: 'literal', value: null };
    }
    if (upper === 'TRUE' || upper === 'FALSE') {
        return { kind: 'literal', value: upper === 'TRUE' };
    }
    const [name = '', n] = upper.split(':');
    return { kind: 'dateLiteral', name, n: n === undefined ? null : Number(n) };
}

export function isAggregate(operand: Operand): boolean {
    return operand.kind === 'function' && AGGREGATES.has(operand.name);
}

/**
 * LIMIT needs GROUP BY when the query aggregates, except with COUNT() (LIMIT, SOQL and SOSL
 * Reference: https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_limit.htm).
 */
function checkAggregateRules(query: SoqlQuery, offset: number): void {
    const aggregates = query.select.filter((item) => item.kind === 'expression' && isAggregate(item.expression));
    const countOnly =
        query.select.length === 1 &&
        aggregates.length === 1 &&
        aggregates[0]?.kind === 'expression' &&
        aggregates[0].expression.kind === 'function' &&
        aggregates[0].expression.args.length === 0;
    if (aggregates.length > 0 && !countOnly && query.groupBy.length === 0 && query.limit !== null) {
        throw new SoqlSyntaxError('LIMIT with an aggregate function needs GROUP BY', offset);
    }
}
