/**
 * Where keyboard and screen-reader users land after an action: on its result (the
 * opened group's heading, the new post, the message that confirms), and back on what
 * they came from when an inline panel closes. Without it focus falls to the page's
 * body after each re-render and they start again from the top.
 */

interface Focusable {
    focus(): void;
}

/**
 * Focuses what a selector finds once the template shows it: LWC re-renders in a microtask
 * after the state changed, so the element may not exist yet when the action ends.
 * @param root the component's template
 * @param selector what to focus
 * @returns resolves once focus moved, or nothing was found
 */
export async function focusWhenShown(root: ParentNode | null | undefined, selector: string): Promise<void> {
    await Promise.resolve();
    root?.querySelector<HTMLElement & Focusable>(selector)?.focus();
}

/**
 * A new page of a directory starts at its top, with focus on its heading, as a new page of a
 * site would: the cards of the last page are gone, and focus would fall to the page's body.
 * @param root the component's template
 * @param selector the heading, focusable with tabindex="-1"
 */
export function startAtTop(root: ParentNode | null | undefined, selector: string): void {
    const heading = root?.querySelector<HTMLElement>(selector);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus();
}

/** The element that has focus, inside shadow roots too: what to return to when a panel closes. */
export function focusedElement(): HTMLElement | null {
    let element = document.activeElement as HTMLElement | null;
    while (element?.shadowRoot?.activeElement) {
        element = element.shadowRoot.activeElement as HTMLElement;
    }
    return element;
}

/**
 * Keeps Tab and Shift+Tab inside an inline panel, and closes it on Escape, as a dialog would.
 * @param event the panel's keydown
 * @param focusables the panel's focusable elements, in order
 * @param close what Escape does
 */
export function trapFocus(event: KeyboardEvent, focusables: Focusable[], close: () => void): void {
    if (event.key === 'Escape') {
        event.stopPropagation();
        close();
        return;
    }
    if (event.key !== 'Tab' || focusables.length === 0) {
        return;
    }
    // The key press comes from inside the focused element (a base component's own button), so
    // its path, not the element itself, says which of the panel's elements has focus.
    const path = event.composedPath();
    const first = focusables[0]!;
    const last = focusables[focusables.length - 1]!;
    if (event.shiftKey && path.includes(first as unknown as EventTarget)) {
        event.preventDefault();
        last.focus();
    } else if (!event.shiftKey && path.includes(last as unknown as EventTarget)) {
        event.preventDefault();
        first.focus();
    }
}
