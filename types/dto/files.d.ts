/**
 * Shapes returned by GroupFileController. Each interface names the Apex class it
 * mirrors with `@apex`.
 */

/** @apex GroupFileViews.File */
export interface GroupFile {
    id: string;
    title: string;
    extension: string | null;
    sizeBytes: number | null;
    uploadedByName: string | null;
    uploadedAt: string;
    /** The Salesforce file (ContentDocument Id); the component asks lightning/fileDownload for its address. */
    documentId: string;
    /** Hidden by a moderator; only moderators see it listed. */
    isHidden: boolean;
    canDelete: boolean;
    canReport: boolean;
}

/** @apex GroupFileViews.Listing */
export interface GroupFileListing {
    files: GroupFile[];
    canUpload: boolean;
    canModerate: boolean;
    mustAcceptConduct: boolean;
    /** Lower case, without the dot. */
    allowedTypes: string[];
    maxSizeBytes: number;
}
