import { UnsupportedError } from '../../unsupported';
import type { ObjectDef } from '../schema';
import type { RecordStore, StoredRecord } from '../store';
import type { RecordAccessGrant, RecordAccessGrants } from './record-access-grants';

/** Read to query a record; edit to update it; delete to delete or undelete it. */
export type RecordAccessLevel = 'read' | 'edit' | 'delete';

/** The running user as record sharing sees them, worked out once per query or DML call. */
export interface SharingPrincipal {
    readonly userId: string;
    /** A site or portal user (a profile whose UserType is not Standard): the external default applies. */
    readonly external: boolean;
    readonly grant: RecordAccessGrant;
    /** The public groups and queues the user belongs to, directly or through another group. */
    readonly groupIds: ReadonlySet<string>;
    readonly hasRole: boolean;
}

/** Who decides what a user reads and edits when sharing is enforced (SOQL filters, DML checks). */
export interface RecordVisibility {
    readonly principal: SharingPrincipal;
    canAccess(record: StoredRecord, level: RecordAccessLevel): boolean;
}

/**
 * The System Administrator profile holds View All Data and Modify All Data; the runtime has no
 * profile metadata, so the other standard profiles grant no access beyond the sharing model.
 */
const ADMINISTRATOR_PROFILE = 'System Administrator';

const ALL_DATA: RecordAccessGrant = {
    viewAllData: true,
    modifyAllData: true,
    viewAll: new Set(),
    modifyAll: new Set()
};

const GROUP_KEY_PREFIX = '00G';

/**
 * Record sharing as a documented, limited model: the organisation-wide default of the object from
 * its metadata (`sharingModel`, and `externalSharingModel` for site and portal users), ownership by
 * the user or by a queue or group they belong to, master-detail children controlled by their
 * master, and View All / Modify All from the profile and the assigned permission sets.
 *
 * Sources: CustomObject, Metadata API Developer Guide, for `sharingModel` and `externalSharingModel`
 * (https://developer.salesforce.com/docs/platform/api-metadata/references/meta-types/metadata-customobject.html);
 * Apex Security and Sharing Model
 * (https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/api/apex_security_sharing_chapter.htm);
 * Relationships Among Objects, "the detail record's access follows its master record"
 * (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/relationships_among_objects.htm);
 * ObjectPermissions, View All and Modify All "regardless of sharing settings"
 * (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_objectpermissions.htm).
 *
 * What is not modelled and stops as UNSUPPORTED when it could change the answer: the role
 * hierarchy (a user with a role denied a record), sharing rules, manual and Apex managed shares,
 * territories, sharing sets and implicit sharing (none of which the project deploys or creates),
 * objects whose default the metadata does not give (the standard objects: Account, Contact, User,
 * files), junction objects with two masters, and deleting a record owned by a queue.
 */
export class RecordSharing {
    constructor(
        private readonly store: RecordStore,
        private readonly grants: RecordAccessGrants
    ) {}

    /** The visibility of records to this user, when sharing is enforced. */
    visibilityFor(userId: string): RecordVisibility {
        const principal = this.principal(userId);
        return { principal, canAccess: (record, level) => this.canAccess(principal, record, level) };
    }

    private principal(userId: string): SharingPrincipal {
        const user = this.store.get(userId);
        if (user === undefined) {
            throw new UnsupportedError('record sharing for a running user who is not in the org');
        }
        const profileId = user.values.get('profileid');
        const profile = typeof profileId === 'string' ? this.store.get(profileId) : undefined;
        const userType = profile?.values.get('usertype');
        if (userType !== 'Standard' && userType !== 'CspLitePortal' && userType !== 'PowerCustomerSuccess') {
            throw new UnsupportedError(`record sharing for a user of type ${String(userType)}`);
        }
        return {
            userId: user.id,
            external: userType !== 'Standard',
            grant: profile?.values.get('name') === ADMINISTRATOR_PROFILE ? ALL_DATA : this.grantOf(user.id),
            groupIds: this.groupsOf(user.id),
            hasRole: typeof user.values.get('userroleid') === 'string'
        };
    }

