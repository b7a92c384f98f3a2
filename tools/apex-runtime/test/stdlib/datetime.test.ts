import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadSources } from '../../src/runner/project';
import { runTests, testClasses } from '../../src/runner/test-runner';
import { messages, unsupported } from './outcomes';

// The running user is in America/Los_Angeles: UTC-8 in winter, UTC-7 in summer.

test('Datetime.newInstance reads local time; newInstanceGmt and getTime read GMT', () => {
    assert.deepEqual(
        messages(`
            Datetime local = Datetime.newInstance(2026, 1, 15, 9, 30, 0);
            System.debug(local.getTime());
            System.debug(local == Datetime.newInstanceGmt(2026, 1, 15, 17, 30, 0));
            System.debug(local.formatGmt('yyyy-MM-dd HH:mm:ss'));
            System.debug(local.format('yyyy-MM-dd HH:mm:ss Z'));
            System.debug(local.format('EEE d MMM h:mm a', 'Europe/Paris'));
            System.debug(Datetime.newInstance(Date.newInstance(2026, 7, 1), Time.newInstance(12, 0, 0, 0)).formatGmt('HH:mm'));
            System.debug(Datetime.newInstance(0L).formatGmt('yyyy-MM-dd\\'T\\'HH:mm:ss.SSS'));`),
        [
            '1768498200000',
            'true',
            '2026-01-15 17:30:00',
            '2026-01-15 09:30:00 -0800',
            'Thu 15 Jan 6:30 PM',
            '19:00',
            '1970-01-01T00:00:00.000'
        ]
    );
});

test('date() is the local day and dateGmt() the GMT day of the same instant', () => {
    assert.deepEqual(
        messages(`
            Datetime lateEvening = Datetime.newInstance(2026, 1, 15, 20, 0, 0);
            System.debug(lateEvening.date().day() + ' ' + lateEvening.dateGmt().day());
            System.debug(lateEvening.hour() + ' ' + lateEvening.hourGmt());
            System.debug(lateEvening.time().hour());`),
        ['15 16', '20 4', '20']
    );
});

test('calendar steps keep the local time; hours, minutes and seconds are exact', () => {
    assert.deepEqual(
        messages(`
            Datetime start = Datetime.newInstance(2026, 1, 15, 12, 0, 0);
            System.debug(start.addDays(20).format('yyyy-MM-dd HH:mm'));
            System.debug(start.addMonths(1).format('yyyy-MM-dd HH:mm'));
            System.debug(start.addYears(-1).format('yyyy-MM-dd HH:mm'));
            System.debug(start.addHours(13).addMinutes(2).addSeconds(3).format('yyyy-MM-dd HH:mm:ss'));
            System.debug(start < start.addSeconds(1));
            System.debug(start.addDays(1) > start);`),
        ['2026-02-04 12:00', '2026-02-15 12:00', '2025-01-15 12:00', '2026-01-16 01:02:03', 'true', 'true']
    );
});

test('Date arithmetic, daysBetween, monthsBetween and the start of month and week', () => {
    assert.deepEqual(
        messages(`
            Date d = Date.newInstance(2024, 1, 31);
            System.debug(d.addDays(30).month() + '/' + d.addDays(30).day());
            System.debug(d.daysBetween(Date.newInstance(2024, 3, 1)));
            System.debug(d.monthsBetween(Date.newInstance(2024, 3, 1)));
            System.debug(d.toStartOfMonth().day());
            System.debug(Date.newInstance(2026, 12, 2).toStartOfWeek().day());
            System.debug(Date.isLeapYear(2024) + ' ' + Date.daysInMonth(2023, 2));
            System.debug(Date.newInstance(2024, 3, 1) > d);
            Date nothing; System.debug(nothing < d);
            System.debug(Date.valueOf('2024-02-29').dayOfYear());`),
        ['3/1', '30', '2', '1', '29', 'true 28', 'true', 'false', '60']
    );
});

