import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import {
    RECORD_FOLDER,
    TAXONOMY_SOURCE,
    developerName,
    readSource,
    recordXml,
    type GeneratedRecord,
    type TaxonomySource
} from './taxonomy';

/**
 * The Alliance's titles and descriptions of the taxonomy in each language
 * (decision 0036): read from a CSV or JSON file, validated as a whole, and
 * turned into Standard_Text custom metadata records. The package ships none.
 */

export const TEXT_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export const TEXT_SUBJECTS = ['Framework', 'Element', 'Stage'] as const;
/** CSV header and JSON keys, in the documented order. */
export const TEXT_COLUMNS = ['subject', 'framework', 'code', 'language', 'title', 'description'] as const;
/** Field lengths of Standard_Text__mdt (Title__c, Description__c). */
export const TITLE_MAX_LENGTH = 255;
export const DESCRIPTION_MAX_LENGTH = 10000;
/** Synthetic example files the project check validates; their text is invented, never the Alliance's. */
export const TEXT_EXAMPLES = [join('data', 'taxonomy-texts.example.csv'), join('data', 'taxonomy-texts.example.json')];
export const TEXT_RECORD_TYPE = 'Standard_Text';

type Column = (typeof TEXT_COLUMNS)[number];

/** One row of the file; `row` is the CSV line it starts on, or the position (from 1) in the JSON list. */
export type TextRow = Record<Column, string> & { row: number };

/** What is wrong with one row; row 0 is the file as a whole. */
export interface RowProblem {
    row: number;
    reason: string;
}

export interface ParsedTexts {
    rows: TextRow[];
    problems: RowProblem[];
}

/** Splits CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks) into records with their first line. */
function csvRecords(content: string): { line: number; fields: string[] }[] | RowProblem {
    const records: { line: number; fields: string[] }[] = [];
    let fields: string[] = [];
    let field = '';
    let quoted = false;
    let line = 1;
    let recordLine = 1;
    const endRecord = (): void => {
        fields.push(field);
        if (fields.length > 1 || fields[0] !== '') {
            records.push({ line: recordLine, fields });
        }
        fields = [];
        field = '';
    };
    for (let index = 0; index < content.length; index++) {
        const char = content[index];
        if (quoted) {
            if (char === '"' && content[index + 1] === '"') {
                field += '"';
                index++;
            } else if (char === '"') {
                quoted = false;
            } else {
                if (char === '\n') {
                    line++;
                }
                field += char;
            }
        } else if (char === '"' && field === '') {
            quoted = true;
        } else if (char === ',') {
            fields.push(field);
            field = '';
        } else if (char === '\n' || char === '\r') {
            if (char === '\r' && content[index + 1] === '\n') {
                index++;
            }
            endRecord();
            line++;
            recordLine = line;
        } else {
            field += char;
        }
    }
    if (quoted) {
        return { row: recordLine, reason: 'a quoted field is never closed' };
    }
    endRecord();
    return records;
}

function withoutByteOrderMark(content: string): string {
    return content.startsWith('\uFEFF') ? content.slice(1) : content;
}

/** Rows of a CSV file whose header names the columns (any order, any case). */
export function parseCsv(content: string): ParsedTexts {
    const records = csvRecords(withoutByteOrderMark(content));
    if (!Array.isArray(records)) {
        return { rows: [], problems: [records] };
    }
    const [header, ...data] = records;
    if (!header) {
        return { rows: [], problems: [{ row: 0, reason: 'the file is empty' }] };
    }
    const names = header.fields.map((name) => name.trim().toLowerCase());
    const problems: RowProblem[] = [];
    for (const name of names) {
        if (!(TEXT_COLUMNS as readonly string[]).includes(name)) {
            problems.push({ row: header.line, reason: `unknown column "${name}"` });
        }
    }
    for (const column of TEXT_COLUMNS) {
        if (!names.includes(column)) {
            problems.push({ row: header.line, reason: `missing column "${column}"` });
        }
    }
    if (problems.length > 0) {
        return { rows: [], problems };
    }
    const rows: TextRow[] = [];
    for (const record of data) {
        if (record.fields.length !== names.length) {
            problems.push({
                row: record.line,
                reason: `has ${record.fields.length} fields, the header has ${names.length}`
            });
            continue;
        }
        const row = { row: record.line } as TextRow;
        names.forEach((name, index) => (row[name as Column] = record.fields[index] ?? ''));
        rows.push(row);
    }
    return { rows, problems };
}

/** Rows of a JSON file shaped { "texts": [ { "subject": …, … } ] }; other top-level keys are notes. */
export function parseJson(content: string): ParsedTexts {
    let parsed: unknown;
    try {
        parsed = JSON.parse(withoutByteOrderMark(content));
    } catch (error) {
        return { rows: [], problems: [{ row: 0, reason: `not JSON: ${(error as Error).message}` }] };
    }
    const texts = (parsed as { texts?: unknown } | null)?.texts;
    if (!Array.isArray(texts)) {
        return { rows: [], problems: [{ row: 0, reason: 'has no "texts" list' }] };
    }
    const rows: TextRow[] = [];
    const problems: RowProblem[] = [];
    texts.forEach((entry: unknown, index) => {
        const rowNumber = index + 1;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            problems.push({ row: rowNumber, reason: 'is not an object' });
            return;
        }
        const row = { row: rowNumber } as TextRow;
        let valid = true;
        for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
            if (!(TEXT_COLUMNS as readonly string[]).includes(key)) {
                problems.push({ row: rowNumber, reason: `unknown key "${key}"` });
                valid = false;
            } else if (value !== null && typeof value !== 'string') {
                problems.push({ row: rowNumber, reason: `"${key}" is not text` });
                valid = false;
            }
        }
        for (const column of TEXT_COLUMNS) {
            row[column] = ((entry as Record<string, unknown>)[column] as string | null | undefined) ?? '';
        }
        if (valid) {
            rows.push(row);
        }
    });
    return { rows, problems };
}

