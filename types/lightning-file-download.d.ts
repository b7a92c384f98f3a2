/**
 * The platform's file download helper, which no installed package types
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-file-download-api.html).
 */
declare module 'lightning/fileDownload' {
    /**
     * @param recordId a ContentDocument, ContentVersion, Attachment or Document Id
     * @returns the address that downloads the file, or undefined for any other Id
     */
    export function generateUrl(recordId: string): string | undefined;
}
