import { LightningElement, api } from 'lwc';
import type { ModerationDecision, ModerationQueueItem } from '@dto/moderation';
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

/**
 * One report in the moderation queue: what was reported, by whom, about whom,
 * and the decisions open to a moderator. Fires `decide` with `detail`
 * "<decision>:<reportId>" and `restore` with the hidden message's Id; the
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

    get heading(): string {
        const item = this.item;
        return item ? `${item.name} · ${kindLabel(item.targetKind)} · ${reasonLabel(item.reason)}` : '';
    }

    get reportedBy(): string {
        const item = this.item;
        return item ? formatLabel(LABEL_REPORTED_BY, item.reportedByName ?? '', formatDay(item.reportedAt)) : '';
    }

    get groupLine(): string {
        return this.item?.groupName ? formatLabel(LABEL_IN_GROUP, this.item.groupName) : '';
    }

    get aboutLine(): string {
        const item = this.item;
        return item?.reportedUserName
            ? formatLabel(LABEL_ABOUT, item.reportedUserName, item.reportedOrganisationName ?? '')
            : '';
    }

    get isOpen(): boolean {
        return this.item?.status === 'Open';
    }

    get hasMessage(): boolean {
        return Boolean(this.item?.messageId);
    }

    get decisionLine(): string {
        const item = this.item;
        if (!item || item.status === 'Open') {
            return '';
        }
        const decided = formatLabel(LABEL_DECIDED_BY, item.decidedByName ?? '', formatDay(item.decidedAt));
        return `${outcomeLabel(item.outcome)} · ${decided}`;
    }

    get canRestore(): boolean {
        return !this.isOpen && this.item?.messageHidden === true;
    }

    get decisions(): DecisionButton[] {
        const item = this.item;
        if (!item || !this.isOpen) {
            return [];
        }
        const buttons: DecisionButton[] = [];
        if (item.messageId && !item.messageHidden && !item.messageDeleted) {
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

    handleDecide(event: Event): void {
        const decision = (event.currentTarget as HTMLElement).dataset.decision ?? '';
        this.dispatchEvent(new CustomEvent('decide', { detail: `${decision}:${this.item?.id ?? ''}` }));
    }

    handleRestore(): void {
        this.dispatchEvent(new CustomEvent('restore', { detail: this.item?.messageId ?? '' }));
    }
}
