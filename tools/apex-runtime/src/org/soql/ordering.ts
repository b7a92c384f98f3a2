import type { FieldValue } from '../values';
import type { OrderItem } from './ast';
import { compareValues } from './compare';
import type { CompiledOperand } from './operands';

export interface CompiledOrder<Row> {
    readonly read: (row: Row) => FieldValue;
    readonly type: CompiledOperand['type'];
    readonly item: OrderItem;
}

/**
 * Sorts rows by ORDER BY: ascending unless DESC, nulls first unless NULLS LAST (ORDER BY, SOQL
 * and SOSL Reference: "By default, null values are sorted first"). The sort is stable, so rows the
 * keys do not tell apart stay in creation order, one of the orders the platform may return.
 */
export function sortRows<Row>(rows: Row[], orders: readonly CompiledOrder<Row>[]): Row[] {
    if (orders.length === 0) {
        return rows;
    }
    return rows
        .map((row) => ({ row, keys: orders.map((order) => order.read(row)) }))
        .sort((left, right) => {
            for (const [index, order] of orders.entries()) {
                const a = left.keys[index] ?? null;
                const b = right.keys[index] ?? null;
                const comparison = compareKeys(a, b, order);
                if (comparison !== 0) {
                    return comparison;
                }
            }
            return 0;
        })
        .map((entry) => entry.row);
}

function compareKeys<Row>(a: FieldValue, b: FieldValue, order: CompiledOrder<Row>): number {
    if (a === null || b === null) {
        if (a === b) {
            return 0;
        }
        const nullFirst = order.item.nullsLast !== true;
        return (a === null) === nullFirst ? -1 : 1;
    }
    const type = order.type === 'Integer' ? null : order.type;
    const comparison = compareValues(a, b, type);
    return order.item.descending ? -comparison : comparison;
}
