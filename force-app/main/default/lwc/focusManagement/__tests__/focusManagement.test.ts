import { focusWhenShown, focusedElement, startAtTop, trapFocus } from 'c/focusManagement';

function button(name: string): HTMLButtonElement {
    const element = document.createElement('button');
    element.textContent = name;
    document.body.appendChild(element);
    return element;
}

function press(target: HTMLElement, key: string, shiftKey = false): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
}

describe('c/focusManagement', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('focuses what the template shows once it has rendered, and nothing when it is not there', async () => {
        const root = document.createElement('div');
        document.body.appendChild(root);
        const shown = focusWhenShown(root, '[data-id="result"]');
        const result = Object.assign(document.createElement('p'), { tabIndex: -1 });
        result.dataset.id = 'result';
        root.appendChild(result);
        await shown;
        expect(document.activeElement).toBe(result);

        await expect(focusWhenShown(root, '[data-id="none"]')).resolves.toBeUndefined();
        await expect(focusWhenShown(undefined, 'p')).resolves.toBeUndefined();
    });

    it('starts a new page at its heading: scrolled to the top and focused', () => {
        const root = document.createElement('div');
        document.body.appendChild(root);
        const heading = Object.assign(document.createElement('h2'), { tabIndex: -1 });
        heading.dataset.id = 'heading';
        heading.scrollIntoView = jest.fn();
        root.appendChild(heading);

        startAtTop(root, '[data-id="heading"]');
        expect(heading.scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
        expect(document.activeElement).toBe(heading);
        expect(() => startAtTop(root, '[data-id="none"]')).not.toThrow();
        expect(() => startAtTop(undefined, 'h2')).not.toThrow();
    });

    it('finds the focused element inside shadow roots', () => {
        const host = document.createElement('div');
        document.body.appendChild(host);
        const inner = document.createElement('button');
        host.attachShadow({ mode: 'open' }).appendChild(inner);
        inner.focus();
        expect(focusedElement()).toBe(inner);
    });

    it('keeps Tab inside the panel, both ways, and closes on Escape', () => {
        const first = button('first');
        const middle = button('middle');
        const last = button('last');
        const close = jest.fn();
        const panel = document.body;
        panel.addEventListener('keydown', (event) => trapFocus(event, [first, middle, last], close));

        last.focus();
        expect(press(last, 'Tab').defaultPrevented).toBe(true);
        expect(document.activeElement).toBe(first);
        expect(press(first, 'Tab', true).defaultPrevented).toBe(true);
        expect(document.activeElement).toBe(last);
        expect(press(middle, 'Tab').defaultPrevented).toBe(false);
        expect(press(middle, 'a').defaultPrevented).toBe(false);

        press(middle, 'Escape');
        expect(close).toHaveBeenCalledTimes(1);
    });

    it('does nothing on Tab when the panel has nothing to focus', () => {
        const lone = button('lone');
        const close = jest.fn();
        lone.addEventListener('keydown', (event) => trapFocus(event, [], close));
        expect(press(lone, 'Tab').defaultPrevented).toBe(false);
        expect(close).not.toHaveBeenCalled();
    });
});
