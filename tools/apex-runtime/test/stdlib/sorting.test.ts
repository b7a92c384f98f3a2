import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages, unsupported } from './outcomes';

test('primitives sort ascending: the List Sorting example, numbers and dates', () => {
    assert.deepEqual(
        messages(`
            List<String> colors = new List<String>{ 'Yellow', 'Red', 'Green' };
            colors.sort();
            System.debug(colors);
            List<Decimal> days = new List<Decimal>{ 3.5, 1, 2.25, 1 };
            days.sort();
            System.debug(days);
            List<Date> dates = new List<Date>{ Date.newInstance(2026, 3, 1), Date.newInstance(2025, 1, 1) };
            dates.sort();
            System.debug(dates[0].year());`),
        ['(Green, Red, Yellow)', '(1, 1, 2.25, 3.5)', '2025']
    );
});

const ranked = {
    file: 'Ranked.cls',
    source: `public class Ranked implements Comparable {
        public Integer rank;
        public Ranked(Integer rank) { this.rank = rank; }
        public Integer compareTo(Object other) { return rank - ((Ranked) other).rank; }
    }`
};
const descending = {
    file: 'Descending.cls',
    source: `public class Descending implements System.Comparator<Ranked> {
        public Integer compare(Ranked a, Ranked b) { return b.rank - a.rank; }
    }`
};

test('Comparable objects sort by compareTo, and sort(comparator) by compare', () => {
    assert.deepEqual(
        messages(
            `List<Ranked> items = new List<Ranked>{ new Ranked(3), new Ranked(1), new Ranked(2) };
            items.sort();
            System.debug(items[0].rank + ' ' + items[1].rank + ' ' + items[2].rank);
            items.sort(new Descending());
            System.debug(items[0].rank + ' ' + items[1].rank + ' ' + items[2].rank);`,
            [ranked, descending]
        ),
        ['1 2 3', '3 2 1']
    );
});

test('sObjects of one type sort by Name, empty names first', () => {
    assert.deepEqual(
        messages(`
            List<Account> accounts = new List<Account>{ new Account(Name = 'Beta'), new Account(), new Account(Name = 'Alpha') };
            accounts.sort();
            System.debug(accounts[0].Name + ' ' + accounts[1].Name + ' ' + accounts[2].Name);`),
        ['null Alpha Beta']
    );
});

test('orders the guide leaves open are UNSUPPORTED', () => {
    assert.match(unsupported("List<String> s = new List<String>{ 'a', 'B' }; s.sort();"), /depends on case/);
    assert.match(unsupported("List<String> s = new List<String>{ 'b', null }; s.sort();"), /null/);
    assert.match(unsupported('List<Decimal> d = new List<Decimal>{ 1.0, 1.00 }; d.sort();'), /compare equal/);
    assert.match(
        unsupported(
            "List<Account> a = new List<Account>{ new Account(Name = 'A'), new Account(Name = 'A') }; a.sort();"
        ),
        /same Name/
    );
});

test('SObject.clone clears the Id unless preserveId, and a shallow copy is independent', () => {
    assert.deepEqual(
        messages(`
            Account original = new Account(Name = 'Acme');
            insert original;
            Account copy = original.clone();
            copy.Name = 'Copy';
            System.debug(copy.Id == null);
            System.debug(original.Name);
            System.debug(original.clone(true).Id == original.Id);
            System.debug(original.getSObjectType() == Account.SObjectType);
            System.debug(original.Id.getSObjectType() == Account.SObjectType);`),
        ['true', 'Acme', 'true', 'true', 'true']
    );
});
