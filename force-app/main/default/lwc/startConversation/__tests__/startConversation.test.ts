import { createElement } from 'lwc';
import StartConversation from 'c/startConversation';
import getDraftLimits from '@salesforce/apex/DirectConversationController.getDraftLimits';
import searchPeople from '@salesforce/apex/DirectConversationController.searchPeople';
import startConversation from '@salesforce/apex/DirectConversationController.startConversation';
import type { GroupInvitee } from '@dto/groups';

jest.mock(
    '@salesforce/apex/DirectConversationController.getDraftLimits',
    () => ({ default: jest.fn(() => Promise.resolve({ subjectLength: 80, openingLength: 255 })) }),
    { virtual: true }
);
jest.mock('@salesforce/apex/DirectConversationController.searchPeople', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/DirectConversationController.startConversation', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Conversation_Add', () => ({ default: 'Add {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Conversation_Organisation_Recipient', () => ({ default: '{0} (whole organisation)' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Conversation_Remove', () => ({ default: 'Remove {0}' }), { virtual: true });

const limits = getDraftLimits as unknown as jest.Mock;
const search = searchPeople as unknown as jest.Mock;
const start = startConversation as unknown as jest.Mock;

type Panel = HTMLElement & {
    organisations: { id: string; name: string }[];
    people: GroupInvitee[];
};
type Field = HTMLElement & { value: string; reportValidity: () => boolean };
type Pill = HTMLElement & { label: string; title: string };

const HANNAH: GroupInvitee = { userId: '005H', name: 'Hannah Okafor', organisationName: 'Mercy Bridge International' };
const RAMI: GroupInvitee = { userId: '005R', name: 'Rami Haddad', organisationName: null };

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(recipients: { organisations?: Panel['organisations']; people?: Panel['people'] } = {}): Panel {
    const panel = createElement('c-start-conversation', { is: StartConversation }) as Panel;
    Object.assign(panel, recipients);
    document.body.appendChild(panel);
    return panel;
}

const find = (panel: Panel, selector: string): HTMLElement | null => panel.shadowRoot!.querySelector(selector);
const pills = (panel: Panel): Pill[] => [...panel.shadowRoot!.querySelectorAll('lightning-pill')] as Pill[];
const feedback = (panel: Panel): { error: unknown } =>
    find(panel, 'c-action-feedback') as unknown as { error: unknown };

/** The base components' stubs answer nothing when asked for their validity. */
function fieldsValid(panel: Panel, valid = true): void {
    panel.shadowRoot!.querySelectorAll('[data-field]').forEach((field) => {
        (field as Field).reportValidity = () => valid;
    });
}

async function type(panel: Panel, selector: string, value: string): Promise<void> {
    const field = find(panel, selector) as Field;
    field.value = value;
    field.dispatchEvent(new CustomEvent('change'));
    await flush();
}

async function send(panel: Panel): Promise<void> {
    (find(panel, '[data-id="send-conversation"]') as HTMLElement).click();
    await flush();
}

describe('c-start-conversation', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows who the page chose as removable pills, the organisation as a whole', async () => {
        const panel = render({
            organisations: [{ id: '001L', name: 'Levant Protection Consortium' }],
            people: [HANNAH, RAMI]
        });

        expect(pills(panel).map((pill) => pill.label)).toEqual([
            'Levant Protection Consortium (whole organisation)',
            'Hannah Okafor (Mercy Bridge International)',
            'Rami Haddad'
        ]);
        expect(pills(panel)[1]!.title).toBe('Remove Hannah Okafor (Mercy Bridge International)');

        pills(panel)[0]!.dispatchEvent(new CustomEvent('remove'));
        await flush();
        pills(panel)[1]!.dispatchEvent(new CustomEvent('remove'));
        await flush();
        expect(pills(panel).map((pill) => pill.label)).toEqual(['Hannah Okafor (Mercy Bridge International)']);
        expect(panel.people).toEqual([HANNAH]);
        expect(panel.organisations).toEqual([]);
    });

    it('starts with nobody when the page chooses nobody', () => {
        const panel = render({ organisations: undefined, people: undefined });

        expect(pills(panel)).toHaveLength(0);
        expect(find(panel, '[data-id="no-recipients"]')).not.toBeNull();
    });

    it('searches people from two characters, adds one and no longer offers them', async () => {
        const panel = render();
        expect(find(panel, '[data-id="no-recipients"]')).not.toBeNull();
        search.mockResolvedValue([HANNAH, RAMI]);

        await type(panel, '[data-id="people-search"]', ' H ');
        expect(search).not.toHaveBeenCalled();

        await type(panel, '[data-id="people-search"]', 'Ha');
        expect(search).toHaveBeenCalledWith({ searchText: 'Ha' });
        const add = find(panel, '[data-user-id="005H"]') as HTMLElement & { alternativeText: string };
        expect(add.alternativeText).toBe('Add Hannah Okafor');
        add.click();
        await flush();

        expect(pills(panel).map((pill) => pill.label)).toEqual(['Hannah Okafor (Mercy Bridge International)']);
        expect(find(panel, '[data-user-id="005H"]')).toBeNull();
        expect(find(panel, '[data-user-id="005R"]')).not.toBeNull();

        await type(panel, '[data-id="people-search"]', 'a');
        expect(find(panel, '[data-id="people-found"]')).toBeNull();
    });

    it('says when nobody matches, keeps the latest search, and shows a failed one', async () => {
        const panel = render();
        let answerEarlier: (found: GroupInvitee[]) => void = () => undefined;
        search.mockReturnValueOnce(new Promise((resolve) => (answerEarlier = resolve))).mockResolvedValueOnce([]);

        await type(panel, '[data-id="people-search"]', 'Han');
        await type(panel, '[data-id="people-search"]', 'Hannah Z');
        answerEarlier([HANNAH]);
        await flush();
        expect(find(panel, '[data-id="nobody-found"]')).not.toBeNull();
        expect(find(panel, '[data-user-id="005H"]')).toBeNull();

        const failure = { body: { message: 'Down' } };
        search.mockRejectedValueOnce(failure);
        await type(panel, '[data-id="people-search"]', 'Rami');
        expect(feedback(panel).error).toEqual(failure);
    });

    it('asks for someone to talk to and a valid subject before sending', async () => {
        const panel = render();

        fieldsValid(panel);
        await send(panel);
        expect(find(panel, '[data-id="recipients-required"]')).not.toBeNull();
        expect(start).not.toHaveBeenCalled();

        search.mockResolvedValue([HANNAH]);
        await type(panel, '[data-id="people-search"]', 'Hannah');
        (find(panel, '[data-user-id="005H"]') as HTMLElement).click();
        await flush();
        expect(find(panel, '[data-id="recipients-required"]')).toBeNull();

        fieldsValid(panel, false);
        await send(panel);
        expect(start).not.toHaveBeenCalled();
    });

    it('sends the trimmed draft and says which conversation started', async () => {
        const panel = render({
            organisations: [{ id: '001L', name: 'Levant Protection Consortium' }],
            people: [HANNAH]
        });
        let answer: (id: string) => void = () => undefined;
        start.mockReturnValue(new Promise((resolve) => (answer = resolve)));
        const started = jest.fn();
        panel.addEventListener('started', started);

        await type(panel, '[data-field="subject"]', '  Referral pathways ');
        await type(panel, '[data-field="opening"]', '   ');
        fieldsValid(panel);
        await send(panel);

        const button = find(panel, '[data-id="send-conversation"]') as HTMLElement & {
            label: string;
            disabled: boolean;
        };
        expect(button.label).toBe('c.Conversation_Sending');
        expect(button.disabled).toBe(true);
        answer('a03000000000099AAA');
        await flush();

        expect(start).toHaveBeenCalledWith({
            draft: {
                subject: 'Referral pathways',
                opening: null,
                userIds: ['005H'],
                organisationIds: ['001L']
            }
        });
        expect((started.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('a03000000000099AAA');
        expect(button.label).toBe('c.Conversation_Send');
    });

    it('keeps what was typed and shows why when the server refuses, and can be cancelled', async () => {
        const panel = render({ people: [HANNAH] });
        const refused = { body: { message: JSON.stringify({ code: 'VALIDATION', message: 'Cannot be contacted.' }) } };
        start.mockRejectedValue(refused);
        const started = jest.fn();
        const cancel = jest.fn();
        panel.addEventListener('started', started);
        panel.addEventListener('cancel', cancel);

        await type(panel, '[data-field="subject"]', 'Referral pathways');
        await type(panel, '[data-field="opening"]', 'Shall we compare notes?');
        fieldsValid(panel);
        await send(panel);

        expect(start.mock.calls[0]![0].draft.opening).toBe('Shall we compare notes?');
        expect(feedback(panel).error).toEqual(refused);
        expect(started).not.toHaveBeenCalled();
        expect((find(panel, '[data-field="subject"]') as Field).value).toBe('Referral pathways');

        (find(panel, '[data-id="cancel-conversation"]') as HTMLElement).click();
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('counts the subject against its limit while typing instead of cutting it silently (B18)', async () => {
        const element = render();
        await flush();
        const subject = element.shadowRoot!.querySelector('[data-field="subject"]') as HTMLElement & {
            maxLength: number;
        };
        expect(subject.maxLength).toBe(80);
        expect(element.shadowRoot!.querySelector('[data-id="subject-count"]')!.textContent).toBe(
            'c.Common_Characters_Used'
        );
    });

    it('puts Cancel first and Send last, as every form does (B20)', async () => {
        const panel = render();
        await flush();
        const buttons = [...panel.shadowRoot!.querySelectorAll('.form-actions lightning-button')] as HTMLElement[];
        expect(buttons.map((button) => button.dataset.id)).toEqual(['cancel-conversation', 'send-conversation']);
    });

    it('limits subject and opening to what the server keeps, not to numbers of its own (B18)', async () => {
        limits.mockResolvedValueOnce({ subjectLength: 60, openingLength: 200 });
        const panel = render();
        await flush();

        const maxLength = (name: string): number =>
            (find(panel, `[data-field="${name}"]`) as HTMLElement & { maxLength: number }).maxLength;
        expect(maxLength('subject')).toBe(60);
        expect(maxLength('opening')).toBe(200);
    });

    it('leaves the fields to the server when their limits cannot be read (B18)', async () => {
        limits.mockRejectedValueOnce({ body: { message: 'Offline' } });
        const panel = render();
        await flush();

        expect(find(panel, '[data-id="subject-count"]')!.textContent).toBe('');
        expect(find(panel, '[data-id="send-conversation"]')).not.toBeNull();
    });
});
