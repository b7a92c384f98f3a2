import { LightningElement, api } from 'lwc';

/** One choosable element under a top-level node. */
export interface TreeLeaf {
    key: string;
    label: string;
    selectable: boolean;
    selected: boolean;
    /** The Alliance's description, shown on hover or focus of a help button named `aboutLabel`; null until loaded. */
    description: string | null;
    aboutLabel: string;
}

/** A top-level element (commitment, pillar) with the elements under it. */
export interface TreeNode extends TreeLeaf {
    hasChildren: boolean;
    expanded: boolean;
    /** Assistive text of the expand / collapse button. */
    expandLabel: string;
    expandIcon: string;
    children: TreeLeaf[];
}

/**
 * Renders a two-level list of standard elements with checkboxes. Holds no
 * state: it reports the key the user toggled or expanded, the container decides.
 */
export default class StandardElementTree extends LightningElement {
    @api nodes: TreeNode[] = [];
    @api disabled = false;
    /** Accessible name of the list. */
    @api label = '';

    handleToggle(event: Event): void {
        // The checkbox's own change event is composed and would leave the picker looking like its change event.
        event.stopPropagation();
        this.notify('toggle', event);
    }

    handleExpand(event: Event): void {
        this.notify('expand', event);
    }

    private notify(eventName: string, event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        if (key) {
            this.dispatchEvent(new CustomEvent(eventName, { detail: key }));
        }
    }
}
