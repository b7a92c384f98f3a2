import { LightningElement, api } from 'lwc';

/** Plain text as the HTML paragraph the real editor would produce. */
function asParagraph(text: string): string {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return escaped.trim() ? `<p>${escaped}</p>` : '';
}

/** The text of HTML, for showing a value the editor is given. */
function asText(html: string): string {
    return html
        .replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}

/**
 * Stand-in for lightning-input-rich-text, which the open-source base components
 * do not include. It offers what the Exchange components use (label, value,
 * change) over a plain contenteditable area that produces one paragraph, so the
 * preview can be driven like the real editor; formatting is not imitated.
 */
export default class InputRichText extends LightningElement {
    @api label = '';
    @api labelVisible = false;
    @api formats: string[] = [];
    @api disabled = false;

    private current = '';

    @api
    get value(): string {
        return this.current;
    }
    set value(html: string | undefined) {
        this.current = html ?? '';
        this.showValue();
    }

    /** As the real editor's focus(): the caret goes into the text. */
    @api
    focus(): void {
        this.template?.querySelector<HTMLElement>('[data-id="editor"]')?.focus();
    }

    get labelClass(): string {
        return this.labelVisible ? 'slds-form-element__label' : 'slds-assistive-text';
    }

    override renderedCallback(): void {
        this.showValue();
    }

    handleInput(event: Event): void {
        this.current = asParagraph((event.target as HTMLElement).textContent ?? '');
        this.dispatchEvent(new CustomEvent('change', { detail: { value: this.current } }));
    }

    private showValue(): void {
        const editor = this.template?.querySelector<HTMLElement>('[data-id="editor"]');
        if (editor && asParagraph(editor.textContent ?? '') !== this.current) {
            editor.textContent = asText(this.current);
        }
    }
}
