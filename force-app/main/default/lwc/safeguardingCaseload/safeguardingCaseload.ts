import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getCaseload from '@salesforce/apex/ComplaintController.getCaseload';
import updateComplaint from '@salesforce/apex/ComplaintController.updateComplaint';
import type { ComplaintStatus } from '@dto/enumerations';
import type { ComplaintCase } from '@dto/safeguarding';
import { runAction } from 'c/containerAction';
import { characterCount, formatDay, formatLabel } from 'c/labelFormat';
import { categoryLabel, complaintStatusLabel, complaintStatusOptions } from 'c/safeguardingLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_ANONYMOUS from '@salesforce/label/c.Safeguarding_Anonymous';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_CLOSED from '@salesforce/label/c.Complaint_Status_Closed';
import LABEL_EMPTY from '@salesforce/label/c.Safeguarding_Empty';
import LABEL_FILTER from '@salesforce/label/c.Moderation_Filter_Label';
import LABEL_IN_GROUP from '@salesforce/label/c.Moderation_In_Group';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_NOTE from '@salesforce/label/c.Safeguarding_Note_Label';
import LABEL_OPEN from '@salesforce/label/c.Safeguarding_Filter_Open';
import LABEL_RAISED_ON from '@salesforce/label/c.Safeguarding_Raised_On';
import LABEL_REPORTER from '@salesforce/label/c.Safeguarding_Reporter';
import LABEL_SAVE from '@salesforce/label/c.Common_Save';
import LABEL_SAVED from '@salesforce/label/c.Safeguarding_Saved';
import LABEL_STATUS from '@salesforce/label/c.Safeguarding_Status_Label';
import LABEL_TITLE from '@salesforce/label/c.Safeguarding_Title';
import LABEL_WORK from '@salesforce/label/c.Safeguarding_Work';

/** The filter values stand for "not yet closed" and "closed". */
const FILTERS = [
    { label: LABEL_OPEN, value: 'open' },
    { label: LABEL_CLOSED, value: 'closed' }
];

interface CaseRow {
    id: string;
    heading: string;
    raisedOn: string;
    groupLine: string;
    reporterLine: string;
    description: string;
    status: string;
    officerNote: string | null;
    workLabel: string;
}

/**
 * The caseload of the Alliance safeguarding focal points, in the console: open
 * complaints oldest first, or closed ones. A focal point moves a complaint
 * through its statuses with a note kept for the focal points; the reporter sees
 * the status. The reporter's name shows only when they agreed.
 */
export default class SafeguardingCaseload extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        filter: LABEL_FILTER,
        loading: LABEL_LOADING,
        empty: LABEL_EMPTY,
        status: LABEL_STATUS,
        note: LABEL_NOTE,
        save: LABEL_SAVE,
        cancel: LABEL_CANCEL
    };
    readonly filters = FILTERS;
    readonly statuses = complaintStatusOptions();

    filter = 'open';
    cases = wiredValue<ComplaintCase[]>();
    editingId = '';
    editStatus: ComplaintStatus = 'Received';
    editNote = '';
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredCases?: ApexWireResult<ComplaintCase[]>;

    @wire(getCaseload, { openOnly: '$openOnly' })
    wiredCaseload(result: ApexWireResult<ComplaintCase[]>): void {
        this.wiredCases = result;
        this.cases = wiredValue(result);
    }

    get openOnly(): boolean {
        return this.filter === 'open';
    }

    get rows(): CaseRow[] {
        return (this.cases.data ?? []).map((item) => ({
            id: item.id,
            heading: `${item.reference} · ${categoryLabel(item.category)}`,
            raisedOn: formatLabel(LABEL_RAISED_ON, formatDay(item.raisedAt)),
            groupLine: item.groupName ? formatLabel(LABEL_IN_GROUP, item.groupName) : '',
            reporterLine: item.identityShared
                ? formatLabel(LABEL_REPORTER, item.reporterName ?? '', item.reporterOrganisation ?? '')
                : LABEL_ANONYMOUS,
            description: item.description,
            status: complaintStatusLabel(item.status),
            officerNote: item.officerNote,
            workLabel: `${LABEL_WORK} ${item.reference}`
        }));
    }

    /** The longest officer note the case being worked keeps, as the caseload gives it. */
    get noteLength(): number | undefined {
        return this.cases.data?.find((candidate) => candidate.id === this.editingId)?.noteLength;
    }

    get noteCount(): string {
        return characterCount(LABEL_CHARACTERS, this.editNote, this.noteLength);
    }

    get isEmpty(): boolean {
        return this.cases.hasData && this.rows.length === 0;
    }

    handleFilter(event: CustomEvent<{ value: string }>): void {
        this.filter = event.detail.value;
        this.editingId = '';
    }

    handleWork(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.caseId ?? '';
        const item = this.cases.data?.find((candidate) => candidate.id === id);
        this.editingId = id;
        this.editStatus = item?.status ?? 'Received';
        this.editNote = item?.officerNote ?? '';
        this.successMessage = '';
        this.actionError = undefined;
    }

    handleStatus(event: CustomEvent<{ value: ComplaintStatus }>): void {
        this.editStatus = event.detail.value;
    }

    handleNote(event: Event): void {
        this.editNote = (event.target as HTMLTextAreaElement).value ?? '';
    }

    handleCancel(): void {
        this.editingId = '';
    }

    async handleSave(): Promise<void> {
        const complaintId = this.editingId;
        const status = this.editStatus;
        const note = this.editNote.trim() || null;
        await runAction(
            this,
            async () => {
                await updateComplaint({ complaintId, status, note });
                this.editingId = '';
                return LABEL_SAVED;
            },
            () => refreshApex(this.wiredCases)
        );
    }
}
