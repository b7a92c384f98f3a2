import { createElement } from 'lwc';
import GroupSearch from 'c/groupSearch';
import searchGroup from '@salesforce/apex/GroupSearchController.searchGroup';
import type { GroupSearchResults } from '@dto/conversations';

jest.mock('lightning/fileDownload', () => ({
    generateUrl: (recordId: string) => `/exchange/sfc/servlet.shepherd/document/download/${recordId}`
}));
jest.mock('@salesforce/apex/GroupSearchController.searchGroup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/label/c.Search_No_Results', () => ({ default: 'Nothing matches “{0}”.' }), { virtual: true });
jest.mock('@salesforce/label/c.Search_By', () => ({ default: '{0}, {1}' }), { virtual: true });

const search = searchGroup as unknown as jest.Mock;

const RESULTS: GroupSearchResults = {
    messages: [
        {
            id: 'm2',
            postId: 'm1',
            excerpt: 'Feedback by SMS works too',
            authorName: 'Lucía Ramírez',
            postedAt: '2026-11-20T09:30:00.000Z'
        }
    ],
    files: [
        {
            id: 'f1',
            title: 'Feedback tracker',
            extension: 'docx',
            sizeBytes: 100,
            uploadedByName: null,
            uploadedAt: '2026-11-20T09:30:00.000Z',
            documentId: '069f1',
            isHidden: false,
            canDelete: false,
            canReport: true
        }
    ]
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-group-search', { is: GroupSearch }) as HTMLElement & { groupId: string };
    element.groupId = 'g1';
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);

async function type(element: HTMLElement, text: string, key = 'Enter'): Promise<void> {
    const input = find(element, '[data-id="search-input"]') as HTMLElement & { value: string };
    input.value = text;
    input.dispatchEvent(new CustomEvent('change'));
    input.dispatchEvent(new KeyboardEvent('keyup', { key }));
    await flush();
}

describe('c-group-search', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.resetAllMocks();
    });

    it('searches on Enter and lists messages and files', async () => {
        const element = render();
        search.mockResolvedValue(RESULTS);

        await type(element, 'feed', 'a');
        expect(search).not.toHaveBeenCalled();
        await type(element, '  feedback ');

        expect(search).toHaveBeenCalledWith({ groupId: 'g1', text: 'feedback' });
        expect(find(element, '[data-id="search-messages"]')!.textContent).toContain('Feedback by SMS works too');
        expect(find(element, '[data-id="search-messages"]')!.textContent).toContain('Lucía Ramírez, Nov 20, 2026');
        const fileLink = find(element, '[data-id="search-files"] a')!;
        expect(fileLink.getAttribute('href')).toBe('/exchange/sfc/servlet.shepherd/document/download/069f1');
        expect(fileLink.getAttribute('rel')).toBe('noopener');
    });

    it('opens the post of a message found', async () => {
        const element = render();
        search.mockResolvedValue(RESULTS);
        const opened = jest.fn();
        element.addEventListener('openpost', opened);

        await type(element, 'feedback');
        (find(element, '[data-post-id]') as HTMLElement).click();

        expect((opened.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('m1');
    });

    it('says when nothing matches, shows a refusal, and clears with the text', async () => {
        const element = render();
        search.mockResolvedValueOnce({ messages: [], files: [] });
        await type(element, 'budget');
        expect(find(element, '[data-id="search-empty"]')!.textContent).toBe('Nothing matches “budget”.');

        const refused = { body: { message: 'Down' } };
        search.mockRejectedValueOnce(refused);
        await type(element, 'budget lines');
        expect((find(element, 'c-error-panel') as unknown as { error: unknown }).error).toEqual(refused);

        await type(element, '', 'Backspace');
        expect(find(element, 'c-error-panel')).toBeNull();
        expect(find(element, '[data-id="search-empty"]')).toBeNull();
    });

    it('asks for more than one character in plain words, not as an error, and asks the server nothing (B20)', async () => {
        const element = render();
        await type(element, ' b ');

        expect(find(element, '[data-id="search-hint"]')!.textContent).toBe('c.Search_Error_Too_Short');
        expect(find(element, 'c-error-panel')).toBeNull();
        expect(search).not.toHaveBeenCalled();
    });
});
