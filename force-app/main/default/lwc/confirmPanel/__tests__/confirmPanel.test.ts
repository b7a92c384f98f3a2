import { createElement } from 'lwc';
import ConfirmPanel from 'c/confirmPanel';

type PanelElement = HTMLElement & { question: string; busy: boolean };

function render(busy = false): PanelElement {
    const panel = createElement('c-confirm-panel', { is: ConfirmPanel }) as PanelElement;
    panel.question = 'Deactivate the login of Fatou Diallo?';
    panel.busy = busy;
    document.body.appendChild(panel);
    return panel;
}

const button = (panel: PanelElement, id: string): HTMLElement & { disabled: boolean; label: string } =>
    panel.shadowRoot!.querySelector(`[data-id="${id}"]`) as HTMLElement & { disabled: boolean; label: string };

describe('c-confirm-panel', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('asks the question as an alert dialog with translated buttons', () => {
        const panel = render();

        expect(panel.shadowRoot!.querySelector('[role="alertdialog"]')).not.toBeNull();
        expect(panel.shadowRoot!.querySelector('[data-id="question"]')!.textContent).toBe(
            'Deactivate the login of Fatou Diallo?'
        );
        expect(button(panel, 'cancel').label).toBe('c.Common_Cancel');
        expect(button(panel, 'confirm').label).toBe('c.Common_Confirm');
        expect(button(panel, 'confirm').disabled).toBe(false);
        expect(panel.shadowRoot!.querySelector('slot')).not.toBeNull();
    });

    it('fires cancel and confirm', () => {
        const panel = render();
        const cancel = jest.fn();
        const confirm = jest.fn();
        panel.addEventListener('cancel', cancel);
        panel.addEventListener('confirm', confirm);

        button(panel, 'cancel').click();
        button(panel, 'confirm').click();

        expect(cancel).toHaveBeenCalledTimes(1);
        expect(confirm).toHaveBeenCalledTimes(1);
    });

    it('cannot be confirmed twice while the container works', () => {
        expect(button(render(true), 'confirm').disabled).toBe(true);
    });

    it('takes the focus, keeps Tab inside, cancels on Escape and gives the focus back to its opener', async () => {
        const opener = document.createElement('button');
        document.body.appendChild(opener);
        opener.focus();
        const panel = render();
        await Promise.resolve();
        const cancel = jest.fn();
        panel.addEventListener('cancel', cancel);
        const dialog = panel.shadowRoot!.querySelector('[role="alertdialog"]') as HTMLElement;
        const cancelButton = button(panel, 'cancel');
        const confirmButton = button(panel, 'confirm');
        cancelButton.focus = jest.fn();
        confirmButton.focus = jest.fn();

        const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true });
        confirmButton.dispatchEvent(tab);
        expect(tab.defaultPrevented).toBe(true);
        expect(cancelButton.focus).toHaveBeenCalled();
        dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        expect(cancel).toHaveBeenCalledTimes(1);

        panel.remove();
        expect(document.activeElement).toBe(opener);
    });
});
