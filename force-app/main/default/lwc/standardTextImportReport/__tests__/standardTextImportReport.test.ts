import { createElement } from 'lwc';
import StandardTextImportReport from 'c/standardTextImportReport';
import { PROBLEM_LABELS, type ProblemReason, type RowProblem, type TextRow } from 'c/standardTextRules';

jest.mock('@salesforce/label/c.Taxonomy_Import_Row', () => ({ default: 'Row {0}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Taxonomy_Import_Problem_Unknown_Element',
    () => ({ default: 'element "{0}" is not in {1}' }),
    {
        virtual: true
    }
);
jest.mock('@salesforce/label/c.Taxonomy_Import_Refused', () => ({ default: '{0} problem(s) in {1}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Taxonomy_Import_Ready', () => ({ default: '{0} text(s) in {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Taxonomy_Import_Language_Count', () => ({ default: '{0}: {1} / {2} / {3}' }), {
    virtual: true
});

interface ReportElement extends HTMLElement {
    fileName: string;
    rows: TextRow[];
    problems: RowProblem[];
    focus(): void;
}

function render(props: Partial<ReportElement>): ReportElement {
    const element = createElement('c-standard-text-import-report', { is: StandardTextImportReport }) as ReportElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function textRow(row: number, subject: string, language: string): TextRow {
    return { row, subject, framework: 'CHS2014', code: '1', language, title: 'T', description: '' };
}

const all = (element: HTMLElement, id: string): string[] =>
    [...element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`)].map((node) => node.textContent ?? '');

describe('c-standard-text-import-report', () => {
    afterEach(() => {
        document.body.replaceChildren();
        document.documentElement.lang = '';
    });

    it('lists every refused row with its translated reason and names the file as a whole', () => {
        const element = render({
            fileName: 'texts.csv',
            problems: [
                { row: 0, reason: 'wrongFileType', values: [] },
                { row: 6, reason: 'unknownElement', values: ['5.9', 'CHS2014'] }
            ]
        });
        const heading = element.shadowRoot!.querySelector('[data-id="heading"]')!;
        expect(heading.textContent).toContain('2 problem(s) in texts.csv');
        const problems = all(element, 'problem');
        expect(problems).toHaveLength(2);
        expect(problems[0]).toContain('c.Taxonomy_Import_Whole_File');
        expect(problems[1]).toContain('Row 6');
        expect(all(element, 'reason')[1]).toBe('element "5.9" is not in CHS2014');
        expect(element.shadowRoot!.querySelector('[data-id="summary"]')).toBeNull();
    });

    it('words each reason with the label the shared rules name for it', () => {
        const reasons = Object.keys(PROBLEM_LABELS) as ProblemReason[];
        const element = render({ problems: reasons.map((reason, index) => ({ row: index + 1, reason, values: [] })) });
        const shown = all(element, 'reason');
        reasons
            .filter((reason) => reason !== 'unknownElement')
            .forEach((reason) => expect(shown[reasons.indexOf(reason)]).toBe(`c.${PROBLEM_LABELS[reason]}`));
    });

    it('counts what will load per language and kind, in the page language', () => {
        document.documentElement.lang = 'fr';
        const element = render({
            fileName: 'texts.json',
            rows: [
                textRow(1, 'Framework', 'fr'),
                textRow(2, 'Element', 'fr'),
                textRow(3, 'Element', 'fr'),
                textRow(4, 'Stage', 'ar')
            ]
        });
        expect(element.shadowRoot!.querySelector('[data-id="heading"]')!.textContent).toContain(
            '4 text(s) in texts.json'
        );
        expect(all(element, 'language-line')).toEqual(['français: 1 / 2 / 0', 'arabe: 0 / 0 / 1']);
        expect(element.shadowRoot!.querySelector('[data-id="problems"]')).toBeNull();
    });

    it('takes focus on its heading', () => {
        const element = render({ rows: [textRow(1, 'Stage', 'en')] });
        element.focus();
        expect(element.shadowRoot!.activeElement).toBe(element.shadowRoot!.querySelector('[data-id="heading"]'));
    });
});
