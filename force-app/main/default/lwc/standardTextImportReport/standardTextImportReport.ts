import { LightningElement, api } from 'lwc';
import { formatLabel, pageLanguage } from 'c/labelFormat';
import { TEXT_LANGUAGES, type ProblemReason, type RowProblem, type TextRow } from 'c/standardTextRules';
import LABEL_LANGUAGE_COUNT from '@salesforce/label/c.Taxonomy_Import_Language_Count';
import LABEL_PROBLEM_CONTROL_CHARACTER from '@salesforce/label/c.Taxonomy_Import_Problem_Control_Character';
import LABEL_PROBLEM_DESCRIPTION_TOO_LONG from '@salesforce/label/c.Taxonomy_Import_Problem_Description_Too_Long';
import LABEL_PROBLEM_EMPTY_FILE from '@salesforce/label/c.Taxonomy_Import_Problem_Empty_File';
import LABEL_PROBLEM_FIELD_COUNT from '@salesforce/label/c.Taxonomy_Import_Problem_Field_Count';
import LABEL_PROBLEM_FILE_MISSING from '@salesforce/label/c.Taxonomy_Import_Problem_File_Missing';
import LABEL_PROBLEM_FILE_TYPE from '@salesforce/label/c.Taxonomy_Import_Problem_File_Type';
import LABEL_PROBLEM_FRAMEWORK_WITH_CODE from '@salesforce/label/c.Taxonomy_Import_Problem_Framework_With_Code';
import LABEL_PROBLEM_MISSING_COLUMN from '@salesforce/label/c.Taxonomy_Import_Problem_Missing_Column';
import LABEL_PROBLEM_NO_RECORD_NAME from '@salesforce/label/c.Taxonomy_Import_Problem_No_Record_Name';
import LABEL_PROBLEM_NO_TEXT from '@salesforce/label/c.Taxonomy_Import_Problem_No_Text';
import LABEL_PROBLEM_NO_TEXTS_LIST from '@salesforce/label/c.Taxonomy_Import_Problem_No_Texts_List';
import LABEL_PROBLEM_NOT_AN_OBJECT from '@salesforce/label/c.Taxonomy_Import_Problem_Not_An_Object';
import LABEL_PROBLEM_NOT_JSON from '@salesforce/label/c.Taxonomy_Import_Problem_Not_Json';
import LABEL_PROBLEM_NOT_TEXT from '@salesforce/label/c.Taxonomy_Import_Problem_Not_Text';
import LABEL_PROBLEM_REPEATED_ROW from '@salesforce/label/c.Taxonomy_Import_Problem_Repeated_Row';
import LABEL_PROBLEM_SAME_RECORD from '@salesforce/label/c.Taxonomy_Import_Problem_Same_Record';
import LABEL_PROBLEM_STAGE_WITH_FRAMEWORK from '@salesforce/label/c.Taxonomy_Import_Problem_Stage_With_Framework';
import LABEL_PROBLEM_TITLE_LINES from '@salesforce/label/c.Taxonomy_Import_Problem_Title_Lines';
import LABEL_PROBLEM_TITLE_TOO_LONG from '@salesforce/label/c.Taxonomy_Import_Problem_Title_Too_Long';
import LABEL_PROBLEM_UNCLOSED_QUOTE from '@salesforce/label/c.Taxonomy_Import_Problem_Unclosed_Quote';
import LABEL_PROBLEM_UNKNOWN_COLUMN from '@salesforce/label/c.Taxonomy_Import_Problem_Unknown_Column';
import LABEL_PROBLEM_UNKNOWN_ELEMENT from '@salesforce/label/c.Taxonomy_Import_Problem_Unknown_Element';
import LABEL_PROBLEM_UNKNOWN_FRAMEWORK from '@salesforce/label/c.Taxonomy_Import_Problem_Unknown_Framework';
import LABEL_PROBLEM_UNKNOWN_LANGUAGE from '@salesforce/label/c.Taxonomy_Import_Problem_Unknown_Language';
import LABEL_PROBLEM_UNKNOWN_STAGE from '@salesforce/label/c.Taxonomy_Import_Problem_Unknown_Stage';
import LABEL_PROBLEM_UNKNOWN_SUBJECT from '@salesforce/label/c.Taxonomy_Import_Problem_Unknown_Subject';
import LABEL_READY from '@salesforce/label/c.Taxonomy_Import_Ready';
import LABEL_REFUSED from '@salesforce/label/c.Taxonomy_Import_Refused';
import LABEL_ROW from '@salesforce/label/c.Taxonomy_Import_Row';
import LABEL_WHOLE_FILE from '@salesforce/label/c.Taxonomy_Import_Whole_File';

