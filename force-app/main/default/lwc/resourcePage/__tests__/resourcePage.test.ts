import { createElement } from 'lwc';
import ResourcePage from 'c/resourcePage';
import { refreshApex } from '@salesforce/apex';
import getResource from '@salesforce/apex/RepositoryBrowseController.getResource';
import openResourceFile from '@salesforce/apex/RepositoryBrowseController.openResourceFile';
import rateResource from '@salesforce/apex/RepositoryBrowseController.rateResource';
import retireResource from '@salesforce/apex/RepositoryReviewController.retireResource';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { ResourceDetail } from '@dto/repository';
import type { ResourceDescription } from 'c/repositoryLabels';

jest.mock('lightning/fileDownload', () => ({
    generateUrl: (recordId: string) => `/exchange/sfc/servlet.shepherd/document/download/${recordId}`
}));
jest.mock(
    '@salesforce/apex/RepositoryBrowseController.getResource',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TaxonomyController.getFrameworks',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TaxonomyController.getVerificationStages',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/RepositoryBrowseController.openResourceFile', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RepositoryBrowseController.rateResource', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RepositoryReviewController.retireResource', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Resource_Retire_Confirm', () => ({ default: 'Retire {0}?' }), { virtual: true });
jest.mock('@salesforce/label/c.Resource_Replaced_By', () => ({ default: 'Newer: {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Resource_Stars', () => ({ default: '{0} of 5' }), { virtual: true });
jest.mock('@salesforce/label/c.Files_Download', () => ({ default: 'Download {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): { resourceId: string };
}
const adapter = getResource as unknown as WireAdapterMock;
const stagesAdapter = getVerificationStages as unknown as WireAdapterMock;
const openFile = openResourceFile as unknown as jest.Mock;
const rate = rateResource as unknown as jest.Mock;
const retire = retireResource as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

function detail(extra: Partial<ResourceDetail> = {}): ResourceDetail {
    return {
        card: {
            id: 'r1',
            title: 'Feedback toolkit',
            excerpt: null,
            resourceType: 'Tool',
            organisationName: 'Relief Org',
            organisationType: 'NGO',
            country: 'KE',
            language: 'en',
            year: 2025,
            stage: null,
            tags: [],
            publishedAt: '2026-11-01T10:00:00.000Z',
            averageRating: 4,
            ratingCount: 2,
            downloadCount: 5
        },
        summary: 'How to listen.',
        status: 'Published',
        retiredAt: null,
        replacedById: null,
        replacedByTitle: null,
        hasFile: true,
        myRating: null,
        canRate: true,
        canRetire: false,
        ...extra
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(data?: ResourceDetail, property: 'resourceId' | 'recordId' = 'resourceId'): Promise<HTMLElement> {
    const element = createElement('c-resource-page', { is: ResourcePage });
    Object.assign(element, { [property]: 'r1' });
    document.body.appendChild(element);
    if (data) {
        adapter.emit(data);
        await flush();
    }
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const text = (element: HTMLElement, id: string): string =>
    (find(element, `[data-id="${id}"]`)?.textContent ?? '').trim();
const feedback = (element: HTMLElement): { message: string; error: unknown } =>
    find(element, 'c-action-feedback') as unknown as { message: string; error: unknown };

describe('c-resource-page', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads the resource named by the record page, and shows an error', async () => {
        const element = await render(undefined, 'recordId');
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        expect(adapter.getLastConfig().resourceId).toBe('r1');
        expect((element as HTMLElement & { recordId: string }).recordId).toBe('r1');

        adapter.error({ message: 'Gone' });
        await flush();
        expect(find(element, 'c-error-panel')).not.toBeNull();
    });

    it('shows the title, the attribution, the facts with the stage title, and the summary', async () => {
        const element = await render();
        stagesAdapter.emit([{ code: 'S1', title: 'Self-assessment', sortOrder: 1 }]);
        adapter.emit(detail({ card: { ...detail().card, stage: 'S1' } }));
        await flush();

        expect((element as HTMLElement & { resourceId: string }).resourceId).toBe('r1');
        expect(text(element, 'resource-title')).toBe('Feedback toolkit');
        expect(text(element, 'attribution')).toBe('c.Repository_By');
        expect(text(element, 'published-on')).toBe('c.Resource_Published_On');
        expect(text(element, 'summary')).toBe('How to listen.');
        const facts = (find(element, 'c-resource-facts') as HTMLElement & { resource: ResourceDescription }).resource;
        expect(facts.facts.map((fact) => fact.value)).toEqual([
            'c.Repository_Type_Tool',
            'Self-assessment',
            '2025',
            'Kenya',
            'English'
        ]);
        expect(find(element, '[data-id="retired-notice"]')).toBeNull();
        expect(find(element, '[data-id="retire"]')).toBeNull();
    });

    it('downloads the file, counting it, and offers a link when the browser blocks the window', async () => {
        const element = await render(detail());
        openFile.mockResolvedValue('069A');
        const open = jest
            .spyOn(window, 'open')
            .mockReturnValueOnce({} as Window)
            .mockReturnValueOnce(null);
        const download = find(element, '[data-id="download"]') as HTMLElement & { label: string };
        expect(download.label).toBe('Download Feedback toolkit');

        download.click();
        await flush();
        expect(openFile).toHaveBeenCalledWith({ resourceId: 'r1' });
        // The server answers with the document; the platform builds the address.
        expect(open).toHaveBeenCalledWith('/exchange/sfc/servlet.shepherd/document/download/069A', '_blank');
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(find(element, '[data-id="open-file"]')).toBeNull();

        download.click();
        await flush();
        const blocked = find(element, '[data-id="open-file"]') as HTMLAnchorElement;
        expect(blocked.getAttribute('href')).toBe('/exchange/sfc/servlet.shepherd/document/download/069A');
        expect(blocked.getAttribute('rel')).toBe('noopener');
        open.mockRestore();
    });

    it('shows why a download failed', async () => {
        const element = await render(detail());
        openFile.mockRejectedValue({ body: { message: 'Not found' } });

        (find(element, '[data-id="download"]') as HTMLElement).click();
        await flush();

        expect(feedback(element).error).toEqual({ body: { message: 'Not found' } });
        expect(refresh).not.toHaveBeenCalled();
    });

    it('shows the current rating and rates the resource', async () => {
        const element = await render(detail({ myRating: 3, hasFile: false }));
        expect(find(element, '[data-id="download"]')).toBeNull();
        const stars = find(element, '[data-id="rate"]') as HTMLElement & {
            value: string;
            options: { label: string }[];
        };
        expect(stars.value).toBe('3');
        expect(stars.options.map((option) => option.label)).toEqual(['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
        rate.mockResolvedValue(undefined);

        stars.dispatchEvent(new CustomEvent('change', { detail: { value: '5' } }));
        await flush();

        expect(rate).toHaveBeenCalledWith({ resourceId: 'r1', stars: 5 });
        expect(feedback(element).message).toBe('c.Resource_Rated');
        expect(refresh).toHaveBeenCalled();
    });

    it('offers no rating to those who may not rate', async () => {
        const element = await render(detail({ canRate: false }));
        expect(find(element, '[data-id="rate"]')).toBeNull();
    });

    it('acts on no resource until one is named', async () => {
        const element = createElement('c-resource-page', { is: ResourcePage });
        document.body.appendChild(element);
        adapter.emit(detail());
        await flush();
        openFile.mockResolvedValue('069B');
        const open = jest.spyOn(window, 'open').mockReturnValue({} as Window);

        (find(element, '[data-id="download"]') as HTMLElement).click();
        await flush();

        expect(openFile).toHaveBeenCalledWith({ resourceId: '' });
        open.mockRestore();
    });

    it('lets a moderator retire the resource after confirming, or cancel', async () => {
        const element = await render(detail({ canRetire: true }));
        retire.mockResolvedValue(undefined);

        (find(element, '[data-id="retire"]') as HTMLElement).click();
        await flush();
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-confirm-panel')).toBeNull();

        (find(element, '[data-id="retire"]') as HTMLElement).click();
        await flush();
        const panel = find(element, 'c-confirm-panel') as HTMLElement & { question: string };
        expect(panel.question).toBe('Retire Feedback toolkit?');
        panel.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(retire).toHaveBeenCalledWith({ resourceId: 'r1' });
        expect(feedback(element).message).toBe('c.Resource_Retired_Done');
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(refresh).toHaveBeenCalled();
    });

    it('says a resource was retired and opens its newer version', async () => {
        const element = await render(
            detail({
                status: 'Retired',
                retiredAt: '2026-11-20T10:00:00.000Z',
                replacedById: 'r2',
                replacedByTitle: 'Feedback toolkit 2',
                hasFile: false,
                canRate: false
            })
        );
        const open = jest.fn();
        element.addEventListener('open', open);

        expect(text(element, 'retired-notice')).toContain('c.Resource_Retired_Notice');
        const replacement = find(element, '[data-id="replacement"]') as HTMLElement & { label: string };
        expect(replacement.label).toBe('Newer: Feedback toolkit 2');
        replacement.click();
        expect((open.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('r2');
    });

    it('says a retired resource without a newer version was retired', async () => {
        const element = await render(detail({ status: 'Retired', retiredAt: '2026-11-20T10:00:00.000Z' }));
        expect(find(element, '[data-id="retired-notice"]')).not.toBeNull();
        expect(find(element, '[data-id="replacement"]')).toBeNull();
    });

    it('starts afresh on another resource, and goes back', async () => {
        const element = await render(detail({ canRetire: true }));
        const back = jest.fn();
        element.addEventListener('back', back);
        (find(element, '[data-id="retire"]') as HTMLElement).click();
        await flush();

        Object.assign(element, { resourceId: 'r2' });
        await flush();
        expect(adapter.getLastConfig().resourceId).toBe('r2');
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        Object.assign(element, { resourceId: 'r2' });
        adapter.emit(detail({ canRetire: true }));
        await flush();
        expect(find(element, 'c-confirm-panel')).toBeNull();

        (find(element, '[data-id="back"]') as HTMLElement).click();
        expect(back).toHaveBeenCalledTimes(1);
    });
});
