import { kindLabel, outcomeLabel, reasonLabel, reasonOptions, statusOptions } from 'c/moderationLabels';

describe('c/moderationLabels', () => {
    it('offers every reason and status in order, translated', () => {
        expect(reasonOptions().map((option) => option.value)).toEqual([
            'Harassment',
            'Hate',
            'Spam',
            'Misinformation',
            'Privacy',
            'Other'
        ]);
        expect(reasonOptions()[0]!.label).toBe('c.Report_Reason_Harassment');
        expect(statusOptions().map((option) => option.value)).toEqual(['Open', 'Actioned', 'Dismissed']);
    });

    it('names reasons, outcomes and kinds, and keeps a value added since as it is', () => {
        expect(reasonLabel('Spam')).toBe('c.Report_Reason_Spam');
        expect(reasonLabel('Fraud')).toBe('Fraud');
        expect(outcomeLabel('Member_Warned')).toBe('c.Report_Outcome_Member_Warned');
        expect(outcomeLabel('Banned')).toBe('Banned');
        expect(outcomeLabel(null)).toBe('');
        expect(kindLabel('Member')).toBe('c.Report_Kind_Member');
        expect(kindLabel('File')).toBe('c.Report_Kind_File');
        expect(kindLabel('Resource')).toBe('Resource');
    });
});
