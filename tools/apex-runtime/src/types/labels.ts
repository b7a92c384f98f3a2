/** Custom labels: each label's value in its own language, and its translations by language code. */
export class Labels {
    private readonly values = new Map<string, { name: string; language: string; value: string }>();
    private readonly translations = new Map<string, Map<string, string>>();

    add(name: string, language: string, value: string): void {
        this.values.set(name.toLowerCase(), { name, language, value });
    }

    addTranslation(language: string, name: string, value: string): void {
        const table = this.translations.get(language) ?? new Map<string, string>();
        table.set(name.toLowerCase(), value);
        this.translations.set(language, table);
    }

    /** The label in `language`: its translation, else its own value; undefined for an unknown label. */
    valueIn(name: string, language: string): string | undefined {
        const label = this.values.get(name.toLowerCase());
        if (label === undefined) {
            return undefined;
        }
        return label.language === language
            ? label.value
            : (this.translations.get(language)?.get(name.toLowerCase()) ?? label.value);
    }

    /**
     * Whether the label has a value in exactly this language: its own, or a translation. Undefined
     * for an unknown label.
     */
    hasValueIn(name: string, language: string): boolean | undefined {
        const label = this.values.get(name.toLowerCase());
        if (label === undefined) {
            return undefined;
        }
        return label.language === language || this.translations.get(language)?.has(name.toLowerCase()) === true;
    }

    /** The language the label itself is written in; undefined for an unknown label. */
    languageOf(name: string): string | undefined {
        return this.values.get(name.toLowerCase())?.language;
    }

    size(): number {
        return this.values.size;
    }
}
