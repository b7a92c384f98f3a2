import { formatLabel } from 'c/labelFormat';

describe('formatLabel', () => {
    it('fills placeholders by index, in any order', () => {
        expect(formatLabel('{1} of {0}', 'CHS', 3)).toBe('3 of CHS');
    });

    it('keeps a placeholder that has no value', () => {
        expect(formatLabel('{0} and {2}', 'one')).toBe('one and {2}');
    });
});
