/**
 * The one set of rules for a file of the standards' texts (decisions 0036 and
 * 0040): how a CSV or JSON file is read, and what makes a row loadable. The
 * taxonomy import command and the console's upload page both import this
 * module, so the rules exist once. It uses no platform or Node API: the
 * command passes the codes it reads from the taxonomy source, the page the
 * codes the org holds. Problems carry a reason code and its values; each side
 * words them with the same Custom Labels.
 */

export const TEXT_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export const TEXT_SUBJECTS = ['Framework', 'Element', 'Stage'] as const;
/** CSV header and JSON keys, in the documented order. */
export const TEXT_COLUMNS = ['subject', 'framework', 'code', 'language', 'title', 'description'] as const;
/** Field lengths of Standard_Text__mdt (Title__c, Description__c). */
export const TITLE_MAX_LENGTH = 255;
export const DESCRIPTION_MAX_LENGTH = 10000;

export type TextLanguage = (typeof TEXT_LANGUAGES)[number];
export type TextSubject = (typeof TEXT_SUBJECTS)[number];
type Column = (typeof TEXT_COLUMNS)[number];

/** One row of the file; `row` is the CSV line it starts on, or the position (from 1) in the JSON list. */
export type TextRow = Record<Column, string> & { row: number };

/** Why a row, or the file (row 0), cannot load. Each reason has a Custom Label of the same meaning. */
export type ProblemReason =
    | 'wrongFileType'
    | 'fileMissing'
    | 'emptyFile'
    | 'unclosedQuote'
    | 'unknownColumn'
    | 'missingColumn'
    | 'fieldCount'
    | 'notJson'
    | 'noTextsList'
    | 'notAnObject'
    | 'notText'
    | 'unknownSubject'
    | 'unknownFramework'
    | 'frameworkWithCode'
    | 'unknownElement'
    | 'stageWithFramework'
    | 'unknownStage'
    | 'unknownLanguage'
    | 'noText'
    | 'titleTooLong'
    | 'titleOnManyLines'
    | 'descriptionTooLong'
    | 'controlCharacter'
    | 'repeatedRow'
    | 'sameRecordName'
    | 'noRecordName';

/**
 * The Custom Label that words each reason; its {0}, {1}… are the problem's values in order.
 * The English text of these labels is what the command prints.
 */
export const PROBLEM_LABELS: Record<ProblemReason, string> = {
    wrongFileType: 'Taxonomy_Import_Problem_File_Type',
    fileMissing: 'Taxonomy_Import_Problem_File_Missing',
    emptyFile: 'Taxonomy_Import_Problem_Empty_File',
    unclosedQuote: 'Taxonomy_Import_Problem_Unclosed_Quote',
    unknownColumn: 'Taxonomy_Import_Problem_Unknown_Column',
    missingColumn: 'Taxonomy_Import_Problem_Missing_Column',
    fieldCount: 'Taxonomy_Import_Problem_Field_Count',
    notJson: 'Taxonomy_Import_Problem_Not_Json',
    noTextsList: 'Taxonomy_Import_Problem_No_Texts_List',
    notAnObject: 'Taxonomy_Import_Problem_Not_An_Object',
    notText: 'Taxonomy_Import_Problem_Not_Text',
    unknownSubject: 'Taxonomy_Import_Problem_Unknown_Subject',
    unknownFramework: 'Taxonomy_Import_Problem_Unknown_Framework',
    frameworkWithCode: 'Taxonomy_Import_Problem_Framework_With_Code',
    unknownElement: 'Taxonomy_Import_Problem_Unknown_Element',
    stageWithFramework: 'Taxonomy_Import_Problem_Stage_With_Framework',
    unknownStage: 'Taxonomy_Import_Problem_Unknown_Stage',
    unknownLanguage: 'Taxonomy_Import_Problem_Unknown_Language',
    noText: 'Taxonomy_Import_Problem_No_Text',
    titleTooLong: 'Taxonomy_Import_Problem_Title_Too_Long',
    titleOnManyLines: 'Taxonomy_Import_Problem_Title_Lines',
    descriptionTooLong: 'Taxonomy_Import_Problem_Description_Too_Long',
    controlCharacter: 'Taxonomy_Import_Problem_Control_Character',
    repeatedRow: 'Taxonomy_Import_Problem_Repeated_Row',
    sameRecordName: 'Taxonomy_Import_Problem_Same_Record',
    noRecordName: 'Taxonomy_Import_Problem_No_Record_Name'
};

