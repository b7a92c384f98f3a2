import { createElement } from 'lwc';
import Colleagues from 'c/colleagues';
import { refreshApex } from '@salesforce/apex';
import getColleagueDirectory from '@salesforce/apex/ColleagueController.getColleagueDirectory';
import inviteColleague from '@salesforce/apex/ColleagueController.inviteColleague';
import deactivateColleague from '@salesforce/apex/ColleagueController.deactivateColleague';
import type { ColleagueDirectory, ColleagueInvitation } from '@dto/people';

jest.mock(
    '@salesforce/apex/ColleagueController.getColleagueDirectory',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/ColleagueController.inviteColleague', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ColleagueController.deactivateColleague', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Colleagues_Title', () => ({ default: 'Colleagues at {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Colleagues_Deactivate_Confirm', () => ({ default: 'Deactivate {0}?' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Colleagues_Deactivated', () => ({ default: '{0} deactivated.' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const directoryAdapter = getColleagueDirectory as unknown as WireAdapterMock;
const invite = inviteColleague as unknown as jest.Mock;
const deactivate = deactivateColleague as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

type Field = HTMLElement & { name: string; value: string; reportValidity: () => boolean };

const DIRECTORY: ColleagueDirectory = {
    organisationName: 'Sahel Relief Network',
    autoApprove: false,
    colleagues: [
        {
            id: '005000000000002AAA',
            name: 'Moussa Keïta',
            email: 'moussa@sahelrelief.example',
            isActive: true,
            isSelf: true,
            lastLogin: null
        },
        {
            id: '005000000000008AAA',
            name: 'Fatou Diallo',
            email: 'fatou@sahelrelief.example',
            isActive: true,
            isSelf: false,
            lastLogin: null
        }
    ],
    invitations: []
};

function created(status: ColleagueInvitation['status']): ColleagueInvitation {
    return {
        id: 'a01000000000001AAA',
        firstName: 'Oumar',
        lastName: 'Sangaré',
        email: 'oumar@sahelrelief.example',
        language: 'fr',
        status,
        organisationName: 'Sahel Relief Network',
        invitedByName: 'Moussa Keïta',
        requestedAt: '2026-11-24T10:00:00.000Z',
        decisionNote: null,
        failureReason: null
    };
}

const VALIDATION = { body: { message: JSON.stringify({ code: 'VALIDATION', message: 'Already has a login.' }) } };

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function renderLoaded(): Promise<HTMLElement> {
    const element = createElement('c-colleagues', { is: Colleagues });
    document.body.appendChild(element);
    directoryAdapter.emit(DIRECTORY);
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const fields = (element: HTMLElement): Field[] => [
    ...(element.shadowRoot!.querySelectorAll('[data-invite-field]') as NodeListOf<Field>)
];
const feedback = (element: HTMLElement): { message: string; error: unknown } =>
    find(element, 'c-action-feedback') as unknown as { message: string; error: unknown };

async function fill(element: HTMLElement, values: Record<string, string>, valid = true): Promise<void> {
    for (const field of fields(element)) {
        field.reportValidity = () => valid;
        const value = values[field.name];
        if (value !== undefined) {
            field.value = value;
            field.dispatchEvent(new CustomEvent('change'));
        }
    }
    await flush();
}

async function submit(element: HTMLElement): Promise<void> {
    (find(element, '[data-id="invite-submit"]') as HTMLElement).click();
    await flush();
}

describe('c-colleagues', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows a spinner while the directory loads', () => {
        const element = createElement('c-colleagues', { is: Colleagues });
        document.body.appendChild(element);

        expect(find(element, 'lightning-spinner')).not.toBeNull();
        expect(find(element, 'c-colleague-table')).toBeNull();
    });

    it('shows why the directory cannot be read, e.g. to someone who is not an organisation admin', async () => {
        const element = createElement('c-colleagues', { is: Colleagues });
        document.body.appendChild(element);
        directoryAdapter.error({ message: JSON.stringify({ code: 'NOT_ALLOWED', message: 'Not allowed.' }) });
        await flush();

        expect(find(element, 'c-error-panel')).not.toBeNull();
        expect(find(element, 'c-colleague-table')).toBeNull();
    });

    it('hands colleagues and invitations to the children, under the organisation name', async () => {
        const element = await renderLoaded();

        expect((find(element, 'lightning-card') as unknown as { title: string }).title).toBe(
            'Colleagues at Sahel Relief Network'
        );
        const table = find(element, 'c-colleague-table') as unknown as { colleagues: unknown[] };
        expect(table.colleagues).toHaveLength(2);
        const list = find(element, 'c-invitation-list') as unknown as { invitations: unknown[] };
        expect(list.invitations).toEqual([]);
        expect(fields(element).map((field) => field.name)).toEqual(['firstName', 'lastName', 'email', 'language']);
    });

    it('invites a colleague, says the Alliance will check it, and refreshes', async () => {
        const element = await renderLoaded();
        invite.mockResolvedValue(created('Pending'));

        await fill(element, {
            firstName: ' Oumar ',
            lastName: 'Sangaré ',
            email: ' oumar@sahelrelief.example',
            language: 'fr'
        });
        await submit(element);

        expect(invite).toHaveBeenCalledWith({
            firstName: 'Oumar',
            lastName: 'Sangaré',
            email: 'oumar@sahelrelief.example',
            language: 'fr'
        });
        expect(feedback(element).message).toBe('c.Invite_Sent_Queue');
        expect(fields(element).find((field) => field.name === 'lastName')!.value).toBe('');
        expect(fields(element).find((field) => field.name === 'language')!.value).toBe('fr');
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('says the login is being created when invitations are approved at once', async () => {
        const element = await renderLoaded();
        invite.mockResolvedValue(created('Approved'));

        await fill(element, { lastName: 'Sangaré', email: 'oumar@sahelrelief.example' });
        await submit(element);

        expect(feedback(element).message).toBe('c.Invite_Sent_Auto');
    });

    it('keeps what was typed when the invitation is refused', async () => {
        const element = await renderLoaded();
        invite.mockRejectedValue(VALIDATION);

        await fill(element, { lastName: 'Traoré', email: 'aminata@sahelrelief.example' });
        await submit(element);

        expect(feedback(element).error).toEqual(VALIDATION);
        expect(fields(element).find((field) => field.name === 'email')!.value).toBe('aminata@sahelrelief.example');
        expect(refresh).not.toHaveBeenCalled();
        expect((find(element, '[data-id="invite-submit"]') as unknown as { disabled: boolean }).disabled).toBe(false);
    });

    it('does not call Apex while a field is invalid', async () => {
        const element = await renderLoaded();

        await fill(element, { lastName: '' }, false);
        await submit(element);

        expect(invite).not.toHaveBeenCalled();
    });

    it('asks before deactivating, and can be cancelled', async () => {
        const element = await renderLoaded();

        find(element, 'c-colleague-table')!.dispatchEvent(
            new CustomEvent('deactivate', { detail: '005000000000008AAA' })
        );
        await flush();
        const panel = find(element, 'c-confirm-panel') as unknown as HTMLElement & { question: string };
        expect(panel.question).toBe('Deactivate Fatou Diallo?');

        panel.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(deactivate).not.toHaveBeenCalled();
    });

    it('deactivates after confirmation and says so', async () => {
        const element = await renderLoaded();
        deactivate.mockResolvedValue(undefined);

        find(element, 'c-colleague-table')!.dispatchEvent(
            new CustomEvent('deactivate', { detail: '005000000000008AAA' })
        );
        await flush();
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(deactivate).toHaveBeenCalledWith({ userId: '005000000000008AAA' });
        expect(feedback(element).message).toBe('Fatou Diallo deactivated.');
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('shows a refused deactivation and keeps the question open', async () => {
        const element = await renderLoaded();
        const refused = { body: { message: JSON.stringify({ code: 'NOT_ALLOWED', message: 'Not yours.' }) } };
        deactivate.mockRejectedValue(refused);

        find(element, 'c-colleague-table')!.dispatchEvent(
            new CustomEvent('deactivate', { detail: '005000000000008AAA' })
        );
        await flush();
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(feedback(element).error).toEqual(refused);
        expect(find(element, 'c-confirm-panel')).not.toBeNull();
    });

    it('ignores a confirmation with nothing to confirm', async () => {
        const element = await renderLoaded();

        find(element, 'c-colleague-table')!.dispatchEvent(new CustomEvent('deactivate', { detail: 'unknown' }));
        await flush();

        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(deactivate).not.toHaveBeenCalled();
    });
});
