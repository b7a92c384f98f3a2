import { downloadAddress } from '../../../../data/files';

/**
 * Stand-in for lightning/fileDownload. The preview has no file servlet, so a
 * group file downloads as a small text file named after it, and any other file
 * as an in-page address; like the platform's, it answers nothing for an Id that
 * is not a file.
 */
export function generateUrl(recordId: string): string | undefined {
    return recordId ? downloadAddress(recordId) : undefined;
}
