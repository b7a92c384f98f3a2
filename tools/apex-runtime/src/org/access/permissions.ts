import { UnsupportedError } from '../../unsupported';
import type { FieldDef, ObjectDef } from '../schema';
import type { RecordStore } from '../store';
import type { ObjectGrant, PermissionSetCatalogue, PermissionSetGrants } from './permission-sets';

/** What a user does to an object's records. */
export type ObjectOperation = 'read' | 'create' | 'edit' | 'delete';

/** The standard profiles the org has (runner/org-session.ts) and what each grants on its own. */
const ADMINISTRATOR = 'System Administrator';
const STANDARD_PROFILES = new Set([ADMINISTRATOR, 'Standard User', 'Customer Community User']);

/**
 * Fields the platform applies no field-level security to: they are as readable as their object.
 * The Id and audit fields are set by the platform on every record (System Fields, Object Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm);
 * required and master-detail fields are universally required, and a permission set cannot carry
 * field permissions for them (the deployment fails).
 */
const WITHOUT_FLS = new Set(['id', 'isdeleted', 'createdbyid', 'createddate', 'lastmodifiedbyid', 'lastmodifieddate']);

function exemptFromFls(object: ObjectDef, field: FieldDef): boolean {
    const key = field.apiName.toLowerCase();
    return (
        WITHOUT_FLS.has(key) ||
        key === 'systemmodstamp' ||
        key === 'ownerid' ||
        (key === 'name' && object.kind !== 'standard') ||
        field.required ||
        field.type === 'MasterDetail' ||
        object.kind === 'customMetadata'
    );
}

/**
 * The object and field permissions of one user: their profile plus the permission sets assigned to
 * them by PermissionSetAssignment records ("Set an Access Mode for Database Operations", Apex
 * Developer Guide: https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_classes_enforce_usermode.htm
 * — user mode applies "the sharing rules, field-level security (FLS), and object permissions of the
 * running user"). Permissions add up: a user holds the union of their sets and profile.
 *
 * What the standard profiles grant:
 * - System Administrator: Modify All Data, which brings Read, Create, Edit, Delete, View All and
 *   Modify All on every standard and custom object ("Modify All Data" permission, Salesforce Help
 *   knowledge article 000321298: https://help.salesforce.com/s/articleView?id=000321298&type=1).
 *   Modify All Data does not bypass field-level security, and whether the System Administrator
 *   profile gets field permissions on fields the project deploys depends on how it was deployed
 *   (a package grants them, a source deployment does not), so a custom field no assigned set grants
 *   is UNSUPPORTED for it.
 * - Standard User and Customer Community User: nothing on the project's custom objects and fields,
 *   and none of its custom permissions.
 *   Since Spring '10 a new custom object gives no access to profiles without View All Data, and the
 *   standard profiles' custom object permissions cannot be changed; since Metadata API 31.0 a
 *   deployed field gets field-level security on no profile the deployment does not carry
 *   (forcedotcom/idecore issue 56, answered by the Salesforce product manager). The project ships no
 *   profile, so its objects and fields reach these users only through permission sets, as the
 *   ObjectPermissions page says ("To grant a user access to an object, associate an ObjectPermissions
 *   record with a PermissionSet that's assigned to a user",
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_objectpermissions.htm).
 *   What they grant on standard objects and standard fields is not modelled: UNSUPPORTED unless an
 *   assigned set grants it.
 * - Custom metadata types: readable with a `customMetadataTypeAccesses` grant, and not without one:
 *   "By default API read access is restricted, even for types set to Public" (the schema setting
 *   Restricted access to custom metadata types, which the project's scratch definition leaves as it
 *   is; Protect Custom Metadata Types and Records, Trailhead:
 *   https://trailhead.salesforce.com/content/learn/modules/custom_metadata_types_adv/cmt_manageability).
 */
export class UserAccess {
    private constructor(
        readonly profile: string,
        private readonly sets: readonly PermissionSetGrants[]
    ) {}

