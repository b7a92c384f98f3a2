import { LightningElement, wire } from 'lwc';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import type { AccessState } from '@dto/access';
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

    private state?: AccessState;
    private loadError: unknown;

    @wire(getAccessState)
    wiredState({ data, error }: ApexWireResult<AccessState>): void {
        if (data) {
            this.state = data;
            this.loadError = undefined;
        } else if (error) {
            this.state = undefined;
            this.loadError = error;
        }
    }

    get isLoading(): boolean {
        return !this.state && !this.loadError;
    }

    get hasError(): boolean {
        return this.loadError !== undefined;
    }

    get error(): unknown {
        return this.loadError;
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
