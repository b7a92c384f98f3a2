import { LightningElement, api } from 'lwc';
import type { GroupCard } from '@dto/groups';
import { formatDay, formatLabel } from 'c/labelFormat';
import LABEL_ARCHIVED from '@salesforce/label/c.Lifecycle_Archived_Banner';
import LABEL_RESTORE from '@salesforce/label/c.Lifecycle_Restore';
import LABEL_WARNING from '@salesforce/label/c.Lifecycle_Warning_Banner';

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

    readonly labels = { restore: LABEL_RESTORE };

    get isArchived(): boolean {
        return this.group?.status === 'Archived';
    }

    get isWarned(): boolean {
        return !this.isArchived && Boolean(this.group?.archivesOn);
    }

    get archivedMessage(): string {
        return formatLabel(LABEL_ARCHIVED, formatDay(this.group?.archivedAt));
    }

    get warningMessage(): string {
        return formatLabel(LABEL_WARNING, formatDay(this.group?.archivesOn));
    }

    handleRestore(): void {
        this.dispatchEvent(new CustomEvent('restore'));
    }
}
