import { createElement } from 'lwc';
import GroupForm from 'c/groupForm';
import getDraftLimits from '@salesforce/apex/GroupController.getDraftLimits';
import saveGroup from '@salesforce/apex/GroupController.saveGroup';
import type { GroupDraft } from '@dto/groups';

jest.mock(
    '@salesforce/apex/GroupController.getDraftLimits',
    () => ({
        default: jest.fn(() => Promise.resolve({ titleLength: 80, topicLength: 120, descriptionLength: 255 }))
    }),
    { virtual: true }
);
jest.mock('@salesforce/apex/GroupController.saveGroup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock(
    '@salesforce/apex/TaxonomyController.getFrameworks',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const save = saveGroup as unknown as jest.Mock;
const limits = getDraftLimits as unknown as jest.Mock;

type FormElement = HTMLElement & { draft?: GroupDraft; canSetKind: boolean };
type Field = HTMLElement & { value: unknown; checked?: boolean; type?: string; reportValidity: () => boolean };

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(draft?: Partial<GroupDraft>, canSetKind = false): FormElement {
    const form = createElement('c-group-form', { is: GroupForm }) as FormElement;
    form.canSetKind = canSetKind;
    if (draft) {
        form.draft = draft as GroupDraft;
    }
    document.body.appendChild(form);
    return form;
}

const field = (form: FormElement, name: string): Field =>
    form.shadowRoot!.querySelector(`[data-field="${name}"]`) as Field;

async function change(form: FormElement, name: string, value: unknown): Promise<void> {
    const target = field(form, name);
    if (target.type === 'checkbox') {
        target.checked = value as boolean;
    } else {
        target.value = value;
    }
    target.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

function allValid(form: FormElement, valid = true): void {
    form.shadowRoot!.querySelectorAll('[data-field]').forEach((element) => {
        (element as Field).reportValidity = () => valid;
    });
}

async function clickSave(form: FormElement): Promise<void> {
    (form.shadowRoot!.querySelector('[data-id="save-group"]') as HTMLElement).click();
    await flush();
}

describe('c-group-form', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('starts an open, listed, global group and hides the kind from members', () => {
        const form = render();

        expect(form.shadowRoot!.querySelector('h2')!.textContent).toBe('c.Group_Form_Create_Title');
        expect(field(form, 'privacy').value).toBe('Open');
        expect(field(form, 'scope').value).toBe('Global');
        expect(field(form, 'listed').checked).toBe(true);
        expect(field(form, 'kind')).toBeNull();
        expect(field(form, 'region')).toBeNull();
        expect(field(form, 'country')).toBeNull();
    });

    it("names an empty choice in the page language, not the base component's English (B21)", async () => {
        const form = render({}, true);
        await change(form, 'scope', 'Country');

        const lists = [...form.shadowRoot!.querySelectorAll('lightning-combobox')] as unknown as {
            placeholder: string;
        }[];
        expect(lists.length).toBeGreaterThanOrEqual(4);
        expect(lists.every((list) => list.placeholder === 'c.Common_Choose')).toBe(true);
    });

    it('asks for the region or the country when the scope needs it', async () => {
        const form = render();

        await change(form, 'scope', 'Regional');
        expect(field(form, 'region')).not.toBeNull();
        await change(form, 'scope', 'Country');
        expect(field(form, 'region')).toBeNull();
        const countries = (field(form, 'country') as unknown as { options: { value: string }[] }).options;
        expect(countries.some((option) => option.value === 'KE')).toBe(true);
    });

    it('takes the region message away as soon as a region is picked, so the Save under it does not move', async () => {
        const form = render();
        await change(form, 'scope', 'Regional');
        const region = field(form, 'region') as Field & { validity: { valid: boolean } };
        const report = jest.fn();
        region.reportValidity = report;
        region.validity = { valid: true };

        await change(form, 'region', 'Africa');

        expect(report).toHaveBeenCalledTimes(1);
    });

    it('saves what was typed and chosen, and says which group it saved', async () => {
        const form = render(undefined, true);
        save.mockResolvedValue('a03000000000009AAA');
        const saved = jest.fn();
        form.addEventListener('saved', saved);

        await change(form, 'title', '  Feedback circle ');
        await change(form, 'kind', 'Community_Of_Practice');
        await change(form, 'scope', 'Country');
        await change(form, 'country', 'KE');
        await change(form, 'privacy', 'Restricted');
        await change(form, 'listed', false);
        await change(form, 'commitments', ['CHS2014:4']);
        await change(form, 'standards', ['CPMS2019:P1']);
        allValid(form);
        await clickSave(form);

        expect(save).toHaveBeenCalledWith({
            draft: expect.objectContaining({
                id: null,
                title: 'Feedback circle',
                kind: 'Community_Of_Practice',
                scope: 'Country',
                country: 'KE',
                region: null,
                privacy: 'Restricted',
                listed: false,
                commitments: ['CHS2014:4'],
                standards: ['CPMS2019:P1']
            })
        });
        expect((saved.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('a03000000000009AAA');
    });

    it('keeps the form and shows why when the server refuses', async () => {
        const form = render({ id: 'a03000000000001AAA', title: 'Existing', scope: 'Regional', region: 'Africa' });
        const refused = { body: { message: JSON.stringify({ code: 'VALIDATION', message: 'Choose a commitment.' }) } };
        save.mockRejectedValue(refused);
        const saved = jest.fn();
        form.addEventListener('saved', saved);

        expect(form.shadowRoot!.querySelector('h2')!.textContent).toBe('c.Group_Form_Edit_Title');
        allValid(form);
        await clickSave(form);

        expect(save.mock.calls[0]![0].draft.region).toBe('Africa');
        expect((form.shadowRoot!.querySelector('c-action-feedback') as unknown as { error: unknown }).error).toEqual(
            refused
        );
        expect(saved).not.toHaveBeenCalled();
        expect(field(form, 'title').value).toBe('Existing');
    });

    it('takes its heading from its purpose when it is given one', () => {
        const form = createElement('c-group-form', { is: GroupForm }) as FormElement & { purpose: string };
        form.purpose = 'Turn into a group';
        form.draft = { id: 'a03000000000001AAA', title: 'A conversation' } as GroupDraft;
        document.body.appendChild(form);

        expect(form.shadowRoot!.querySelector('h2')!.textContent).toBe('Turn into a group');
    });

    it('does not call the server while a field is invalid, and can be cancelled', async () => {
        const form = render();
        const cancel = jest.fn();
        form.addEventListener('cancel', cancel);

        allValid(form, false);
        await clickSave(form);
        (form.shadowRoot!.querySelector('[data-id="cancel-group"]') as HTMLElement).click();

        expect(save).not.toHaveBeenCalled();
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('asks before the page is left with the form changed and not saved (point 8)', async () => {
        const form = render({ title: 'Feedback desks' });
        const leave = (): boolean => {
            const event = new CustomEvent('beforeunload', { cancelable: true });
            window.dispatchEvent(event);
            return event.defaultPrevented;
        };
        expect(leave()).toBe(false);

        await change(form, 'title', 'Feedback desks in Mopti');
        expect(leave()).toBe(true);
        form.remove();
        expect(leave()).toBe(false);
    });

    it('limits and counts title, topic and description against what the server keeps (B18)', async () => {
        limits.mockResolvedValueOnce({ titleLength: 50, topicLength: 30, descriptionLength: 140 });
        const form = render({ title: 'Feedback desks', topic: null, description: 'Abc' });
        await flush();

        const maxLength = (name: string): number => (field(form, name) as Field & { maxLength: number }).maxLength;
        const count = (name: string): string =>
            form.shadowRoot!.querySelector(`[data-id="${name}-count"]`)!.textContent ?? '';
        expect(maxLength('title')).toBe(50);
        expect(maxLength('topic')).toBe(30);
        expect(maxLength('description')).toBe(140);
        expect(count('title')).toBe('14 of 50');
        expect(count('topic')).toBe('0 of 30');
        expect(count('description')).toBe('3 of 140');

        await change(form, 'topic', 'Radio');
        expect(count('topic')).toBe('5 of 30');
    });

    it('leaves the fields to the server when their limits cannot be read (B18)', async () => {
        limits.mockRejectedValueOnce({ body: { message: 'Offline' } });
        const form = render();
        await flush();

        expect((field(form, 'title') as Field & { maxLength?: number }).maxLength).toBeFalsy();
        expect(form.shadowRoot!.querySelector('[data-id="title-count"]')!.textContent).toBe('');
    });
});
