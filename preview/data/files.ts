import type { GroupFile, GroupFileListing } from '@dto/conversations';
import { PreviewApexError, currentUser, isModerator } from './access';
import { mustAccept, requireAccepted } from './conduct';
import { rightsOf } from './groups';
import { label } from './labels';
import { USERS } from './personas';

/**
 * Group files for the preview, kept in session storage. Uploads land in the
 * uploader's own files first (as lightning-file-upload without a record does),
 * then attaching checks type and size and lists them in the group.
 */
const UPLOADS_KEY = 'chs-exchange-preview-uploads';
const FILES_KEY = 'chs-exchange-preview-files';
/** As the deployed Default setting. */
export const ALLOWED_TYPES = [
    'csv',
    'doc',
    'docx',
    'jpeg',
    'jpg',
    'odp',
    'ods',
    'odt',
    'pdf',
    'png',
    'ppt',
    'pptx',
    'txt',
    'xls',
    'xlsx'
];
export const MAX_SIZE_BYTES = 25 * 1024 * 1024;

export interface Upload {
    documentId: string;
    title: string;
    extension: string;
    sizeBytes: number;
    ownerId: string;
}

interface StoredFile extends Upload {
    id: string;
    groupId: string;
    uploadedAt: string;
    isHidden: boolean;
}

function read<T>(key: string): T[] {
    const stored = window.sessionStorage.getItem(key);
    return stored ? (JSON.parse(stored) as T[]) : [];
}

function write<T>(key: string, rows: T[]): void {
    window.sessionStorage.setItem(key, JSON.stringify(rows));
}

/** What the lightning-file-upload stand-in calls for each chosen file. */
export function registerUpload(fileName: string, sizeBytes: number): string {
    const uploads = read<Upload>(UPLOADS_KEY);
    const documentId = `069${String(Date.now() % 1_000_000_000).padStart(9, '0')}${String(uploads.length).padStart(3, '0')}AAA`;
    const dot = fileName.lastIndexOf('.');
    uploads.push({
        documentId,
        title: dot > 0 ? fileName.slice(0, dot) : fileName,
        extension: dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '',
        sizeBytes,
        ownerId: currentUser().id
    });
    write(UPLOADS_KEY, uploads);
    return documentId;
}

/** A file the signed-in person uploaded and has not attached anywhere yet, or undefined. */
export function ownUpload(documentId: string): Upload | undefined {
    return read<Upload>(UPLOADS_KEY).find(
        (upload) => upload.documentId === documentId && upload.ownerId === currentUser().id
    );
}

/** What the preview's lightning/fileDownload answers for a file. */
export function downloadAddress(documentId: string): string {
    const file = read<StoredFile>(FILES_KEY).find((candidate) => candidate.documentId === documentId);
    return file ? `data:text/plain;charset=utf-8,${encodeURIComponent(file.title)}` : `#download-${documentId}`;
}

function toView(file: StoredFile, canChangeRoles: boolean): GroupFile {
    const mine = file.ownerId === currentUser().id;
    return {
        id: file.id,
        title: file.title,
        extension: file.extension,
        sizeBytes: file.sizeBytes,
        uploadedByName: USERS.find((user) => user.id === file.ownerId)?.name ?? null,
        uploadedAt: file.uploadedAt,
        documentId: file.documentId,
        isHidden: file.isHidden,
        canDelete: isModerator() || mine || canChangeRoles,
        canReport: !mine && !file.isHidden
    };
}

export function getFiles(params: Record<string, unknown>): GroupFileListing {
    const groupId = String(params.groupId ?? '');
    const rights = rightsOf(groupId);
    if (!rights.canUseFiles) {
        throw new PreviewApexError('GROUP_RESTRICTED', label('Files_Error_Members_Only'));
    }
    const files = read<StoredFile>(FILES_KEY)
        .filter((file) => file.groupId === groupId && (!file.isHidden || isModerator()))
        .reverse();
    return {
        files: files.map((file) => toView(file, rights.canChangeRoles)),
        canUpload: rights.canPost,
        canModerate: isModerator(),
        mustAcceptConduct: rights.canPost && mustAccept(),
        allowedTypes: ALLOWED_TYPES,
        maxSizeBytes: MAX_SIZE_BYTES
    };
}

export function attachFiles(params: Record<string, unknown>): number {
    const groupId = String(params.groupId ?? '');
    if (!rightsOf(groupId).canPost) {
        throw new PreviewApexError('NOT_ALLOWED', label('Files_Error_Join_First'));
    }
    requireAccepted();
    const wanted = (params.documentIds ?? []) as string[];
    const uploads = read<Upload>(UPLOADS_KEY).filter((upload) => wanted.includes(upload.documentId));
    for (const upload of uploads) {
        if (!ALLOWED_TYPES.includes(upload.extension)) {
            throw new PreviewApexError('VALIDATION', label('Files_Error_Type').replace('{0}', upload.title));
        }
        if (upload.sizeBytes > MAX_SIZE_BYTES) {
            throw new PreviewApexError('VALIDATION', label('Files_Error_Size').replace('{0}', upload.title));
        }
    }
    const files = read<StoredFile>(FILES_KEY);
    uploads.forEach((upload) =>
        files.push({
            ...upload,
            id: `a0A${upload.documentId.slice(3)}`,
            groupId,
            uploadedAt: new Date().toISOString(),
            isHidden: false
        })
    );
    write(FILES_KEY, files);
    return uploads.length;
}

function fileOrFail(files: StoredFile[], fileId: unknown): StoredFile {
    const file = files.find((candidate) => candidate.id === fileId);
    if (!file) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    return file;
}

export function deleteFile(params: Record<string, unknown>): void {
    const files = read<StoredFile>(FILES_KEY);
    const file = fileOrFail(files, params.fileId);
    if (!toView(file, rightsOf(file.groupId).canChangeRoles).canDelete) {
        throw new PreviewApexError('NOT_ALLOWED', label('Files_Error_Not_Yours'));
    }
    write(
        FILES_KEY,
        files.filter((candidate) => candidate !== file)
    );
}

/** Hides or shows a file; the moderation stand-ins check who may. */
export function markFileHidden(fileId: string, hidden: boolean): void {
    const files = read<StoredFile>(FILES_KEY);
    fileOrFail(files, fileId).isHidden = hidden;
    write(FILES_KEY, files);
}

/** A file as the moderation stand-ins need it, or undefined. */
export function findFile(
    fileId: unknown
): { groupId: string; title: string; ownerId: string; isHidden: boolean } | undefined {
    return read<StoredFile>(FILES_KEY).find((file) => file.id === fileId);
}

export function setFileHidden(params: Record<string, unknown>): void {
    if (!isModerator()) {
        throw new PreviewApexError('NOT_ALLOWED', label('Error_Not_Allowed'));
    }
    markFileHidden(String(params.fileId ?? ''), params.hidden === true);
}
