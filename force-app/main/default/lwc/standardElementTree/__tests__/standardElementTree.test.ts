import { createElement } from 'lwc';
import StandardElementTree from 'c/standardElementTree';
import type { TreeNode } from 'c/standardElementTree';

type TreeElement = HTMLElement & { nodes: TreeNode[]; disabled: boolean; label: string };

const NODES: TreeNode[] = [
    {
        key: 'CHS2014:1',
        label: '1 Appropriate',
        selectable: true,
        selected: true,
        hasChildren: true,
        expanded: true,
        expandLabel: 'Hide 1',
        expandIcon: 'utility:chevrondown',
        description: null,
        aboutLabel: '',
        children: [
            {
                key: 'CHS2014:1.1',
                label: '1.1 (Key action)',
                selectable: true,
                selected: false,
                description: null,
                aboutLabel: ''
            },
            {
                key: 'CHS2014:1.2',
                label: '1.2 (Key action)',
                selectable: false,
                selected: false,
                description: null,
                aboutLabel: ''
            }
        ]
    },
    {
        key: 'CHS2014:2',
        label: '2 Effective',
        selectable: false,
        selected: false,
        hasChildren: false,
        expanded: false,
        expandLabel: 'Show 2',
        expandIcon: 'utility:chevronright',
        description: null,
        aboutLabel: '',
        children: []
    }
];

function render(disabled = false): TreeElement {
    const element = createElement('c-standard-element-tree', { is: StandardElementTree }) as TreeElement;
    element.nodes = NODES;
    element.disabled = disabled;
    element.label = 'Commitments';
    document.body.appendChild(element);
    return element;
}

describe('c-standard-element-tree', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('renders selectable elements as checkboxes and the rest as text', () => {
        const element = render();
        const root = element.shadowRoot!;

        const checkboxes = [...root.querySelectorAll('lightning-input')] as unknown as {
            label: string;
            checked: boolean;
        }[];
        expect(checkboxes.map((box) => box.label)).toEqual(['1 Appropriate', '1.1 (Key action)']);
        expect(checkboxes[0]!.checked).toBe(true);
        expect(root.querySelector('.tree-heading')!.textContent).toBe('2 Effective');
        expect(root.querySelector('.tree-leaf span')!.textContent).toBe('1.2 (Key action)');
        expect(root.querySelector('ul')!.getAttribute('aria-label')).toBe('Commitments');
        expect(root.querySelector('ul.tree-children')!.getAttribute('aria-label')).toBe('1 Appropriate');
    });

    it('offers a description on hover or focus only where the Alliance loaded one, named for its element', () => {
        const element = createElement('c-standard-element-tree', { is: StandardElementTree }) as TreeElement;
        const [first, second] = NODES;
        element.nodes = [
            {
                ...first!,
                children: [
                    { ...first!.children[0]!, description: 'Example description EN 1.1', aboutLabel: 'About 1.1' }
                ]
            },
            { ...second!, description: 'Example description EN 2', aboutLabel: 'About 2 Effective' }
        ];
        document.body.appendChild(element);

        const helps = [...element.shadowRoot!.querySelectorAll('lightning-helptext')] as unknown as {
            content: string;
            alternativeText: string;
            dataset: DOMStringMap;
        }[];
        expect(helps.map((help) => [help.dataset.help, help.content, help.alternativeText])).toEqual([
            ['CHS2014:1.1', 'Example description EN 1.1', 'About 1.1'],
            ['CHS2014:2', 'Example description EN 2', 'About 2 Effective']
        ]);
    });

    it('offers an expand button only where there are children', () => {
        const element = render();

        const buttons = element.shadowRoot!.querySelectorAll('lightning-button-icon');
        expect(buttons).toHaveLength(1);
        expect((buttons[0] as unknown as { alternativeText: string }).alternativeText).toBe('Hide 1');
    });

    it('reports the toggled key', () => {
        const element = render();
        const handler = jest.fn();
        element.addEventListener('toggle', handler);

        const changes = jest.fn();
        element.addEventListener('change', changes);

        element
            .shadowRoot!.querySelectorAll('lightning-input')[1]!
            .dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true }));

        expect(handler).toHaveBeenCalledTimes(1);
        expect(changes).not.toHaveBeenCalled();
        expect(handler.mock.calls[0][0].detail).toBe('CHS2014:1.1');
    });

    it('reports the expanded key', () => {
        const element = render();
        const handler = jest.fn();
        element.addEventListener('expand', handler);

        element.shadowRoot!.querySelector('lightning-button-icon')!.dispatchEvent(new CustomEvent('click'));

        expect(handler.mock.calls[0][0].detail).toBe('CHS2014:1');
    });

    it('passes disabled to every checkbox', () => {
        const element = render(true);

        const boxes = [...element.shadowRoot!.querySelectorAll('lightning-input')] as unknown as {
            disabled: boolean;
        }[];
        expect(boxes.every((box) => box.disabled)).toBe(true);
    });
});
