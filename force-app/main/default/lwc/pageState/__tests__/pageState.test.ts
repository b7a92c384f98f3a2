import { queryFrom, readPage, readState, stateOfQuery, withState, type QueryFields } from 'c/pageState';

const PAGE = { type: 'comm__namedPage', attributes: { name: 'Groups__c' } };

describe('c/pageState', () => {
    it('reads the prefixed key, and the links sent before the prefix', () => {
        expect(readState({ ...PAGE, state: { c__group: 'g1', group: 'g0' } }, 'group')).toBe('g1');
        expect(readState({ ...PAGE, state: { group: 'g0' } }, 'group')).toBe('g0');
        expect(readState({ ...PAGE, state: { c__q: '' } }, 'q')).toBeUndefined();
        expect(readState(PAGE, 'group')).toBeUndefined();
        expect(readState(undefined, 'group')).toBeUndefined();
    });

    it('leaves the site its own unprefixed keys, even one with the same name', () => {
        expect(readState({ ...PAGE, state: { page: 'groups' } }, 'page')).toBeUndefined();
        const changed = withState({ ...PAGE, state: { page: 'groups', tab: 'all' } }, { page: '2' });
        expect(changed.state).toEqual({ page: 'groups', tab: 'all', c__page: '2' });
    });

    it('changes only the keys asked for, removes emptied ones, and the old unprefixed form with them', () => {
        const reference = { ...PAGE, state: { group: 'g0', tab: 'all' } };
        const changed = withState(reference, { group: 'g2', view: '' });

        expect(changed).toEqual({
            ...PAGE,
            state: { tab: 'all', group: undefined, c__group: 'g2', c__view: undefined }
        });
        expect(reference.state.group).toBe('g0');
        expect(withState(PAGE, { group: 'g3' }).state).toEqual({ c__group: 'g3' });
    });

    it('reads a whole query from the address, fresh values first, and writes back only what differs', () => {
        interface Query {
            text?: string | null;
            page?: number;
            mine?: boolean;
        }
        const fields: QueryFields<Query> = {
            text: { key: 'q' },
            page: { key: 'page', fresh: 1, read: (text) => Number(text) || 1 },
            mine: { key: 'mine', read: (text) => text === 'true' }
        };

        expect(queryFrom(undefined, fields)).toEqual({ page: 1 });
        const query = queryFrom({ ...PAGE, state: { c__q: 'Mali', c__page: 'x', c__mine: 'true' } }, fields);
        expect(query).toEqual({ page: 1, text: 'Mali', mine: true });
        expect(Object.keys(query)).toEqual(['page', 'text', 'mine']);
        expect(stateOfQuery({ text: 'Mali', page: 3, mine: false }, fields)).toEqual({
            q: 'Mali',
            page: '3',
            mine: undefined
        });
        expect(stateOfQuery({ text: null, page: 1, mine: true }, fields)).toEqual({
            q: undefined,
            page: undefined,
            mine: 'true'
        });
    });

    it('reads a page number as a whole number from 1, and anything else as the first page', () => {
        expect(readPage('3')).toBe(3);
        expect(['', 'x', '0', '-2', '1.5', 'Infinity'].map(readPage)).toEqual([1, 1, 1, 1, 1, 1]);
    });
});
