import { LightningElement, api } from 'lwc';
import { registerUpload } from '../../../../data/files';

/**
 * Stand-in for lightning-file-upload, which the open-source base components do
 * not include. A plain file input: each chosen file becomes one of the user's
 * own files in the preview data, and `uploadfinished` reports them as the real
 * component does, with each file's name and documentId.
 */
export default class FileUpload extends LightningElement {
    @api label = '';
    @api accept = '';
    @api multiple = false;
    @api disabled = false;

    handleChange(event: Event): void {
        const input = event.target as HTMLInputElement;
        const files = [...(input.files ?? [])].map((file) => ({
            name: file.name,
            documentId: registerUpload(file.name, file.size)
        }));
        input.value = '';
        if (files.length > 0) {
            this.dispatchEvent(new CustomEvent('uploadfinished', { detail: { files } }));
        }
    }
}
