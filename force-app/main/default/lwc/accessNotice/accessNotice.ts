import { LightningElement, wire } from 'lwc';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import type { AccessState } from '@dto/access';
import { wiredValue } from 'c/wiredValue';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MEMBERSHIP_LINK from '@salesforce/label/c.Access_Membership_Link';
import LABEL_NOTICE_TITLE from '@salesforce/label/c.Access_Notice_Title';
import LABEL_SUSPENDED_TITLE from '@salesforce/label/c.Access_Notice_Suspended_Title';

/**
 * Tells people who may not use CHS Exchange why, in their language, and how to
 * become a member. Shows nothing to members and Alliance staff, so it can sit at
 * the top of every Exchange page.
 */
export default class AccessNotice extends LightningElement {
    readonly labels = { loading: LABEL_LOADING, membershipLink: LABEL_MEMBERSHIP_LINK };

    access = wiredValue<AccessState>();

    @wire(getAccessState)
    wiredState(result: ApexWireResult<AccessState>): void {
        this.access = wiredValue(result);
    }

    private get state(): AccessState | undefined {
        return this.access.data;
    }

    get showNotice(): boolean {
        return this.state?.hasAccess === false;
    }

    get noticeTitle(): string {
        return this.state?.standing === 'SUSPENDED' ? LABEL_SUSPENDED_TITLE : LABEL_NOTICE_TITLE;
    }

    get message(): string {
        return this.state?.message ?? '';
    }

    /** Suspended members already know the way in; the link is for organisations that are not members. */
    get membershipInfoUrl(): string | undefined {
        if (this.state?.standing === 'SUSPENDED') {
            return undefined;
        }
        return this.state?.membershipInfoUrl ?? undefined;
    }
}
