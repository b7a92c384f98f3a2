import { createElement } from 'lwc';
import GroupFiles from 'c/groupFiles';
import { refreshApex } from '@salesforce/apex';
import attachFiles from '@salesforce/apex/GroupFileController.attachFiles';
import deleteFile from '@salesforce/apex/GroupFileController.deleteFile';
import getFiles from '@salesforce/apex/GroupFileController.getFiles';
import setFileHidden from '@salesforce/apex/GroupFileController.setFileHidden';
import type { GroupFile, GroupFileListing } from '@dto/conversations';

jest.mock(
    '@salesforce/apex/GroupFileController.getFiles',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/GroupFileController.attachFiles', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupFileController.deleteFile', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GroupFileController.setFileHidden', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('lightning/fileDownload', () => ({
    generateUrl: (recordId: string) => `/exchange/sfc/servlet.shepherd/document/download/${recordId}`
}));
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Files_Limits', () => ({ default: 'Accepted: {0}. Up to {1} each.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Files_Shared_By', () => ({ default: 'Shared by {0} on {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Files_Uploaded', () => ({ default: 'Files shared: {0}.' }), { virtual: true });
jest.mock('@salesforce/label/c.Files_Delete_Confirm', () => ({ default: 'Delete {0}?' }), { virtual: true });
jest.mock('@salesforce/label/c.Report_Title_File', () => ({ default: 'Report {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Files_Download', () => ({ default: 'Download {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const adapter = getFiles as unknown as WireAdapterMock;
const attach = attachFiles as unknown as jest.Mock;
const remove = deleteFile as unknown as jest.Mock;
const hide = setFileHidden as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

function file(id: string, extra: Partial<GroupFile> = {}): GroupFile {
    return {
        id,
        title: `Plan ${id}`,
        extension: 'pdf',
        sizeBytes: 2_621_440,
        uploadedByName: 'Hannah Okafor',
        uploadedAt: '2026-11-20T09:30:00.000Z',
        documentId: `069${id}`,
        isHidden: false,
        canDelete: false,
        canReport: true,
        ...extra
    };
}

function listing(files: GroupFile[], extra: Partial<GroupFileListing> = {}): GroupFileListing {
    return {
        files,
        canUpload: true,
        canModerate: false,
        mustAcceptConduct: false,
        allowedTypes: ['docx', 'pdf'],
        maxSizeBytes: 26_214_400,
        ...extra
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(value: GroupFileListing): Promise<HTMLElement> {
    const element = createElement('c-group-files', { is: GroupFiles }) as HTMLElement & { groupId: string };
    element.groupId = 'g1';
    document.body.appendChild(element);
    adapter.emit(value);
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const feedback = (element: HTMLElement): { message: string; error: unknown } =>
    find(element, 'c-action-feedback') as unknown as { message: string; error: unknown };
const click = async (element: HTMLElement, selector: string): Promise<void> => {
    (find(element, selector) as HTMLElement).click();
    await flush();
};

describe('c-group-files', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads, then shows an error or says nothing was shared yet', async () => {
        const element = createElement('c-group-files', { is: GroupFiles });
        document.body.appendChild(element);
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        adapter.error({ message: 'Members only' });
        await flush();
        expect(find(element, 'c-error-panel')).not.toBeNull();

        const empty = await render(listing([]));
        expect(find(empty, '[data-id="files-empty"]')).not.toBeNull();
    });

    it('lists each file with its type, size, who shared it and a download link', async () => {
        const element = await render(listing([file('1')]));

        const link = find(element, '[data-id="file-link"]') as HTMLAnchorElement;
        expect(link.textContent).toBe('Plan 1');
        // The platform builds the address from the document; the server sends no address of its own.
        expect(link.getAttribute('href')).toBe('/exchange/sfc/servlet.shepherd/document/download/0691');
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener');
        expect(link.title).toBe('Download Plan 1');
        expect(find(element, '[data-id="file"]')!.textContent).toContain(
            'pdf · 2.5 MB · Shared by Hannah Okafor on Nov 20, 2026'
        );
        expect((find(element, 'lightning-file-upload') as unknown as { accept: string }).accept).toBe('.docx,.pdf');
        expect(find(element, '[data-id="file-limits"]')!.textContent).toBe('Accepted: docx, pdf. Up to 25 MB each.');
    });

    it('attaches uploaded files to the group and says how many were shared', async () => {
        const element = await render(listing([]));
        attach.mockResolvedValue(2);

        find(element, 'lightning-file-upload')!.dispatchEvent(
            new CustomEvent('uploadfinished', {
                detail: {
                    files: [
                        { documentId: '069A', name: 'a.pdf' },
                        { documentId: '069B', name: 'b.pdf' }
                    ]
                }
            })
        );
        await flush();

        expect(attach).toHaveBeenCalledWith({ groupId: 'g1', documentIds: ['069A', '069B'] });
        expect(feedback(element).message).toBe('Files shared: 2.');
        expect(refresh).toHaveBeenCalled();
    });

    it('asks a member to accept the code of conduct before the first upload', async () => {
        const element = await render(listing([], { mustAcceptConduct: true }));

        expect(find(element, 'lightning-file-upload')).toBeNull();
        find(element, 'c-code-of-conduct')!.dispatchEvent(new CustomEvent('accepted'));
        await flush();
        expect(refresh).toHaveBeenCalled();
    });

    it('copes with what the server could not say: no uploader, no size, no limits', async () => {
        const element = await render(
            listing([file('1', { uploadedByName: null, sizeBytes: null })], {
                allowedTypes: [],
                maxSizeBytes: 1536
            })
        );

        expect(find(element, '[data-id="file"]')!.textContent).toContain('pdf · 0 bytes · Shared by  on Nov 20, 2026');
        expect(find(element, '[data-id="file-limits"]')!.textContent).toBe('Accepted: . Up to 1.5 kB each.');
        expect((find(element, 'lightning-file-upload') as unknown as { accept: string }).accept).toBe('');
    });

    it('lets readers who may not upload only read', async () => {
        const element = await render(listing([file('1', { canReport: false })], { canUpload: false }));

        expect(find(element, 'lightning-file-upload')).toBeNull();
        expect(find(element, 'lightning-button')).toBeNull();
    });

    it('deletes a file after confirming, and can be cancelled', async () => {
        const element = await render(listing([file('1', { canDelete: true })]));
        remove.mockResolvedValue(undefined);

        await click(element, '[data-action="delete"]');
        expect((find(element, 'c-confirm-panel') as unknown as { question: string }).question).toBe('Delete Plan 1?');
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-confirm-panel')).toBeNull();

        await click(element, '[data-action="delete"]');
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();
        expect(remove).toHaveBeenCalledWith({ fileId: '1' });
        expect(feedback(element).message).toBe('c.Files_Deleted');
    });

    it('reports a file through the inline form', async () => {
        const element = await render(listing([file('1')]));

        await click(element, '[data-action="report"]');
        const form = find(element, 'c-report-form') as HTMLElement & { heading: string; fileId: string };
        expect([form.heading, form.fileId]).toEqual(['Report Plan 1', '1']);
        form.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-report-form')).toBeNull();

        await click(element, '[data-action="report"]');
        find(element, 'c-report-form')!.dispatchEvent(new CustomEvent('reported', { detail: 'r1' }));
        await flush();
        expect(feedback(element).message).toBe('c.Report_Sent');
    });

    it('lets a moderator hide a file and restore a hidden one', async () => {
        const element = await render(
            listing([file('1'), file('2', { isHidden: true, canReport: false, sizeBytes: 900 })], { canModerate: true })
        );
        hide.mockResolvedValue(undefined);

        expect(find(element, '[data-id="file-hidden"]')).not.toBeNull();
        await click(element, '[data-action="hide"]');
        expect(hide).toHaveBeenCalledWith({ fileId: '1', hidden: true });
        expect(feedback(element).message).toBe('c.Files_Hidden');
        await click(element, '[data-action="restore"]');
        expect(hide).toHaveBeenLastCalledWith({ fileId: '2', hidden: false });
        expect(feedback(element).message).toBe('c.Moderation_Restored');
    });
});
