import { createElement } from 'lwc';
import Colleagues from 'c/colleagues';
import { refreshApex } from '@salesforce/apex';
import getColleagueDirectory from '@salesforce/apex/ColleagueController.getColleagueDirectory';
import inviteColleague from '@salesforce/apex/ColleagueController.inviteColleague';
import deactivateColleague from '@salesforce/apex/ColleagueController.deactivateColleague';
import type { Colleague, ColleagueDirectory, ColleagueInvitation } from '@dto/people';

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
jest.mock('@salesforce/label/c.Colleagues_Deactivate', () => ({ default: 'Deactivate {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Colleagues_Deactivate_Confirm', () => ({ default: 'Deactivate {0}?' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Colleagues_Deactivated', () => ({ default: '{0} deactivated.' }), { virtual: true });
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const directoryAdapter = getColleagueDirectory as unknown as WireAdapterMock;
const invite = inviteColleague as unknown as jest.Mock<Promise<ColleagueInvitation>, [Record<string, string>]>;
const deactivate = deactivateColleague as unknown as jest.Mock<Promise<void>, [{ userId: string }]>;
const refresh = refreshApex as unknown as jest.Mock<Promise<void>, [unknown]>;

type Field = HTMLElement & { name: string; value: string | null; reportValidity: () => boolean };
type Button = HTMLElement & { disabled: boolean; label: string };
type CardElement = HTMLElement & { title: string };
type TableElement = HTMLElement & { colleagues: Colleague[]; busy: boolean };
type ListElement = HTMLElement & { invitations: ColleagueInvitation[] };
type FeedbackElement = HTMLElement & { message: string; error: unknown };
type ErrorPanelElement = HTMLElement & { error: unknown };
type ConfirmElement = HTMLElement & { question: string; busy: boolean };
type ComboboxElement = Field & { options: { label: string; value: string }[] };

const ME: Colleague = {
    id: '005000000000002AAA',
    name: 'Moussa Keïta',
    email: 'moussa@sahelrelief.example',
    isActive: true,
    isSelf: true,
    lastLogin: '2026-11-20T09:30:00.000Z'
};
const FATOU: Colleague = {
    id: '005000000000008AAA',
    name: 'Fatou Diallo',
    email: 'fatou@sahelrelief.example',
    isActive: true,
    isSelf: false,
    lastLogin: null
};

function invitation(status: ColleagueInvitation['status']): ColleagueInvitation {
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

const DIRECTORY: ColleagueDirectory = {
    organisationName: 'Sahel Relief Network',
    autoApprove: false,
    colleagues: [ME, FATOU],
    invitations: [invitation('Pending')],
    invitationLimits: { firstNameLength: 40, lastNameLength: 80, emailLength: 80 }
};

const VALIDATION = { body: { message: JSON.stringify({ code: 'VALIDATION', message: 'Already has a login.' }) } };
const NOT_ALLOWED = { body: { message: JSON.stringify({ code: 'NOT_ALLOWED', message: 'Not yours.' }) } };

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
    let resolve: (value: T) => void = () => undefined;
    const promise = new Promise<T>((done) => {
        resolve = done;
    });
    return { promise, resolve };
}

function render(): HTMLElement {
    const element = createElement('c-colleagues', { is: Colleagues });
    document.body.appendChild(element);
    return element;
}

async function renderLoaded(directory: ColleagueDirectory | null = DIRECTORY): Promise<HTMLElement> {
    const element = render();
    directoryAdapter.emit(directory);
    await flush();
    return element;
}

const find = (element: HTMLElement, selector: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(selector);
const fields = (element: HTMLElement): Field[] => [
    ...(element.shadowRoot!.querySelectorAll('[data-invite-field]') as NodeListOf<Field>)
];
const field = (element: HTMLElement, name: string): Field => fields(element).find((input) => input.name === name)!;
const values = (element: HTMLElement): Record<string, string | null> =>
    Object.fromEntries(fields(element).map((input) => [input.name, input.value]));
const submitButton = (element: HTMLElement): Button => find(element, '[data-id="invite-submit"]') as Button;
const table = (element: HTMLElement): TableElement => find(element, 'c-colleague-table') as TableElement;
const feedback = (element: HTMLElement): FeedbackElement => find(element, 'c-action-feedback') as FeedbackElement;
const confirmPanel = (element: HTMLElement): ConfirmElement | null =>
    find(element, 'c-confirm-panel') as ConfirmElement | null;

/** The success message as c-action-feedback renders it. */
const shownMessage = (element: HTMLElement): string | null | undefined =>
    feedback(element).shadowRoot!.querySelector('[data-id="success-message"]')?.textContent;
/** The error text as c-action-feedback renders it, through c-error-panel. */
const shownError = (element: HTMLElement): string | null | undefined =>
    feedback(element).shadowRoot!.querySelector('c-error-panel')?.shadowRoot!.textContent;

/** The lightning stubs' reportValidity() answers undefined: give every field an answer. */
function setValidity(element: HTMLElement, valid: boolean | ((name: string) => boolean) = true): jest.Mock[] {
    return fields(element).map((input) => {
        const check = jest.fn(() => (typeof valid === 'function' ? valid(input.name) : valid));
        input.reportValidity = check;
        return check;
    });
}

async function type(element: HTMLElement, typed: Record<string, string | null>): Promise<void> {
    for (const [name, value] of Object.entries(typed)) {
        const input = field(element, name);
        input.value = value;
        input.dispatchEvent(new CustomEvent('change'));
    }
    await flush();
}

async function submit(element: HTMLElement): Promise<void> {
    submitButton(element).click();
    await flush();
}

async function requestDeactivation(element: HTMLElement, userId: string): Promise<void> {
    table(element).dispatchEvent(new CustomEvent('deactivate', { detail: userId }));
    await flush();
}

async function clickInConfirmPanel(element: HTMLElement, dataId: 'cancel' | 'confirm'): Promise<void> {
    (confirmPanel(element)!.shadowRoot!.querySelector(`[data-id="${dataId}"]`) as HTMLElement).click();
    await flush();
}

describe('c-colleagues', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    describe('loading the directory', () => {
        it('takes the email message away once the address is fixed, so the Send under it does not move', async () => {
            const element = await renderLoaded();
            const email = field(element, 'email') as Field & { validity: { valid: boolean } };
            const report = jest.fn();
            email.reportValidity = report;
            email.validity = { valid: false };
            await type(element, { email: 'not-an-email' });
            expect(report).not.toHaveBeenCalled();

            email.validity = { valid: true };
            await type(element, { email: 'oumar@sahelrelief.example' });
            expect(report).toHaveBeenCalledTimes(1);
        });

        it('shows a spinner while the directory loads', () => {
            const element = render();

            const spinner = find(element, 'lightning-spinner') as unknown as { alternativeText: string };
            expect(spinner.alternativeText).toBe('c.Common_Loading');
            expect(table(element)).toBeNull();
            expect(find(element, 'c-error-panel')).toBeNull();
            expect(find(element, '[data-id="invite-form"]')).toBeNull();
        });

        it('shows why the directory cannot be read, e.g. to someone who is not an organisation admin', async () => {
            const element = render();
            const body = { message: JSON.stringify({ code: 'NOT_ALLOWED', message: 'You are not allowed' }) };
            directoryAdapter.error(body);
            await flush();

            const panel = find(element, 'c-error-panel') as ErrorPanelElement;
            expect(panel.error).toEqual(expect.objectContaining({ body }));
            expect(panel.shadowRoot!.textContent).toBe('You are not allowed');
            expect(find(element, 'lightning-spinner')).toBeNull();
            expect(table(element)).toBeNull();
            expect(find(element, '[data-id="invite-form"]')).toBeNull();
        });

        it('hands colleagues and invitations to the children, under the organisation name', async () => {
            const element = await renderLoaded();

            expect((find(element, 'lightning-card') as CardElement).title).toBe('Colleagues at Sahel Relief Network');
            expect(find(element, 'lightning-spinner')).toBeNull();
            expect(table(element).colleagues).toEqual([ME, FATOU]);
            expect(table(element).busy).toBe(false);
            expect((find(element, 'c-invitation-list') as ListElement).invitations).toEqual(DIRECTORY.invitations);
            expect(feedback(element).message).toBe('');
            expect(feedback(element).error).toBeUndefined();
            expect(confirmPanel(element)).toBeNull();
        });

        it('shows an empty invitation form with the four languages', async () => {
            const element = await renderLoaded();

            expect(fields(element).map((input) => input.name)).toEqual(['firstName', 'lastName', 'email', 'language']);
            expect(values(element)).toEqual({ firstName: '', lastName: '', email: '', language: 'en_US' });
            const lastName = field(element, 'lastName') as Field & { required: boolean; maxLength: number };
            expect(lastName.required).toBe(true);
            expect(lastName.maxLength).toBe(80);
            expect((field(element, 'firstName') as Field & { required: boolean }).required).toBe(false);
            expect((field(element, 'email') as Field & { type: string }).type).toBe('email');
            const combobox = field(element, 'language') as ComboboxElement;
            expect(combobox.options.map((option) => option.value)).toEqual(['en_US', 'fr', 'es', 'ar']);
            expect(submitButton(element).label).toBe('c.Invite_Submit');
            expect(submitButton(element).disabled).toBe(false);
        });

        it('limits and counts each field against what the server says the invitation keeps', async () => {
            const element = await renderLoaded({
                ...DIRECTORY,
                invitationLimits: { firstNameLength: 12, lastNameLength: 30, emailLength: 64 }
            });
            type Limited = Field & { maxLength: number | undefined };
            const count = (name: string): string | null | undefined =>
                find(element, `[data-count="${name}"]`)?.textContent;

            expect((field(element, 'firstName') as Limited).maxLength).toBe(12);
            expect((field(element, 'lastName') as Limited).maxLength).toBe(30);
            expect((field(element, 'email') as Limited).maxLength).toBe(64);
            expect(count('firstName')).toBe('0 of 12');
            expect(count('lastName')).toBe('0 of 30');
            expect(count('email')).toBe('0 of 64');

            await type(element, { firstName: 'Oumar', email: 'oumar@sahelrelief.example' });
            expect(count('firstName')).toBe('5 of 12');
            expect(count('lastName')).toBe('0 of 30');
            expect(count('email')).toBe('25 of 64');
        });

        it('leaves the lengths to the server when its answer carries no limits', async () => {
            const element = await renderLoaded({
                ...DIRECTORY,
                invitationLimits: null as unknown as ColleagueDirectory['invitationLimits']
            });

            expect((field(element, 'lastName') as Field & { maxLength: unknown }).maxLength).toBeUndefined();
            expect(find(element, '[data-count="lastName"]')!.textContent).toBe('');
            expect(submitButton(element).disabled).toBe(false);
        });

        it('renders an empty directory when the server answers none', async () => {
            const element = await renderLoaded(null);

            expect((find(element, 'lightning-card') as CardElement).title).toBe('c.Colleagues_Heading');
            expect(table(element).colleagues).toEqual([]);
            expect((find(element, 'c-invitation-list') as ListElement).invitations).toEqual([]);
        });
    });

    describe('inviting a colleague', () => {
        it('invites with trimmed values, says the Alliance will check it, clears the form and refreshes', async () => {
            const element = await renderLoaded();
            invite.mockResolvedValue(invitation('Pending'));
            setValidity(element);

            await type(element, {
                firstName: ' Oumar ',
                lastName: 'Sangaré ',
                email: ' oumar@sahelrelief.example',
                language: 'fr'
            });
            await submit(element);

            expect(invite).toHaveBeenCalledTimes(1);
            expect(invite).toHaveBeenCalledWith({
                firstName: 'Oumar',
                lastName: 'Sangaré',
                email: 'oumar@sahelrelief.example',
                language: 'fr'
            });
            expect(feedback(element).message).toBe('c.Invite_Sent_Queue');
            expect(shownMessage(element)).toBe('c.Invite_Sent_Queue');
            expect(feedback(element).error).toBeUndefined();
            expect(values(element)).toEqual({ firstName: '', lastName: '', email: '', language: 'fr' });
            expect(refresh).toHaveBeenCalledTimes(1);
            expect(refresh).toHaveBeenCalledWith(expect.objectContaining({ data: DIRECTORY }));
            expect(submitButton(element).disabled).toBe(false);
        });

        it('says the login is being created when invitations are approved at once', async () => {
            const element = await renderLoaded();
            invite.mockResolvedValue(invitation('Approved'));
            setValidity(element);

            await type(element, { lastName: 'Sangaré', email: 'oumar@sahelrelief.example' });
            await submit(element);

            expect(invite).toHaveBeenCalledWith({
                firstName: '',
                lastName: 'Sangaré',
                email: 'oumar@sahelrelief.example',
                language: 'en_US'
            });
            expect(shownMessage(element)).toBe('c.Invite_Sent_Auto');
            expect(refresh).toHaveBeenCalledTimes(1);
        });

        it('treats a field the browser clears to nothing as empty', async () => {
            const element = await renderLoaded();
            invite.mockResolvedValue(invitation('Pending'));
            setValidity(element);

            await type(element, { firstName: 'Oumar', lastName: 'Sangaré', email: 'oumar@sahelrelief.example' });
            await type(element, { firstName: null });
            await submit(element);

            expect(invite).toHaveBeenCalledWith(expect.objectContaining({ firstName: '' }));
        });

        it('disables the actions while the invitation is being sent, and sends it once', async () => {
            const element = await renderLoaded();
            const pending = deferred<ColleagueInvitation>();
            invite.mockReturnValue(pending.promise);
            setValidity(element);

            await type(element, { lastName: 'Sangaré', email: 'oumar@sahelrelief.example' });
            await submit(element);

            expect(submitButton(element).disabled).toBe(true);
            expect(table(element).busy).toBe(true);
            await submit(element);
            expect(invite).toHaveBeenCalledTimes(1);

            pending.resolve(invitation('Pending'));
            await flush();
            expect(submitButton(element).disabled).toBe(false);
            expect(table(element).busy).toBe(false);
            expect(shownMessage(element)).toBe('c.Invite_Sent_Queue');
        });

        it('keeps what was typed and shows why when the invitation is refused', async () => {
            const element = await renderLoaded();
            invite.mockRejectedValue(VALIDATION);
            setValidity(element);

            await type(element, {
                firstName: 'Aminata',
                lastName: 'Traoré',
                email: 'aminata@sahelrelief.example',
                language: 'ar'
            });
            await submit(element);

            expect(feedback(element).error).toEqual(VALIDATION);
            expect(shownError(element)).toBe('Already has a login.');
            expect(shownMessage(element)).toBeUndefined();
            expect(values(element)).toEqual({
                firstName: 'Aminata',
                lastName: 'Traoré',
                email: 'aminata@sahelrelief.example',
                language: 'ar'
            });
            expect(refresh).not.toHaveBeenCalled();
            expect(submitButton(element).disabled).toBe(false);
        });

        it('clears the previous outcome when a new invitation is sent', async () => {
            const element = await renderLoaded();
            invite.mockRejectedValueOnce(VALIDATION).mockResolvedValueOnce(invitation('Approved'));
            setValidity(element);

            await type(element, { lastName: 'Traoré', email: 'aminata@sahelrelief.example' });
            await submit(element);
            expect(shownError(element)).toBe('Already has a login.');

            await submit(element);
            expect(feedback(element).error).toBeUndefined();
            expect(shownError(element)).toBeUndefined();
            expect(shownMessage(element)).toBe('c.Invite_Sent_Auto');
        });

        it('does not call Apex while a field is invalid, and shows every field’s problem', async () => {
            const element = await renderLoaded();
            const checks = setValidity(element, (name) => name !== 'email');

            await type(element, { lastName: 'Sangaré', email: 'not an address' });
            await submit(element);

            expect(checks).toHaveLength(4);
            checks.forEach((check) => expect(check).toHaveBeenCalledTimes(1));
            expect(invite).not.toHaveBeenCalled();
            expect(refresh).not.toHaveBeenCalled();
            expect(values(element)).toEqual({
                firstName: '',
                lastName: 'Sangaré',
                email: 'not an address',
                language: 'en_US'
            });
        });

        it('does not call Apex when the fields do not confirm they are valid', async () => {
            const element = await renderLoaded();

            await submit(element);

            expect(invite).not.toHaveBeenCalled();
        });
    });

    describe('deactivating a colleague', () => {
        it('asks before deactivating, naming the colleague, and can be cancelled', async () => {
            const element = await renderLoaded();

            await requestDeactivation(element, FATOU.id);

            const panel = confirmPanel(element)!;
            expect(panel.question).toBe('Deactivate Fatou Diallo?');
            expect(panel.shadowRoot!.querySelector('[data-id="question"]')!.textContent).toBe(
                'Deactivate Fatou Diallo?'
            );
            expect(panel.busy).toBe(false);

            await clickInConfirmPanel(element, 'cancel');
            expect(confirmPanel(element)).toBeNull();
            expect(deactivate).not.toHaveBeenCalled();
        });

        it('asks when the admin uses the button in the table', async () => {
            const element = await renderLoaded();

            const button = table(element).shadowRoot!.querySelector(`[data-user-id="${FATOU.id}"]`) as HTMLElement;
            button.click();
            await flush();

            expect(confirmPanel(element)!.question).toBe('Deactivate Fatou Diallo?');
        });

        it('deactivates after confirmation, says so and refreshes', async () => {
            const element = await renderLoaded();
            deactivate.mockResolvedValue(undefined);

            await requestDeactivation(element, FATOU.id);
            await clickInConfirmPanel(element, 'confirm');

            expect(deactivate).toHaveBeenCalledTimes(1);
            expect(deactivate).toHaveBeenCalledWith({ userId: FATOU.id });
            expect(feedback(element).message).toBe('Fatou Diallo deactivated.');
            expect(shownMessage(element)).toBe('Fatou Diallo deactivated.');
            expect(confirmPanel(element)).toBeNull();
            expect(refresh).toHaveBeenCalledTimes(1);
            expect(refresh).toHaveBeenCalledWith(expect.objectContaining({ data: DIRECTORY }));
        });

        it('marks the question and the table busy while deactivating', async () => {
            const element = await renderLoaded();
            const pending = deferred<void>();
            deactivate.mockReturnValue(pending.promise);

            await requestDeactivation(element, FATOU.id);
            await clickInConfirmPanel(element, 'confirm');

            expect(confirmPanel(element)!.busy).toBe(true);
            expect(table(element).busy).toBe(true);
            expect(submitButton(element).disabled).toBe(true);

            pending.resolve();
            await flush();
            expect(confirmPanel(element)).toBeNull();
            expect(table(element).busy).toBe(false);
        });

        it('shows a refused deactivation and keeps the question open', async () => {
            const element = await renderLoaded();
            deactivate.mockRejectedValue(NOT_ALLOWED);

            await requestDeactivation(element, FATOU.id);
            await clickInConfirmPanel(element, 'confirm');

            expect(feedback(element).error).toEqual(NOT_ALLOWED);
            expect(shownError(element)).toBe('Not yours.');
            expect(shownMessage(element)).toBeUndefined();
            expect(confirmPanel(element)!.busy).toBe(false);
            expect(refresh).not.toHaveBeenCalled();
        });

        it('clears the previous outcome when a new deactivation is asked for', async () => {
            const element = await renderLoaded();
            invite.mockRejectedValue(VALIDATION);
            setValidity(element);
            await type(element, { lastName: 'Traoré', email: 'aminata@sahelrelief.example' });
            await submit(element);
            expect(shownError(element)).toBe('Already has a login.');

            await requestDeactivation(element, FATOU.id);

            expect(feedback(element).error).toBeUndefined();
            expect(feedback(element).message).toBe('');
            expect(shownError(element)).toBeUndefined();
        });

        it('asks nothing for a user who is not in the directory', async () => {
            const element = await renderLoaded();

            await requestDeactivation(element, '005000000000099AAA');

            expect(confirmPanel(element)).toBeNull();
            expect(deactivate).not.toHaveBeenCalled();
        });

        it('ignores a late confirmation once the question is gone', async () => {
            const element = await renderLoaded();
            deactivate.mockResolvedValue(undefined);
            await requestDeactivation(element, FATOU.id);
            const panel = confirmPanel(element)!;

            panel.dispatchEvent(new CustomEvent('confirm'));
            await flush();
            expect(confirmPanel(element)).toBeNull();
            panel.dispatchEvent(new CustomEvent('confirm'));
            await flush();

            expect(deactivate).toHaveBeenCalledTimes(1);
            expect(refresh).toHaveBeenCalledTimes(1);
            expect(shownMessage(element)).toBe('Fatou Diallo deactivated.');
        });
    });
});
