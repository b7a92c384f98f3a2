/**
 * Shapes returned by GroupFileController. Each interface names the Apex class it
 * mirrors with `@apex`.
 */

/** @apex GroupFile */
export interface GroupFile {
    id: string;
    title: string;
    extension: string | null;
    sizeBytes: number | null;
    uploadedByName: string | null;
    uploadedAt: string;
    downloadUrl: string;
    /** Hidden by a moderator; only moderators see it listed. */
    isHidden: boolean;
    canDelete: boolean;
    canReport: boolean;
}

/** @apex GroupFileListing */
export interface GroupFileListing {
    files: GroupFile[];
    canUpload: boolean;
    canModerate: boolean;
    mustAcceptConduct: boolean;
    /** Lower case, without the dot. */
    allowedTypes: string[];
    maxSizeBytes: number;
}
