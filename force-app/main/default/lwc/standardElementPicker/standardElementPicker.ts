import { LightningElement, api, wire } from 'lwc';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { StandardElement, StandardFramework } from '@dto/taxonomy';
import type { TreeLeaf, TreeNode } from 'c/standardElementTree';
import { formatLabel, directionalIcon } from 'c/labelFormat';
import { aboutLabel, codeAndTitle } from 'c/repositoryLabels';
import LABEL_COLLAPSE from '@salesforce/label/c.Taxonomy_Collapse';
import LABEL_DEFAULT from '@salesforce/label/c.Taxonomy_Default_Label';
import LABEL_EMPTY from '@salesforce/label/c.Taxonomy_Empty';
import LABEL_EXPAND from '@salesforce/label/c.Taxonomy_Expand';
import LABEL_FRAMEWORK from '@salesforce/label/c.Taxonomy_Framework_Label';
import LABEL_KEY_ACTION from '@salesforce/label/c.Taxonomy_Key_Action';
import LABEL_LOADING from '@salesforce/label/c.Taxonomy_Loading';
import LABEL_NO_MATCH from '@salesforce/label/c.Taxonomy_No_Match';
import LABEL_ORGANISATIONAL from '@salesforce/label/c.Taxonomy_Organisational_Responsibility';
import LABEL_REMOVE from '@salesforce/label/c.Taxonomy_Remove';
import LABEL_REQUIRED from '@salesforce/label/c.Taxonomy_Required';
import LABEL_SEARCH from '@salesforce/label/c.Taxonomy_Search_Label';
import LABEL_SEARCH_PLACEHOLDER from '@salesforce/label/c.Taxonomy_Search_Placeholder';
import LABEL_SELECTED_COUNT from '@salesforce/label/c.Taxonomy_Selected_Count';
import LABEL_UNTITLED from '@salesforce/label/c.Taxonomy_Untitled_Element';

interface SelectedItem {
    key: string;
    label: string;
    removeLabel: string;
}

interface FrameworkOption {
    label: string;
    value: string;
}

/** Indicator types come from data in English; show them in the user's language. */
const INDICATOR_TYPE_LABELS: Record<string, string> = {
    'Key action': LABEL_KEY_ACTION,
    'Organisational responsibility': LABEL_ORGANISATIONAL
};

/** Codes repeat across frameworks (CHS commitment 1, CPMS standard 1), so keys carry both. */
function elementKey(element: StandardElement): string {
    return `${element.frameworkCode}:${element.code}`;
}

function elementLabel(element: StandardElement): string {
    if (element.title) {
        return codeAndTitle(element.code, element.title);
    }
    const type = element.indicatorType ?? element.kind;
    return formatLabel(LABEL_UNTITLED, element.code, INDICATOR_TYPE_LABELS[type] ?? type);
}

