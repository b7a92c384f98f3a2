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

/** A choice as lightning-combobox and lightning-radio-group take it. */
export interface Option<Value extends string = string> {
    label: string;
    value: Value;
}

/** The choices of a value → translated label table, in the table's order. */
export function optionsOf<Value extends string>(labels: Record<Value, string>): Option<Value>[] {
    return (Object.keys(labels) as Value[]).map((value) => ({ label: labels[value], value }));
}

/** The translated label of a value; the value itself when the table does not know it (added since). */
export function labelIn(labels: Record<string, string>, value: string | null | undefined): string {
    return value ? (labels[value] ?? value) : '';
}

/** "2.5 MB" in the page's language. */
export function formatSize(bytes: number): string {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    // Bytes are spelt out: the short form of "byte" is "byte" in English, so "16 byte".
    return new Intl.NumberFormat(pageLanguage(), {
        style: 'unit',
        unit: units[unit],
        unitDisplay: unit === 0 ? 'long' : 'short',
        maximumFractionDigits: 1
    }).format(value);
}

/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * Whether the page reads right to left. An LWR site may set only the language and not `dir`
 * (its templates do not support right-to-left in standard components), so the language counts too.
 */
export function isRightToLeft(): boolean {
    return document.documentElement.dir === 'rtl' || RIGHT_TO_LEFT.has(pageLanguage().split(/[-_]/)[0] ?? '');
}

/**
 * A value in its own direction inside the sentence around it (Unicode first-strong isolate):
 * an English title ending in ")" on an Arabic page kept its bracket apart from the count,
 * "Data collection (documents, surveys, / (3) interviews)". Checkbox and option labels are
 * text, so no element can carry dir="auto" there. Left-to-right pages need no isolate.
 */
export function isolated(text: string): string {
    return isRightToLeft() ? `\u2068${text}\u2069` : text;
}

/** Icons that point along the reading direction, and their mirror image. */
const MIRRORED_ICONS: Record<string, string> = {
    'utility:back': 'utility:forward',
    'utility:chevronright': 'utility:chevronleft'
};

/** An icon that points back or onwards, mirrored on right-to-left pages; others as they are. */
export function directionalIcon(name: string): string {
    return isRightToLeft() ? (MIRRORED_ICONS[name] ?? name) : name;
}

/**
 * The counter under a text field, "12 of 255 characters" in the page's language, from the
 * Common_Characters_Used label. The limit is the server's; '' while it is not known.
 */
export function characterCount(
    template: string,
    text: string | null | undefined,
    longest: number | null | undefined
): string {
    if (longest === null || longest === undefined) {
        return '';
    }
    const number = new Intl.NumberFormat(pageLanguage());
    return formatLabel(template, number.format((text ?? '').length), number.format(longest));
}
