import { LightningElement, api } from 'lwc';
import type { MembershipStatus } from '@dto/enumerations';
import type { GroupCard as GroupCardData } from '@dto/groups';
import { formatDay, formatLabel } from 'c/labelFormat';
import LABEL_INVITED from '@salesforce/label/c.Group_Status_Invited';
import LABEL_LAST_ACTIVITY from '@salesforce/label/c.Group_Last_Activity';
import LABEL_MEMBER from '@salesforce/label/c.Group_Status_Member';
import LABEL_OPEN from '@salesforce/label/c.Group_Open';
import LABEL_REQUESTED from '@salesforce/label/c.Group_Status_Requested';

/** The badge for the running user's own membership; none once they are out of the group or barred from it. */
const MY_STATUS_LABELS: Record<MembershipStatus, string | undefined> = {
    Active: LABEL_MEMBER,
    Invited: LABEL_INVITED,
    Requested: LABEL_REQUESTED,
    Declined: undefined,
    Left: undefined,
    Removed: undefined,
    Suspended: undefined
};

/** One group in the directory. Fires `open` with the group Id as `detail`. */
export default class GroupCard extends LightningElement {
    @api group?: GroupCardData;

    get myStatus(): string | undefined {
        return this.group?.myStatus ? MY_STATUS_LABELS[this.group.myStatus] : undefined;
    }

    /**
     * "Last activity 15 Nov 2026" as one text: the template compiler drops the space between
     * a label and the element after it, which ran them together.
     */
    get lastActivity(): string {
        return this.group?.lastActivityAt ? `${LABEL_LAST_ACTIVITY} ${formatDay(this.group.lastActivityAt)}` : '';
    }

    get openLabel(): string {
        return formatLabel(LABEL_OPEN, this.group?.title ?? '');
    }

    handleOpen(): void {
        if (this.group) {
            this.dispatchEvent(new CustomEvent('open', { detail: this.group.id }));
        }
    }
}
