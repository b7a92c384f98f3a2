import { LightningElement, api } from 'lwc';
import type { ModerationDecision } from '@dto/enumerations';
import type { ModerationQueueItem } from '@dto/moderation';
import { formatDay, formatLabel } from 'c/labelFormat';
import { kindLabel, outcomeLabel, reasonLabel } from 'c/moderationLabels';
import LABEL_ABOUT from '@salesforce/label/c.Moderation_About';
import LABEL_DECIDED_BY from '@salesforce/label/c.Moderation_Decided_By';
import LABEL_DISMISS from '@salesforce/label/c.Moderation_Action_Dismiss';
import LABEL_HIDDEN_BADGE from '@salesforce/label/c.Discussion_Hidden_Badge';
import LABEL_HIDE from '@salesforce/label/c.Moderation_Action_Hide';
import LABEL_IN_GROUP from '@salesforce/label/c.Moderation_In_Group';
import LABEL_MESSAGE_DELETED from '@salesforce/label/c.Moderation_Message_Deleted';
import LABEL_REPORTED_BY from '@salesforce/label/c.Moderation_Reported_By';
import LABEL_RESTORE from '@salesforce/label/c.Discussion_Restore';
import LABEL_SUSPEND_EXCHANGE from '@salesforce/label/c.Moderation_Action_Suspend_Exchange';
import LABEL_SUSPEND_GROUP from '@salesforce/label/c.Moderation_Action_Suspend_Group';
import LABEL_WARN from '@salesforce/label/c.Moderation_Action_Warn';

interface DecisionButton {
    decision: ModerationDecision;
    label: string;
    variant: string;
}

interface CardView {
    heading: string;
    reportedBy: string;
    groupLine: string;
    aboutLine: string;
    isOpen: boolean;
    hasMessage: boolean;
    hasFile: boolean;
    decisionLine: string;
    canRestore: boolean;
    decisions: DecisionButton[];
}

/** What a moderator may decide on an open report: hiding only applies to a message still shown. */
function decisionsFor(item: ModerationQueueItem): DecisionButton[] {
    const buttons: DecisionButton[] = [];
    const messageShown = Boolean(item.messageId) && !item.messageHidden && !item.messageDeleted;
    const fileShown = Boolean(item.fileId) && !item.fileHidden;
    if (messageShown || fileShown) {
        buttons.push({ decision: 'Content_Hidden', label: LABEL_HIDE, variant: 'brand' });
    }
    buttons.push(
        { decision: 'Member_Warned', label: LABEL_WARN, variant: 'neutral' },
        { decision: 'Suspended_From_Group', label: LABEL_SUSPEND_GROUP, variant: 'neutral' },
        { decision: 'Suspended_From_Exchange', label: LABEL_SUSPEND_EXCHANGE, variant: 'destructive-text' },
        { decision: 'Dismissed', label: LABEL_DISMISS, variant: 'neutral' }
    );
    return buttons;
}

/**
 * One report in the moderation queue: what was reported, by whom, about whom,
 * and the decisions open to a moderator. Fires `decide` with `detail`
 * "<decision>:<reportId>" and `restore` with the hidden message's or file's Id; the
 * container confirms and acts.
 */
export default class ModerationReportCard extends LightningElement {
    @api item?: ModerationQueueItem;
    /** Disables the buttons while the container works. */
    @api busy = false;

    readonly labels = {
        hiddenBadge: LABEL_HIDDEN_BADGE,
        messageDeleted: LABEL_MESSAGE_DELETED,
        restore: LABEL_RESTORE
    };

    /** Everything the card shows, worked out once from the report; undefined without one. */
    get view(): CardView | undefined {
        const item = this.item;
        if (!item) {
            return undefined;
        }
        const isOpen = item.status === 'Open';
        return {
            heading: `${item.name} · ${kindLabel(item.targetKind)} · ${reasonLabel(item.reason)}`,
            reportedBy: formatLabel(LABEL_REPORTED_BY, item.reportedByName ?? '', formatDay(item.reportedAt)),
            groupLine: item.groupName ? formatLabel(LABEL_IN_GROUP, item.groupName) : '',
            aboutLine: item.reportedUserName
                ? formatLabel(LABEL_ABOUT, item.reportedUserName, item.reportedOrganisationName ?? '')
                : '',
            isOpen,
            hasMessage: Boolean(item.messageId),
            hasFile: Boolean(item.fileId),
            decisionLine: isOpen
                ? ''
                : `${outcomeLabel(item.outcome)} · ${formatLabel(LABEL_DECIDED_BY, item.decidedByName ?? '', formatDay(item.decidedAt))}`,
            canRestore: !isOpen && (item.messageHidden || item.fileHidden),
            decisions: isOpen ? decisionsFor(item) : []
        };
    }

    /** The hidden content a moderator may restore: the message, else the file. */
    get contentId(): string | null {
        return this.item?.messageId ?? this.item?.fileId ?? null;
    }

    handleDecide(event: Event): void {
        const { decision, reportId } = (event.currentTarget as HTMLElement).dataset;
        this.dispatchEvent(new CustomEvent('decide', { detail: `${decision}:${reportId}` }));
    }

    handleRestore(event: Event): void {
        this.dispatchEvent(
            new CustomEvent('restore', { detail: (event.currentTarget as HTMLElement).dataset.contentId })
        );
    }
}
