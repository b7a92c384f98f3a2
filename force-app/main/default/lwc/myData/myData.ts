import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import exportMyData from '@salesforce/apex/PersonalDataController.exportMyData';
import getMyErasureRequest from '@salesforce/apex/PersonalDataController.getMyErasureRequest';
import requestErasure from '@salesforce/apex/PersonalDataController.requestErasure';
import type { ErasureRequest } from '@dto/privacy';
import { formatLabel } from 'c/labelFormat';
import LABEL_ERASURE_COMPLETED from '@salesforce/label/c.My_Data_Erasure_Completed';
import LABEL_ERASURE_CONFIRM from '@salesforce/label/c.My_Data_Erasure_Confirm';
import LABEL_ERASURE_HELP from '@salesforce/label/c.My_Data_Erasure_Help';
import LABEL_ERASURE_REQUEST from '@salesforce/label/c.My_Data_Erasure_Request';
import LABEL_ERASURE_REQUESTED from '@salesforce/label/c.My_Data_Erasure_Requested';
import LABEL_EXPORT from '@salesforce/label/c.My_Data_Export';
import LABEL_EXPORT_HELP from '@salesforce/label/c.My_Data_Export_Help';
import LABEL_EXPORTED from '@salesforce/label/c.My_Data_Exported';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_TITLE from '@salesforce/label/c.My_Data_Title';

/**
 * A member's own data: download everything CHS Exchange holds about them, and ask
 * for it to be erased. The export is built on the server and saved by the browser
 * as a JSON file; erasure is carried out later by an Alliance admin.
 */
export default class MyData extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        loading: LABEL_LOADING,
        exportHelp: LABEL_EXPORT_HELP,
        exportData: LABEL_EXPORT,
        erasureHelp: LABEL_ERASURE_HELP,
        erasureRequest: LABEL_ERASURE_REQUEST,
        erasureConfirm: LABEL_ERASURE_CONFIRM
    };

    busy = false;
    confirmingErasure = false;
    actionError: unknown;
    successMessage = '';

    private request: ErasureRequest | null = null;
    private loaded = false;
    private loadError: unknown;
    private wiredRequest?: ApexWireResult<ErasureRequest | null>;

    @wire(getMyErasureRequest)
    wiredErasureRequest(result: ApexWireResult<ErasureRequest | null>): void {
        this.wiredRequest = result;
        if (result.error) {
            this.loadError = result.error;
            this.loaded = true;
        } else if (result.data !== undefined) {
            this.request = result.data;
            this.loadError = undefined;
            this.loaded = true;
        }
    }

    get isLoading(): boolean {
        return !this.loaded;
    }

    get hasLoadError(): boolean {
        return this.loadError !== undefined;
    }

    get loadErrorValue(): unknown {
        return this.loadError;
    }

    /** Where the member's erasure request stands, with its date; undefined when there is none. */
    get erasureStatus(): { text: string; date: string | null } | undefined {
        if (this.request?.status === 'Completed') {
            return { text: LABEL_ERASURE_COMPLETED, date: this.request.processedAt };
        }
        if (this.request?.status === 'Requested') {
            return { text: LABEL_ERASURE_REQUESTED, date: this.request.requestedAt };
        }
        return undefined;
    }

    get canRequest(): boolean {
        return !this.confirmingErasure;
    }

    async handleExport(): Promise<void> {
        this.startAction();
        try {
            const file = await exportMyData();
            this.saveFile(file.fileName, file.content);
            this.successMessage = formatLabel(LABEL_EXPORTED, file.fileName);
        } catch (error) {
            this.actionError = error;
        } finally {
            this.busy = false;
        }
    }

    handleAskErasure(): void {
        this.successMessage = '';
        this.confirmingErasure = true;
    }

    handleCancelErasure(): void {
        this.confirmingErasure = false;
    }

    async handleConfirmErasure(): Promise<void> {
        this.startAction();
        try {
            this.request = await requestErasure();
            this.confirmingErasure = false;
            await refreshApex(this.wiredRequest);
        } catch (error) {
            this.actionError = error;
        } finally {
            this.busy = false;
        }
    }

    /** A data: link works in every site runtime, where object URLs may be restricted. */
    private saveFile(fileName: string, content: string): void {
        const link = document.createElement('a');
        link.href = `data:application/json;charset=utf-8,${encodeURIComponent(content)}`;
        link.download = fileName;
        link.style.display = 'none';
        this.template?.querySelector('[data-id="download-anchor"]')?.appendChild(link);
        link.click();
        link.remove();
    }

    private startAction(): void {
        this.busy = true;
        this.actionError = undefined;
        this.successMessage = '';
    }
}
