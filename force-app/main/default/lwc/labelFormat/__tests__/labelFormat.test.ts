import {
    characterCount,
    directionalIcon,
    formatDay,
    formatLabel,
    formatSize,
    isRightToLeft,
    pageLanguage
} from 'c/labelFormat';

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

describe('right to left', () => {
    afterEach(() => {
        document.documentElement.lang = '';
        document.documentElement.dir = '';
    });

    it('knows the page reads right to left from its direction or, as in LWR, from its language alone', () => {
        expect(isRightToLeft()).toBe(false);
        document.documentElement.lang = 'ar-EG';
        expect(isRightToLeft()).toBe(true);
        document.documentElement.lang = 'fr';
        document.documentElement.dir = 'rtl';
        expect(isRightToLeft()).toBe(true);
    });

    it('mirrors the icons that point back or onwards, and leaves the others (B14)', () => {
        expect(directionalIcon('utility:back')).toBe('utility:back');
        document.documentElement.lang = 'ar';
        expect(directionalIcon('utility:back')).toBe('utility:forward');
        expect(directionalIcon('utility:chevronright')).toBe('utility:chevronleft');
        expect(directionalIcon('utility:add')).toBe('utility:add');
    });
});

describe('formatSize', () => {
    it('spells bytes out and shortens the larger units (B20: not "16 byte")', () => {
        expect(formatSize(16)).toBe('16 bytes');
        expect(formatSize(1)).toBe('1 byte');
        expect(formatSize(3 * 1024)).toBe('3 kB');
    });
});

describe('characterCount', () => {
    afterEach(() => {
        document.documentElement.lang = '';
    });

    it('counts what is typed against the limit, both written in the page language', () => {
        expect(characterCount('{0} of {1} characters', 'Radio', 10000)).toBe('5 of 10,000 characters');
        document.documentElement.lang = 'fr';
        expect(characterCount('{0} sur {1}', 'x'.repeat(1200), 4000)).toBe('1\u202f200 sur 4\u202f000');
    });

    it('says nothing while the limit is not known, and counts nothing typed as zero', () => {
        expect(characterCount('{0} of {1}', 'Radio', undefined)).toBe('');
        expect(characterCount('{0} of {1}', 'Radio', null)).toBe('');
        expect(characterCount('{0} of {1}', null, 80)).toBe('0 of 80');
    });
});
