import { UnsupportedError } from '../../unsupported';

/** A formula of a validation rule, as far as the runtime reads formulas. */
export type FormulaNode =
    | { readonly kind: 'call'; readonly name: string; readonly args: readonly FormulaNode[] }
    | { readonly kind: 'field'; readonly name: string }
    | { readonly kind: 'permission'; readonly name: string }
    | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
    | { readonly kind: 'binary'; readonly operator: string; readonly left: FormulaNode; readonly right: FormulaNode }
    | { readonly kind: 'not'; readonly operand: FormulaNode };

type Token = { kind: 'name' | 'string' | 'number' | 'symbol'; text: string };

const TOKEN =
    /\s*(?:(\$?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\d+(?:\.\d+)?)|(&&|\|\||<>|!=|==|<=|>=|[(),=<>!&+-]))/y;

function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
        if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) {
            break;
        }
        const start = TOKEN.lastIndex;
        const match = TOKEN.exec(text);
        if (match === null) {
            throw new UnsupportedError(`formula syntax at ${start}: ${text.slice(start, start + 20)}`);
        }
        const [, name, single, double, number, symbol] = match;
        if (name !== undefined) {
            tokens.push({ kind: 'name', text: name });
        } else if (single !== undefined || double !== undefined) {
            tokens.push({ kind: 'string', text: (single ?? double ?? '').replace(/\\(.)/g, '$1') });
        } else if (number !== undefined) {
            tokens.push({ kind: 'number', text: number });
        } else {
            tokens.push({ kind: 'symbol', text: symbol ?? '' });
        }
    }
    return tokens;
}

/**
 * Parses the formula subset the project's validation rules use: function calls, field names,
 * `$Permission.Name`, text, number and boolean literals, `&&`, `||`, `!`, `=`, `==`, `<>`, `!=`,
 * `<`, `<=`, `>`, `>=` (Formula Operators and Functions, Salesforce Help:
 * https://help.salesforce.com/s/articleView?id=sf.customize_functions.htm).
 */
export function parseFormula(text: string): FormulaNode {
    const tokens = tokenize(text);
    let index = 0;
    const peek = (): Token | undefined => tokens[index];
    const take = (): Token => {
        const token = tokens[index++];
        if (token === undefined) {
            throw new UnsupportedError(`formula ends early: ${text}`);
        }
        return token;
    };
    const isSymbol = (symbol: string): boolean => peek()?.kind === 'symbol' && peek()?.text === symbol;

    const binary =
        (operators: readonly string[], next: () => FormulaNode): (() => FormulaNode) =>
        () => {
            let left = next();
            while (operators.some(isSymbol)) {
                const operator = take().text;
                left = { kind: 'binary', operator, left, right: next() };
            }
            return left;
        };
    const unary = (): FormulaNode => {
        if (isSymbol('!')) {
            take();
            return { kind: 'not', operand: unary() };
        }
        return primary();
    };
    const comparison = binary(['=', '==', '<>', '!=', '<', '<=', '>', '>='], unary);
    const conjunction = binary(['&&'], comparison);
    const expression = binary(['||'], conjunction);

    function primary(): FormulaNode {
        const token = take();
        if (token.kind === 'string') {
            return { kind: 'literal', value: token.text };
        }
        if (token.kind === 'number') {
            return { kind: 'literal', value: Number(token.text) };
        }
        if (token.kind === 'symbol') {
            if (token.text === '(') {
                const inner = expression();
                expectSymbol(')');
                return inner;
            }
            throw new UnsupportedError(`formula operator ${token.text}`);
        }
        const upper = token.text.toUpperCase();
        if (isSymbol('(')) {
            take();
            const args: FormulaNode[] = [];
            if (!isSymbol(')')) {
                args.push(expression());
                while (isSymbol(',')) {
                    take();
                    args.push(expression());
                }
            }
            expectSymbol(')');
            return { kind: 'call', name: upper, args };
        }
        if (upper.startsWith('$PERMISSION.')) {
            return { kind: 'permission', name: token.text.slice('$Permission.'.length) };
        }
        if (token.text.startsWith('$')) {
            throw new UnsupportedError(`formula global ${token.text}`);
        }
        if (upper === 'TRUE' || upper === 'FALSE') {
            return { kind: 'literal', value: upper === 'TRUE' };
        }
        if (upper === 'NULL') {
            return { kind: 'literal', value: null };
        }
        if (token.text.includes('.')) {
            throw new UnsupportedError(`formula cross-object reference ${token.text}`);
        }
        return { kind: 'field', name: token.text.toLowerCase() };
    }
    function expectSymbol(symbol: string): void {
        if (!isSymbol(symbol)) {
            throw new UnsupportedError(`formula expects ${symbol}: ${text}`);
        }
        take();
    }

    const node = expression();
    if (index !== tokens.length) {
        throw new UnsupportedError(`formula text after the expression: ${text}`);
    }
    return node;
}
