import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { newList, newObject, type ApexObject } from '../interpreter/values';
import type { ClassInfo } from '../types/class-table';
import { arity, unsupportedCall } from './arguments';

function metadataClass(site: CallSite, simpleName: string): ClassInfo {
    const cls = site.interpreter.system.builtinClasses.get(`metadata.${simpleName.toLowerCase()}`);
    if (cls === undefined) {
        throw new Error(`built-in class Metadata.${simpleName} missing`);
    }
    return cls;
}

/** The components each DeployContainer holds, in the order they were added. */
const containerComponents = new WeakMap<ApexObject, ApexObject[]>();

/**
 * The data classes of the Metadata namespace (types/system-types.ts), built with no arguments as
 * the Apex Reference Guide's examples build them; every property starts null, except that a new
 * CustomMetadata has an empty `values` list, which the CustomMetadata Class example adds to at once
 * (https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-class-metadata-custommetadata.html).
 *
 * DeployContainer keeps what addMetadata adds and getMetadata lists it (DeployContainer Class:
 * https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-class-metadata-deploycontainer.html).
 * Deploying it (Metadata.Operations.enqueueDeployment) is not modelled: Apex tests cannot deploy
 * metadata, so a test replaces the deployment and calls the callback itself.
 */
export function installMetadataTypes(registry: BuiltinRegistry): void {
    for (const simpleName of [
        'DeployResult',
        'DeployDetails',
        'DeployMessage',
        'DeployCallbackContext',
        'CustomMetadataValue'
    ]) {
        registry.addConstructor(`Metadata.${simpleName}`, (site, args) => {
            arity(site, `new Metadata.${simpleName}`, args, 0);
            return newObject(metadataClass(site, simpleName));
        });
    }
    registry.addConstructor('Metadata.CustomMetadata', (site, args) => {
        arity(site, 'new Metadata.CustomMetadata', args, 0);
        const record = newObject(metadataClass(site, 'CustomMetadata'));
        record.fields.set('values', newList({ kind: 'class', cls: metadataClass(site, 'CustomMetadataValue') }));
        return record;
    });
    registry.addConstructor('Metadata.DeployContainer', (site, args) => {
        arity(site, 'new Metadata.DeployContainer', args, 0);
        const container = newObject(metadataClass(site, 'DeployContainer'));
        containerComponents.set(container, []);
        return container;
    });
    registry.addInstance('BuiltinObject', 'Metadata.DeployContainer.addMetadata', (site, container, args) => {
        arity(site, 'Metadata.DeployContainer.addMetadata', args, 1);
        const [component] = args;
        if (component === null || component === undefined) {
            return site.interpreter.nullPointer();
        }
        const base = metadataClass(site, 'Metadata');
        if (typeof component !== 'object' || component.kind !== 'Object' || component.cls.superclass !== base) {
            return unsupportedCall(site, 'Metadata.DeployContainer.addMetadata', args);
        }
        containerComponents.get(container)?.push(component);
        return null;
    });
    registry.addInstance('BuiltinObject', 'Metadata.DeployContainer.getMetadata', (site, container, args) => {
        arity(site, 'Metadata.DeployContainer.getMetadata', args, 0);
        return newList({ kind: 'class', cls: metadataClass(site, 'Metadata') }, [
            ...(containerComponents.get(container) ?? [])
        ]);
    });
}
