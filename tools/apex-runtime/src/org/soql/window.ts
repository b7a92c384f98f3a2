import type { Amount } from './ast';
import { SoqlSchemaError } from './errors';
import type { QueryScope } from './scope';

/** OFFSET then LIMIT, each a number or a bind; binds are evaluated once, here. */
export function compileWindow(
    scope: QueryScope,
    limit: Amount | null,
    offset: Amount | null
): <Row>(rows: Row[]) => Row[] {
    const skip = offset === null ? 0 : amount(scope, offset);
    const take = limit === null ? null : amount(scope, limit);
    return (rows) => rows.slice(skip, take === null ? undefined : skip + take);
}

export function window<Row>(scope: QueryScope, rows: Row[], limit: Amount | null, offset: Amount | null): Row[] {
    return compileWindow(scope, limit, offset)(rows);
}

function amount(scope: QueryScope, value: Amount): number {
    if (value.kind === 'number') {
        return value.value;
    }
    const bound = scope.options.resolveBind(value);
    if (typeof bound !== 'number' || !Number.isInteger(bound) || bound < 0) {
        throw new SoqlSchemaError(`LIMIT and OFFSET take a non-negative Integer, not ${JSON.stringify(bound)}`);
    }
    return bound;
}