/** The translated wording of each reason (the labels standardTextRules names in PROBLEM_LABELS). */
const REASON_LABELS: Record<ProblemReason, string> = {
    wrongFileType: LABEL_PROBLEM_FILE_TYPE,
    fileMissing: LABEL_PROBLEM_FILE_MISSING,
    emptyFile: LABEL_PROBLEM_EMPTY_FILE,
    unclosedQuote: LABEL_PROBLEM_UNCLOSED_QUOTE,
    unknownColumn: LABEL_PROBLEM_UNKNOWN_COLUMN,
    missingColumn: LABEL_PROBLEM_MISSING_COLUMN,
    fieldCount: LABEL_PROBLEM_FIELD_COUNT,
    notJson: LABEL_PROBLEM_NOT_JSON,
    noTextsList: LABEL_PROBLEM_NO_TEXTS_LIST,
    notAnObject: LABEL_PROBLEM_NOT_AN_OBJECT,
    notText: LABEL_PROBLEM_NOT_TEXT,
    unknownSubject: LABEL_PROBLEM_UNKNOWN_SUBJECT,
    unknownFramework: LABEL_PROBLEM_UNKNOWN_FRAMEWORK,
    frameworkWithCode: LABEL_PROBLEM_FRAMEWORK_WITH_CODE,
    unknownElement: LABEL_PROBLEM_UNKNOWN_ELEMENT,
    stageWithFramework: LABEL_PROBLEM_STAGE_WITH_FRAMEWORK,
    unknownStage: LABEL_PROBLEM_UNKNOWN_STAGE,
    unknownLanguage: LABEL_PROBLEM_UNKNOWN_LANGUAGE,
    noText: LABEL_PROBLEM_NO_TEXT,
    titleTooLong: LABEL_PROBLEM_TITLE_TOO_LONG,
    titleOnManyLines: LABEL_PROBLEM_TITLE_LINES,
    descriptionTooLong: LABEL_PROBLEM_DESCRIPTION_TOO_LONG,
    controlCharacter: LABEL_PROBLEM_CONTROL_CHARACTER,
    repeatedRow: LABEL_PROBLEM_REPEATED_ROW,
    sameRecordName: LABEL_PROBLEM_SAME_RECORD,
    noRecordName: LABEL_PROBLEM_NO_RECORD_NAME
};

interface ProblemLine {
    key: string;
    where: string;
    reason: string;
}

interface LanguageLine {
    key: string;
    text: string;
}

/**
 * What a checked file of the standards' texts holds, as its container hands it
 * over: every refused row with its reason, or what will load, counted per
 * language and kind. It renders only; the container reads and loads the file.
 */
export default class StandardTextImportReport extends LightningElement {
    @api fileName = '';
    @api rows: TextRow[] = [];
    @api problems: RowProblem[] = [];

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    get heading(): string {
        return this.hasProblems
            ? formatLabel(LABEL_REFUSED, this.problems.length, this.fileName)
            : formatLabel(LABEL_READY, this.rows.length, this.fileName);
    }

    get problemLines(): ProblemLine[] {
        return this.problems.map((problem, index) => ({
            key: `problem-${index}`,
            where: problem.row === 0 ? LABEL_WHOLE_FILE : formatLabel(LABEL_ROW, problem.row),
            reason: formatLabel(REASON_LABELS[problem.reason], ...problem.values)
        }));
    }

    get languageLines(): LanguageLine[] {
        const names = new Intl.DisplayNames([pageLanguage()], { type: 'language' });
        return TEXT_LANGUAGES.map((language) => {
            const rows = this.rows.filter((row) => row.language === language);
            const count = (subject: string): number => rows.filter((row) => row.subject === subject).length;
            return {
                key: language,
                total: rows.length,
                text: formatLabel(
                    LABEL_LANGUAGE_COUNT,
                    names.of(language) ?? language,
                    count('Framework'),
                    count('Element'),
                    count('Stage')
                )
            };
        })
            .filter((line) => line.total > 0)
            .map(({ key, text }) => ({ key, text }));
    }

    /** Moves focus to the heading, so keyboard and screen-reader users land on the outcome of their choice. */
    @api
    focus(): void {
        this.template?.querySelector<HTMLElement>('[data-id="heading"]')?.focus();
    }
}
