import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';

function render(error: unknown): HTMLElement & { error: unknown } {
    const element = createElement('c-error-panel', { is: ErrorPanel }) as HTMLElement & { error: unknown };
    element.error = error;
    document.body.appendChild(element);
    return element;
}

describe('c-error-panel', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows each message in an alert', () => {
        const element = render([{ body: { message: 'First' } }, 'Second']);

        const alert = element.shadowRoot!.querySelector('[role="alert"]');
        const lines = [...element.shadowRoot!.querySelectorAll('p')].map((line) => line.textContent);
        expect(alert).not.toBeNull();
        expect(lines).toEqual(['First', 'Second']);
        expect(
            (element.shadowRoot!.querySelector('lightning-icon') as unknown as { alternativeText: string })
                .alternativeText
        ).toBe('c.Common_Error');
    });

    it('renders nothing without an error', () => {
        const element = render(undefined);

        expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    });
});
