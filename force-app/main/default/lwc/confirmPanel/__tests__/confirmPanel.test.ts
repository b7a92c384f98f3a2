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
});
