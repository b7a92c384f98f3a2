import { createElement } from 'lwc';
import OrganisationPage from 'c/organisationPage';
import { refreshApex } from '@salesforce/apex';
import getOrganisation from '@salesforce/apex/OrganisationDirectoryController.getOrganisation';
import saveOrganisationProfile from '@salesforce/apex/OrganisationDirectoryController.saveOrganisationProfile';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { OrganisationDetail } from '@dto/organisations';
import type { OrganisationDescription } from 'c/organisationLabels';

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
jest.mock('@salesforce/apex/DirectConversationController.searchPeople', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/DirectConversationController.startConversation', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): { organisationId: string };
}
const adapter = getOrganisation as unknown as WireAdapterMock;
const frameworksAdapter = getFrameworks as unknown as WireAdapterMock;
const save = saveOrganisationProfile as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

type Field = HTMLElement & {
    value: unknown;
    label: string;
    options?: { label: string; value: string }[];
    reportValidity: () => boolean;
    setCustomValidity: (message: string) => void;
};
type Feedback = HTMLElement & { message: string; error: unknown };

function detail(extra: Partial<OrganisationDetail> = {}): OrganisationDetail {
    return {
        card: {
            id: '001A',
            name: 'Relief Kenya',
            organisationType: 'National NGO',
            country: 'KE',
            languages: ['en', 'sw'],
            commitments: ['CHS2014:4'],
            resourceCount: 2,
            groupCount: 1
        },
        profile: 'We work in Turkana.\nAsk us about feedback.',
        resources: [
            { id: 'r1', title: 'Feedback toolkit' },
            { id: 'r2', title: 'Complaints guide' }
        ],
        groups: [{ id: 'g1', title: 'East Africa peers' }],
        profileLength: 2000,
        canEdit: false,
        canStartConversation: false,
        ...extra
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(data?: OrganisationDetail): Promise<HTMLElement> {
    const element = createElement('c-organisation-page', { is: OrganisationPage });
    Object.assign(element, { organisationId: '001A' });
    document.body.appendChild(element);
    if (data) {
        adapter.emit(data);
        await flush();
    }
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const text = (element: HTMLElement, selector: string): string => (find(element, selector)?.textContent ?? '').trim();
const field = (element: HTMLElement, name: string): Field => find(element, `[data-field="${name}"]`) as Field;
const feedback = (element: HTMLElement): Feedback => find(element, 'c-action-feedback') as Feedback;
const listed = (element: HTMLElement, list: string): string[] =>
    [...element.shadowRoot!.querySelectorAll(`[data-list="${list}"] ul > li`)].map((item) => item.textContent!);

async function click(element: HTMLElement, id: string): Promise<void> {
    (find(element, `[data-id="${id}"]`) as HTMLElement).click();
    await flush();
}

/** Opens the form and gives its fields answers, as the stubs' validity methods answer nothing. */
async function openForm(element: HTMLElement, valid = true): Promise<jest.Mock> {
    await click(element, 'edit');
    const validity = jest.fn();
    for (const name of ['profile', 'languages']) {
        field(element, name).reportValidity = () => valid;
    }
    field(element, 'profile').setCustomValidity = validity;
    return validity;
}

async function change(element: HTMLElement, name: string, value: unknown): Promise<void> {
    field(element, name).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

describe('c-organisation-page', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('asks for the organisation, and shows a spinner until it arrives', async () => {
        const element = await render();
        await flush();

        expect(adapter.getLastConfig().organisationId).toBe('001A');
        expect((element as HTMLElement & { organisationId: string }).organisationId).toBe('001A');
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        expect(find(element, 'article')).toBeNull();
    });

    it('shows an error from the server', async () => {
        const element = await render();
        adapter.error({ message: 'Gone' });
        await flush();

        expect(find(element, 'c-error-panel')).not.toBeNull();
        expect(find(element, 'article')).toBeNull();
    });

    it('shows the facts, the profile with its line breaks, the resources and the groups as lists', async () => {
        const element = await render(detail());
        frameworksAdapter.emit([]);
        await flush();

        expect(text(element, 'h2')).toBe('Relief Kenya');
        const facts = (find(element, 'c-organisation-facts') as HTMLElement & { organisation: OrganisationDescription })
            .organisation;
        expect(facts.facts.map((fact) => fact.value)).toEqual(['c.Org_Type_National_NGO', 'Kenya', 'English, Swahili']);
        const profile = find(element, '[data-id="profile"]')!;
        expect(profile.textContent).toBe('We work in Turkana.\nAsk us about feedback.');
        expect(profile.classList).toContain('organisation-profile');
        expect([...element.shadowRoot!.querySelectorAll('h3')].map((heading) => heading.textContent!.trim())).toEqual([
            'c.Organisation_Profile',
            'c.Organisation_Resources',
            'c.Organisation_Groups'
        ]);
        expect(listed(element, 'resources')).toEqual(['Feedback toolkit', 'Complaints guide']);
        expect(listed(element, 'groups')).toEqual(['East Africa peers']);
    });

    it('says when there is no profile, resource or group, and offers no form to others', async () => {
        const element = await render(detail({ profile: null, resources: [], groups: [] }));

        expect(text(element, '[data-id="no-profile"]')).toBe('c.Organisation_No_Profile');
        expect(text(element, '[data-list="resources"] p')).toBe('c.Organisation_No_Resources');
        expect(text(element, '[data-list="groups"] p')).toBe('c.Organisation_No_Groups');
        expect(find(element, '[data-id="edit"]')).toBeNull();
        expect(find(element, '[data-id="start-conversation"]')).toBeNull();
    });

    it('starts a conversation with the whole organisation and says which one started, or puts the form away', async () => {
        const element = await render(detail({ canStartConversation: true }));
        const started = jest.fn();
        element.addEventListener('conversationstarted', started);

        await click(element, 'start-conversation');
        const panel = find(element, 'c-start-conversation') as HTMLElement & { organisations: unknown[] };
        expect(panel.organisations).toEqual([{ id: '001A', name: 'Relief Kenya' }]);
        expect(find(element, '[data-id="start-conversation"]')).toBeNull();
        panel.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-start-conversation')).toBeNull();

        await click(element, 'start-conversation');
        find(element, 'c-start-conversation')!.dispatchEvent(new CustomEvent('started', { detail: 'c1' }));
        await flush();
        expect(find(element, 'c-start-conversation')).toBeNull();
        expect((started.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('c1');
    });

    it('puts an open conversation form away on another organisation', async () => {
        const element = await render(detail({ canStartConversation: true }));
        await click(element, 'start-conversation');

        Object.assign(element, { organisationId: '001B' });
        adapter.emit(detail({ canStartConversation: true }));
        await flush();

        expect(find(element, 'c-start-conversation')).toBeNull();
    });

    it('goes back', async () => {
        const element = await render(detail());
        const back = jest.fn();
        element.addEventListener('back', back);

        await click(element, 'back');

        expect(back).toHaveBeenCalledTimes(1);
    });

    it('lets an organisation admin edit the profile and languages, starting from what is saved', async () => {
        const element = await render(detail({ canEdit: true }));

        await openForm(element);

        expect(find(element, '[data-id="edit"]')).toBeNull();
        expect(find(element, '[data-id="profile"]')).toBeNull();
        expect(field(element, 'profile').value).toBe('We work in Turkana.\nAsk us about feedback.');
        expect(field(element, 'profile').label).toBe('c.Organisation_Profile_Field');
        expect(field(element, 'languages').value).toEqual(['en', 'sw']);
        expect(field(element, 'languages').label).toBe('c.Organisation_Languages');
        expect(field(element, 'languages').options!.map((option) => option.value)).toEqual([
            'en',
            'fr',
            'es',
            'ar',
            'pt',
            'ru',
            'sw'
        ]);
    });

    it('saves the trimmed profile and chosen languages, reads the page again and says so', async () => {
        const element = await render(detail({ canEdit: true }));
        const validity = await openForm(element);
        save.mockResolvedValue(undefined);

        await change(element, 'profile', '  New profile.  ');
        await change(element, 'languages', ['fr']);
        await click(element, 'save');

        expect(validity).toHaveBeenLastCalledWith('');
        expect(save).toHaveBeenCalledWith({
            organisationId: '001A',
            draft: { profile: 'New profile.', languages: ['fr'] }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(find(element, '[data-id="profile-form"]')).toBeNull();
        expect(feedback(element).message).toBe('c.Organisation_Profile_Saved');
    });

    it('sends an emptied profile as none', async () => {
        const element = await render(detail({ canEdit: true, profile: null }));
        await openForm(element);
        save.mockResolvedValue(undefined);

        expect(field(element, 'profile').value).toBe('');
        await change(element, 'profile', undefined);
        await click(element, 'save');

        expect(save).toHaveBeenCalledWith({
            organisationId: '001A',
            draft: { profile: null, languages: ['en', 'sw'] }
        });
    });

    it('says a profile is too long while typing, and does not send it', async () => {
        const element = await render(detail({ canEdit: true }));
        const validity = await openForm(element, false);

        await change(element, 'profile', 'x'.repeat(2001));
        expect(validity).toHaveBeenLastCalledWith('c.Organisation_Error_Profile');
        // B18: the limit is on the field and counted while typing, not only said after Save.
        expect((find(element, '[data-field="profile"]') as unknown as { maxLength: number }).maxLength).toBe(2000);
        expect(find(element, '[data-id="profile-count"]')!.textContent).toBe('c.Common_Characters_Used');
        await click(element, 'save');

        expect(validity).toHaveBeenLastCalledWith('c.Organisation_Error_Profile');
        expect(save).not.toHaveBeenCalled();
        expect(find(element, '[data-id="profile-form"]')).not.toBeNull();
    });

    it('counts against the limit the server sends, not a number of its own (B18)', async () => {
        const element = await render(detail({ canEdit: true, profileLength: 1200 }));
        const validity = await openForm(element);

        expect((find(element, '[data-field="profile"]') as unknown as { maxLength: number }).maxLength).toBe(1200);
        await change(element, 'profile', 'x'.repeat(1201));
        expect(validity).toHaveBeenLastCalledWith('c.Organisation_Error_Profile');
        await change(element, 'profile', 'x'.repeat(1200));
        expect(validity).toHaveBeenLastCalledWith('');
    });

    it('accepts 2,000 characters once surrounding spaces are left out', async () => {
        const element = await render(detail({ canEdit: true }));
        const validity = await openForm(element);

        await change(element, 'profile', ` ${'x'.repeat(2000)} `);

        expect(validity).toHaveBeenLastCalledWith('');
    });

    it('keeps the form open and shows the error when saving fails', async () => {
        const element = await render(detail({ canEdit: true }));
        await openForm(element);
        const failure = { body: { message: 'Not allowed' } };
        save.mockRejectedValue(failure);

        await click(element, 'save');

        expect(feedback(element).error).toEqual(failure);
        expect(feedback(element).message).toBe('');
        expect(find(element, '[data-id="profile-form"]')).not.toBeNull();
        expect(refresh).not.toHaveBeenCalled();
    });

    it('cancels without saving, and forgets a failed attempt', async () => {
        const element = await render(detail({ canEdit: true }));
        await openForm(element);
        save.mockRejectedValue({ body: { message: 'Not allowed' } });
        await click(element, 'save');

        await click(element, 'cancel');

        expect(find(element, '[data-id="profile-form"]')).toBeNull();
        expect(find(element, '[data-id="edit"]')).not.toBeNull();
        expect(feedback(element).error).toBeUndefined();
        expect(save).toHaveBeenCalledTimes(1);
    });

    it('starts afresh on another organisation, and not when given the same one', async () => {
        const element = await render(detail({ canEdit: true }));
        await openForm(element);

        Object.assign(element, { organisationId: '001A' });
        await flush();
        expect(find(element, '[data-id="profile-form"]')).not.toBeNull();

        Object.assign(element, { organisationId: '001B' });
        await flush();
        expect(find(element, '[data-id="profile-form"]')).toBeNull();
        expect(find(element, 'lightning-spinner')).not.toBeNull();
        expect(adapter.getLastConfig().organisationId).toBe('001B');
    });

    it('puts Cancel first and Save last, as every form does (B20)', async () => {
        const element = await render(detail({ canEdit: true }));
        await openForm(element);
        const buttons = [...element.shadowRoot!.querySelectorAll('.form-actions lightning-button')] as HTMLElement[];
        expect(buttons.map((button) => button.dataset.id)).toEqual(['cancel', 'save']);
    });
});
