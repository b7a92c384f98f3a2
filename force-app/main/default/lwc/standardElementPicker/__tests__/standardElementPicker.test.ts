import { createElement } from 'lwc';
import StandardElementPicker from 'c/standardElementPicker';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { ElementKind } from '@dto/enumerations';
import type { StandardElement, StandardFramework } from '@dto/taxonomy';
import type { TreeNode } from 'c/standardElementTree';

jest.mock(
    '@salesforce/apex/TaxonomyController.getFrameworks',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/label/c.Taxonomy_Untitled_Element', () => ({ default: '{0} ({1})' }), { virtual: true });
jest.mock('@salesforce/label/c.Taxonomy_No_Match', () => ({ default: 'Nothing matches {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Taxonomy_Selected_Count', () => ({ default: '{0} selected' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Title', () => ({ default: '{0} — {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Taxonomy_About', () => ({ default: 'About {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const framesAdapter = getFrameworks as unknown as WireAdapterMock;

type PickerElement = HTMLElement & {
    frameworks: string;
    selectableKinds: string;
    label: string;
    required: boolean;
    disabled: boolean;
    value: string[] | undefined;
    reportValidity(): boolean;
    checkValidity(): boolean;
};

function element(
    frameworkCode: string,
    code: string,
    parentCode: string | null,
    kind: ElementKind,
    title: string | null,
    indicatorType: string | null = null
): StandardElement {
    return { frameworkCode, code, parentCode, kind, title, indicatorType, description: null, sortOrder: 0 };
}

const FRAMEWORKS: StandardFramework[] = [
    {
        code: 'CHS2014',
        name: 'Core Humanitarian Standard',
        description: null,
        elementKinds: ['Commitment', 'Indicator'],
        elements: [
            element('CHS2014', '1', null, 'Commitment', 'Appropriate and relevant'),
            element('CHS2014', '1.1', '1', 'Indicator', null, 'Key action'),
            element('CHS2014', '1.4', '1', 'Indicator', null, 'Organisational responsibility'),
            element('CHS2014', '3', null, 'Commitment', 'Capacités locales renforcées'),
            element('CHS2014', '3.1', '3', 'Indicator', 'Feedback mechanisms', 'Key action'),
            element('CHS2014', '9', null, 'Commitment', 'Resources are managed responsibly')
        ]
    },
    {
        code: 'CPMS2019',
        name: 'Child Protection Minimum Standards',
        description: null,
        elementKinds: ['Pillar', 'Standard'],
        elements: [
            element('CPMS2019', 'P1', null, 'Pillar', 'Quality response'),
            element('CPMS2019', '1', 'P1', 'Standard', 'Coordination'),
            element('CPMS2019', '2', 'P1', 'Standard', null)
        ]
    }
];

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(properties: Partial<PickerElement> = {}): PickerElement {
    const picker = createElement('c-standard-element-picker', { is: StandardElementPicker }) as PickerElement;
    Object.assign(picker, properties);
    document.body.appendChild(picker);
    return picker;
}

async function renderLoaded(properties: Partial<PickerElement> = {}): Promise<PickerElement> {
    const picker = render(properties);
    framesAdapter.emit(FRAMEWORKS);
    await flush();
    return picker;
}

const root = (picker: HTMLElement): ShadowRoot => picker.shadowRoot!;
const tree = (picker: HTMLElement): HTMLElement & { nodes: TreeNode[] } =>
    root(picker).querySelector('c-standard-element-tree') as HTMLElement & { nodes: TreeNode[] };
const pillLabels = (picker: HTMLElement): string[] =>
    [...root(picker).querySelectorAll('lightning-pill')].map((pill) => (pill as unknown as { label: string }).label);

async function search(picker: HTMLElement, text: string): Promise<void> {
    const input = root(picker).querySelector('lightning-input') as HTMLElement & { value: string };
    input.value = text;
    input.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true }));
    await flush();
}

async function fromTree(picker: HTMLElement, eventName: string, key: string): Promise<void> {
    tree(picker).dispatchEvent(new CustomEvent(eventName, { detail: key }));
    await flush();
}

describe('c-standard-element-picker', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows a spinner until the taxonomy arrives', () => {
        const picker = render();

        const spinner = root(picker).querySelector('lightning-spinner') as unknown as { alternativeText: string };
        expect(spinner.alternativeText).toBe('c.Taxonomy_Loading');
        expect(tree(picker)).toBeNull();
    });

    it('lists the commitments of the default framework, collapsed', async () => {
        const picker = await renderLoaded();

        const nodes = tree(picker).nodes;
        expect(nodes.map((node) => node.key)).toEqual(['CHS2014:1', 'CHS2014:3', 'CHS2014:9']);
        expect(nodes[0]!.label).toBe('1 — Appropriate and relevant');
        expect(nodes[0]!.expanded).toBe(false);
        expect(nodes[0]!.expandIcon).toBe('utility:chevronright');
        expect(nodes[2]!.hasChildren).toBe(false);
        expect(root(picker).querySelector('lightning-spinner')).toBeNull();
        expect(root(picker).querySelector('lightning-radio-group')).toBeNull();
        expect(root(picker).querySelector('legend')!.textContent).toContain('c.Taxonomy_Default_Label');
        expect(root(picker).querySelector('.picker-count')!.textContent).toBe('0 selected');
    });

    it('hands the tree each description the Alliance loaded, with a help button named for its element', async () => {
        const picker = render();
        framesAdapter.emit([
            {
                ...FRAMEWORKS[0]!,
                elements: [
                    { ...FRAMEWORKS[0]!.elements[0]!, description: 'Example description EN 1' },
                    ...FRAMEWORKS[0]!.elements.slice(1)
                ]
            }
        ]);
        await flush();

        const [first, second] = tree(picker).nodes;
        expect(first!.description).toBe('Example description EN 1');
        expect(first!.aboutLabel).toBe('About 1 — Appropriate and relevant');
        expect(second!.description).toBeNull();
    });

    it('expands and collapses a commitment', async () => {
        const picker = await renderLoaded();

        await fromTree(picker, 'expand', 'CHS2014:1');
        const expanded = tree(picker).nodes[0]!;
        expect(expanded.expanded).toBe(true);
        expect(expanded.expandIcon).toBe('utility:chevrondown');
        expect(expanded.children.map((child) => child.label)).toEqual([
            '1.1 (c.Taxonomy_Key_Action)',
            '1.4 (c.Taxonomy_Organisational_Responsibility)'
        ]);

        await fromTree(picker, 'expand', 'CHS2014:1');
        expect(tree(picker).nodes[0]!.expanded).toBe(false);
    });

    it('selects and deselects an indicator, announcing each change', async () => {
        const picker = await renderLoaded();
        const changes: string[][] = [];
        picker.addEventListener('change', (event) => changes.push((event as CustomEvent).detail.value));

        await fromTree(picker, 'toggle', 'CHS2014:1.1');
        expect(pillLabels(picker)).toEqual(['1.1 (c.Taxonomy_Key_Action)']);
        expect(picker.value).toEqual(['CHS2014:1.1']);
        expect(root(picker).querySelector('.picker-count')!.textContent).toBe('1 selected');

        await fromTree(picker, 'toggle', 'CHS2014:1.1');
        expect(pillLabels(picker)).toEqual([]);
        expect(changes).toEqual([['CHS2014:1.1'], []]);
    });

    it('removes a selection from its pill', async () => {
        const picker = await renderLoaded({ value: ['CHS2014:1', 'CHS2014:9'] });
        const handler = jest.fn();
        picker.addEventListener('change', handler);

        root(picker).querySelector('lightning-pill[data-key="CHS2014:1"]')!.dispatchEvent(new CustomEvent('remove'));
        await flush();

        expect(handler.mock.calls[0][0].detail).toEqual({ value: ['CHS2014:9'] });
        expect(pillLabels(picker)).toEqual(['9 — Resources are managed responsibly']);
    });

    it('narrows the tree to matches, ignoring case and accents, and opens their parents', async () => {
        const picker = await renderLoaded();

        await search(picker, 'CAPACITES');
        expect(tree(picker).nodes.map((node) => node.key)).toEqual(['CHS2014:3']);
        expect(tree(picker).nodes[0]!.expanded).toBe(false);

        await search(picker, 'feedback');
        const [parent] = tree(picker).nodes;
        expect(parent!.key).toBe('CHS2014:3');
        expect(parent!.expanded).toBe(true);
        expect(parent!.children.map((child) => child.key)).toEqual(['CHS2014:3.1']);
    });

    it('keeps the change events of its inner inputs to itself', async () => {
        const picker = await renderLoaded({ frameworks: 'CHS2014,CPMS2019' });
        const handler = jest.fn();
        picker.addEventListener('change', handler);

        await search(picker, 'feedback');
        root(picker)
            .querySelector('lightning-radio-group')!
            .dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true, detail: { value: 'CHS2014' } }));
        await flush();

        expect(handler).not.toHaveBeenCalled();
    });

    it('says so when nothing matches', async () => {
        const picker = await renderLoaded();

        await search(picker, 'zzz');

        expect(tree(picker)).toBeNull();
        expect(root(picker).querySelector('.picker-no-match')!.textContent).toBe('Nothing matches zzz');
    });

    it('switches between the frameworks it offers', async () => {
        const picker = await renderLoaded({ frameworks: 'CHS2014, CPMS2019' });
        const radios = root(picker).querySelector('lightning-radio-group') as unknown as {
            options: { label: string; value: string }[];
            value: string;
        };
        expect(radios.options.map((option) => option.value)).toEqual(['CHS2014', 'CPMS2019']);
        expect(radios.value).toBe('CHS2014');
        // B20: a list of long published names, not a segmented control that cannot wrap or mirror.
        expect((radios as unknown as { type?: string }).type ?? 'radio').toBe('radio');

        (radios as unknown as HTMLElement).dispatchEvent(new CustomEvent('change', { detail: { value: 'CPMS2019' } }));
        await flush();

        expect(tree(picker).nodes.map((node) => node.key)).toEqual(['CPMS2019:P1']);
        await fromTree(picker, 'expand', 'CPMS2019:P1');
        expect(tree(picker).nodes[0]!.children.map((child) => child.label)).toEqual([
            '1 — Coordination',
            '2 (Standard)'
        ]);
    });

    it('only lets the allowed kinds be chosen', async () => {
        const picker = await renderLoaded({ selectableKinds: 'Commitment' });

        await fromTree(picker, 'expand', 'CHS2014:1');
        const [commitment] = tree(picker).nodes;
        expect(commitment!.selectable).toBe(true);
        expect(commitment!.children.every((child) => !child.selectable)).toBe(true);
    });

    it('treats an empty kind list as everything selectable', async () => {
        const picker = await renderLoaded({ selectableKinds: ' ' });

        await fromTree(picker, 'expand', 'CHS2014:1');
        expect(tree(picker).nodes[0]!.children.every((child) => child.selectable)).toBe(true);
    });

    it('asks for a selection when required', async () => {
        const picker = await renderLoaded({ required: true, label: 'Commitments' });
        expect(picker.checkValidity()).toBe(false);
        expect(root(picker).querySelector('.slds-form-element__help')).toBeNull();

        expect(picker.reportValidity()).toBe(false);
        await flush();
        expect(root(picker).querySelector('.slds-form-element__help')!.textContent).toBe('c.Taxonomy_Required');
        expect(root(picker).querySelector('fieldset')!.className).toContain('slds-has-error');
        expect(root(picker).querySelector('abbr.slds-required')).not.toBeNull();

        await fromTree(picker, 'toggle', 'CHS2014:3');
        expect(picker.reportValidity()).toBe(true);
        expect(root(picker).querySelector('.slds-form-element__help')).toBeNull();
    });

    it('is always valid when not required', async () => {
        const picker = await renderLoaded();

        expect(picker.reportValidity()).toBe(true);
    });

    it('shows the selection read-only when disabled', async () => {
        const picker = await renderLoaded({ disabled: true, value: ['CHS2014:1'] });
        const handler = jest.fn();
        picker.addEventListener('change', handler);

        const badges = root(picker).querySelectorAll('lightning-badge');
        expect(badges).toHaveLength(1);
        expect(pillLabels(picker)).toEqual([]);
        expect((tree(picker) as unknown as { disabled: boolean }).disabled).toBe(true);
        expect(handler).not.toHaveBeenCalled();
    });

    it('ignores a pill removal while disabled', async () => {
        const picker = await renderLoaded({ value: ['CHS2014:1'] });
        const pill = root(picker).querySelector('lightning-pill')!;
        picker.disabled = true;
        const handler = jest.fn();
        picker.addEventListener('change', handler);

        pill.dispatchEvent(new CustomEvent('remove'));
        await flush();

        expect(handler).not.toHaveBeenCalled();
    });

    it('keeps keys it cannot find and copies the value it is given', async () => {
        const given = ['CHS2014:1', 'OLD:7'];
        const picker = await renderLoaded({ value: given });

        expect(pillLabels(picker)).toEqual(['1 — Appropriate and relevant', 'OLD:7']);
        given.push('CHS2014:9');
        expect(picker.value).toEqual(['CHS2014:1', 'OLD:7']);

        picker.value = undefined;
        expect(picker.value).toEqual([]);
    });

    it('shows the translated message when the taxonomy cannot be read', async () => {
        const picker = render();
        const failure = { message: JSON.stringify({ code: 'NOT_A_MEMBER', message: 'Members only' }) };

        framesAdapter.error(failure);
        await flush();

        const panel = root(picker).querySelector('c-error-panel') as unknown as { error: { body: unknown } };
        expect(panel.error.body).toEqual(failure);
        expect(tree(picker)).toBeNull();
        expect(root(picker).querySelector('lightning-spinner')).toBeNull();
    });

    it('says when no element is available', async () => {
        const picker = render({ frameworks: 'CHS2014' });

        framesAdapter.emit([{ ...FRAMEWORKS[0], elements: [] }]);
        await flush();

        expect(root(picker).querySelector('.picker-empty')!.textContent).toBe('c.Taxonomy_Empty');
        expect(tree(picker)).toBeNull();
    });

    it('says when none of the requested frameworks exists', async () => {
        const picker = await renderLoaded({ frameworks: 'UNKNOWN' });

        expect(root(picker).querySelector('.picker-empty')).not.toBeNull();
    });

    it('recovers when data follows an error', async () => {
        const picker = render();
        framesAdapter.error();
        await flush();

        framesAdapter.emit(FRAMEWORKS);
        await flush();

        expect(root(picker).querySelector('c-error-panel')).toBeNull();
        expect(tree(picker).nodes).toHaveLength(3);
    });
});
