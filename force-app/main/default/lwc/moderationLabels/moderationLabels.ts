import type { ModerationDecision, ReportReason, ReportStatus, ReportTargetKind } from '@dto/enumerations';
import { labelIn, optionsOf, type Option } from 'c/labelFormat';
import LABEL_KIND_FILE from '@salesforce/label/c.Report_Kind_File';
import LABEL_KIND_MEMBER from '@salesforce/label/c.Report_Kind_Member';
import LABEL_KIND_MESSAGE from '@salesforce/label/c.Report_Kind_Message';
import LABEL_OUTCOME_DISMISSED from '@salesforce/label/c.Report_Outcome_Dismissed';
import LABEL_OUTCOME_HIDDEN from '@salesforce/label/c.Report_Outcome_Content_Hidden';
import LABEL_OUTCOME_SUSPENDED_EXCHANGE from '@salesforce/label/c.Report_Outcome_Suspended_From_Exchange';
import LABEL_OUTCOME_SUSPENDED_GROUP from '@salesforce/label/c.Report_Outcome_Suspended_From_Group';
import LABEL_OUTCOME_WARNED from '@salesforce/label/c.Report_Outcome_Member_Warned';
import LABEL_REASON_HARASSMENT from '@salesforce/label/c.Report_Reason_Harassment';
import LABEL_REASON_HATE from '@salesforce/label/c.Report_Reason_Hate';
import LABEL_REASON_MISINFORMATION from '@salesforce/label/c.Report_Reason_Misinformation';
import LABEL_REASON_OTHER from '@salesforce/label/c.Report_Reason_Other';
import LABEL_REASON_PRIVACY from '@salesforce/label/c.Report_Reason_Privacy';
import LABEL_REASON_SPAM from '@salesforce/label/c.Report_Reason_Spam';
import LABEL_STATUS_ACTIONED from '@salesforce/label/c.Moderation_Status_Actioned';
import LABEL_STATUS_DISMISSED from '@salesforce/label/c.Moderation_Status_Dismissed';
import LABEL_STATUS_OPEN from '@salesforce/label/c.Moderation_Status_Open';

const REASONS: Record<ReportReason, string> = {
    Harassment: LABEL_REASON_HARASSMENT,
    Hate: LABEL_REASON_HATE,
    Spam: LABEL_REASON_SPAM,
    Misinformation: LABEL_REASON_MISINFORMATION,
    Privacy: LABEL_REASON_PRIVACY,
    Other: LABEL_REASON_OTHER
};

const OUTCOMES: Record<ModerationDecision, string> = {
    Content_Hidden: LABEL_OUTCOME_HIDDEN,
    Member_Warned: LABEL_OUTCOME_WARNED,
    Suspended_From_Group: LABEL_OUTCOME_SUSPENDED_GROUP,
    Suspended_From_Exchange: LABEL_OUTCOME_SUSPENDED_EXCHANGE,
    Dismissed: LABEL_OUTCOME_DISMISSED
};

const KINDS: Record<ReportTargetKind, string> = {
    Message: LABEL_KIND_MESSAGE,
    Member: LABEL_KIND_MEMBER,
    File: LABEL_KIND_FILE
};

const STATUSES: Record<ReportStatus, string> = {
    Open: LABEL_STATUS_OPEN,
    Actioned: LABEL_STATUS_ACTIONED,
    Dismissed: LABEL_STATUS_DISMISSED
};

/** @returns the reasons a member may give, in the order the form offers them */
export function reasonOptions(): Option<ReportReason>[] {
    return optionsOf(REASONS);
}

/** @returns the queue's status filter choices */
export function statusOptions(): Option<ReportStatus>[] {
    return optionsOf(STATUSES);
}

/** @returns the translated reason, or the value itself for one added since */
export function reasonLabel(reason: string): string {
    return labelIn(REASONS, reason);
}

/** @returns what the moderator did, as the reporter reads it */
export function outcomeLabel(outcome: string | null): string {
    return labelIn(OUTCOMES, outcome);
}

/** @returns what was reported */
export function kindLabel(kind: string): string {
    return labelIn(KINDS, kind);
}
