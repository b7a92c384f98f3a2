import type { ObjectDef } from '../schema';
import type { OrgContext, RecordStore } from '../store';
import type { FieldValue } from '../values';
import { compareValues } from '../soql/compare';
import { UnsupportedError } from '../../unsupported';

/**
 * Recalculates the roll-up summary fields of the parents of changed master-detail children, after
 * the children are saved (Triggers and Order of Execution, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_order_of_execution.htm).
 * `hasParentTriggers` says whether the parent's save, which the platform runs again, has triggers.
 */
export function recalculateRollups(
    store: RecordStore,
    child: ObjectDef,
    parentIds: ReadonlySet<string>,
    context: OrgContext,
    hasParentTriggers: (objectType: string) => boolean
): void {
    for (const parent of store.schema.objects()) {
        for (const [key, field] of parent.fields) {
            const summary = field.summary;
            if (summary === null || summary.childObject.toLowerCase() !== child.apiName.toLowerCase()) {
                continue;
            }
            const touched = [...parentIds].flatMap((id) => {
                const record = store.get(id);
                return record !== undefined && record.object === parent && !record.deleted ? [record] : [];
            });
            if (touched.length > 0 && hasParentTriggers(parent.apiName)) {
                throw new UnsupportedError(`roll-up summary recalculation firing ${parent.apiName} triggers`);
            }
            for (const record of touched) {
                const children = store
                    .all(child, false)
                    .filter((row) => row.values.get(summary.foreignKey) === record.id)
                    .filter((row) =>
                        summary.filters.every((filter) => {
                            if (filter.operation !== 'equals') {
                                throw new UnsupportedError(`roll-up filter operation ${filter.operation}`);
                            }
                            return row.values.get(filter.field) === filter.value;
                        })
                    );
                store.write(
                    record,
                    new Map([[key, aggregate(summary.operation, summary.summarizedField, children)]]),
                    context
                );
            }
        }
    }
}

function aggregate(
    operation: 'count' | 'sum' | 'min' | 'max',
    field: string | null,
    rows: readonly { values: ReadonlyMap<string, FieldValue> }[]
): FieldValue {
    if (operation === 'count') {
        return rows.length;
    }
    if (field === null) {
        throw new UnsupportedError(`roll-up ${operation} without a summarised field`);
    }
    const values = rows.map((row) => row.values.get(field) ?? null).filter((value) => value !== null);
    if (operation === 'sum') {
        return values.reduce<number>((total, value) => total + (typeof value === 'number' ? value : 0), 0);
    }
    if (values.length === 0) {
        return null;
    }
    return values.reduce((best, value) => {
        const comparison = compareValues(value, best, null);
        return (operation === 'min' ? comparison < 0 : comparison > 0) ? value : best;
    });
}
