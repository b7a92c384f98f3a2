/**
 * Fills the {0}, {1}… placeholders of a Custom Label. Translators may reorder
 * placeholders, so values are matched by index, never by position in the text.
 */
export function formatLabel(template: string, ...values: (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder: string, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}

/** The page's language, as the site sets it on the document; English when unset. */
export function pageLanguage(): string {
    return document.documentElement.lang || 'en';
}

/** A date as "26 Nov 2026" in the page's language, for sentences built from labels; '' for none. */
export function formatDay(value: string | null | undefined): string {
    if (!value) {
        return '';
    }
    return new Intl.DateTimeFormat(pageLanguage(), { year: 'numeric', month: 'short', day: 'numeric' }).format(
        new Date(value)
    );
}
