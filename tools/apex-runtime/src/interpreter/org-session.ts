import type { Org, OrgContext } from '../org/index';

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
        readonly timeZone: string
    ) {
        this.runningUserId = adminUserId;
    }

    context(): OrgContext {
        return { runningUserId: this.runningUserId, now: () => Date.now(), timeZone: this.timeZone };
    }
}
