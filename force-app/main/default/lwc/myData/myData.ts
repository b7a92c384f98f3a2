import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import exportMyData from '@salesforce/apex/PersonalDataController.exportMyData';
import getMyErasureRequest from '@salesforce/apex/PersonalDataController.getMyErasureRequest';
import requestErasure from '@salesforce/apex/PersonalDataController.requestErasure';
import type { ErasureRequest } from '@dto/privacy';
import { runAction } from 'c/containerAction';
import { formatLabel } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
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

    erasure = wiredValue<ErasureRequest | null>();
    private wiredRequest?: ApexWireResult<ErasureRequest | null>;

    @wire(getMyErasureRequest)
    wiredErasureRequest(result: ApexWireResult<ErasureRequest | null>): void {
        this.wiredRequest = result;
        this.erasure = wiredValue(result);
    }

    /** Where the member's erasure request stands, with its date; undefined when there is none. */
    get erasureStatus(): { text: string; date: string | null } | undefined {
        const request = this.erasure.data;
        if (request?.status === 'Completed') {
            return { text: LABEL_ERASURE_COMPLETED, date: request.processedAt };
        }
        if (request?.status === 'Requested') {
            return { text: LABEL_ERASURE_REQUESTED, date: request.requestedAt };
        }
        return undefined;
    }

    get canRequest(): boolean {
        return !this.confirmingErasure;
    }

    async handleExport(): Promise<void> {
        await runAction(this, async () => {
            const file = await exportMyData();
            this.saveFile(file.fileName, file.content);
            return formatLabel(LABEL_EXPORTED, file.fileName);
        });
    }

    handleAskErasure(): void {
        this.successMessage = '';
        this.confirmingErasure = true;
    }

    handleCancelErasure(): void {
        this.confirmingErasure = false;
    }

    async handleConfirmErasure(): Promise<void> {
        await runAction(
            this,
            async () => {
                this.erasure = wiredValue({ data: await requestErasure() });
                this.confirmingErasure = false;
                return '';
            },
            () => refreshApex(this.wiredRequest)
        );
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
}
