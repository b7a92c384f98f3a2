/**
 * Shapes returned by PersonalDataController and AllianceAdminController. Each
 * interface names the Apex class it mirrors with `@apex`.
 */

/** @apex ErasureRequest */
export interface ErasureRequest {
    id: string;
    status: 'Requested' | 'Completed';
    /** ISO date-time. */
    requestedAt: string;
    /** ISO date-time; null until carried out. */
    processedAt: string | null;
    requesterName: string | null;
    organisationName: string | null;
}

/** @apex PersonalDataExport */
export interface PersonalDataExport {
    fileName: string;
    /** JSON document. */
    content: string;
}
