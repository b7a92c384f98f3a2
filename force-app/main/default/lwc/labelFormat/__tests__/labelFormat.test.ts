import { formatDay, formatLabel, pageLanguage } from 'c/labelFormat';

describe('formatLabel', () => {
    it('fills placeholders by index, in any order', () => {
        expect(formatLabel('{1} of {0}', 'CHS', 3)).toBe('3 of CHS');
    });

    it('keeps a placeholder that has no value', () => {
        expect(formatLabel('{0} and {2}', 'one')).toBe('one and {2}');
    });
});

describe('formatDay', () => {
    afterEach(() => {
        document.documentElement.lang = '';
    });

    it('writes the day in the page language', () => {
        document.documentElement.lang = 'fr';
        expect(formatDay('2026-11-26T10:00:00Z')).toBe('26 nov. 2026');
    });

    it('falls back to English and answers nothing for no date', () => {
        expect(pageLanguage()).toBe('en');
        expect(formatDay('2026-11-26T10:00:00Z')).toBe('Nov 26, 2026');
        expect(formatDay(null)).toBe('');
    });
});
