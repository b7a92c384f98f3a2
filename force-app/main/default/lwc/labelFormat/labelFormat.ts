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
