import { errorCode, reduceErrors } from 'c/exchangeErrors';

const payload = JSON.stringify({ code: 'NOT_A_MEMBER', message: 'Members only' });

describe('reduceErrors', () => {
    it('reads the translated message of an Exchange payload', () => {
        expect(reduceErrors({ body: { message: payload } })).toEqual(['Members only']);
    });

    it('shows a plain Apex message as it is', () => {
        expect(reduceErrors({ body: { message: 'Plain failure' } })).toEqual(['Plain failure']);
    });

    it('keeps a message that only looks like JSON', () => {
        expect(reduceErrors({ body: { message: '{not json' } })).toEqual(['{not json']);
        expect(reduceErrors({ body: { message: '{"code": 1}' } })).toEqual(['{"code": 1}']);
    });

    it('reads lists of errors in a body', () => {
        expect(reduceErrors({ body: [{ message: 'First' }, { message: 'Second' }, { other: true }] })).toEqual([
            'First',
            'Second'
        ]);
    });

    it('reads page and field errors of a record operation', () => {
        const error = {
            body: {
                pageErrors: [{ message: 'Page problem' }],
                fieldErrors: { Name: [{ message: 'Name problem' }] }
            }
        };
        expect(reduceErrors(error)).toEqual(['Page problem', 'Name problem']);
    });

    it('reads strings and arrays, without duplicates', () => {
        expect(reduceErrors(['Broken', 'Broken', 'Other'])).toEqual(['Broken', 'Other']);
        expect(reduceErrors({ message: 'Not allowed here.' })).toEqual(['Not allowed here.']);
    });

    it('never shows a script error as it is, only the generic message (B19)', () => {
        expect(reduceErrors(new SyntaxError("Expected property name or '}' in JSON at position 1"))).toEqual([
            'c.Error_Unexpected'
        ]);
        const apexError = Object.assign(new Error('x'), { body: { message: 'Refused by Apex.' } });
        expect(reduceErrors(apexError)).toEqual(['Refused by Apex.']);
    });

    it('falls back to the generic message for an error it cannot read', () => {
        expect(reduceErrors({ status: 500 })).toEqual(['c.Error_Unexpected']);
        expect(reduceErrors({ body: 'not an object' })).toEqual(['c.Error_Unexpected']);
        expect(reduceErrors(42)).toEqual(['c.Error_Unexpected']);
    });

    it('has nothing to say when there is no error', () => {
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors(null)).toEqual([]);
    });
});

describe('errorCode', () => {
    it('returns the stable code of an Exchange payload', () => {
        expect(errorCode({ body: { message: payload } })).toBe('NOT_A_MEMBER');
    });

    it('returns undefined for errors without a code', () => {
        expect(errorCode(new Error('No code'))).toBeUndefined();
        expect(errorCode(undefined)).toBeUndefined();
    });
});