/** What is wrong with one row; row 0 is the file as a whole. */
export interface RowProblem {
    row: number;
    reason: ProblemReason;
    values: string[];
}

export interface ParsedTexts {
    rows: TextRow[];
    problems: RowProblem[];
}

/** The codes a row may name: the taxonomy source's for the command, the org's for the page. */
export interface KnownCodes {
    frameworkCodes: string[];
    elementCodes: { frameworkCode: string; code: string }[];
    stageCodes: string[];
}

function problem(row: number, reason: ProblemReason, ...values: (string | number)[]): RowProblem {
    return { row, reason, values: values.map(String) };
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
        return problem(recordLine, 'unclosedQuote');
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
        return { rows: [], problems: [problem(0, 'emptyFile')] };
    }
    const names = header.fields.map((name) => name.trim().toLowerCase());
    const problems: RowProblem[] = [];
    for (const name of names) {
        if (!(TEXT_COLUMNS as readonly string[]).includes(name)) {
            problems.push(problem(header.line, 'unknownColumn', name));
        }
    }
    for (const column of TEXT_COLUMNS) {
        if (!names.includes(column)) {
            problems.push(problem(header.line, 'missingColumn', column));
        }
    }
    if (problems.length > 0) {
        return { rows: [], problems };
    }
    const rows: TextRow[] = [];
    for (const record of data) {
        if (record.fields.length !== names.length) {
            problems.push(problem(record.line, 'fieldCount', record.fields.length, names.length));
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
        return { rows: [], problems: [problem(0, 'notJson', (error as Error).message)] };
    }
    const texts = (parsed as { texts?: unknown } | null)?.texts;
    if (!Array.isArray(texts)) {
        return { rows: [], problems: [problem(0, 'noTextsList')] };
    }
    const rows: TextRow[] = [];
    const problems: RowProblem[] = [];
    texts.forEach((entry: unknown, index) => {
        const rowNumber = index + 1;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            problems.push(problem(rowNumber, 'notAnObject'));
            return;
        }
        const row = { row: rowNumber } as TextRow;
        let valid = true;
        for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
            if (!(TEXT_COLUMNS as readonly string[]).includes(key)) {
                problems.push(problem(rowNumber, 'unknownColumn', key));
                valid = false;
            } else if (value !== null && typeof value !== 'string') {
                problems.push(problem(rowNumber, 'notText', key));
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

/** Reads a file's content by its name's extension (.csv or .json, any case). */
export function parseTexts(fileName: string, content: string): ParsedTexts {
    const extension = /\.[^.]*$/.exec(fileName)?.[0].toLowerCase();
    if (extension === '.csv') {
        return parseCsv(content);
    }
    if (extension === '.json') {
        return parseJson(content);
    }
    return { rows: [], problems: [problem(0, 'wrongFileType')] };
}

/** XML 1.0 cannot carry these, and a record with one would fail the whole deploy. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

const MAX_NAME_LENGTH = 40;

/**
 * Developer names allow letters, digits and single underscores, must start with
 * a letter and may not end with an underscore: "CHS2014" + "1.1" → "CHS2014_1_1".
 * Returns null when the parts cannot make one.
 */
export function developerNameOrNull(...parts: string[]): string | null {
    const name = parts
        .join('_')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/_+/g, '_')
        .replace(/^_|_$/g, '');
    return /^[A-Za-z]/.test(name) && name.length <= MAX_NAME_LENGTH ? name : null;
}

/** The record name of a row, e.g. E_CHS2014_5_1_fr, or null when its codes cannot make one. */
export function textRecordName(row: TextRow): string | null {
    return developerNameOrNull(row.subject.charAt(0), row.framework, row.code, row.language);
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

function subjectProblem(row: TextRow, known: KnownCodes): RowProblem | null {
    const frameworkKnown = known.frameworkCodes.includes(row.framework);
    switch (row.subject) {
        case 'Framework':
            if (!frameworkKnown) {
                return problem(row.row, 'unknownFramework', row.framework);
            }
            return row.code ? problem(row.row, 'frameworkWithCode') : null;
        case 'Element':
            if (!frameworkKnown) {
                return problem(row.row, 'unknownFramework', row.framework);
            }
            return known.elementCodes.some(
                (element) => element.frameworkCode === row.framework && element.code === row.code
            )
                ? null
                : problem(row.row, 'unknownElement', row.code, row.framework);
        case 'Stage':
            if (row.framework) {
                return problem(row.row, 'stageWithFramework');
            }
            return known.stageCodes.includes(row.code) ? null : problem(row.row, 'unknownStage', row.code);
        default:
            return problem(row.row, 'unknownSubject', row.subject, TEXT_SUBJECTS.join(', '));
    }
}

function rowKey(row: TextRow): string {
    return [row.subject, row.framework, row.code, row.language].join('|');
}

/** Every problem of every (normalised) row, checked against the known codes; empty when all rows can load. */
export function validateTexts(rows: TextRow[], known: KnownCodes): RowProblem[] {
    const problems: RowProblem[] = [];
    const firstRowByKey = new Map<string, number>();
    const firstRowByName = new Map<string, number>();
    for (const row of rows) {
        const found: RowProblem[] = [];
        const add = (reason: ProblemReason, ...values: (string | number)[]): void => {
            found.push(problem(row.row, reason, ...values));
        };
        const subject = subjectProblem(row, known);
        if (subject) {
            found.push(subject);
        }
        if (!(TEXT_LANGUAGES as readonly string[]).includes(row.language)) {
            add('unknownLanguage', row.language, TEXT_LANGUAGES.join(', '));
        }
        if (!row.title && !row.description) {
            add('noText');
        }
        if (row.title.length > TITLE_MAX_LENGTH) {
            add('titleTooLong', row.title.length, TITLE_MAX_LENGTH);
        }
        if (/[\r\n]/.test(row.title)) {
            add('titleOnManyLines');
        }
        if (row.description.length > DESCRIPTION_MAX_LENGTH) {
            add('descriptionTooLong', row.description.length, DESCRIPTION_MAX_LENGTH);
        }
        if (CONTROL_CHARACTER.test(row.title) || CONTROL_CHARACTER.test(row.description)) {
            add('controlCharacter');
        }
        const earlier = firstRowByKey.get(rowKey(row));
        if (earlier !== undefined) {
            add('repeatedRow', earlier);
        } else {
            firstRowByKey.set(rowKey(row), row.row);
        }
        if (found.length === 0) {
            const name = textRecordName(row);
            const clash = name === null ? undefined : firstRowByName.get(name);
            if (name === null) {
                add('noRecordName', [row.subject, row.framework, row.code, row.language].join(' '));
            } else if (clash !== undefined) {
                add('sameRecordName', name, clash);
            } else {
                firstRowByName.set(name, row.row);
            }
        }
        problems.push(...found);
    }
    return problems;
}

/** Parses, normalises and validates a file's content; problems come in row order. */
export function checkTexts(fileName: string, content: string, known: KnownCodes): ParsedTexts {
    const parsed = parseTexts(fileName, content);
    const rows = parsed.rows.map(normalised);
    const problems = [...parsed.problems, ...validateTexts(rows, known)];
    return { rows, problems: problems.sort((left, right) => left.row - right.row) };
}