/** Reads a .csv or .json file of texts. */
export function readTexts(path: string): ParsedTexts {
    const extension = extname(path).toLowerCase();
    if (extension !== '.csv' && extension !== '.json') {
        return { rows: [], problems: [{ row: 0, reason: 'must be a .csv or a .json file' }] };
    }
    if (!existsSync(path)) {
        return { rows: [], problems: [{ row: 0, reason: 'does not exist' }] };
    }
    const content = readFileSync(path, 'utf8');
    return extension === '.csv' ? parseCsv(content) : parseJson(content);
}

/** XML 1.0 cannot carry these, and a record with one would fail the whole deploy. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function rowKey(row: TextRow): string {
    return [row.subject, row.framework, row.code, row.language].join('|');
}

/** The record name of a row, e.g. E_CHS2014_5_1_fr; throws when the codes cannot make one. */
export function textRecordName(row: TextRow): string {
    return developerName(row.subject.charAt(0), row.framework, row.code, row.language);
}

/** Trims what identifies a row; a title is one line, a description keeps its inner line breaks. */
export function normalised(row: TextRow): TextRow {
    return {
        row: row.row,
        subject: row.subject.trim(),
        framework: row.framework.trim(),
        code: row.code.trim(),
        language: row.language.trim().toLowerCase(),
        title: row.title.trim(),
        description: row.description.trim()
    };
}

function subjectProblem(row: TextRow, source: TaxonomySource): string | null {
    const framework = source.frameworks.find((candidate) => candidate.code === row.framework);
    switch (row.subject) {
        case 'Framework':
            if (!framework) {
                return `framework "${row.framework}" is not in ${TAXONOMY_SOURCE}`;
            }
            return row.code ? 'a framework row leaves "code" empty' : null;
        case 'Element':
            if (!framework) {
                return `framework "${row.framework}" is not in ${TAXONOMY_SOURCE}`;
            }
            return framework.elements.some((element) => element.code === row.code)
                ? null
                : `element "${row.code}" is not in framework ${row.framework}`;
        case 'Stage':
            if (row.framework) {
                return 'a stage row leaves "framework" empty';
            }
            return source.verificationStages.some((stage) => stage.code === row.code)
                ? null
                : `stage "${row.code}" is not in ${TAXONOMY_SOURCE}`;
        default:
            return `subject "${row.subject}" is not one of ${TEXT_SUBJECTS.join(', ')}`;
    }
}

/** Every problem of every row, checked against the taxonomy's codes; empty when all rows can load. */
export function validateTexts(rows: TextRow[], source: TaxonomySource): RowProblem[] {
    const problems: RowProblem[] = [];
    const firstRowByKey = new Map<string, number>();
    const firstRowByName = new Map<string, number>();
    for (const row of rows) {
        const reasons: string[] = [];
        const subject = subjectProblem(row, source);
        if (subject) {
            reasons.push(subject);
        }
        if (!(TEXT_LANGUAGES as readonly string[]).includes(row.language)) {
            reasons.push(`language "${row.language}" is not one of ${TEXT_LANGUAGES.join(', ')}`);
        }
        if (!row.title && !row.description) {
            reasons.push('has neither a title nor a description');
        }
        if (row.title.length > TITLE_MAX_LENGTH) {
            reasons.push(`title is ${row.title.length} characters, at most ${TITLE_MAX_LENGTH}`);
        }
        if (/[\r\n]/.test(row.title)) {
            reasons.push('title is on more than one line');
        }
        if (row.description.length > DESCRIPTION_MAX_LENGTH) {
            reasons.push(`description is ${row.description.length} characters, at most ${DESCRIPTION_MAX_LENGTH}`);
        }
        if (CONTROL_CHARACTER.test(row.title) || CONTROL_CHARACTER.test(row.description)) {
            reasons.push('contains a control character');
        }
        const earlier = firstRowByKey.get(rowKey(row));
        if (earlier !== undefined) {
            reasons.push(`repeats row ${earlier} (same subject, framework, code and language)`);
        } else {
            firstRowByKey.set(rowKey(row), row.row);
        }
        if (reasons.length === 0) {
            try {
                const name = textRecordName(row);
                const clash = firstRowByName.get(name);
                if (clash !== undefined) {
                    reasons.push(`would be record ${name}, like row ${clash}`);
                }
                firstRowByName.set(name, row.row);
            } catch (error) {
                reasons.push((error as Error).message);
            }
        }
        problems.push(...reasons.map((reason) => ({ row: row.row, reason })));
    }
    return problems;
}

/** Reads, normalises and validates a file against the project's taxonomy. */
export function loadTexts(path: string, projectRoot: string): ParsedTexts {
    const parsed = readTexts(path);
    const rows = parsed.rows.map(normalised);
    const problems = [...parsed.problems, ...validateTexts(rows, readSource(join(projectRoot, TAXONOMY_SOURCE)))];
    return { rows, problems: problems.sort((left, right) => left.row - right.row) };
}

/** "row 12: reason", or "file: reason" for the file as a whole. */
export function describeProblem(problem: RowProblem): string {
    return `${problem.row === 0 ? 'file' : `row ${problem.row}`}: ${problem.reason}`;
}

/** One metadata-format record per row (customMetadata/Standard_Text.<name>.md). */
export function buildTextRecords(rows: TextRow[]): GeneratedRecord[] {
    return rows.map((row) => {
        const name = textRecordName(row);
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
