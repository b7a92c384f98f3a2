import { builtinPropertyKey, type BuiltinRegistry, type CallSite } from '../interpreter/builtins';
import { deliverEvents, deliveryRetries, isPlatformEvent, publishEvents } from '../interpreter/event-bus';
import { integer, newList, newObject, type ApexObject, type ApexSObject, type ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { arity, unsupportedCall } from './arguments';

function builtinObject(site: CallSite, qualifiedName: string): ApexObject {
    const cls = site.interpreter.system.builtinClasses.get(qualifiedName.toLowerCase());
    if (cls === undefined) {
        throw new Error(`built-in class ${qualifiedName} missing`);
    }
    return newObject(cls);
}

/** The SaveResults of published events; what their getId gives in a test is not documented. */
const publishResults = new WeakSet<ApexObject>();

function publishResult(site: CallSite): ApexObject {
    const result = builtinObject(site, 'Database.SaveResult');
    const errorClass = site.interpreter.system.builtinClasses.get('database.error');
    if (errorClass === undefined) {
        throw new Error('built-in class Database.Error missing');
    }
    result.fields.set('success', true);
    result.fields.set('errors', newList({ kind: 'class', cls: errorClass }));
    publishResults.add(result);
    return result;
}

function eventsOf(args: readonly ApexValue[]): { events: ApexSObject[]; single: boolean } | undefined {
    const [value] = args;
    if (value === undefined || value === null || typeof value !== 'object') {
        return undefined;
    }
    const items = value.kind === 'List' ? value.items : [value];
    const events: ApexSObject[] = [];
    for (const item of items) {
        if (
            item === null ||
            typeof item !== 'object' ||
            item.kind !== 'SObject' ||
            !isPlatformEvent(item.schema.apiName)
        ) {
            return undefined;
        }
        events.push(item);
    }
    return { events, single: value.kind !== 'List' };
}

/**
 * EventBus.publish, Test.getEventBus().deliver() and EventBus.TriggerContext (EventBus Class and
 * Test Class, Apex Reference Guide; Platform Events Developer Guide), as interpreter/event-bus.ts
 * describes. A published event's SaveResult reports success: the test event bus accepts every event.
 */
export function installPlatformEvents(registry: BuiltinRegistry): void {
    registry.addStatic('EventBus', 'publish', (site, args) => {
        arity(site, 'EventBus.publish', args, 1);
        const published = eventsOf(args);
        if (published === undefined) {
            return unsupportedCall(site, 'EventBus.publish', args);
        }
        publishEvents(site.interpreter, published.events, site.loc);
        const results = published.events.map(() => publishResult(site));
        if (published.single) {
            return results[0] ?? null;
        }
        const saveResult = results[0]?.cls ?? builtinObject(site, 'Database.SaveResult').cls;
        return newList({ kind: 'class', cls: saveResult }, results);
    });
    registry.addStatic('Test', 'getEventBus', (site, args) => {
        arity(site, 'Test.getEventBus', args, 0);
        return builtinObject(site, 'EventBus.TestBroker');
    });
    registry.addInstance('BuiltinObject', 'EventBus.TestBroker.deliver', (site, _broker, args) => {
        arity(site, 'EventBus.TestBroker.deliver', args, 0);
        deliverEvents(site.interpreter, site.loc);
        return null;
    });
    registry.addStatic('EventBus.TriggerContext', 'currentContext', (site, args) => {
        arity(site, 'EventBus.TriggerContext.currentContext', args, 0);
        const context = builtinObject(site, 'EventBus.TriggerContext');
        context.fields.set('retries', integer(deliveryRetries(site.interpreter, site.loc)));
        return context;
    });
    registry.addInstance(
        'BuiltinObject',
        builtinPropertyKey('EventBus.TriggerContext', 'retries'),
        (_site, context) => {
            return context.fields.get('retries') ?? null;
        }
    );
    // Replaces the DML result's getId for the results of EventBus.publish only.
    registry.addInstance('BuiltinObject', 'Database.SaveResult.getId', (site, result, args) => {
        arity(site, 'Database.SaveResult.getId', args, 0);
        if (publishResults.has(result)) {
            throw new UnsupportedError('SaveResult.getId of a published event in a test (not documented)', site.loc);
        }
        return result.fields.get('id') ?? null;
    });
}
