import { UserAccess, type Org, type OrgContext, type PermissionSetCatalogue } from '../org/index';
import { UnsupportedError } from '../unsupported';

/**
 * The org one transaction runs against and who runs it. The running user starts as the org's
 * System Administrator; System.runAs switches it for the length of its block.
 */
export class OrgSession {
    runningUserId: string;
    /** System.runAs blocks running now: inside one, the test class's own code enforces sharing. */
    runAsDepth = 0;

    constructor(
        readonly org: Org,
        /** The System Administrator who runs the transaction when no System.runAs is active. */
        readonly adminUserId: string,
        readonly timeZone: string,
        /** What the project's permission sets grant; none when the project is not loaded from files. */
        readonly permissionSets: PermissionSetCatalogue = new Map()
    ) {
        this.runningUserId = adminUserId;
    }

    context(): OrgContext {
        return { runningUserId: this.runningUserId, now: () => Date.now(), timeZone: this.runningUserTimeZone() };
    }

    /**
     * The running user's TimeZoneSidKey: SOQL date literals, Date.today() and the local Datetime
     * methods all read the day and the time in it, as the platform does for the context user.
     */
    runningUserTimeZone(): string {
        if (this.runningUserId === this.adminUserId) {
            return this.timeZone;
        }
        const zone = this.org.store.get(this.runningUserId)?.values.get('timezonesidkey');
        if (typeof zone !== 'string') {
            throw new UnsupportedError(`the time zone of the running user ${this.runningUserId}, which is not set`);
        }
        return zone;
    }

    /** The running user's object and field permissions and custom permissions, from the org's records now. */
    access(): UserAccess {
        return UserAccess.of(this.org.store, this.permissionSets, this.runningUserId);
    }
}
