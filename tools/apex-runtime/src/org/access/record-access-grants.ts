import type { PermissionSetCatalogue } from './permission-sets';

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

/** The sharing part of each permission set of the catalogue the permission model reads. */
export function recordAccessGrantsOf(catalogue: PermissionSetCatalogue): RecordAccessGrants {
    const grants = new Map<string, RecordAccessGrant>();
    for (const [name, set] of catalogue) {
        const viewAll = new Set<string>();
        const modifyAll = new Set<string>();
        for (const [object, grant] of set.objects) {
            if (grant.modifyAll) {
                modifyAll.add(object);
                viewAll.add(object);
            } else if (grant.viewAll) {
                viewAll.add(object);
            }
        }
        const enabled = new Set(set.userPermissions);
        grants.set(name, {
            viewAllData: enabled.has('ViewAllData') || enabled.has('ModifyAllData'),
            modifyAllData: enabled.has('ModifyAllData'),
            viewAll,
            modifyAll
        });
    }
    return grants;
}
