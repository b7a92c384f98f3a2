import { createElement } from 'lwc';
import ActionFeedback from 'c/actionFeedback';

type FeedbackElement = HTMLElement & { message: string; error: unknown };

function render(message: string, error?: unknown): FeedbackElement {
    const feedback = createElement('c-action-feedback', { is: ActionFeedback }) as FeedbackElement;
    feedback.message = message;
    feedback.error = error;
    document.body.appendChild(feedback);
    return feedback;
}

describe('c-action-feedback', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('announces a success politely', () => {
        const feedback = render('Invitation sent.');

        const status = feedback.shadowRoot!.querySelector('[role="status"]');
        expect(status!.textContent).toBe('Invitation sent.');
        expect(status!.closest('[aria-live="polite"]')).not.toBeNull();
        expect(feedback.shadowRoot!.querySelector('c-error-panel')).toBeNull();
    });

    it('hands an error to the error panel', () => {
        const failure = new Error('Refused');
        const feedback = render('', failure);

        const panel = feedback.shadowRoot!.querySelector('c-error-panel') as unknown as { error: unknown };
        expect(panel.error).toBe(failure);
        expect(feedback.shadowRoot!.querySelector('[role="status"]')).toBeNull();
    });

    it('shows nothing when nothing happened', () => {
        const feedback = render('', null);

        expect(feedback.shadowRoot!.querySelector('[role="status"]')).toBeNull();
        expect(feedback.shadowRoot!.querySelector('c-error-panel')).toBeNull();
    });

    it('takes the focus with each new outcome, so the person lands on the result of what they did', async () => {
        const feedback = render('');
        feedback.message = 'Invitation sent.';
        await Promise.resolve();
        const status = feedback.shadowRoot!.querySelector('[data-id="feedback"]');
        expect(feedback.shadowRoot!.activeElement).toBe(status);

        (status as HTMLElement).blur();
        feedback.message = 'Invitation sent.';
        await Promise.resolve();
        expect(feedback.shadowRoot!.activeElement).toBeNull();

        feedback.message = '';
        feedback.error = new Error('Refused');
        await Promise.resolve();
        expect(feedback.shadowRoot!.activeElement).toBe(feedback.shadowRoot!.querySelector('[data-id="feedback"]'));
        expect(feedback.message).toBe('');
    });
});
