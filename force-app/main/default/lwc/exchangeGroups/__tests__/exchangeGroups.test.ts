import { createElement } from 'lwc';
import ExchangeGroups from 'c/exchangeGroups';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import { CurrentPageReference, navigate as mockNavigate } from '../../../../../test/jest-mocks/lightning/navigation';

jest.mock(
    '@salesforce/apex/AccessController.getAccessState',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/GroupController.getDirectory',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/GroupController.getGroup',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/GroupController.getMyInvitations',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/DirectConversationController.getMyConversations',
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

interface WireAdapterMock {
    emit(value: unknown): void;
}
const accessAdapter = getAccessState as unknown as WireAdapterMock;
/** The page reference the site gives, driven by each test. */
const pageAdapter = CurrentPageReference;

const PAGE = { type: 'comm__namedPage', attributes: { name: 'Groups__c' }, state: { tab: 'all' } };

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(state: Record<string, string> = { tab: 'all' }): Promise<HTMLElement> {
    const element = createElement('c-exchange-groups', { is: ExchangeGroups });
    document.body.appendChild(element);
    pageAdapter.emit({ ...PAGE, state });
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
type GroupPageElement = HTMLElement & { groupId: string };
type DirectoryElement = HTMLElement & { query: Record<string, unknown> };

/** The state the last navigation asked for, and whether it replaced the history entry. */
function navigatedTo(): [Record<string, string | undefined>, boolean | undefined] {
    const [reference, replace] = mockNavigate.mock.calls.at(-1) as [
        { state: Record<string, string | undefined> },
        boolean
    ];
    return [reference.state, replace];
}

describe('c-exchange-groups', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('starts with the invitations, the conversations and the directory', async () => {
        const element = await render();

        const invitations = find(element, 'c-my-group-invitations') as HTMLElement & { skipConversations: boolean };
        expect(invitations.skipConversations).toBe(true);
        expect(find(element, 'c-my-conversations')).not.toBeNull();
        expect((find(element, 'c-group-directory') as DirectoryElement).query).toEqual({ sortBy: 'recent', page: 1 });
        expect(find(element, 'c-group-page')).toBeNull();
    });

    it('opens a group as a new step in the history, keeping the rest of the address, and comes back', async () => {
        const element = await render();

        find(element, 'c-group-directory')!.dispatchEvent(new CustomEvent('open', { detail: 'a03000000000001AAA' }));
        await flush();
        expect((find(element, 'c-group-page') as GroupPageElement).groupId).toBe('a03000000000001AAA');
        expect(navigatedTo()).toEqual([{ tab: 'all', c__group: 'a03000000000001AAA', c__view: undefined }, false]);

        find(element, 'c-group-page')!.dispatchEvent(new CustomEvent('back'));
        await flush();
        expect(find(element, 'c-group-directory')).not.toBeNull();
        expect(navigatedTo()[0]).toMatchObject({ c__group: undefined });
    });

    it('follows Back and Forward: the view is whatever the page reference names', async () => {
        const element = await render({ c__group: 'g1' });
        expect((find(element, 'c-group-page') as GroupPageElement).groupId).toBe('g1');

        pageAdapter.emit({ ...PAGE, state: { c__q: 'Colombia', c__page: '2', c__mine: 'true', c__sort: 'name' } });
        await flush();
        expect(find(element, 'c-group-page')).toBeNull();
        expect((find(element, 'c-group-directory') as DirectoryElement).query).toEqual({
            searchText: 'Colombia',
            page: 2,
            myGroupsOnly: true,
            sortBy: 'name'
        });

        pageAdapter.emit({ ...PAGE, state: { c__view: 'create' } });
        await flush();
        expect(find(element, 'c-group-form')).not.toBeNull();
        expect(mockNavigate).not.toHaveBeenCalled();
    });

    it('opens the group named in a link sent before the address took the c__ prefix', async () => {
        const element = await render({ group: 'a03000000000002AAA' });

        expect((find(element, 'c-group-page') as GroupPageElement).groupId).toBe('a03000000000002AAA');
        find(element, 'c-group-page')!.dispatchEvent(new CustomEvent('back'));
        await flush();
        expect(navigatedTo()[0]).toMatchObject({ group: undefined, c__group: undefined });
    });

    it('keeps the search, filters and page in the address, replacing the entry, and only what differs', async () => {
        const element = await render();

        find(element, 'c-group-directory')!.dispatchEvent(
            new CustomEvent('querychange', {
                detail: {
                    searchText: 'Colombia',
                    privacy: 'Restricted',
                    sortBy: 'recent',
                    page: 3,
                    includeArchived: false
                }
            })
        );
        await flush();

        const [state, replace] = navigatedTo();
        expect(replace).toBe(true);
        expect(state).toMatchObject({ tab: 'all', c__q: 'Colombia', c__privacy: 'Restricted', c__page: '3' });
        expect(state.c__sort).toBeUndefined();
        expect(state.c__archived).toBeUndefined();
        expect((find(element, 'c-group-directory') as DirectoryElement).query).toMatchObject({ page: 3 });
    });

    it('goes back to the directory, replacing the group in the history, and says which group was left', async () => {
        const element = await render({ c__group: 'g1' });

        find(element, 'c-group-page')!.dispatchEvent(new CustomEvent('left', { detail: 'You left Safeguarding.' }));
        await flush();

        expect(find(element, 'c-group-directory')).not.toBeNull();
        expect((find(element, 'c-action-feedback') as HTMLElement & { message: string }).message).toBe(
            'You left Safeguarding.'
        );
        expect(navigatedTo()).toEqual([{ c__group: undefined, c__view: undefined }, true]);
    });

    it('shows nothing to someone the Exchange refuses: the access notice says why, once (B12)', async () => {
        const element = await render({ c__group: 'g1' });
        accessAdapter.emit({ hasAccess: false, isModerator: false, isAdministrator: false });
        await flush();
        expect(element.shadowRoot!.children).toHaveLength(0);

        pageAdapter.emit({ ...PAGE, state: {} });
        await flush();
        expect(find(element, 'c-group-directory')).toBeNull();
        expect(find(element, 'c-my-group-invitations')).toBeNull();

        accessAdapter.emit({ hasAccess: true, isModerator: false, isAdministrator: false });
        await flush();
        expect(find(element, 'c-group-directory')).not.toBeNull();
    });

    it('opens an accepted invitation', async () => {
        const element = await render();

        find(element, 'c-my-group-invitations')!.dispatchEvent(new CustomEvent('open', { detail: 'g9' }));
        await flush();

        expect((find(element, 'c-group-page') as GroupPageElement).groupId).toBe('g9');
    });

    it('opens a conversation from the list, and one started from a group page', async () => {
        const element = await render();

        find(element, 'c-my-conversations')!.dispatchEvent(new CustomEvent('open', { detail: 'c1' }));
        await flush();
        const groupPage = find(element, 'c-group-page') as GroupPageElement;
        expect(groupPage.groupId).toBe('c1');

        groupPage.dispatchEvent(new CustomEvent('open', { detail: 'c2' }));
        await flush();
        expect(groupPage.groupId).toBe('c2');
        expect(navigatedTo()[0]).toMatchObject({ c__group: 'c2' });
    });

    it('creates a group, letting Alliance staff choose the kind, then shows it in place of the form', async () => {
        const element = await render();
        accessAdapter.emit({ isModerator: true, isAdministrator: false });
        await flush();

        find(element, 'c-group-directory')!.dispatchEvent(new CustomEvent('create'));
        await flush();
        const form = find(element, 'c-group-form') as HTMLElement & { canSetKind: boolean };
        expect(form.canSetKind).toBe(true);
        expect(navigatedTo()).toEqual([{ tab: 'all', c__group: undefined, c__view: 'create' }, false]);

        form.dispatchEvent(new CustomEvent('saved', { detail: 'a03000000000003AAA' }));
        await flush();
        expect((find(element, 'c-group-page') as GroupPageElement).groupId).toBe('a03000000000003AAA');
        expect(navigatedTo()).toEqual([{ tab: 'all', c__group: 'a03000000000003AAA', c__view: undefined }, true]);
    });

    it('goes back to the directory when creation is cancelled, and members never choose the kind', async () => {
        const element = await render();
        accessAdapter.emit({ isModerator: false, isAdministrator: false });
        find(element, 'c-group-directory')!.dispatchEvent(new CustomEvent('create'));
        await flush();
        expect((find(element, 'c-group-form') as HTMLElement & { canSetKind: boolean }).canSetKind).toBe(false);

        find(element, 'c-group-form')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-group-directory')).not.toBeNull();
    });

    it('shows the directory and navigates nowhere before the page reference is known', () => {
        const element = createElement('c-exchange-groups', { is: ExchangeGroups });
        document.body.appendChild(element);

        find(element, 'c-group-directory')!.dispatchEvent(new CustomEvent('open', { detail: 'g1' }));

        expect(mockNavigate).not.toHaveBeenCalled();
    });
});
