import { LightningElement, wire } from 'lwc';
import getMyReports from '@salesforce/apex/ModerationController.getMyReports';
import type { MyReport } from '@dto/moderation';
import { formatDay, formatLabel } from 'c/labelFormat';
import { kindLabel, outcomeLabel, reasonLabel } from 'c/moderationLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_EMPTY from '@salesforce/label/c.My_Reports_Empty';
import LABEL_IN_GROUP from '@salesforce/label/c.Moderation_In_Group';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_REPORTED_ON from '@salesforce/label/c.My_Reports_Reported_On';
import LABEL_STATUS_OPEN from '@salesforce/label/c.Report_Status_Open';
import LABEL_TITLE from '@salesforce/label/c.My_Reports_Title';

interface ReportRow {
    id: string;
    summary: string;
    groupLine: string;
    reportedOn: string;
    outcome: string;
}

/**
 * The running user's reports and what the moderators decided: the way a reporter
 * is told the outcome. Never shows the moderator's note.
 */
export default class MyReports extends LightningElement {
    readonly labels = { title: LABEL_TITLE, empty: LABEL_EMPTY, loading: LABEL_LOADING };

    reports = wiredValue<MyReport[]>();

    @wire(getMyReports)
    wiredReports(result: ApexWireResult<MyReport[]>): void {
        this.reports = wiredValue(result);
    }

    get rows(): ReportRow[] {
        return (this.reports.data ?? []).map((report) => ({
            id: report.id,
            summary: `${kindLabel(report.targetKind)} · ${reasonLabel(report.reason)}`,
            groupLine: report.groupName ? formatLabel(LABEL_IN_GROUP, report.groupName) : '',
            reportedOn: formatLabel(LABEL_REPORTED_ON, formatDay(report.reportedAt)),
            outcome: report.status === 'Open' ? LABEL_STATUS_OPEN : outcomeLabel(report.outcome)
        }));
    }

    get isEmpty(): boolean {
        return this.reports.hasData && this.rows.length === 0;
    }
}
