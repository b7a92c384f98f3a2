import { createElement } from 'lwc';
import DirectoryPager from 'c/directoryPager';

jest.mock('@salesforce/label/c.Groups_Page', () => ({ default: 'Page {0}' }), { virtual: true });

interface Pager extends HTMLElement {
    page: number;
    pageSize?: number | null;
    total?: number | null;
    hasNextPage: boolean;
    totalLabel: string;
    totalOneLabel: string;
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(values: Partial<Pager>): Pager {
    const pager = createElement('c-directory-pager', { is: DirectoryPager }) as Pager;
    Object.assign(pager, { totalLabel: '{0} things · page {1} of {2}', totalOneLabel: '1 thing', ...values });
    document.body.appendChild(pager);
    return pager;
}

const find = (pager: HTMLElement, id: string): HTMLElement & { disabled: boolean } =>
    pager.shadowRoot!.querySelector(`[data-id="${id}"]`) as HTMLElement & { disabled: boolean };

describe('c-directory-pager', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('says the page alone until the total and the page size are known, then how many and of how many pages', async () => {
        const pager = render({ page: 2, hasNextPage: true });
        expect(find(pager, 'page-label').textContent).toBe('Page 2');

        pager.total = 52;
        await flush();
        expect(find(pager, 'page-label').textContent).toBe('Page 2');

        pager.pageSize = 12;
        await flush();
        expect(find(pager, 'page-label').textContent).toBe('52 things · page 2 of 5');
        expect(find(pager, 'page-label').getAttribute('role')).toBe('status');

        pager.total = 1;
        pager.page = 1;
        await flush();
        expect(find(pager, 'page-label').textContent).toBe('1 thing');

        pager.total = 0;
        await flush();
        expect(find(pager, 'page-label').textContent).toBe('0 things · page 1 of 1');
    });

    it('asks for the page before and after, and offers neither past the ends', async () => {
        const pager = render({ page: 1, pageSize: 12, total: 30, hasNextPage: true });
        const asked: number[] = [];
        pager.addEventListener('pagechange', (event) => asked.push((event as CustomEvent<number>).detail));
        expect(find(pager, 'previous').disabled).toBe(true);
        expect(find(pager, 'next').disabled).toBe(false);

        find(pager, 'next').click();
        pager.page = 3;
        pager.hasNextPage = false;
        await flush();
        expect(find(pager, 'previous').disabled).toBe(false);
        expect(find(pager, 'next').disabled).toBe(true);
        find(pager, 'previous').click();

        expect(asked).toEqual([2, 2]);
    });

    it('goes back from past the last page to the last one', () => {
        const pager = render({ page: 7, pageSize: 12, total: 30, hasNextPage: false });
        const asked: number[] = [];
        pager.addEventListener('pagechange', (event) => asked.push((event as CustomEvent<number>).detail));
        expect(find(pager, 'page-label').textContent).toBe('30 things · page 7 of 3');

        find(pager, 'previous').click();
        expect(asked).toEqual([3]);
    });
});
