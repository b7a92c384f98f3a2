import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { Labels } from '../types/labels';

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) => name === 'labels' || name === 'customLabels'
});

interface LabelsFile {
    CustomLabels?: { labels?: { fullName?: string; language?: string; value?: string }[] };
}

interface TranslationsFile {
    Translations?: { customLabels?: { name?: string; label?: string }[] };
}

function filesNamed(directory: string, suffix: string): string[] {
    if (!existsSync(directory)) {
        return [];
    }
    return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
        const path = join(directory, entry.name);
        return entry.isDirectory() ? filesNamed(path, suffix) : entry.name.endsWith(suffix) ? [path] : [];
    });
}

/** Custom labels from `*.labels-meta.xml` and their translations from `*.translation-meta.xml`. */
export function loadLabels(packageDirectories: readonly string[]): Labels {
    const labels = new Labels();
    for (const directory of packageDirectories) {
        for (const file of filesNamed(directory, '.labels-meta.xml')) {
            for (const label of (parser.parse(readFileSync(file, 'utf8')) as LabelsFile).CustomLabels?.labels ?? []) {
                if (label.fullName !== undefined && label.language !== undefined && label.value !== undefined) {
                    labels.add(label.fullName, label.language, label.value);
                }
            }
        }
        for (const file of filesNamed(directory, '.translation-meta.xml')) {
            const language = file.slice(file.lastIndexOf('/') + 1).replace('.translation-meta.xml', '');
            for (const label of (parser.parse(readFileSync(file, 'utf8')) as TranslationsFile).Translations
                ?.customLabels ?? []) {
                if (label.name !== undefined && label.label !== undefined) {
                    labels.addTranslation(language, label.name, label.label);
                }
            }
        }
    }
    return labels;
}
