import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getPreferences from '@salesforce/apex/NotificationController.getPreferences';
import savePreference from '@salesforce/apex/NotificationController.savePreference';
import type { NoticeDelivery, NoticeType } from '@dto/enumerations';
import type { NoticePreference } from '@dto/notifications';
import { runAction } from 'c/containerAction';
import { wiredValue } from 'c/wiredValue';
import LABEL_DAILY from '@salesforce/label/c.Notice_Delivery_Daily_Digest';
import LABEL_IMMEDIATELY from '@salesforce/label/c.Notice_Delivery_Immediately';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_OFF from '@salesforce/label/c.Notice_Delivery_Off';
import LABEL_SAVED from '@salesforce/label/c.Notice_Preference_Saved';
import LABEL_TITLE from '@salesforce/label/c.Notice_Preferences_Title';
import LABEL_TYPE_ARCHIVE_WARNING from '@salesforce/label/c.Notice_Type_Archive_Warning';
import LABEL_TYPE_ARCHIVED from '@salesforce/label/c.Notice_Type_Archived';
import LABEL_TYPE_INVITATION from '@salesforce/label/c.Notice_Type_Invitation';
import LABEL_TYPE_JOIN_REQUEST from '@salesforce/label/c.Notice_Type_Join_Request';
import LABEL_TYPE_REPLY from '@salesforce/label/c.Notice_Type_Reply';
import LABEL_TYPE_REQUEST_APPROVED from '@salesforce/label/c.Notice_Type_Request_Approved';
import LABEL_TYPE_REQUEST_DECLINED from '@salesforce/label/c.Notice_Type_Request_Declined';
import LABEL_TYPE_RESTORED from '@salesforce/label/c.Notice_Type_Restored';
import LABEL_TYPE_SUBMISSION_DECIDED from '@salesforce/label/c.Notice_Type_Submission_Decided';

const TYPE_LABELS: Record<NoticeType, string> = {
    Invitation: LABEL_TYPE_INVITATION,
    Join_Request: LABEL_TYPE_JOIN_REQUEST,
    Request_Approved: LABEL_TYPE_REQUEST_APPROVED,
    Request_Declined: LABEL_TYPE_REQUEST_DECLINED,
    Reply: LABEL_TYPE_REPLY,
    Archive_Warning: LABEL_TYPE_ARCHIVE_WARNING,
    Archived: LABEL_TYPE_ARCHIVED,
    Restored: LABEL_TYPE_RESTORED,
    Submission_Decided: LABEL_TYPE_SUBMISSION_DECIDED
};

const DELIVERIES: { label: string; value: NoticeDelivery }[] = [
    { label: LABEL_IMMEDIATELY, value: 'Immediately' },
    { label: LABEL_DAILY, value: 'Daily_Digest' },
    { label: LABEL_OFF, value: 'Off' }
];

interface PreferenceRow extends NoticePreference {
    label: string;
}

/**
 * For each type of notice, how the signed-in person wants to hear of it: at
 * once, in the daily summary, or not at all. Each choice is saved as it is made.
 */
export default class NotificationPreferences extends LightningElement {
    readonly labels = { title: LABEL_TITLE, loading: LABEL_LOADING };
    readonly deliveries = DELIVERIES;

    preferences = wiredValue<NoticePreference[]>();
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredPreferences?: ApexWireResult<NoticePreference[]>;

    @wire(getPreferences)
    wiredNoticePreferences(result: ApexWireResult<NoticePreference[]>): void {
        this.wiredPreferences = result;
        this.preferences = wiredValue(result);
    }

    get rows(): PreferenceRow[] {
        return (this.preferences.data ?? []).map((preference) => ({
            ...preference,
            label: TYPE_LABELS[preference.type] ?? preference.type
        }));
    }

    async handleChange(event: CustomEvent<{ value: NoticeDelivery }>): Promise<void> {
        const type = (event.currentTarget as HTMLElement).dataset.type as NoticeType;
        const delivery = event.detail.value;
        await runAction(
            this,
            async () => {
                await savePreference({ type, delivery });
                return LABEL_SAVED;
            },
            () => refreshApex(this.wiredPreferences)
        );
    }
}
