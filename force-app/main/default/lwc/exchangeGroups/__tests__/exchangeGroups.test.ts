import { createElement } from 'lwc';
import ExchangeGroups from 'c/exchangeGroups';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';

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

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-exchange-groups', { is: ExchangeGroups });
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);

describe('c-exchange-groups', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.history.replaceState(null, '', '/');
    });

    it('starts with the invitations, the conversations and the directory', () => {
        const element = render();

        const invitations = find(element, 'c-my-group-invitations') as HTMLElement & { skipConversations: boolean };
        expect(invitations.skipConversations).toBe(true);
        expect(find(element, 'c-my-conversations')).not.toBeNull();
        expect(find(element, 'c-group-directory')).not.toBeNull();
        expect(find(element, 'c-group-page')).toBeNull();
    });

    it('opens a group, remembers it in the address, and comes back', async () => {
        const element = render();

        find(element, 'c-group-directory')!.dispatchEvent(new CustomEvent('open', { detail: 'a03000000000001AAA' }));
        await flush();
        const groupPage = find(element, 'c-group-page') as HTMLElement & { groupId: string };
        expect(groupPage.groupId).toBe('a03000000000001AAA');
        expect(window.location.search).toBe('?group=a03000000000001AAA');

        groupPage.dispatchEvent(new CustomEvent('back'));
        await flush();
        expect(find(element, 'c-group-directory')).not.toBeNull();
        expect(window.location.search).toBe('');
    });

    it('opens the group named in the address', () => {
        window.history.replaceState(null, '', '/?group=a03000000000002AAA');
        const element = render();

        expect((find(element, 'c-group-page') as HTMLElement & { groupId: string }).groupId).toBe('a03000000000002AAA');
    });

    it('opens an accepted invitation', async () => {
        const element = render();

        find(element, 'c-my-group-invitations')!.dispatchEvent(new CustomEvent('open', { detail: 'g9' }));
        await flush();

        expect((find(element, 'c-group-page') as HTMLElement & { groupId: string }).groupId).toBe('g9');
    });

    it('opens a conversation from the list, and one started from a group page', async () => {
        const element = render();

        find(element, 'c-my-conversations')!.dispatchEvent(new CustomEvent('open', { detail: 'c1' }));
        await flush();
        const groupPage = find(element, 'c-group-page') as HTMLElement & { groupId: string };
        expect(groupPage.groupId).toBe('c1');

        groupPage.dispatchEvent(new CustomEvent('open', { detail: 'c2' }));
        await flush();
        expect(groupPage.groupId).toBe('c2');
        expect(window.location.search).toBe('?group=c2');
    });

    it('creates a group, letting Alliance staff choose the kind, then shows it', async () => {
        const element = render();
        accessAdapter.emit({ isModerator: true, isAdministrator: false });
        await flush();

        find(element, 'c-group-directory')!.dispatchEvent(new CustomEvent('create'));
        await flush();
        const form = find(element, 'c-group-form') as HTMLElement & { canSetKind: boolean };
        expect(form.canSetKind).toBe(true);

        form.dispatchEvent(new CustomEvent('saved', { detail: 'a03000000000003AAA' }));
        await flush();
        expect((find(element, 'c-group-page') as HTMLElement & { groupId: string }).groupId).toBe('a03000000000003AAA');
    });

    it('goes back to the directory when creation is cancelled, and members never choose the kind', async () => {
        const element = render();
        accessAdapter.emit({ isModerator: false, isAdministrator: false });
        find(element, 'c-group-directory')!.dispatchEvent(new CustomEvent('create'));
        await flush();
        expect((find(element, 'c-group-form') as HTMLElement & { canSetKind: boolean }).canSetKind).toBe(false);

        find(element, 'c-group-form')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-group-directory')).not.toBeNull();
    });
});
