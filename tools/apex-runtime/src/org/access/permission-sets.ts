import { readFileSync } from 'node:fs';
import { booleanOf, elementsOf, parseMetadata, textOf } from '../metadata-xml';
import { metadataFolder } from '../project-records';

/** What one permission set grants on one object (`objectPermissions`). */
export interface ObjectGrant {
    readonly read: boolean;
    readonly create: boolean;
    readonly edit: boolean;
    readonly delete: boolean;
    readonly viewAll: boolean;
    readonly modifyAll: boolean;
}

/** One permission set's grants, every name in lower case (`object`, `object.field`). */
export interface PermissionSetGrants {
    readonly name: string;
    readonly objects: ReadonlyMap<string, ObjectGrant>;
    readonly readableFields: ReadonlySet<string>;
    readonly editableFields: ReadonlySet<string>;
    /** Custom metadata types the set may read (`customMetadataTypeAccesses`). */
    readonly metadataTypes: ReadonlySet<string>;
    readonly customPermissions: ReadonlySet<string>;
    /** System permissions (`userPermissions`), which the access model does not apply. */
    readonly userPermissions: readonly string[];
    /** A set that applies only once activated in a session (`hasActivationRequired`). */
    readonly activationRequired: boolean;
}

/** The project's permission sets by lower-case API name. */
export type PermissionSetCatalogue = ReadonlyMap<string, PermissionSetGrants>;

/**
 * Reads `permissionsets/*.permissionset-meta.xml` (PermissionSet, Metadata API Developer Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm):
 * only enabled entries grant anything.
 */
export function loadPermissionSets(packageDirectories: readonly string[]): PermissionSetCatalogue {
    const catalogue = new Map<string, PermissionSetGrants>();
    for (const directory of packageDirectories) {
        for (const [name, path] of metadataFolder(directory, 'permissionsets', '.permissionset-meta.xml')) {
            catalogue.set(name.toLowerCase(), permissionSetOf(name, readFileSync(path, 'utf8'), path));
        }
    }
    return catalogue;
}

export function permissionSetOf(name: string, xml: string, path: string): PermissionSetGrants {
    const set = parseMetadata(xml, 'PermissionSet', path);
    const lower = (text: string | null): string => (text ?? '').toLowerCase();
    const objects = new Map<string, ObjectGrant>();
    for (const entry of elementsOf(set, 'objectPermissions')) {
        objects.set(lower(textOf(entry, 'object')), {
            read: booleanOf(entry, 'allowRead'),
            create: booleanOf(entry, 'allowCreate'),
            edit: booleanOf(entry, 'allowEdit'),
            delete: booleanOf(entry, 'allowDelete'),
            viewAll: booleanOf(entry, 'viewAllRecords'),
            modifyAll: booleanOf(entry, 'modifyAllRecords')
        });
    }
    const fields = elementsOf(set, 'fieldPermissions');
    const enabled = (tag: string, key: string) =>
        new Set(
            elementsOf(set, tag)
                .filter((entry) => booleanOf(entry, 'enabled'))
                .map((entry) => lower(textOf(entry, key)))
        );
    return {
        name,
        objects,
        readableFields: new Set(
            fields.filter((entry) => booleanOf(entry, 'readable')).map((entry) => lower(textOf(entry, 'field')))
        ),
        editableFields: new Set(
            fields.filter((entry) => booleanOf(entry, 'editable')).map((entry) => lower(textOf(entry, 'field')))
        ),
        metadataTypes: enabled('customMetadataTypeAccesses', 'name'),
        customPermissions: enabled('customPermissions', 'name'),
        userPermissions: elementsOf(set, 'userPermissions')
            .filter((entry) => booleanOf(entry, 'enabled'))
            .map((entry) => textOf(entry, 'name') ?? ''),
        activationRequired: booleanOf(set, 'hasActivationRequired')
    };
}
