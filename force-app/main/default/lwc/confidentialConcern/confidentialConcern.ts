import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getDraftLimits from '@salesforce/apex/ComplaintController.getDraftLimits';
import getMyComplaints from '@salesforce/apex/ComplaintController.getMyComplaints';
import raiseComplaint from '@salesforce/apex/ComplaintController.raiseComplaint';
import type { ComplaintCategory } from '@dto/enumerations';
import type { ComplaintDraftLimits, MyComplaint } from '@dto/safeguarding';
import { runAction } from 'c/containerAction';
import { characterCount, formatDay, formatLabel } from 'c/labelFormat';
import { categoryLabel, categoryOptions, complaintStatusLabel } from 'c/safeguardingLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_CATEGORY from '@salesforce/label/c.Complaint_Category_Label';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_DESCRIPTION from '@salesforce/label/c.Complaint_Description_Label';
import LABEL_INTRO from '@salesforce/label/c.Complaint_Intro';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MINE_EMPTY from '@salesforce/label/c.Complaint_Mine_Empty';
import LABEL_MINE_TITLE from '@salesforce/label/c.Complaint_Mine_Title';
import LABEL_RECEIVED from '@salesforce/label/c.Complaint_Received';
import LABEL_SHARE from '@salesforce/label/c.Complaint_Share_Identity';
import LABEL_SUBMIT from '@salesforce/label/c.Complaint_Submit';
import LABEL_TITLE from '@salesforce/label/c.Complaint_Title';

interface ComplaintRow {
    id: string;
    summary: string;
    raisedOn: string;
    status: string;
}

/**
 * The confidential route for fraud, abuse of power, and sexual exploitation and
 * abuse: a form whose content only the Alliance safeguarding focal points read,
 * and the person's own concerns with their reference and status. The reporter
 * decides whether the focal points may know who they are. On a group page it
 * records which group the concern was raised from.
 */
export default class ConfidentialConcern extends LightningElement {
    /** The group the form was opened from, if any. */
    @api groupId?: string;

    readonly labels = {
        title: LABEL_TITLE,
        intro: LABEL_INTRO,
        category: LABEL_CATEGORY,
        description: LABEL_DESCRIPTION,
        share: LABEL_SHARE,
        submit: LABEL_SUBMIT,
        mineTitle: LABEL_MINE_TITLE,
        mineEmpty: LABEL_MINE_EMPTY,
        loading: LABEL_LOADING
    };
    readonly categories = categoryOptions();

    /** What the server keeps of the description, so the field counts against its own limit. */
    limits?: ComplaintDraftLimits;
    category?: ComplaintCategory;
    description = '';
    shareIdentity = false;
    busy = false;
    actionError: unknown;
    successMessage = '';
    mine = wiredValue<MyComplaint[]>();
    private wiredMine?: ApexWireResult<MyComplaint[]>;

    @wire(getMyComplaints)
    wiredMyComplaints(result: ApexWireResult<MyComplaint[]>): void {
        this.wiredMine = result;
        this.mine = wiredValue(result);
    }

    override connectedCallback(): void {
        // Cacheable, so an imperative call is answered from the client-side cache after the first
        // (https://developer.salesforce.com/docs/platform/lwc/guide/apex-call-imperative.html).
        // Without an answer the description is not limited here; the server still refuses on Send.
        getDraftLimits()
            .then((limits) => {
                this.limits = limits ?? undefined;
            })
            .catch(() => undefined);
    }

    get descriptionLength(): number | undefined {
        return this.limits?.descriptionLength;
    }

    get descriptionCount(): string {
        return characterCount(LABEL_CHARACTERS, this.description, this.descriptionLength);
    }

    get rows(): ComplaintRow[] {
        return (this.mine.data ?? []).map((complaint) => ({
            id: complaint.reference,
            summary: `${complaint.reference} · ${categoryLabel(complaint.category)}`,
            raisedOn: formatDay(complaint.raisedAt),
            status: complaintStatusLabel(complaint.status)
        }));
    }

    get hasNone(): boolean {
        return this.mine.hasData && this.rows.length === 0;
    }

    get cannotSend(): boolean {
        return this.busy || !this.category || this.description.trim().length === 0;
    }

    handleCategory(event: CustomEvent<{ value: ComplaintCategory }>): void {
        this.category = event.detail.value;
    }

    handleDescription(event: Event): void {
        this.description = (event.target as HTMLTextAreaElement).value ?? '';
    }

    handleShare(event: Event): void {
        this.shareIdentity = (event.target as HTMLInputElement).checked === true;
    }

    async handleSubmit(): Promise<void> {
        await runAction(
            this,
            async () => {
                const raised = await raiseComplaint({
                    draft: {
                        category: this.category ?? 'Other_Safeguarding',
                        description: this.description,
                        groupId: this.groupId ?? null,
                        shareIdentity: this.shareIdentity
                    }
                });
                this.category = undefined;
                this.description = '';
                this.shareIdentity = false;
                return formatLabel(LABEL_RECEIVED, raised.reference);
            },
            () => refreshApex(this.wiredMine)
        );
    }
}