test('now and today come from the clock, today in the user time zone', () => {
    assert.deepEqual(
        messages(`
            Datetime before = Datetime.now();
            System.debug(System.now() >= before);
            System.debug(Date.today() == System.now().date());
            System.debug(Date.today() == System.today());`),
        ['true', 'true', 'true']
    );
});

test('Dates and Datetimes are Set elements and Map keys by value', () => {
    assert.deepEqual(
        messages(`
            Set<Date> days = new Set<Date>{ Date.newInstance(2026, 1, 1), Date.newInstance(2026, 1, 1) };
            System.debug(days.size());
            Map<Datetime, String> at = new Map<Datetime, String>{ Datetime.newInstanceGmt(2026, 1, 1, 0, 0, 0) => 'x' };
            System.debug(at.get(Datetime.newInstance(2025, 12, 31, 16, 0, 0)));`),
        ['1', 'x']
    );
});

test('what the pages leave open is UNSUPPORTED', () => {
    assert.match(unsupported('Datetime.now().format();'), /locale format/);
    assert.match(unsupported('Date.today().format();'), /locale format/);
    assert.match(unsupported('Datetime.newInstance(2026, 3, 1, 12, 0, 0).addDays(10);'), /across a UTC offset change/);
    assert.match(unsupported('Date.newInstance(2024, 1, 31).addMonths(1);'), /shorter month/);
    assert.match(unsupported('Datetime.newInstance(2026, 3, 8, 2, 30, 0);'), /does not exist/);
    assert.match(unsupported('Date.newInstance(2024, 2, 30);'), /out-of-range/);
    assert.match(unsupported("System.debug('' + Date.today());"), /String.valueOf of a Date/);
    assert.match(unsupported('Datetime d = Date.today();'), /Date converted to a Datetime/);
});

const RUN_AS_TEST = `@IsTest
private class TimeZoneTest {
    @IsTest
    static void readsTheRunningUserZone() {
        Profile standard = [SELECT Id FROM Profile WHERE Name = 'Standard User'];
        User londoner = new User(Username = 'london@example.com', LastName = 'London', Email = 'london@example.com',
            Alias = 'ldn', LanguageLocaleKey = 'en_US', LocaleSidKey = 'en_GB', TimeZoneSidKey = 'Europe/London',
            EmailEncodingKey = 'UTF-8', ProfileId = standard.Id);
        System.runAs(new User(Id = UserInfo.getUserId())) {
            insert londoner;
        }
        Assert.areEqual(17, Datetime.newInstance(2026, 1, 15, 9, 30, 0).hourGmt(), 'Los Angeles, UTC-8');
        System.runAs(londoner) {
            Assert.areEqual(9, Datetime.newInstance(2026, 1, 15, 9, 30, 0).hourGmt(), 'London, UTC+0');
        }
    }

    @IsTest
    static void setsTheCreatedDate() {
        Account account = new Account(Name = 'Acme');
        insert account;
        Datetime lastYear = Datetime.newInstanceGmt(2025, 6, 1, 12, 0, 0);
        Test.setCreatedDate(account.Id, lastYear);
        Account stored = [SELECT CreatedDate FROM Account WHERE Id = :account.Id];
        Assert.areEqual(lastYear, stored.CreatedDate, 'The date the test set');
        Assert.areEqual(1, [SELECT COUNT() FROM Account WHERE CreatedDate < :Datetime.now().addHours(-1)], 'Seen by SOQL');
    }
}`;

test('runAs reads the running user time zone; Test.setCreatedDate sets what SOQL reads', () => {
    const project = loadSources('.', [{ file: 'classes/TimeZoneTest.cls', source: RUN_AS_TEST }]);
    const results = runTests(project, testClasses(project, undefined));
    assert.equal(results.length, 2);
    for (const result of results) {
        assert.equal(result.verdict, 'PASS', JSON.stringify(result));
    }
});