    /** The access of the user with this Id, from the org's records. */
    static of(store: RecordStore, catalogue: PermissionSetCatalogue, userId: string): UserAccess {
        const user = store.get(userId);
        if (user === undefined || user.object.apiName !== 'User') {
            throw new Error(`the running user ${userId} is not a user of the org`);
        }
        const profileId = user.values.get('profileid');
        const profileName = typeof profileId === 'string' ? store.get(profileId)?.values.get('name') : undefined;
        if (typeof profileName !== 'string' || !STANDARD_PROFILES.has(profileName)) {
            throw new UnsupportedError(`the permissions of the profile ${String(profileName)}`);
        }
        const assignment = store.schema.object('PermissionSetAssignment');
        const sets: PermissionSetGrants[] = [];
        for (const row of assignment === undefined ? [] : store.all(assignment, false)) {
            if (row.values.get('assigneeid') !== user.id) {
                continue;
            }
            const setId = row.values.get('permissionsetid');
            const permissionSet = typeof setId === 'string' ? store.get(setId) : undefined;
            if (permissionSet?.values.get('isownedbyprofile') === true) {
                // The profile's own set: what it grants is the profile's, worked out above.
                continue;
            }
            const name = permissionSet?.values.get('name');
            const grants = typeof name === 'string' ? catalogue.get(name.toLowerCase()) : undefined;
            if (grants === undefined) {
                throw new UnsupportedError(`the permissions of permission set ${String(name)}, not in the project`);
            }
            if (grants.userPermissions.length > 0) {
                throw new UnsupportedError(`the system permissions of permission set ${grants.name}`);
            }
            if (grants.activationRequired) {
                throw new UnsupportedError(`permission set ${grants.name}, which needs session activation`);
            }
            sets.push(grants);
        }
        return new UserAccess(profileName, sets);
    }

    get isAdministrator(): boolean {
        return this.profile === ADMINISTRATOR;
    }

    /** Whether the user may do `operation` on the object's records (sharing aside). */
    object(object: ObjectDef, operation: ObjectOperation): boolean {
        if (this.isAdministrator) {
            return true;
        }
        const key = object.apiName.toLowerCase();
        if (object.kind === 'customMetadata') {
            if (operation !== 'read') {
                throw new UnsupportedError(`${operation} access to the custom metadata type ${object.apiName}`);
            }
            return this.sets.some((set) => set.metadataTypes.has(key));
        }
        const granted = this.sets.some((set) => grants(set.objects.get(key), operation));
        if (granted || object.kind === 'custom') {
            return granted;
        }
        throw new UnsupportedError(`what the ${this.profile} profile grants on ${object.apiName}`);
    }

    /** Field-level security: whether the user may read or edit the field, given access to its object. */
    field(object: ObjectDef, field: FieldDef, access: 'read' | 'edit'): boolean {
        if (exemptFromFls(object, field)) {
            return true;
        }
        const key = `${object.apiName}.${field.apiName}`.toLowerCase();
        const granted = this.sets.some((set) => (access === 'read' ? set.readableFields : set.editableFields).has(key));
        if (granted) {
            return true;
        }
        const custom = field.apiName.toLowerCase().endsWith('__c');
        if (custom && !this.isAdministrator) {
            return false;
        }
        throw new UnsupportedError(`the field-level security of the ${this.profile} profile on ${key}`);
    }

    /**
     * Whether an assigned permission set enables the custom permission. Whether the System
     * Administrator profile enables a custom permission the project deploys depends, as its field
     * permissions do, on how it was deployed: UNSUPPORTED.
     */
    customPermission(name: string): boolean {
        if (this.sets.some((set) => set.customPermissions.has(name.toLowerCase()))) {
            return true;
        }
        if (this.isAdministrator) {
            throw new UnsupportedError(`custom permission ${name} on the System Administrator profile`);
        }
        return false;
    }
}

/**
 * Object permissions imply one another: View All includes Read, Modify All includes every other
 * (Object Permissions, Salesforce Help:
 * https://help.salesforce.com/s/articleView?id=platform.users_profiles_object_perms.htm&type=5).
 */
function grants(grant: ObjectGrant | undefined, operation: ObjectOperation): boolean {
    if (grant === undefined) {
        return false;
    }
    if (grant.modifyAll) {
        return true;
    }
    return operation === 'read' ? grant.read || grant.viewAll : grant[operation];
}
