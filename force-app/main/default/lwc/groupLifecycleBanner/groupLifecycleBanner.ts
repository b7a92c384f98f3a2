import { LightningElement, api } from 'lwc';
import type { GroupCard } from '@dto/groups';
import { formatDay, formatLabel } from 'c/labelFormat';
import LABEL_ARCHIVED from '@salesforce/label/c.Lifecycle_Archived_Banner';
import LABEL_CONVERSATION_ARCHIVED from '@salesforce/label/c.Conversation_Archived_Banner';
import LABEL_CONVERSATION_RESTORE from '@salesforce/label/c.Conversation_Restore';
import LABEL_CONVERSATION_WARNING from '@salesforce/label/c.Conversation_Warning_Banner';
import LABEL_RESTORE from '@salesforce/label/c.Lifecycle_Restore';
import LABEL_WARNING from '@salesforce/label/c.Lifecycle_Warning_Banner';

/** What the banner says, for a group or for a direct conversation, which archives the same way. */
const GROUP_TEXTS = { archived: LABEL_ARCHIVED, warning: LABEL_WARNING, restore: LABEL_RESTORE };
const CONVERSATION_TEXTS = {
    archived: LABEL_CONVERSATION_ARCHIVED,
    warning: LABEL_CONVERSATION_WARNING,
    restore: LABEL_CONVERSATION_RESTORE
};

/**
 * Where a group stands in its life: warned that it will be archived without
 * activity, or archived and read-only, with the restore button for those who may.
 * Fires `restore`; the page acts. Shows nothing for an active group.
 */
export default class GroupLifecycleBanner extends LightningElement {
    @api group?: GroupCard;
    @api canRestore = false;
    /** Disables the button while the page works. */
    @api busy = false;

    get isArchived(): boolean {
        return this.group?.status === 'Archived';
    }

    get isWarned(): boolean {
        return !this.isArchived && Boolean(this.group?.archivesOn);
    }

    get texts(): typeof GROUP_TEXTS {
        return this.group?.kind === 'Conversation' ? CONVERSATION_TEXTS : GROUP_TEXTS;
    }

    get archivedMessage(): string {
        return formatLabel(this.texts.archived, formatDay(this.group?.archivedAt));
    }

    get warningMessage(): string {
        return formatLabel(this.texts.warning, formatDay(this.group?.archivesOn));
    }

    handleRestore(): void {
        this.dispatchEvent(new CustomEvent('restore'));
    }
}
