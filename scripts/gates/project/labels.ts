import { projectPath } from '../../lib/project';
import { apexIndex } from './apex-index';
import { LABELS_FILE, TRANSLATION_LANGUAGES, componentSources, labelNames, translations } from './metadata-model';

const LWC_LABEL = /@salesforce\/label\/c\.([A-Za-z][A-Za-z0-9_]*)/g;

/**
 * Every label used exists and is translated into French, Spanish and Arabic;
 * no translation names a missing label; every label is used, by reference or,
 * for labels looked up by name in the recipient's language, by a literal naming it.
 */
export function checkLabels(): string[] {
    const problems: string[] = [];
    const defined = new Set(labelNames());
    const used = new Map<string, string>();
    for (const { file, source } of componentSources()) {
        source.split('\n').forEach((line, index) => {
            for (const match of line.matchAll(LWC_LABEL)) {
                used.set(match[1] ?? '', `${file}:${index + 1}`);
            }
        });
    }
    const index = apexIndex();
    index.labelReferences.forEach((reference) => used.set(reference.name, reference.where));
    // A label looked up by name is used when a literal names it exactly; a misspelt name leaves it unused.
    index.labelNameLiterals
        .filter((literal) => defined.has(literal.name))
        .forEach((literal) => used.set(literal.name, literal.where));

    for (const [name, where] of used) {
        if (!defined.has(name)) {
            problems.push(`${where}: label ${name} does not exist in ${projectPath(LABELS_FILE)}`);
        }
    }
    for (const name of defined) {
        if (!used.has(name)) {
            problems.push(`${projectPath(LABELS_FILE)}: label ${name} is not used by any component or class`);
        }
    }
    for (const language of TRANSLATION_LANGUAGES) {
        const { file, texts } = translations(language);
        for (const name of defined) {
            if (!texts.get(name)) {
                problems.push(`${file}: label ${name} has no ${language} translation`);
            }
        }
        for (const name of texts.keys()) {
            if (!defined.has(name)) {
                problems.push(`${file}: translates ${name}, which is not a label`);
            }
        }
    }
    return problems;
}
