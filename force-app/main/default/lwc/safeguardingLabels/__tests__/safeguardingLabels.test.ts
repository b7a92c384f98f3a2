import { categoryLabel, categoryOptions, complaintStatusLabel, complaintStatusOptions } from 'c/safeguardingLabels';

describe('c/safeguardingLabels', () => {
    it('offers every category and status in order, translated', () => {
        expect(categoryOptions().map((option) => option.value)).toEqual([
            'Fraud',
            'Abuse_Of_Power',
            'Sexual_Exploitation_Abuse',
            'Other_Safeguarding'
        ]);
        expect(complaintStatusOptions()[1]).toEqual({ label: 'c.Complaint_Status_In_Review', value: 'In_Review' });
    });

    it('names categories and statuses, and keeps a value added since as it is', () => {
        expect(categoryLabel('Fraud')).toBe('c.Complaint_Category_Fraud');
        expect(categoryLabel('Theft')).toBe('Theft');
        expect(complaintStatusLabel('Closed')).toBe('c.Complaint_Status_Closed');
        expect(complaintStatusLabel('Archived')).toBe('Archived');
    });
});
