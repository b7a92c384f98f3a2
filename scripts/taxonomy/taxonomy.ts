import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { developerNameOrNull } from '../../force-app/main/default/lwc/standardTextRules/standardTextRules';

/** The reference data file the taxonomy records are generated from. */
export const TAXONOMY_SOURCE = join('data', 'standards-taxonomy.json');
/** Custom metadata record folder, relative to the project root. */
export const RECORD_FOLDER = join('force-app', 'main', 'default', 'customMetadata');
/** Custom metadata types whose records are generated (and only those). */
export const GENERATED_TYPES = ['Standard_Framework', 'Standard_Element', 'Verification_Stage'] as const;

interface SourceElement {
    code: string;
    kind: string;
    parent: string | null;
    title: string;
    order: number;
    indicatorType?: string;
}
interface SourceFramework {
    code: string;
    name: string;
    elementKinds: string[];
    elements: SourceElement[];
}
interface SourceStage {
    code: string;
    title: string;
    order: number;
}
export interface TaxonomySource {
    frameworks: SourceFramework[];
    verificationStages: SourceStage[];
}

export type FieldValue = string | number | boolean | null;

/** One custom metadata record: its file name and the XML that should be in it. */
export interface GeneratedRecord {
    fileName: string;
    xml: string;
}

const MAX_NAME_LENGTH = 40;

/** A developer name from its parts (the rule the text import shares, see standardTextRules); throws when none can be made. */
export function developerName(...parts: string[]): string {
    const name = developerNameOrNull(...parts);
    if (name === null) {
        throw new Error(`Cannot make a valid developer name from "${parts.join(' ')}"`);
    }
    return name;
}

function masterLabel(text: string): string {
    return text.length <= MAX_NAME_LENGTH ? text : `${text.slice(0, MAX_NAME_LENGTH - 1)}…`;
}

function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function valueXml(field: string, value: FieldValue): string {
    let typed: string;
    if (value === null || value === '') {
        typed = '<value xsi:nil="true" />';
    } else if (typeof value === 'number') {
        typed = `<value xsi:type="xsd:double">${value}</value>`;
    } else if (typeof value === 'boolean') {
        typed = `<value xsi:type="xsd:boolean">${value}</value>`;
    } else {
        typed = `<value xsi:type="xsd:string">${escapeXml(value)}</value>`;
    }
    return `    <values>\n        <field>${field}</field>\n        ${typed}\n    </values>\n`;
}

/** Record XML laid out exactly as the project's formatter lays it out. */
export function recordXml(label: string, values: Record<string, FieldValue>): string {
    const fields = Object.keys(values).sort();
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n' +
        '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata"' +
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n' +
        `    <label>${escapeXml(masterLabel(label))}</label>\n` +
        '    <protected>false</protected>\n' +
        fields.map((field) => valueXml(field, values[field] ?? null)).join('') +
        '</CustomMetadata>\n'
    );
}

/** Every record the data file describes, in a stable order. */
export function buildRecords(source: TaxonomySource): GeneratedRecord[] {
    const records: GeneratedRecord[] = [];
    source.frameworks.forEach((framework, index) => {
        records.push({
            fileName: `Standard_Framework.${developerName(framework.code)}.md-meta.xml`,
            xml: recordXml(framework.code, {
                Active__c: true,
                Element_Kinds__c: framework.elementKinds.join(','),
                Sort_Order__c: index + 1,
                Title__c: framework.name
            })
        });
        for (const element of framework.elements) {
            records.push({
                fileName: `Standard_Element.${developerName(framework.code, element.code)}.md-meta.xml`,
                xml: recordXml(`${framework.code} ${element.code}`, {
                    Active__c: true,
                    Code__c: element.code,
                    Framework_Code__c: framework.code,
                    Indicator_Type__c: element.indicatorType ?? null,
                    Kind__c: element.kind,
                    Parent_Code__c: element.parent,
                    Sort_Order__c: element.order,
                    Title__c: element.title
                })
            });
        }
    });
    for (const stage of source.verificationStages) {
        records.push({
            fileName: `Verification_Stage.${developerName(stage.code)}.md-meta.xml`,
            xml: recordXml(stage.title, {
                Active__c: true,
                Code__c: stage.code,
                Sort_Order__c: stage.order,
                Title__c: stage.title
            })
        });
    }
    return records;
}

export function readSource(path: string): TaxonomySource {
    return JSON.parse(readFileSync(path, 'utf8')) as TaxonomySource;
}

/** Committed record files of the generated types. */
export function committedRecordFiles(projectRoot: string): string[] {
    const folder = join(projectRoot, RECORD_FOLDER);
    if (!existsSync(folder)) {
        return [];
    }
    return readdirSync(folder)
        .filter((name) => GENERATED_TYPES.some((type) => name.startsWith(`${type}.`)))
        .sort();
}

/**
 * Differences between the committed taxonomy records and the data file: one
 * problem per missing, stale or edited record. Empty when they agree.
 */
export function compareTaxonomy(projectRoot: string): string[] {
    const expected = buildRecords(readSource(join(projectRoot, TAXONOMY_SOURCE)));
    const expectedNames = new Set(expected.map((record) => record.fileName));
    const problems: string[] = [];
    const folder = join(projectRoot, RECORD_FOLDER);
    for (const record of expected) {
        const path = join(folder, record.fileName);
        if (!existsSync(path)) {
            problems.push(`${RECORD_FOLDER}/${record.fileName}: missing (run npm run taxonomy:generate)`);
        } else if (readFileSync(path, 'utf8') !== record.xml) {
            problems.push(`${RECORD_FOLDER}/${record.fileName}: differs from ${TAXONOMY_SOURCE}`);
        }
    }
    for (const name of committedRecordFiles(projectRoot)) {
        if (!expectedNames.has(name)) {
            problems.push(`${RECORD_FOLDER}/${name}: not in ${TAXONOMY_SOURCE} (stale record)`);
        }
    }
    return problems;
}
