import { createElement } from 'lwc';
import ExchangeOrganisations from 'c/exchangeOrganisations';
import { refreshApex } from '@salesforce/apex';
import { CurrentPageReference, navigate as mockNavigate } from '../../../../../test/jest-mocks/lightning/navigation';

jest.mock(
    '@salesforce/apex/AccessController.getAccessState',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

jest.mock(
    '@salesforce/apex/OrganisationDirectoryController.searchOrganisations',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/OrganisationDirectoryController.getDirectoryFacets',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/OrganisationDirectoryController.getOrganisation',
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
jest.mock('@salesforce/apex/OrganisationDirectoryController.saveOrganisationProfile', () => ({ default: jest.fn() }), {
    virtual: true
});

type Page = HTMLElement & { organisationId: string };
/** The page reference the site gives, driven by each test. */
const pageAdapter = CurrentPageReference;
const MEMBERS = { type: 'comm__namedPage', attributes: { name: 'Members__c' } };

/** The site shows the page with this state in its address. */
async function arrive(state: Record<string, string>): Promise<void> {
    pageAdapter.emit({ ...MEMBERS, state });
    await flush();
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(groupsPageName?: string): HTMLElement {
    const element = createElement('c-exchange-organisations', { is: ExchangeOrganisations });
    if (groupsPageName) {
        Object.assign(element, { groupsPageName });
    }
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const directoryShown = (element: HTMLElement): boolean =>
    !find(element, 'c-organisation-directory')!.parentElement!.classList.contains('slds-hide');

describe('c-exchange-organisations', () => {
    afterEach(() => {
        jest.clearAllMocks();
        document.body.replaceChildren();
    });

    it('starts with the directory', () => {
        const element = render();

        expect(directoryShown(element)).toBe(true);
        expect(find(element, 'c-organisation-page')).toBeNull();
    });

    it('opens an organisation as a step in the history, and comes back to the same directory', async () => {
        const element = render();
        await arrive({ tab: '1' });
        const directory = find(element, 'c-organisation-directory');

        directory!.dispatchEvent(new CustomEvent('open', { detail: '001000000000001AAA' }));
        await flush();
        expect(directoryShown(element)).toBe(false);
        expect((find(element, 'c-organisation-page') as Page).organisationId).toBe('001000000000001AAA');
        expect(mockNavigate).toHaveBeenLastCalledWith(
            { ...MEMBERS, state: { tab: '1', c__organisation: '001000000000001AAA' } },
            false
        );

        find(element, 'c-organisation-page')!.dispatchEvent(new CustomEvent('back'));
        await flush();
        expect(find(element, 'c-organisation-page')).toBeNull();
        expect(find(element, 'c-organisation-directory')).toBe(directory);
        expect(directoryShown(element)).toBe(true);
        expect(mockNavigate).toHaveBeenLastCalledWith(
            { ...MEMBERS, state: { tab: '1', c__organisation: undefined } },
            false
        );
        expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('opens the organisation the address names, also after Back or Forward', async () => {
        const element = render();
        await arrive({ c__organisation: '001000000000003AAA' });
        expect((find(element, 'c-organisation-page') as Page).organisationId).toBe('001000000000003AAA');
        expect(directoryShown(element)).toBe(false);

        await arrive({});
        expect(find(element, 'c-organisation-page')).toBeNull();
        find(element, 'c-organisation-directory')!.dispatchEvent(new CustomEvent('open', { detail: '001' }));
        expect(mockNavigate).toHaveBeenCalledTimes(1);
    });

    it('opens nothing in the address before the site says where it is', async () => {
        const element = render();
        find(element, 'c-organisation-directory')!.dispatchEvent(new CustomEvent('open', { detail: '001' }));
        await flush();
        expect((find(element, 'c-organisation-page') as Page).organisationId).toBe('001');
        expect(mockNavigate).not.toHaveBeenCalled();
    });

    it('opens a conversation started from a page on the groups page, as links to groups do', async () => {
        const element = render();
        await arrive({ organisation: '001000000000003AAA' });

        find(element, 'c-organisation-page')!.dispatchEvent(
            new CustomEvent('conversationstarted', { detail: 'a03000000000099AAA' })
        );

        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'comm__namedPage',
            attributes: { name: 'Groups__c' },
            state: { c__group: 'a03000000000099AAA' }
        });
    });

    it('uses the groups page the site names', async () => {
        const element = render('Exchange_Groups__c');
        await arrive({ c__organisation: '001000000000003AAA' });

        find(element, 'c-organisation-page')!.dispatchEvent(new CustomEvent('conversationstarted', { detail: 'c1' }));

        expect(mockNavigate.mock.calls[0]![0].attributes).toEqual({ name: 'Exchange_Groups__c' });
    });

    it('shows nothing to someone the Exchange refuses: the access notice says why, once (B12)', async () => {
        const element = render();
        const access = jest.requireMock('@salesforce/apex/AccessController.getAccessState').default as {
            emit(value: unknown): void;
        };
        access.emit({ hasAccess: false });
        await flush();
        expect(find(element, 'c-organisation-directory')).toBeNull();

        access.emit({ hasAccess: true });
        await flush();
        expect(find(element, 'c-organisation-directory')).not.toBeNull();
    });

    it('keeps the search and filters in the address, replacing the entry, and only what is chosen (point 5)', async () => {
        const element = render();
        await arrive({ tab: '1' });
        const directory = find(element, 'c-organisation-directory')!;

        directory.dispatchEvent(
            new CustomEvent('querychange', {
                detail: {
                    text: 'Kenya',
                    organisationType: null,
                    country: 'KE',
                    language: null,
                    commitment: null,
                    page: 1
                }
            })
        );

        expect(mockNavigate).toHaveBeenLastCalledWith(
            {
                ...MEMBERS,
                state: {
                    tab: '1',
                    c__q: 'Kenya',
                    c__type: undefined,
                    c__country: 'KE',
                    c__language: undefined,
                    c__commitment: undefined,
                    c__page: undefined
                }
            },
            true
        );
    });

    it('keeps the page in the address, and gives it back to the directory on return (point 5)', async () => {
        const element = render();
        await arrive({ tab: '1', c__country: 'KE' });
        const directory = find(element, 'c-organisation-directory') as HTMLElement & { query: unknown };
        const query = { text: null, organisationType: null, country: 'KE', language: null, commitment: null, page: 2 };

        directory.dispatchEvent(new CustomEvent('querychange', { detail: query }));
        const [reference, replace] = mockNavigate.mock.lastCall as [{ state: Record<string, unknown> }, boolean];
        expect(reference.state).toMatchObject({ tab: '1', c__country: 'KE', c__page: '2' });
        expect(replace).toBe(true);

        // An organisation opened and Back: the address comes back with the page, and so does the directory.
        await arrive({ tab: '1', c__organisation: '001000000000003AAA' });
        await arrive(reference.state as Record<string, string>);
        expect(directory.query).toEqual(query);

        await arrive({ c__page: 'nonsense' });
        expect(directory.query).toMatchObject({ country: null, page: 1 });
    });

    it('gives the directory the search and filters the address names, after Back, Forward or from a link', async () => {
        const element = render();
        await arrive({ c__q: 'Andina', c__language: 'es', c__commitment: 'CHS2014:3' });
        const directory = find(element, 'c-organisation-directory') as HTMLElement & { query: unknown };
        expect(directory.query).toEqual({
            text: 'Andina',
            organisationType: null,
            country: null,
            language: 'es',
            commitment: 'CHS2014:3',
            page: 1
        });

        await arrive({ c__type: 'National NGO' });
        expect(directory.query).toEqual({
            text: null,
            organisationType: 'National NGO',
            country: null,
            language: null,
            commitment: null,
            page: 1
        });
    });
});
