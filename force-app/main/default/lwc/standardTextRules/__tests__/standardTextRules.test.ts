import { checkTexts, developerNameOrNull, textRecordName, type KnownCodes } from 'c/standardTextRules';

const known: KnownCodes = {
    frameworkCodes: ['CHS2014'],
    elementCodes: [
        { frameworkCode: 'CHS2014', code: '5' },
        { frameworkCode: 'CHS2014', code: '5.1' }
    ],
    stageCodes: ['PREPARATION']
};
const HEADER = 'subject,framework,code,language,title,description\n';

const reasons = (fileName: string, content: string): string[] =>
    checkTexts(fileName, content, known).problems.map(
        (problem) => `${problem.row}:${problem.reason}:${problem.values.join('|')}`
    );

describe('standardTextRules', () => {
    it('reads a clean CSV file, quoted fields and all, and trims what identifies a row', () => {
        const checked = checkTexts(
            'texts.CSV',
            '\uFEFF' +
                HEADER +
                'Framework,CHS2014,,FR,Titre,\r\n' +
                'Element, CHS2014 ,5.1,fr,"Titre, 5.1","Deux\nlignes ""citées"""\n' +
                'Stage,,PREPARATION,ar,,وصف\n\n',
            known
        );
        expect(checked.problems).toEqual([]);
        expect(checked.rows.map((row) => [row.row, row.framework, row.language])).toEqual([
            [2, 'CHS2014', 'fr'],
            [3, 'CHS2014', 'fr'],
            [5, '', 'ar']
        ]);
        expect(checked.rows[1]!.description).toBe('Deux\nlignes "citées"');
    });

    it('refuses a file that is not CSV or JSON, an empty one and a broken header', () => {
        expect(reasons('texts.txt', HEADER)).toEqual(['0:wrongFileType:']);
        expect(reasons('texts.csv', '')).toEqual(['0:emptyFile:']);
        expect(reasons('texts.csv', 'subject,framework,code,lang,title,description,notes\n')).toEqual([
            '1:unknownColumn:lang',
            '1:unknownColumn:notes',
            '1:missingColumn:language'
        ]);
        expect(reasons('texts.csv', HEADER + 'Element,CHS2014,5.1,fr,"never closed\n')).toEqual(['2:unclosedQuote:']);
        expect(reasons('texts.csv', HEADER + 'Element,CHS2014,5.1,fr\n')).toEqual(['2:fieldCount:4|6']);
    });

    it('refuses JSON that is not the documented shape, entry by entry', () => {
        expect(reasons('texts.json', '{')[0]).toMatch(/^0:notJson:/);
        expect(reasons('texts.json', '{"rows": []}')).toEqual(['0:noTextsList:']);
        const content = JSON.stringify({
            texts: [
                'a string',
                { subject: 'Element', framework: 'CHS2014', code: '5.1', language: 'fr', title: 3 },
                { subject: 'Element', framework: 'CHS2014', code: '5.1', language: 'fr', title: 'T', notes: 'x' },
                { subject: 'Element', framework: 'CHS2014', code: '5', language: 'es', title: 'T', description: null }
            ]
        });
        expect(reasons('texts.json', content)).toEqual(['1:notAnObject:', '2:notText:title', '3:unknownColumn:notes']);
    });

    it('checks every row against the known codes, the languages and the field rules', () => {
        const long = 'x'.repeat(256);
        const rows = [
            'Pillar,CHS2014,5,fr,T,',
            'Framework,CPMS2019,,fr,T,',
            'Framework,CHS2014,5,fr,T,',
            'Element,CHS2014,5.9,fr,T,',
            'Element,CPMS2019,1,fr,T,',
            'Stage,CHS2014,PREPARATION,fr,T,',
            'Stage,,RENEWAL,fr,T,',
            'Element,CHS2014,5,de,T,',
            'Element,CHS2014,5,en,,',
            `Element,CHS2014,5,es,${long},`,
            'Element,CHS2014,5,ar,"two\nlines",',
            `Element,CHS2014,5.1,en,T,${'y'.repeat(10001)}`,
            'Element,CHS2014,5.1,fr,T\u0007,',
            'Element,CHS2014,5.1,ar,T,',
            'Element,CHS2014,5.1,ar,T,'
        ];
        expect(reasons('texts.csv', HEADER + rows.join('\n'))).toEqual([
            '2:unknownSubject:Pillar|Framework, Element, Stage',
            '3:unknownFramework:CPMS2019',
            '4:frameworkWithCode:',
            '5:unknownElement:5.9|CHS2014',
            '6:unknownFramework:CPMS2019',
            '7:stageWithFramework:',
            '8:unknownStage:RENEWAL',
            '9:unknownLanguage:de|en, fr, es, ar',
            '10:noText:',
            '11:titleTooLong:256|255',
            '12:titleOnManyLines:',
            '14:descriptionTooLong:10001|10000',
            '15:controlCharacter:',
            '17:repeatedRow:16'
        ]);
    });

    it('names records as the import has always named them, and refuses rows that would share or lack one', () => {
        expect(
            textRecordName({
                row: 1,
                subject: 'Element',
                framework: 'CHS2014',
                code: '5.1',
                language: 'fr',
                title: '',
                description: ''
            })
        ).toBe('E_CHS2014_5_1_fr');
        expect(developerNameOrNull('1', 'x')).toBeNull();
        expect(developerNameOrNull('E', 'x'.repeat(40))).toBeNull();
        const sameName = { ...known, elementCodes: [...known.elementCodes, { frameworkCode: 'CHS2014', code: '5-1' }] };
        const checked = checkTexts(
            'texts.csv',
            HEADER + 'Element,CHS2014,5.1,fr,T,\nElement,CHS2014,5-1,fr,T,\n',
            sameName
        );
        expect(checked.problems).toEqual([{ row: 3, reason: 'sameRecordName', values: ['E_CHS2014_5_1_fr', '2'] }]);
        const longCode = { ...known, stageCodes: ['S'.repeat(40)] };
        expect(checkTexts('texts.csv', HEADER + `Stage,,${'S'.repeat(40)},fr,T,\n`, longCode).problems[0]?.reason).toBe(
            'noRecordName'
        );
    });
});
