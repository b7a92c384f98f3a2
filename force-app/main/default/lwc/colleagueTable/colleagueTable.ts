import { LightningElement, api } from 'lwc';
import type { Colleague } from '@dto/people';
import { formatLabel } from 'c/labelFormat';
import LABEL_ACTIONS from '@salesforce/label/c.Common_Actions';
import LABEL_ACTIVE from '@salesforce/label/c.Colleagues_Status_Active';
import LABEL_COLUMN_EMAIL from '@salesforce/label/c.Colleagues_Column_Email';
import LABEL_COLUMN_LAST_LOGIN from '@salesforce/label/c.Colleagues_Column_Last_Login';
import LABEL_COLUMN_NAME from '@salesforce/label/c.Colleagues_Column_Name';
import LABEL_COLUMN_STATUS from '@salesforce/label/c.Colleagues_Column_Status';
import LABEL_DEACTIVATE from '@salesforce/label/c.Colleagues_Deactivate';
import LABEL_EMPTY from '@salesforce/label/c.Colleagues_Empty';
import LABEL_INACTIVE from '@salesforce/label/c.Colleagues_Status_Inactive';
import LABEL_NEVER from '@salesforce/label/c.Colleagues_Never';
import LABEL_YOU from '@salesforce/label/c.Colleagues_You';

interface ColleagueRow {
    id: string;
    name: string;
    email: string;
    isSelf: boolean;
    status: string;
    lastLogin: string | null;
    canDeactivate: boolean;
    deactivateLabel: string;
}

/**
 * The logins of an organisation as a table. Fires `deactivate` with the user Id
 * as `detail` when the organisation admin asks to deactivate one; the container
 * confirms and acts.
 */
export default class ColleagueTable extends LightningElement {
    @api colleagues: Colleague[] = [];
    /** Disables the actions while the container is busy. */
    @api busy = false;

    readonly labels = {
        name: LABEL_COLUMN_NAME,
        email: LABEL_COLUMN_EMAIL,
        status: LABEL_COLUMN_STATUS,
        lastLogin: LABEL_COLUMN_LAST_LOGIN,
        actions: LABEL_ACTIONS,
        never: LABEL_NEVER,
        you: LABEL_YOU,
        empty: LABEL_EMPTY
    };

    get rows(): ColleagueRow[] {
        return (this.colleagues ?? []).map((colleague) => ({
            id: colleague.id,
            name: colleague.name,
            email: colleague.email,
            isSelf: colleague.isSelf,
            status: colleague.isActive ? LABEL_ACTIVE : LABEL_INACTIVE,
            lastLogin: colleague.lastLogin,
            canDeactivate: colleague.isActive && !colleague.isSelf,
            deactivateLabel: formatLabel(LABEL_DEACTIVATE, colleague.name)
        }));
    }

    /** Only the admin themself: nobody else from the organisation has a login yet. */
    get isAlone(): boolean {
        return this.rows.every((row) => row.isSelf);
    }

    handleDeactivate(event: Event): void {
        const userId = (event.currentTarget as HTMLElement).dataset.userId;
        if (userId) {
            this.dispatchEvent(new CustomEvent('deactivate', { detail: userId }));
        }
    }
}
