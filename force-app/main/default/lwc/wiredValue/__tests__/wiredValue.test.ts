import { wiredValue } from 'c/wiredValue';

describe('c/wiredValue', () => {
    it('is loading before anything arrives', () => {
        expect(wiredValue()).toEqual({
            data: undefined,
            error: undefined,
            hasError: false,
            hasData: false,
            isLoading: true
        });
        expect(wiredValue({ data: undefined, error: undefined }).isLoading).toBe(true);
    });

    it('holds data, including a null answer', () => {
        expect(wiredValue({ data: [1, 2] })).toMatchObject({ data: [1, 2], hasData: true, isLoading: false });
        expect(wiredValue<string | null>({ data: null })).toMatchObject({
            data: null,
            hasData: true,
            isLoading: false
        });
    });

    it('holds an error, and drops data that came with it', () => {
        const failure = { body: { message: 'Refused' } };

        expect(wiredValue({ data: 'stale', error: failure })).toEqual({
            data: undefined,
            error: failure,
            hasError: true,
            hasData: false,
            isLoading: false
        });
    });
});
