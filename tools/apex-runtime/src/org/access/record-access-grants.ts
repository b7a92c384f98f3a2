import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { booleanOf, elementsOf, parseMetadata, textOf } from '../metadata-xml';

/**
 * What one permission set grants over record sharing: the View All Data and Modify All Data user
 * permissions, and View All and Modify All on single objects. "View All" lets its holders view all
 * records of the object and "Modify All" edit them "regardless of sharing settings"
 * (ObjectPermissions, PermissionsViewAllRecords and PermissionsModifyAllRecords, Object Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_objectpermissions.htm).
 * Read, create, edit and delete object permissions and field-level security are not read here.
 */
export interface RecordAccessGrant {
    readonly viewAllData: boolean;
    readonly modifyAllData: boolean;
    /** Lower-case API names of the objects with View All (Modify All implies it). */
    readonly viewAll: ReadonlySet<string>;
    /** Lower-case API names of the objects with Modify All. */
    readonly modifyAll: ReadonlySet<string>;
}

/** Grants by permission set API name (`Exchange_Moderator`), lower-case. */
export type RecordAccessGrants = ReadonlyMap<string, RecordAccessGrant>;

export const NO_GRANTS: RecordAccessGrants = new Map();

function permissionSetFiles(root: string): string[] {
    const found: string[] = [];
    const walk = (directory: string): void => {
        for (const entry of readdirSync(directory, { withFileTypes: true })) {
            const path = join(directory, entry.name);
            if (entry.isDirectory()) {
                walk(path);
            } else if (entry.name.endsWith('.permissionset-meta.xml')) {
                found.push(path);
            }
        }
    };
    if (existsSync(root)) {
        walk(root);
    }
    return found.sort();
}

/** Reads the record-access grants of every permission set in the package directories. */
export function loadRecordAccessGrants(packageDirectories: readonly string[]): RecordAccessGrants {
    const grants = new Map<string, RecordAccessGrant>();
    for (const path of packageDirectories.flatMap(permissionSetFiles)) {
        const name = (path.split(/[\\/]/).pop() ?? '').replace('.permissionset-meta.xml', '');
        const xml = parseMetadata(readFileSync(path, 'utf8'), 'PermissionSet', path);
        const enabled = new Set(
            elementsOf(xml, 'userPermissions')
                .filter((permission) => booleanOf(permission, 'enabled'))
                .map((permission) => textOf(permission, 'name') ?? '')
        );
        const viewAll = new Set<string>();
        const modifyAll = new Set<string>();
        for (const permission of elementsOf(xml, 'objectPermissions')) {
            const object = (textOf(permission, 'object') ?? '').toLowerCase();
            if (booleanOf(permission, 'modifyAllRecords')) {
                modifyAll.add(object);
                viewAll.add(object);
            } else if (booleanOf(permission, 'viewAllRecords')) {
                viewAll.add(object);
            }
        }
        grants.set(name.toLowerCase(), {
            viewAllData: enabled.has('ViewAllData') || enabled.has('ModifyAllData'),
            modifyAllData: enabled.has('ModifyAllData'),
            viewAll,
            modifyAll
        });
    }
    return grants;
}
