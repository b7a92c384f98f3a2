import { createElement } from 'lwc';
import AllianceAdminQueue from 'c/allianceAdminQueue';
import { refreshApex } from '@salesforce/apex';
import approveInvitations from '@salesforce/apex/AllianceAdminController.approveInvitations';
import completeErasure from '@salesforce/apex/AllianceAdminController.completeErasure';
import getDecisionLimits from '@salesforce/apex/AllianceAdminController.getDecisionLimits';
import getErasureQueue from '@salesforce/apex/AllianceAdminController.getErasureQueue';
import getInvitationQueue from '@salesforce/apex/AllianceAdminController.getInvitationQueue';
import rejectInvitations from '@salesforce/apex/AllianceAdminController.rejectInvitations';
import type { ColleagueInvitation } from '@dto/people';
import type { ErasureRequest } from '@dto/privacy';

jest.mock(
    '@salesforce/apex/AllianceAdminController.getInvitationQueue',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/AllianceAdminController.getErasureQueue',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/AllianceAdminController.getDecisionLimits',
    () => ({ default: jest.fn(() => Promise.resolve({ noteLength: 255 })) }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock('@salesforce/apex/AllianceAdminController.approveInvitations', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AllianceAdminController.rejectInvitations', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AllianceAdminController.completeErasure', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Admin_Approved', () => ({ default: 'Approved: {0}.' }), { virtual: true });
jest.mock('@salesforce/label/c.Admin_Rejected', () => ({ default: 'Rejected: {0}.' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Admin_Failure_Other',
    () => ({ default: 'The login could not be created (code {0}).' }),
    {
        virtual: true
    }
);
jest.mock('@salesforce/label/c.Admin_Complete_Erasure', () => ({ default: 'Erase {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Admin_Erasure_Confirm', () => ({ default: 'Erase the data of {0}?' }), {
    virtual: true
});

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const invitationsAdapter = getInvitationQueue as unknown as WireAdapterMock;
const erasuresAdapter = getErasureQueue as unknown as WireAdapterMock;
const approve = approveInvitations as unknown as jest.Mock;
const reject = rejectInvitations as unknown as jest.Mock;
const erase = completeErasure as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;
const decisionLimits = getDecisionLimits as unknown as jest.Mock;

type Button = HTMLElement & { disabled: boolean; label: string };
type Table = HTMLElement & { data: (ColleagueInvitation & { name: string })[]; selectedRows: string[] };

function invitation(id: string, firstName: string | null): ColleagueInvitation {
    return {
        id,
        firstName,
        lastName: 'Coulibaly',
        email: `${id}@sahelrelief.example`,
        language: 'fr',
        status: 'Pending',
        organisationName: 'Sahel Relief Network',
        invitedByName: 'Moussa Keïta',
        requestedAt: '2026-11-18T10:00:00.000Z',
        decisionNote: null,
        failureReason: null
    };
}

const REQUEST: ErasureRequest = {
    id: 'a02000000000001AAA',
    status: 'Requested',
    requestedAt: '2026-11-21T16:05:00.000Z',
    processedAt: null,
    requesterName: 'Rami Haddad',
    organisationName: 'Levant Protection Consortium'
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-alliance-admin-queue', { is: AllianceAdminQueue });
    document.body.appendChild(element);
    return element;
}

async function renderLoaded(
    invitations: ColleagueInvitation[] = [invitation('i1', 'Ibrahim'), invitation('i2', null)],
    erasures: ErasureRequest[] = [REQUEST]
): Promise<HTMLElement> {
    const element = render();
    invitationsAdapter.emit(invitations);
    erasuresAdapter.emit(erasures);
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const button = (element: HTMLElement, id: string): Button => find(element, `[data-id="${id}"]`) as Button;
const feedback = (element: HTMLElement): { message: string; error: unknown } =>
    find(element, 'c-action-feedback') as unknown as { message: string; error: unknown };

async function select(element: HTMLElement, ids: string[]): Promise<void> {
    const table = find(element, '[data-id="invitation-table"]') as Table;
    const selectedRows = table.data.filter((row) => ids.includes(row.id));
    table.dispatchEvent(new CustomEvent('rowselection', { detail: { selectedRows } }));
    await flush();
}

async function typeNote(element: HTMLElement, note: string): Promise<void> {
    const textarea = find(element, '[data-id="decision-note"]') as HTMLElement & { value: string };
    textarea.value = note;
    textarea.dispatchEvent(new CustomEvent('change'));
    await flush();
}

describe('c-alliance-admin-queue', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows a spinner in each tab while its queue loads', () => {
        const element = render();

        expect(element.shadowRoot!.querySelectorAll('lightning-spinner')).toHaveLength(2);
    });

    it('shows why a queue cannot be read', async () => {
        const element = render();
        invitationsAdapter.error({ message: 'Not allowed' });
        erasuresAdapter.error({ message: 'Not allowed' });
        await flush();

        expect(element.shadowRoot!.querySelectorAll('lightning-tab c-error-panel')).toHaveLength(2);
    });

    it('says when nothing is waiting', async () => {
        const element = await renderLoaded([], []);

        expect(find(element, '[data-id="invitations-empty"]')!.textContent).toBe('c.Admin_Invitations_Empty');
        expect(find(element, '[data-id="erasure-empty"]')!.textContent).toBe('c.Admin_Erasure_Empty');
    });

    it('lists invitations with full names, and needs a selection to decide', async () => {
        const element = await renderLoaded();

        const table = find(element, '[data-id="invitation-table"]') as Table;
        expect(table.data.map((row) => row.name)).toEqual(['Ibrahim Coulibaly', 'Coulibaly']);
        expect(button(element, 'approve-button').disabled).toBe(true);
        expect(button(element, 'reject-button').disabled).toBe(true);

        await select(element, ['i1']);
        expect(button(element, 'approve-button').disabled).toBe(false);
    });

    it('says why a login failed in words, not the platform status text (B19)', async () => {
        const failed = (id: string, failureReason: string): ColleagueInvitation => ({
            ...invitation(id, 'Ibrahim'),
            status: 'Failed',
            failureReason
        });
        const element = await renderLoaded([
            failed('i1', 'DUPLICATE_USERNAME: Duplicate Username.'),
            failed('i2', 'LICENSE_LIMIT_EXCEEDED: License Limit Exceeded'),
            failed('i3', 'FIELD_INTEGRITY_EXCEPTION: Nickname already taken'),
            invitation('i4', 'Awa')
        ]);

        const table = find(element, '[data-id="invitation-table"]') as Table;
        expect(table.data.map((row) => row.failureReason)).toEqual([
            'c.Admin_Failure_Duplicate_Username',
            'c.Admin_Failure_Licence_Limit',
            'The login could not be created (code FIELD_INTEGRITY_EXCEPTION).',
            null
        ]);
    });

    it('approves the selected invitations with the note, then refreshes', async () => {
        const element = await renderLoaded();
        approve.mockResolvedValue(undefined);

        await select(element, ['i1', 'i2']);
        await typeNote(element, '  Welcome.  ');
        button(element, 'approve-button').click();
        await flush();

        expect(approve).toHaveBeenCalledWith({ invitationIds: ['i1', 'i2'], note: 'Welcome.' });
        expect(feedback(element).message).toBe('Approved: 2.');
        expect(button(element, 'approve-button').disabled).toBe(true);
        expect((find(element, '[data-id="decision-note"]') as HTMLElement & { value: string }).value).toBe('');
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('rejects the selected invitations', async () => {
        const element = await renderLoaded();
        reject.mockResolvedValue(undefined);

        await select(element, ['i2']);
        button(element, 'reject-button').click();
        await flush();

        expect(reject).toHaveBeenCalledWith({ invitationIds: ['i2'], note: '' });
        expect(feedback(element).message).toBe('Rejected: 1.');
    });

    it('shows a refused decision and keeps the selection', async () => {
        const element = await renderLoaded();
        const refused = { body: { message: JSON.stringify({ code: 'VALIDATION', message: 'No licences left.' }) } };
        approve.mockRejectedValue(refused);

        await select(element, ['i1']);
        button(element, 'approve-button').click();
        await flush();

        expect(feedback(element).error).toEqual(refused);
        expect(button(element, 'approve-button').disabled).toBe(false);
        expect(refresh).not.toHaveBeenCalled();
    });

    it('decides nothing without a selection', async () => {
        const element = await renderLoaded();

        button(element, 'approve-button').click();
        await flush();

        expect(approve).not.toHaveBeenCalled();
    });

    it('asks before an erasure, and can be cancelled', async () => {
        const element = await renderLoaded();

        const ask = find(element, '[data-request-id="a02000000000001AAA"]') as Button;
        expect(ask.label).toBe('Erase Rami Haddad');
        ask.click();
        await flush();
        const panel = find(element, 'c-confirm-panel') as unknown as HTMLElement & { question: string };
        expect(panel.question).toBe('Erase the data of Rami Haddad?');

        panel.dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(erase).not.toHaveBeenCalled();
    });

    it('carries out an erasure after confirmation', async () => {
        const element = await renderLoaded();
        erase.mockResolvedValue(undefined);

        (find(element, '[data-request-id="a02000000000001AAA"]') as Button).click();
        await flush();
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(erase).toHaveBeenCalledWith({ requestId: 'a02000000000001AAA' });
        expect(feedback(element).message).toBe('c.Admin_Erasure_Done');
        expect(find(element, 'c-confirm-panel')).toBeNull();
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('shows a refused erasure and keeps the question open', async () => {
        const element = await renderLoaded();
        const refused = { body: { message: JSON.stringify({ code: 'VALIDATION', message: 'Already done.' }) } };
        erase.mockRejectedValue(refused);

        (find(element, '[data-request-id="a02000000000001AAA"]') as Button).click();
        await flush();
        find(element, 'c-confirm-panel')!.dispatchEvent(new CustomEvent('confirm'));
        await flush();

        expect(feedback(element).error).toEqual(refused);
        expect(find(element, 'c-confirm-panel')).not.toBeNull();
    });

    it('keeps requests without a name or organisation readable', async () => {
        const element = await renderLoaded([], [{ ...REQUEST, requesterName: null, organisationName: null }]);

        expect((find(element, '[data-request-id="a02000000000001AAA"]') as Button).label).toBe('Erase ');
    });

    it('limits and counts the decision note against what the server keeps (B18)', async () => {
        decisionLimits.mockResolvedValueOnce({ noteLength: 180 });
        const element = await renderLoaded();

        const note = find(element, '[data-id="decision-note"]') as HTMLElement & { maxLength: number };
        expect(note.maxLength).toBe(180);
        expect(find(element, '[data-id="note-count"]')!.textContent).toBe('0 of 180');
        await typeNote(element, 'Welcome');
        expect(find(element, '[data-id="note-count"]')!.textContent).toBe('7 of 180');
    });

    it('leaves the note to the server when its limit cannot be read (B18)', async () => {
        decisionLimits.mockRejectedValueOnce({ body: { message: 'Offline' } });
        const element = await renderLoaded();

        expect(find(element, '[data-id="note-count"]')!.textContent).toBe('');
        expect(find(element, '[data-id="approve-button"]')).not.toBeNull();
    });
});
