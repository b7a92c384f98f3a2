import { createElement } from 'lwc';
import ExchangeRepository from 'c/exchangeRepository';
import { refreshApex } from '@salesforce/apex';
import type { FacetSelection } from '@dto/repository';
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
    '@salesforce/apex/RepositoryBrowseController.searchResources',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
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
// The form has its own tests; here only the switch to it and its events matter.
jest.mock(
    'c/resourceSubmitForm',
    () => {
        const { LightningElement } = require('lwc');
        return { __esModule: true, default: class extends LightningElement {} };
    },
    { virtual: true }
);

// The gap map has its own tests; here only the switch to it and its events matter.
jest.mock(
    'c/gapMap',
    () => {
        const { LightningElement } = require('lwc');
        return { __esModule: true, default: class extends LightningElement {} };
    },
    { virtual: true }
);

type Browser = HTMLElement & { initialSelections: FacetSelection[] };
/** The page reference the site gives, driven by each test. */
const pageAdapter = CurrentPageReference;
const REPOSITORY = { type: 'comm__namedPage', attributes: { name: 'Repository__c' } };

/** The site shows the page with this state in its address. */
async function arrive(state: Record<string, string>): Promise<void> {
    pageAdapter.emit({ ...REPOSITORY, state });
    await flush();
}

