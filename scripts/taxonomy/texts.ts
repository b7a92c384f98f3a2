import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { LABELS_FILE, readXml } from '../gates/project/metadata-model';
import { formatLabel } from '../../force-app/main/default/lwc/labelFormat/labelFormat';
import {
    PROBLEM_LABELS,
    checkTexts,
    textRecordName,
    type KnownCodes,
    type ParsedTexts,
    type RowProblem,
    type TextRow
} from '../../force-app/main/default/lwc/standardTextRules/standardTextRules';
import {
    RECORD_FOLDER,
    TAXONOMY_SOURCE,
    readSource,
    recordXml,
    type GeneratedRecord,
    type TaxonomySource
} from './taxonomy';

export {
    DESCRIPTION_MAX_LENGTH,
    TEXT_LANGUAGES,
    TEXT_SUBJECTS,
    TITLE_MAX_LENGTH
} from '../../force-app/main/default/lwc/standardTextRules/standardTextRules';

/**
 * The Alliance's titles and descriptions of the taxonomy in each language
 * (decision 0036), read from a CSV or JSON file by the rules the console's
 * upload page also uses (standardTextRules, decision 0040), and turned into
 * Standard_Text custom metadata records. The package ships none.
 */

/** Synthetic example files the project check validates; their text is invented, never the Alliance's. */
export const TEXT_EXAMPLES = [join('data', 'taxonomy-texts.example.csv'), join('data', 'taxonomy-texts.example.json')];
export const TEXT_RECORD_TYPE = 'Standard_Text';

/** The codes a row may name, as the taxonomy source lists them. */
export function knownCodesOf(source: TaxonomySource): KnownCodes {
    return {
        frameworkCodes: source.frameworks.map((framework) => framework.code),
        elementCodes: source.frameworks.flatMap((framework) =>
            framework.elements.map((element) => ({ frameworkCode: framework.code, code: element.code }))
        ),
        stageCodes: source.verificationStages.map((stage) => stage.code)
    };
}

/** Reads, normalises and validates a .csv or .json file against the project's taxonomy. */
export function loadTexts(path: string, projectRoot: string): ParsedTexts {
    const extension = extname(path).toLowerCase();
    if ((extension === '.csv' || extension === '.json') && !existsSync(path)) {
        return { rows: [], problems: [{ row: 0, reason: 'fileMissing', values: [] }] };
    }
    const content = extension === '.csv' || extension === '.json' ? readFileSync(path, 'utf8') : '';
    return checkTexts(path, content, knownCodesOf(readSource(join(projectRoot, TAXONOMY_SOURCE))));
}

let englishLabels: Map<string, string> | undefined;

/** The English text of the project's Custom Labels, which word the problems on both paths. */
function englishLabel(name: string): string {
    if (!englishLabels) {
        const labels =
            ((readXml(LABELS_FILE).CustomLabels ?? {}) as { labels?: { fullName: string; value: string }[] }).labels ??
            [];
        englishLabels = new Map(labels.map((label) => [label.fullName, String(label.value)]));
    }
    return englishLabels.get(name) ?? name;
}

/** "row 12: reason", or "file: reason" for the file as a whole. */
export function describeProblem(problem: RowProblem): string {
    const reason = formatLabel(englishLabel(PROBLEM_LABELS[problem.reason]), ...problem.values);
    return `${problem.row === 0 ? 'file' : `row ${problem.row}`}: ${reason}`;
}

/** One metadata-format record per row (customMetadata/Standard_Text.<name>.md). */
export function buildTextRecords(rows: TextRow[]): GeneratedRecord[] {
    return rows.map((row) => {
        const name = textRecordName(row);
        if (name === null) {
            throw new Error(`row ${row.row} has no record name; validate the rows first`);
        }
        return {
            fileName: `${TEXT_RECORD_TYPE}.${name}.md`,
            xml: recordXml([row.subject, row.framework, row.code, row.language].filter(Boolean).join(' '), {
                Code__c: row.code || null,
                Description__c: row.description || null,
                Framework_Code__c: row.framework || null,
                Language__c: row.language,
                Subject__c: row.subject,
                Title__c: row.title || null
            })
        };
    });
}

/** The manifest that deploys exactly these records. */
export function packageXml(records: GeneratedRecord[], apiVersion: string): string {
    const members = records
        .map((record) => `        <members>${record.fileName.replace(/\.md$/, '')}</members>\n`)
        .join('');
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n' +
        '<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
        `    <types>\n${members}        <name>CustomMetadata</name>\n    </types>\n` +
        `    <version>${apiVersion}</version>\n` +
        '</Package>\n'
    );
}

/**
 * The project check: the synthetic examples stay loadable as the taxonomy
 * changes, and no Standard_Text record is ever packaged (the texts are the
 * Alliance's publication; they reach an org through the import only).
 */
export function checkTaxonomyTexts(projectRoot: string): string[] {
    const problems: string[] = [];
    for (const example of TEXT_EXAMPLES) {
        for (const problem of loadTexts(join(projectRoot, example), projectRoot).problems) {
            problems.push(`${example} ${describeProblem(problem)}`);
        }
    }
    const folder = join(projectRoot, RECORD_FOLDER);
    const packaged = existsSync(folder)
        ? readdirSync(folder).filter((name) => name.startsWith(`${TEXT_RECORD_TYPE}.`))
        : [];
    for (const name of packaged) {
        problems.push(
            `${RECORD_FOLDER}/${name}: the standards' texts are not packaged; load them with npm run taxonomy:import`
        );
    }
    return problems;
}
