import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import attachFiles from '@salesforce/apex/GroupFileController.attachFiles';
import deleteFile from '@salesforce/apex/GroupFileController.deleteFile';
import getFiles from '@salesforce/apex/GroupFileController.getFiles';
import setFileHidden from '@salesforce/apex/GroupFileController.setFileHidden';
import type { GroupFile, GroupFileListing } from '@dto/conversations';
import { generateUrl } from 'lightning/fileDownload';
import { runAction } from 'c/containerAction';
import { formatDay, formatLabel, formatSize } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import LABEL_DELETE from '@salesforce/label/c.Files_Delete';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.Files_Delete_Confirm';
import LABEL_DELETED from '@salesforce/label/c.Files_Deleted';
import LABEL_DOWNLOAD from '@salesforce/label/c.Files_Download';
import LABEL_EMPTY from '@salesforce/label/c.Files_Empty';
import LABEL_HIDDEN from '@salesforce/label/c.Files_Hidden';
import LABEL_HIDDEN_BADGE from '@salesforce/label/c.Discussion_Hidden_Badge';
import LABEL_HIDE from '@salesforce/label/c.Discussion_Hide';
import LABEL_LIMITS from '@salesforce/label/c.Files_Limits';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_REPORT from '@salesforce/label/c.Discussion_Report';
import LABEL_REPORT_SENT from '@salesforce/label/c.Report_Sent';
import LABEL_REPORT_TITLE from '@salesforce/label/c.Report_Title_File';
import LABEL_RESTORE from '@salesforce/label/c.Discussion_Restore';
import LABEL_RESTORED from '@salesforce/label/c.Moderation_Restored';
import LABEL_SHARED_BY from '@salesforce/label/c.Files_Shared_By';
import LABEL_TITLE from '@salesforce/label/c.Files_Column_Title';
import LABEL_UPLOAD from '@salesforce/label/c.Files_Upload_Label';
import LABEL_UPLOADED from '@salesforce/label/c.Files_Uploaded';

interface FileRow extends GroupFile {
    /** From the platform, under the site's prefix in LWR and Aura (decision 0032). */
    downloadUrl?: string;
    sharedBy: string;
    size: string;
    downloadLabel: string;
    /** What the reader may do with the file, in the order shown. */
    actions: { name: string; label: string }[];
}

interface UploadFinished {
    files: { documentId: string; name: string }[];
}

/**
 * A group's files: upload (type and size from the settings), list with who shared
 * each and when, open, delete, report, and for moderators hide or restore. The
 * upload goes to the uploader's own files first, then the server attaches it to
 * the group and shares it with the members (decision 0015). A member who has not
 * accepted the code of conduct accepts it before the first upload.
 */
export default class GroupFiles extends LightningElement {
    @api groupId?: string;

    readonly labels = {
        upload: LABEL_UPLOAD,
        empty: LABEL_EMPTY,
        loading: LABEL_LOADING,
        title: LABEL_TITLE,
        hiddenBadge: LABEL_HIDDEN_BADGE
    };

    listing = wiredValue<GroupFileListing>();
    busy = false;
    actionError: unknown;
    successMessage = '';
    pendingDelete?: GroupFile;
    reporting?: GroupFile;
    private wiredListing?: ApexWireResult<GroupFileListing>;

    @wire(getFiles, { groupId: '$groupId' })
    wiredFiles(result: ApexWireResult<GroupFileListing>): void {
        this.wiredListing = result;
        this.listing = wiredValue(result);
    }

    get accept(): string {
        return (this.listing.data?.allowedTypes ?? []).map((type) => `.${type}`).join(',');
    }

    get limits(): string {
        const data = this.listing.data;
        return formatLabel(LABEL_LIMITS, (data?.allowedTypes ?? []).join(', '), formatSize(data?.maxSizeBytes ?? 0));
    }

    get canUpload(): boolean {
        return this.listing.data?.canUpload === true && !this.listing.data.mustAcceptConduct;
    }

    get mustAcceptConduct(): boolean {
        return this.listing.data?.canUpload === true && this.listing.data.mustAcceptConduct;
    }

    get rows(): FileRow[] {
        const canModerate = this.listing.data?.canModerate === true;
        return (this.listing.data?.files ?? []).map((file) => ({
            ...file,
            downloadUrl: generateUrl(file.documentId),
            sharedBy: formatLabel(LABEL_SHARED_BY, file.uploadedByName ?? '', formatDay(file.uploadedAt)),
            size: formatSize(file.sizeBytes ?? 0),
            downloadLabel: formatLabel(LABEL_DOWNLOAD, file.title),
            actions: (
                [
                    [file.canReport, 'report', LABEL_REPORT],
                    [canModerate && !file.isHidden, 'hide', LABEL_HIDE],
                    [file.isHidden, 'restore', LABEL_RESTORE],
                    [file.canDelete, 'delete', LABEL_DELETE]
                ] as [boolean, string, string][]
            )
                .filter(([allowed]) => allowed)
                .map(([, name, label]) => ({ name, label }))
        }));
    }

    get isEmpty(): boolean {
        return this.listing.hasData && this.rows.length === 0;
    }

    get deleteQuestion(): string {
        return formatLabel(LABEL_DELETE_CONFIRM, this.pendingDelete?.title ?? '');
    }

    get reportTitle(): string {
        return formatLabel(LABEL_REPORT_TITLE, this.reporting?.title ?? '');
    }

    async handleUploadFinished(event: CustomEvent<UploadFinished>): Promise<void> {
        const documentIds = event.detail.files.map((file) => file.documentId);
        await runAction(
            this,
            async () => {
                const shared = await attachFiles({ groupId: this.groupId ?? '', documentIds });
                return formatLabel(LABEL_UPLOADED, shared);
            },
            () => refreshApex(this.wiredListing)
        );
    }

    handleConductAccepted(): void {
        refreshApex(this.wiredListing).catch(() => undefined);
    }

    handleAction(event: Event): void {
        const { action, fileId } = (event.currentTarget as HTMLElement).dataset;
        const file = this.listing.data?.files.find((candidate) => candidate.id === fileId);
        this.successMessage = '';
        this.actionError = undefined;
        if (action === 'delete') {
            this.pendingDelete = file;
        } else if (action === 'report') {
            this.reporting = file;
        } else {
            this.changeHidden(fileId ?? '', action === 'hide').catch(() => undefined);
        }
    }

    handleCancelDelete(): void {
        this.pendingDelete = undefined;
    }

    async handleConfirmDelete(): Promise<void> {
        const fileId = this.pendingDelete?.id ?? '';
        await runAction(
            this,
            async () => {
                await deleteFile({ fileId });
                this.pendingDelete = undefined;
                return LABEL_DELETED;
            },
            () => refreshApex(this.wiredListing)
        );
    }

    handleCancelReport(): void {
        this.reporting = undefined;
    }

    handleReported(): void {
        this.reporting = undefined;
        this.successMessage = LABEL_REPORT_SENT;
    }

    private async changeHidden(fileId: string, hidden: boolean): Promise<void> {
        await runAction(
            this,
            async () => {
                await setFileHidden({ fileId, hidden });
                return hidden ? LABEL_HIDDEN : LABEL_RESTORED;
            },
            () => refreshApex(this.wiredListing)
        );
    }
}