/** Case- and accent-insensitive form for matching search terms. */
function searchable(text: string): string {
    return text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

function splitList(list: string | undefined): string[] {
    return (list ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}

/**
 * Lets a person choose elements of a standard (CHS commitments and indicators,
 * CPMS pillars and standards) to tag a group or a resource. Fetches the
 * taxonomy, keeps the selection, and fires `change` with `{ value: string[] }`
 * of keys such as "CHS2014:3.4".
 */
export default class StandardElementPicker extends LightningElement {
    /** Frameworks to offer, comma-separated codes, in the order to show them. */
    @api frameworks = 'CHS2014';
    /** "all", or the comma-separated kinds that may be chosen (e.g. "Commitment"). */
    @api selectableKinds = 'all';
    @api label = LABEL_DEFAULT;
    @api required = false;
    @api disabled = false;

    /** Selected keys, e.g. ["CHS2014:1", "CHS2014:3.4"]. */
    @api
    get value(): string[] {
        return [...this.selectedKeys];
    }
    set value(keys: string[] | undefined) {
        this.selectedKeys = Array.isArray(keys) ? [...keys] : [];
    }

    readonly labels = {
        frameworkLabel: LABEL_FRAMEWORK,
        loading: LABEL_LOADING,
        empty: LABEL_EMPTY,
        required: LABEL_REQUIRED,
        search: LABEL_SEARCH,
        searchPlaceholder: LABEL_SEARCH_PLACEHOLDER
    };

    private selectedKeys: string[] = [];
    private frameworkData: StandardFramework[] = [];
    private loadError: unknown;
    private loaded = false;
    private chosenFramework?: string;
    private searchTerm = '';
    private expandedKeys: string[] = [];
    private showRequiredMessage = false;

    @wire(getFrameworks)
    wiredFrameworks({ data, error }: ApexWireResult<StandardFramework[]>): void {
        if (data) {
            this.frameworkData = data;
            this.loadError = undefined;
            this.loaded = true;
        } else if (error) {
            this.frameworkData = [];
            this.loadError = error;
            this.loaded = true;
        }
    }

    get isLoading(): boolean {
        return !this.loaded;
    }

    get error(): unknown {
        return this.loadError;
    }

    get hasError(): boolean {
        return this.loadError !== undefined;
    }

    private get offeredFrameworks(): StandardFramework[] {
        return splitList(this.frameworks).flatMap((code) => this.frameworkData.filter((item) => item.code === code));
    }

    private get currentFramework(): StandardFramework | undefined {
        const offered = this.offeredFrameworks;
        return offered.find((item) => item.code === this.chosenFramework) ?? offered[0];
    }

    get showFrameworkSwitch(): boolean {
        return this.offeredFrameworks.length > 1;
    }

    get frameworkOptions(): FrameworkOption[] {
        return this.offeredFrameworks.map((item) => ({ label: item.name, value: item.code }));
    }

    get currentFrameworkCode(): string | undefined {
        return this.currentFramework?.code;
    }

    get showContent(): boolean {
        return this.loaded && !this.hasError && !this.isEmpty;
    }

    get isEmpty(): boolean {
        return this.loaded && !this.hasError && (this.currentFramework?.elements.length ?? 0) === 0;
    }

    get nodes(): TreeNode[] {
        const framework = this.currentFramework;
        if (!framework) {
            return [];
        }
        const term = searchable(this.searchTerm.trim());
        const childrenByParent = new Map<string, StandardElement[]>();
        for (const element of framework.elements) {
            if (element.parentCode) {
                childrenByParent.set(element.parentCode, [
                    ...(childrenByParent.get(element.parentCode) ?? []),
                    element
                ]);
            }
        }
        const matches = (element: StandardElement): boolean =>
            term.length === 0 || searchable(elementLabel(element)).includes(term);

        return framework.elements
            .filter((element) => !element.parentCode)
            .flatMap((parent) => {
                const children = childrenByParent.get(parent.code) ?? [];
                const parentMatches = matches(parent);
                const shownChildren = parentMatches ? children : children.filter(matches);
                if (!parentMatches && shownChildren.length === 0) {
                    return [];
                }
                return [this.toNode(parent, shownChildren, term.length > 0 && !parentMatches)];
            });
    }

    private toNode(parent: StandardElement, children: StandardElement[], openForSearch: boolean): TreeNode {
        const key = elementKey(parent);
        const expanded = children.length > 0 && (openForSearch || this.expandedKeys.includes(key));
        return {
            ...this.toLeaf(parent),
            hasChildren: children.length > 0,
            expanded,
            expandLabel: formatLabel(expanded ? LABEL_COLLAPSE : LABEL_EXPAND, parent.code),
            expandIcon: expanded ? 'utility:chevrondown' : directionalIcon('utility:chevronright'),
            children: children.map((child) => this.toLeaf(child))
        };
    }

    private toLeaf(element: StandardElement): TreeLeaf {
        const key = elementKey(element);
        const label = elementLabel(element);
        return {
            key,
            label,
            selectable: this.isSelectable(element),
            selected: this.selectedKeys.includes(key),
            description: element.description ?? null,
            aboutLabel: aboutLabel(label)
        };
    }

    private isSelectable(element: StandardElement): boolean {
        const kinds = splitList(this.selectableKinds);
        return kinds.length === 0 || kinds.includes('all') || kinds.includes(element.kind);
    }

    get hasNoMatch(): boolean {
        return this.showContent && this.searchTerm.trim().length > 0 && this.nodes.length === 0;
    }

    get noMatchMessage(): string {
        return formatLabel(LABEL_NO_MATCH, this.searchTerm.trim());
    }

    get selectedItems(): SelectedItem[] {
        const labelsByKey = new Map<string, string>();
        for (const framework of this.offeredFrameworks) {
            for (const element of framework.elements) {
                labelsByKey.set(elementKey(element), elementLabel(element));
            }
        }
        return this.selectedKeys.map((key) => {
            const label = labelsByKey.get(key) ?? key;
            return { key, label, removeLabel: formatLabel(LABEL_REMOVE, label) };
        });
    }

    get hasSelection(): boolean {
        return this.selectedKeys.length > 0;
    }

    get selectedCountText(): string {
        return formatLabel(LABEL_SELECTED_COUNT, this.selectedKeys.length);
    }

    get showRequiredError(): boolean {
        return this.showRequiredMessage && this.required && !this.hasSelection;
    }

    get formElementClass(): string {
        return this.showRequiredError ? 'slds-form-element slds-has-error' : 'slds-form-element';
    }

    /** @returns whether the selection satisfies `required`, showing the message when it does not. */
    @api
    reportValidity(): boolean {
        this.showRequiredMessage = true;
        return this.checkValidity();
    }

    /** @returns whether the selection satisfies `required`, without showing anything. */
    @api
    checkValidity(): boolean {
        return !this.required || this.hasSelection;
    }

    /** Base components fire composed change events: they must not escape as this component's change. */
    handleFrameworkChange(event: CustomEvent<{ value: string }>): void {
        event.stopPropagation();
        this.chosenFramework = event.detail.value;
    }

    handleSearch(event: Event): void {
        event.stopPropagation();
        this.searchTerm = (event.target as HTMLInputElement).value ?? '';
    }

    handleExpand(event: CustomEvent<string>): void {
        const key = event.detail;
        this.expandedKeys = this.expandedKeys.includes(key)
            ? this.expandedKeys.filter((expanded) => expanded !== key)
            : [...this.expandedKeys, key];
    }

    handleToggle(event: CustomEvent<string>): void {
        const key = event.detail;
        this.updateSelection(
            this.selectedKeys.includes(key)
                ? this.selectedKeys.filter((selected) => selected !== key)
                : [...this.selectedKeys, key]
        );
    }

    handleRemove(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        if (key && !this.disabled) {
            this.updateSelection(this.selectedKeys.filter((selected) => selected !== key));
        }
    }

    private updateSelection(keys: string[]): void {
        this.selectedKeys = keys;
        this.dispatchEvent(new CustomEvent('change', { detail: { value: [...keys] } }));
    }
}
