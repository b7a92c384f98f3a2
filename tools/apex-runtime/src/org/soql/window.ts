import type { Amount } from './ast';
import { SoqlSchemaError } from './errors';
import type { QueryScope } from './scope';

/** OFFSET then LIMIT, each a number or a bind. */
export function window<Row>(scope: QueryScope, rows: Row[], limit: Amount | null, offset: Amount | null): Row[] {
    const skip = offset === null ? 0 : amount(scope, offset);
    const take = limit === null ? rows.length : amount(scope, limit);
    return rows.slice(skip, skip + take);
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