    /** The assigned permission sets' grants, together. */
    private grantOf(userId: string): RecordAccessGrant {
        const viewAll = new Set<string>();
        const modifyAll = new Set<string>();
        let viewAllData = false;
        let modifyAllData = false;
        const assignment = this.store.schema.object('PermissionSetAssignment');
        for (const row of assignment === undefined ? [] : this.store.all(assignment, false)) {
            if (row.values.get('assigneeid') !== userId) {
                continue;
            }
            const permissionSetId = row.values.get('permissionsetid');
            const permissionSet = typeof permissionSetId === 'string' ? this.store.get(permissionSetId) : undefined;
            if (permissionSet?.values.get('isownedbyprofile') === true) {
                // The profile's own set: its View All Data and Modify All Data are the profile's.
                continue;
            }
            const name = permissionSet?.values.get('name');
            const grant = typeof name === 'string' ? this.grants.get(name.toLowerCase()) : undefined;
            if (grant === undefined) {
                throw new UnsupportedError(
                    `record sharing for a user with the permission set ${String(name)}, whose grants are not in the project`
                );
            }
            viewAllData ||= grant.viewAllData;
            modifyAllData ||= grant.modifyAllData;
            grant.viewAll.forEach((object) => viewAll.add(object));
            grant.modifyAll.forEach((object) => modifyAll.add(object));
        }
        return { viewAllData, modifyAllData, viewAll, modifyAll };
    }

    /** GroupMember rows, followed through groups that are members of other groups. */
    private groupsOf(userId: string): Set<string> {
        const member = this.store.schema.object('GroupMember');
        const rows = member === undefined ? [] : this.store.all(member, false);
        const groups = new Set<string>();
        let frontier = new Set<string>([userId]);
        while (frontier.size > 0) {
            const next = new Set<string>();
            for (const row of rows) {
                const who = row.values.get('userorgroupid');
                const group = row.values.get('groupid');
                if (typeof who === 'string' && typeof group === 'string' && frontier.has(who) && !groups.has(group)) {
                    groups.add(group);
                    next.add(group);
                }
            }
            frontier = next;
        }
        return groups;
    }

    private canAccess(principal: SharingPrincipal, record: StoredRecord, level: RecordAccessLevel): boolean {
        const object = record.object;
        const key = object.apiName.toLowerCase();
        const { grant } = principal;
        if (grant.modifyAllData || grant.modifyAll.has(key)) {
            return true;
        }
        if (level === 'read' && (grant.viewAllData || grant.viewAll.has(key))) {
            return true;
        }
        if (object.kind === 'customMetadata') {
            // Custom metadata records are readable by every user; DML on them is refused elsewhere.
            return level === 'read';
        }
        const model = principal.external ? object.externalSharingModel : object.sharingModel;
        switch (model) {
            case 'ControlledByParent':
                return this.canAccess(principal, this.masterOf(record), level === 'read' ? 'read' : 'edit');
            case 'Private':
            case 'Read':
            case 'ReadWrite':
                return this.ownerOrDefault(principal, record, level, model);
            default:
                throw new UnsupportedError(
                    `record sharing of ${object.apiName} (its ${principal.external ? 'external ' : ''}organisation-wide default ${model ?? 'is not in the metadata'})`
                );
        }
    }

    /**
     * The owner has full access; Public Read Only lets others read and Public Read/Write lets them
     * read and edit, never delete. Anything else would come from the role hierarchy or a share.
     */
    private ownerOrDefault(
        principal: SharingPrincipal,
        record: StoredRecord,
        level: RecordAccessLevel,
        model: 'Private' | 'Read' | 'ReadWrite'
    ): boolean {
        const ownerId = record.values.get('ownerid');
        if (ownerId === principal.userId) {
            return true;
        }
        if (typeof ownerId === 'string' && ownerId.startsWith(GROUP_KEY_PREFIX) && principal.groupIds.has(ownerId)) {
            if (level === 'delete') {
                throw new UnsupportedError(`deleting a ${record.object.apiName} owned by a queue the user belongs to`);
            }
            return true;
        }
        if ((model === 'Read' && level === 'read') || (model === 'ReadWrite' && level !== 'delete')) {
            return true;
        }
        const owner = typeof ownerId === 'string' ? this.store.get(ownerId) : undefined;
        if (principal.hasRole && typeof owner?.values.get('userroleid') === 'string') {
            throw new UnsupportedError(
                `record sharing through the role hierarchy (${record.object.apiName} owned by another user with a role)`
            );
        }
        return false;
    }

    /** The master record of a child whose sharing is controlled by its parent. */
    private masterOf(record: StoredRecord): StoredRecord {
        const masters = masterFields(record.object);
        if (masters.length !== 1) {
            throw new UnsupportedError(`record sharing of ${record.object.apiName} with ${masters.length} masters`);
        }
        const masterId = record.values.get(masters[0] ?? '');
        const master = typeof masterId === 'string' ? this.store.get(masterId) : undefined;
        if (master === undefined) {
            throw new Error(`${record.object.apiName} ${record.id} has no master record`);
        }
        return master;
    }
}

/** Lower-case names of the object's master-detail fields. */
export function masterFields(object: ObjectDef): string[] {
    return [...object.fields.values()]
        .filter((field) => field.type === 'MasterDetail')
        .map((field) => field.apiName.toLowerCase());
}
