import type { FieldValue, TriggerEvent, TriggerHooks, TriggerOperation, TriggerTiming } from '../org/index';
import type { SourceLocation, TriggerUnit } from '../parser/ast';
import { UnsupportedError } from '../unsupported';
import type { Interpreter } from './interpreter';
import { apexValueOf } from './org-values';
import { newRecord } from './sobjects';
import { putInMap } from './collections';
import { newList, newMap, type ApexList, type ApexSObject, type ApexValue } from './values';
import { fieldValueOf } from './dml';

/** What `Trigger.x` reads inside one trigger invocation. */
export interface TriggerContext {
    readonly event: TriggerEvent;
    readonly newRecords: ApexSObject[] | null;
    readonly oldRecords: ApexSObject[] | null;
}

/** A row the org hands a trigger as an sObject: every field readable, unset ones null. */
function recordOf(interpreter: Interpreter, objectType: string, row: ReadonlyMap<string, FieldValue>): ApexSObject {
    const object = interpreter.session.org.schema.object(objectType);
    if (object === undefined) {
        throw new Error(`trigger on unknown object ${objectType}`);
    }
    const record = newRecord(object, 'trigger');
    for (const [key, value] of row) {
        const field = object.fields.get(key);
        const converted = apexValueOf(value, field?.type ?? 'Text', field?.scale ?? null);
        if (converted === undefined) {
            record.raw.set(key, value);
        } else {
            record.fields.set(key, converted);
        }
    }
    return record;
}

function listOf(objectType: string, records: ApexSObject[] | null): ApexList | null {
    return records === null ? null : newList({ kind: 'sobject', name: objectType }, records);
}

function mapOf(objectType: string, records: ApexSObject[] | null): ApexValue {
    if (records === null) {
        return null;
    }
    const map = newMap({ kind: 'primitive', name: 'Id' }, { kind: 'sobject', name: objectType });
    records.forEach((record) => putInMap(map, record.fields.get('id') ?? null, record));
    return map;
}

/**
 * The trigger context variables (Trigger Context Variables, Apex Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_context_variables.htm).
 * Trigger.newMap is null in before insert, where the records have no Id yet.
 */
export function triggerVariable(interpreter: Interpreter, name: string, loc: SourceLocation): ApexValue {
    const context = interpreter.triggerContexts[interpreter.triggerContexts.length - 1];
    if (context === undefined) {
        if (name.toLowerCase() === 'isexecuting') {
            return false;
        }
        throw new UnsupportedError(`Trigger.${name} outside a trigger`, loc);
    }
    const { event } = context;
    switch (name.toLowerCase()) {
        case 'new':
            return listOf(event.objectType, context.newRecords);
        case 'old':
            return listOf(event.objectType, context.oldRecords);
        case 'newmap':
            return event.timing === 'before' && event.operation === 'insert'
                ? null
                : mapOf(event.objectType, context.newRecords);
        case 'oldmap':
            return mapOf(event.objectType, context.oldRecords);
        case 'isexecuting':
            return true;
        case 'isinsert':
            return event.operation === 'insert';
        case 'isupdate':
            return event.operation === 'update';
        case 'isdelete':
            return event.operation === 'delete';
        case 'isundelete':
            return event.operation === 'undelete';
        case 'isbefore':
            return event.timing === 'before';
        case 'isafter':
            return event.timing === 'after';
        case 'size':
            return { kind: 'Integer', value: (context.newRecords ?? context.oldRecords ?? []).length };
        default:
            throw new UnsupportedError(`Trigger.${name}`, loc);
    }
}

/** `record.addError(message)` on a row of the running trigger. */
export function addTriggerError(
    interpreter: Interpreter,
    record: ApexSObject,
    message: string,
    loc: SourceLocation
): void {
    for (const context of [...interpreter.triggerContexts].reverse()) {
        const index = (context.newRecords ?? context.oldRecords ?? []).indexOf(record);
        if (index >= 0) {
            context.event.addError(index, message);
            return;
        }
    }
    throw new UnsupportedError('addError on a record that is not in Trigger.new or Trigger.old', loc);
}

/** The project's triggers, run by the interpreter when the org reaches them in the order of execution. */
export class ProjectTriggers implements TriggerHooks {
    private interpreter: Interpreter | null = null;

    constructor(private readonly units: readonly TriggerUnit[]) {}

    attach(interpreter: Interpreter): void {
        this.interpreter = interpreter;
    }

    private unitsFor(objectType: string, timing: TriggerTiming, operation: TriggerOperation): TriggerUnit[] {
        const event = `${timing} ${operation}`;
        return this.units.filter(
            (unit) => unit.objectName.toLowerCase() === objectType.toLowerCase() && unit.events.includes(event)
        );
    }

    handles(objectType: string, timing: TriggerTiming, operation: TriggerOperation): boolean {
        return this.unitsFor(objectType, timing, operation).length > 0;
    }

    fire(event: TriggerEvent): void {
        const interpreter = this.interpreter;
        if (interpreter === null) {
            throw new Error('triggers fired before the interpreter was attached');
        }
        const toRecords = (rows: readonly ReadonlyMap<string, FieldValue>[] | null) =>
            rows === null ? null : rows.map((row) => recordOf(interpreter, event.objectType, row));
        const context: TriggerContext = {
            event,
            newRecords: toRecords(event.newRows),
            oldRecords: toRecords(event.oldRows)
        };
        interpreter.triggerContexts.push(context);
        try {
            for (const unit of this.unitsFor(event.objectType, event.timing, event.operation)) {
                interpreter.runBlock(unit, unit.name, `Trigger.${unit.name}`);
            }
        } finally {
            interpreter.triggerContexts.pop();
        }
        if (event.timing === 'before' && event.newRows !== null && context.newRecords !== null) {
            copyBack(
                context.newRecords,
                event.newRows,
                unitLoc(this.unitsFor(event.objectType, event.timing, event.operation))
            );
        }
    }
}

function unitLoc(units: readonly TriggerUnit[]): SourceLocation {
    return units[0]?.loc ?? { file: 'trigger', line: 1, column: 1 };
}

/** What a before trigger set on Trigger.new goes back into the rows the org saves. */
function copyBack(
    records: readonly ApexSObject[],
    rows: readonly Map<string, FieldValue>[],
    loc: SourceLocation
): void {
    records.forEach((record, index) => {
        const row = rows[index];
        if (row === undefined) {
            return;
        }
        for (const [key, value] of record.fields) {
            row.set(key, fieldValueOf(value, key, loc));
        }
    });
}