/** The state the last navigation asked for, and whether it replaced the history entry. */
function navigatedTo(): [Record<string, string | undefined>, boolean | undefined] {
    const [reference, replace] = mockNavigate.mock.calls.at(-1) as [{ state: Record<string, string> }, boolean];
    return [reference.state, replace];
}
type Page = HTMLElement & { resourceId: string };

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(startView?: string): HTMLElement {
    const element = createElement('c-exchange-repository', { is: ExchangeRepository });
    Object.assign(element, { initialSelections: [{ facet: 'commitment', values: ['CHS2014:3'] }] });
    if (startView) {
        Object.assign(element, { startView });
    }
    document.body.appendChild(element);
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const browserShown = (element: HTMLElement): boolean =>
    !find(element, 'c-repository-browser')!.parentElement!.classList.contains('slds-hide');
const gapsShown = (element: HTMLElement): boolean =>
    find(element, 'c-gap-map') !== null && !find(element, '[data-id="gaps"]')!.classList.contains('slds-hide');
const browserSelections = (element: HTMLElement): FacetSelection[] =>
    (find(element, 'c-repository-browser') as Browser).initialSelections;

describe('c-exchange-repository', () => {
    afterEach(() => {
        jest.clearAllMocks();
        document.body.replaceChildren();
    });

    it('starts with the browser and the facets it was given', () => {
        const element = render();

        expect(browserShown(element)).toBe(true);
        expect((find(element, 'c-repository-browser') as Browser).initialSelections).toEqual([
            { facet: 'commitment', values: ['CHS2014:3'] }
        ]);
        expect(find(element, 'c-resource-page')).toBeNull();
    });

    it('opens a resource, remembers it in the address, follows to a newer version, and comes back to the same browser', async () => {
        const element = render();
        await arrive({});
        const browser = find(element, 'c-repository-browser');

        browser!.dispatchEvent(new CustomEvent('open', { detail: 'a05000000000001AAA' }));
        await flush();
        expect(browserShown(element)).toBe(false);
        expect((find(element, 'c-resource-page') as Page).resourceId).toBe('a05000000000001AAA');
        expect(navigatedTo()).toEqual([{ c__resource: 'a05000000000001AAA', c__view: undefined }, false]);

        find(element, 'c-resource-page')!.dispatchEvent(new CustomEvent('open', { detail: 'a05000000000002AAA' }));
        await flush();
        expect((find(element, 'c-resource-page') as Page).resourceId).toBe('a05000000000002AAA');

        find(element, 'c-resource-page')!.dispatchEvent(new CustomEvent('back'));
        await flush();
        expect(find(element, 'c-resource-page')).toBeNull();
        expect(find(element, 'c-repository-browser')).toBe(browser);
        expect(browserShown(element)).toBe(true);
        expect(navigatedTo()).toEqual([{ c__resource: undefined, c__view: undefined }, false]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('opens the resource or the view named in the address, also after Back and Forward', async () => {
        const element = render();
        await arrive({ resource: 'a05000000000003AAA' });
        expect((find(element, 'c-resource-page') as Page).resourceId).toBe('a05000000000003AAA');
        expect(browserShown(element)).toBe(false);

        await arrive({ c__view: 'submit' });
        expect(find(element, 'c-resource-submit-form')).not.toBeNull();
        await arrive({ c__view: 'gaps' });
        expect(gapsShown(element)).toBe(true);
        await arrive({ c__view: 'nothing-known' });
        expect(browserShown(element)).toBe(true);
        expect(mockNavigate).not.toHaveBeenCalled();
    });

    it('shows the form to offer a document, and thanks the member once it is sent', async () => {
        const element = render();
        await arrive({});

        find(element, 'c-repository-browser')!.dispatchEvent(new CustomEvent('submit'));
        await flush();
        expect(find(element, 'c-resource-submit-form')).not.toBeNull();
        expect(browserShown(element)).toBe(false);
        expect(navigatedTo()).toEqual([{ c__resource: undefined, c__view: 'submit' }, false]);

        find(element, 'c-resource-submit-form')!.dispatchEvent(
            new CustomEvent('submitted', { detail: 'a06000000000001AAA' })
        );
        await flush();
        expect(find(element, 'c-resource-submit-form')).toBeNull();
        expect(browserShown(element)).toBe(true);
        expect((find(element, 'c-action-feedback') as HTMLElement & { message: string }).message).toBe(
            'c.Repository_Submitted'
        );
        expect(navigatedTo()).toEqual([{ c__resource: undefined, c__view: undefined }, true]);

        // The site then reports the address the navigation made: the thanks stay.
        await arrive({});
        expect((find(element, 'c-action-feedback') as HTMLElement & { message: string }).message).toBe(
            'c.Repository_Submitted'
        );
    });

    it('goes back to the browser when the form is cancelled', async () => {
        const element = render();
        find(element, 'c-repository-browser')!.dispatchEvent(new CustomEvent('submit'));
        await flush();

        find(element, 'c-resource-submit-form')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();

        expect(find(element, 'c-resource-submit-form')).toBeNull();
        expect(browserShown(element)).toBe(true);
        expect((find(element, 'c-action-feedback') as HTMLElement & { message: string }).message).toBe('');
    });

    it('shows the gap map from the browser, keeps its filters while hidden, and goes back', async () => {
        const element = render();
        expect(find(element, 'c-gap-map')).toBeNull();

        find(element, 'c-repository-browser')!.dispatchEvent(new CustomEvent('gaps'));
        await flush();
        expect(gapsShown(element)).toBe(true);
        expect(browserShown(element)).toBe(false);
        const map = find(element, 'c-gap-map');
        const back = find(element, '[data-id="back-to-repository"]') as HTMLElement & { label: string };
        expect(back.label).toBe('c.Resource_Back');

        back.click();
        await flush();
        expect(browserShown(element)).toBe(true);
        expect(gapsShown(element)).toBe(false);
        expect(find(element, 'c-gap-map')).toBe(map);
        expect(browserSelections(element)).toEqual([{ facet: 'commitment', values: ['CHS2014:3'] }]);
        expect(refreshApex).not.toHaveBeenCalled();
    });

    it('opens the browser on the facets of an explored cell, afresh each time', async () => {
        const element = render('gaps');
        expect(gapsShown(element)).toBe(true);
        expect(browserShown(element)).toBe(false);
        const selections: FacetSelection[] = [
            { facet: 'indicator', values: ['CHS2014:4.2'] },
            { facet: 'country', values: ['KE'] }
        ];

        find(element, 'c-gap-map')!.dispatchEvent(new CustomEvent('explore', { detail: JSON.stringify(selections) }));
        await flush();
        expect(browserShown(element)).toBe(true);
        expect(gapsShown(element)).toBe(false);
        expect(browserSelections(element)).toEqual(selections);

        // The member narrows the browser down, then explores the same cell again.
        const browser = find(element, 'c-repository-browser')!;
        browser
            .shadowRoot!.querySelector('c-repository-facets')!
            .dispatchEvent(new CustomEvent('toggle', { detail: 'language:fr' }));
        await flush();
        expect(browserSelections(element)).toHaveLength(3);
        browser.dispatchEvent(new CustomEvent('gaps'));
        await flush();
        find(element, 'c-gap-map')!.dispatchEvent(new CustomEvent('explore', { detail: JSON.stringify(selections) }));
        await flush();
        expect(browserSelections(element)).toEqual(selections);
        expect((element as HTMLElement & { initialSelections: FacetSelection[] }).initialSelections).toEqual(
            selections
        );
    });

    it('opens on the browser unless told to start with the gap map, and a linked resource wins', async () => {
        expect(browserShown(render('browse'))).toBe(true);
        expect(find(render('browse'), 'c-gap-map')).toBeNull();
        expect((render('gaps') as HTMLElement & { startView: string }).startView).toBe('gaps');
        document.body.replaceChildren();

        const linked = render('gaps');
        await arrive({ c__resource: 'a05000000000003AAA' });
        expect(find(linked, 'c-resource-page')).not.toBeNull();
        expect(gapsShown(linked)).toBe(false);

        // From the gap map it starts with, the browser is named in the address; the gap map is not.
        await arrive({});
        expect(gapsShown(linked)).toBe(true);
        find(linked, '[data-id="back-to-repository"]')!.click();
        expect(navigatedTo()).toEqual([{ c__resource: undefined, c__view: 'browse' }, false]);
    });

    it('shows nothing to someone the Exchange refuses: the access notice says why, once (B12)', async () => {
        const element = render();
        const access = jest.requireMock('@salesforce/apex/AccessController.getAccessState').default as {
            emit(value: unknown): void;
        };
        access.emit({ hasAccess: false });
        await flush();
        expect(find(element, 'c-repository-browser')).toBeNull();

        access.emit({ hasAccess: true });
        await flush();
        expect(find(element, 'c-repository-browser')).not.toBeNull();
    });

    it('keeps the search in the address, replacing the entry, and gives it back after Back or from a link (point 5)', async () => {
        const element = render();
        await arrive({});
        const browser = find(element, 'c-repository-browser') as HTMLElement & { searchRequest: unknown };
        const request = {
            text: 'feedback',
            selections: [{ facet: 'country', values: ['ML'] }],
            sortBy: 'title',
            pageNumber: 2
        };

        browser.dispatchEvent(new CustomEvent('searchchange', { detail: request }));
        await flush();
        expect(navigatedTo()).toEqual([{ c__search: JSON.stringify(request) }, true]);

        browser.dispatchEvent(
            new CustomEvent('searchchange', { detail: { text: null, selections: [], sortBy: 'newest', pageNumber: 1 } })
        );
        expect(navigatedTo()).toEqual([{ c__search: undefined }, true]);

        await arrive({ c__search: JSON.stringify(request) });
        expect(browser.searchRequest).toEqual(request);
        await arrive({ c__search: '{not json' });
        expect(browser.searchRequest).toEqual(request);
        await arrive({ c__search: JSON.stringify({ selections: [] }) });
        expect(browser.searchRequest).toEqual({ text: null, selections: [], sortBy: 'newest', pageNumber: 1 });
    });
});
