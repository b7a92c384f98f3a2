import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { dateTime } from '../org/index';
import {
    apexDate,
    apexDatetime,
    apexTime,
    integer,
    isNumber,
    long,
    type ApexDate,
    type ApexDatetime,
    type ApexTime,
    type ApexValue
} from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { arity, integerArg, signature, stringArg, unsupportedCall } from './arguments';

/**
 * Date, Datetime and Time (Date Class:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_date.htm;
 * Datetime Class:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_datetime.htm;
 * Time Class:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_time.htm).
 * A Datetime is an instant; the methods without `Gmt` read and build it in the context user's time
 * zone, the running user's TimeZoneSidKey, converted with the ICU data Node carries. "Now" is the
 * machine's clock when the method runs, as it is the server's in an org; no test may depend on
 * its value.
 *
 * UNSUPPORTED because the pages leave them open: the locale formats of format() with no pattern,
 * addDays/addMonths/addYears across a change of the user's UTC offset (whether the wall-clock time
 * or the elapsed hours are kept), addMonths/addYears onto a day the target month lacks, local
 * times a daylight-saving change skips or repeats, out-of-range components, and the text of a
 * Date, Datetime or Time in concatenation or System.debug.
 */

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------- calendar arithmetic

interface Civil {
    readonly year: number;
    readonly month: number;
    readonly day: number;
}

interface WallClock extends Civil {
    readonly hour: number;
    readonly minute: number;
    readonly second: number;
    readonly millisecond: number;
}

function civilOf(epochDay: number): Civil {
    const date = new Date(epochDay * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function epochDayOf(year: number, month: number, day: number): number {
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, day);
    return Math.round(utc.getTime() / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
    return civilOf(epochDayOf(year, month + 1, 1) - 1).day;
}

function wallClockOf(utcMs: number): WallClock {
    const date = new Date(utcMs);
    return {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
        second: date.getUTCSeconds(),
        millisecond: date.getUTCMilliseconds()
    };
}

function utcOfWallClock(wall: WallClock): number {
    return epochDayOf(wall.year, wall.month, wall.day) * DAY_MS + millisOfDay(wall);
}

function millisOfDay(wall: Pick<WallClock, 'hour' | 'minute' | 'second' | 'millisecond'>): number {
    return ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000 + wall.millisecond;
}

// ---------------------------------------------------------------- time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in milliseconds (local = UTC + offset). */
function offsetAt(epochMs: number, timeZone: string): number {
    let formatter = formatters.get(timeZone);
    if (formatter === undefined) {
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone,
            era: 'short',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            hourCycle: 'h23'
        });
        formatters.set(timeZone, formatter);
    }
    const whole = Math.floor(epochMs / 1000) * 1000;
    const parts = formatter.formatToParts(new Date(whole));
    const part = (type: string): number => Number(parts.find((candidate) => candidate.type === type)?.value);
    const era = parts.find((candidate) => candidate.type === 'era')?.value;
    const year = era === 'BC' ? 1 - part('year') : part('year');
    const local = utcOfWallClock({
        year,
        month: part('month'),
        day: part('day'),
        hour: part('hour'),
        minute: part('minute'),
        second: part('second'),
        millisecond: 0
    });
    return local - whole;
}

function localWallClock(epochMs: number, timeZone: string): WallClock {
    return wallClockOf(epochMs + offsetAt(epochMs, timeZone));
}

/** The instant a local wall-clock time names; a time a daylight-saving change skips or repeats is refused. */
function instantOfLocal(wall: WallClock, timeZone: string, loc: CallSite['loc']): number {
    const asUtc = utcOfWallClock(wall);
    const candidates = new Set(
        [offsetAt(asUtc - DAY_MS / 2, timeZone), offsetAt(asUtc + DAY_MS / 2, timeZone)]
            .map((offset) => asUtc - offset)
            .filter((instant) => instant + offsetAt(instant, timeZone) === asUtc)
    );
    const [only] = candidates;
    if (candidates.size !== 1 || only === undefined) {
        throw new UnsupportedError(
            `a local time that ${candidates.size === 0 ? 'does not exist' : 'occurs twice'} in ${timeZone}`,
            loc
        );
    }
    return only;
}

/** The context user's time zone: the running user's TimeZoneSidKey, the one SOQL date literals use. */
function userTimeZone(site: CallSite): string {
    return site.interpreter.session.runningUserTimeZone();
}

function runningUserText(site: CallSite, field: string): string {
    const session = site.interpreter.session;
    const value = session.org.store.get(session.runningUserId)?.values.get(field);
    if (typeof value !== 'string') {
        throw new UnsupportedError(`the running user's ${field}, which is not set`, site.loc);
    }
    return value;
}

// ---------------------------------------------------------------- arguments

function dateArg(site: CallSite, name: string, args: readonly ApexValue[], index: number): ApexDate {
    const arg = args[index] ?? null;
    if (arg === null) {
        return site.interpreter.nullPointer();
    }
    return typeof arg === 'object' && arg.kind === 'Date' ? arg : unsupportedCall(site, name, args);
}

function datetimeArg(site: CallSite, name: string, args: readonly ApexValue[], index: number): ApexDatetime {
    const arg = args[index] ?? null;
    if (arg === null) {
        return site.interpreter.nullPointer();
    }
    return typeof arg === 'object' && arg.kind === 'Datetime' ? arg : unsupportedCall(site, name, args);
}

function timeArg(site: CallSite, name: string, args: readonly ApexValue[], index: number): ApexTime {
    const arg = args[index] ?? null;
    if (arg === null) {
        return site.interpreter.nullPointer();
    }
    return typeof arg === 'object' && arg.kind === 'Time' ? arg : unsupportedCall(site, name, args);
}

function integers(site: CallSite, name: string, args: readonly ApexValue[]): number[] {
    return args.map((_arg, index) => integerArg(site, name, args, index));
}

function checkedCivil(site: CallSite, name: string, year: number, month: number, day: number): Civil {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        throw new UnsupportedError(`${name} with the out-of-range date ${year}-${month}-${day}`, site.loc);
    }
    return { year, month, day };
}

function checkedTime(site: CallSite, name: string, parts: readonly number[]): number {
    const [hour = 0, minute = 0, second = 0, millisecond = 0] = parts;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
        throw new UnsupportedError(`${name} with an out-of-range time`, site.loc);
    }
    if (millisecond < 0 || millisecond > 999) {
        throw new UnsupportedError(`${name} with an out-of-range time`, site.loc);
    }
    return millisOfDay({ hour, minute, second, millisecond });
}

function timeParts(millis: number): Pick<WallClock, 'hour' | 'minute' | 'second' | 'millisecond'> {
    return {
        hour: Math.floor(millis / 3_600_000),
        minute: Math.floor(millis / 60_000) % 60,
        second: Math.floor(millis / 1000) % 60,
        millisecond: millis % 1000
    };
}

// ---------------------------------------------------------------- building

function now(site: CallSite): ApexDatetime {
    return apexDatetime(site.interpreter.session.context().now());
}

function today(site: CallSite): ApexDate {
    const wall = localWallClock(now(site).epochMs, userTimeZone(site));
    return apexDate(epochDayOf(wall.year, wall.month, wall.day));
}

/** A Datetime from a day and a time of day, in the user's zone or in GMT. */
function datetimeOf(site: CallSite, day: ApexDate, millis: number, zone: 'local' | 'gmt'): ApexDatetime {
    const wall: WallClock = { ...civilOf(day.epochDay), ...timeParts(millis) };
    return apexDatetime(zone === 'gmt' ? utcOfWallClock(wall) : instantOfLocal(wall, userTimeZone(site), site.loc));
}

function newDatetime(site: CallSite, name: string, args: readonly ApexValue[], zone: 'local' | 'gmt'): ApexDatetime {
    const first = args[0] ?? null;
    if (args.length === 2 && first !== null && typeof first === 'object' && first.kind === 'Date') {
        return datetimeOf(site, first, timeArg(site, name, args, 1).millisOfDay, zone);
    }
    if (args.length === 3 || args.length === 6) {
        const [year = 0, month = 0, day = 0, ...time] = integers(site, name, args);
        const civil = checkedCivil(site, name, year, month, day);
        return datetimeOf(
            site,
            apexDate(epochDayOf(civil.year, civil.month, civil.day)),
            checkedTime(site, name, time),
            zone
        );
    }
    return unsupportedCall(site, name, args);
}

/** `yyyy-MM-dd` or `yyyy-MM-dd HH:mm:ss`, the standard format the valueOf methods document. */
function parseStandard(site: CallSite, name: string, text: string): WallClock {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
    if (match === null) {
        throw new UnsupportedError(`${name} of ${JSON.stringify(text)}, not in the standard format`, site.loc);
    }
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
        .slice(1)
        .map((part) => Number(part ?? 0));
    checkedCivil(site, name, year, month, day);
    checkedTime(site, name, [hour, minute, second, 0]);
    return { year, month, day, hour, minute, second, millisecond: 0 };
}

// ---------------------------------------------------------------- calendar steps

/**
 * Months added to a day; a day the target month lacks (Jan 31 plus one month) is refused, since
 * the pages do not say whether it is clamped or rolled over.
 */
function addMonthsTo(site: CallSite, civil: Civil, months: number): Civil {
    const index = civil.year * 12 + (civil.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (civil.day > daysInMonth(year, month)) {
        throw new UnsupportedError(`adding months to day ${civil.day} of a month onto a shorter month`, site.loc);
    }
    return { year, month, day: civil.day };
}

function civilEpochDay(civil: Civil): number {
    return epochDayOf(civil.year, civil.month, civil.day);
}

/** Days, months or years added to a Datetime in the user's zone, keeping its local time of day. */
function addCalendar(site: CallSite, value: ApexDatetime, step: (civil: Civil) => Civil): ApexDatetime {
    const zone = userTimeZone(site);
    const wall = localWallClock(value.epochMs, zone);
    const moved = { ...wall, ...step(wall) };
    const instant = instantOfLocal(moved, zone, site.loc);
    if (offsetAt(instant, zone) !== offsetAt(value.epochMs, zone)) {
        throw new UnsupportedError(`a Datetime moved by calendar days across a UTC offset change in ${zone}`, site.loc);
    }
    return apexDatetime(instant);
}

// ---------------------------------------------------------------- format patterns

const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A Java SimpleDateFormat pattern, the form Datetime.format(dateFormatString) takes (the Datetime
 * Class page points to Java's SimpleDateFormat). Month and weekday names are English and only
 * given for an en_US user; letters outside this set are refused.
 */
function formatPattern(site: CallSite, pattern: string, wall: WallClock, offsetMs: number, locale: string): string {
    let out = '';
    let index = 0;
    const english = (): void => {
        if (locale !== 'en_US') {
            throw new UnsupportedError(`month or weekday names for the locale ${locale}`, site.loc);
        }
    };
    while (index < pattern.length) {
        const char = pattern.charAt(index);
        if (char === "'") {
            const end = pattern.indexOf("'", index + 1);
            if (end === -1) {
                throw new UnsupportedError(`the format pattern ${JSON.stringify(pattern)}`, site.loc);
            }
            out += end === index + 1 ? "'" : pattern.slice(index + 1, end);
            index = end + 1;
            continue;
        }
        if (!/[a-zA-Z]/.test(char)) {
            out += char;
            index++;
            continue;
        }
        let count = 1;
        while (pattern.charAt(index + count) === char) {
            count++;
        }
        index += count;
        const padded = (value: number): string => String(value).padStart(count, '0');
        switch (char) {
            case 'y':
                out += count === 2 ? String(wall.year % 100).padStart(2, '0') : padded(wall.year);
                break;
            case 'M':
                if (count >= 3) {
                    english();
                    const name = MONTHS[wall.month - 1] ?? '';
                    out += count === 3 ? name.slice(0, 3) : name;
                } else {
                    out += padded(wall.month);
                }
                break;
            case 'd':
                out += padded(wall.day);
                break;
            case 'H':
                out += padded(wall.hour);
                break;
            case 'h':
                out += padded(wall.hour % 12 === 0 ? 12 : wall.hour % 12);
                break;
            case 'm':
                out += padded(wall.minute);
                break;
            case 's':
                out += padded(wall.second);
                break;
            case 'S':
                out += padded(wall.millisecond);
                break;
            case 'a':
                english();
                out += wall.hour < 12 ? 'AM' : 'PM';
                break;
            case 'E': {
                english();
                const name = WEEKDAYS[new Date(utcOfWallClock(wall)).getUTCDay()] ?? '';
                out += count <= 3 ? name.slice(0, 3) : name;
                break;
            }
            case 'Z': {
                const minutes = Math.round(Math.abs(offsetMs) / 60_000);
                const sign = offsetMs < 0 ? '-' : '+';
                out += `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
                break;
            }
            default:
                throw new UnsupportedError(`the format letter ${char} in ${JSON.stringify(pattern)}`, site.loc);
        }
    }
    return out;
}

function formatIn(site: CallSite, value: ApexDatetime, pattern: string, timeZone: string): string {
    const offset = timeZone === 'GMT' ? 0 : offsetAt(value.epochMs, timeZone);
    return formatPattern(
        site,
        pattern,
        wallClockOf(value.epochMs + offset),
        offset,
        runningUserText(site, 'localesidkey')
    );
}

// ---------------------------------------------------------------- installation

function installStatics(registry: BuiltinRegistry): void {
    for (const owner of ['Datetime', 'System']) {
        registry.addStatic(owner, 'now', (site, args) => {
            arity(site, `${owner}.now`, args, 0);
            return now(site);
        });
    }
    for (const owner of ['Date', 'System']) {
        registry.addStatic(owner, 'today', (site, args) => {
            arity(site, `${owner}.today`, args, 0);
            return today(site);
        });
    }
    registry.addStatic('Datetime', 'newInstance', (site, args) => {
        const only = args[0] ?? null;
        if (args.length === 1 && isNumber(only) && (only.kind === 'Long' || only.kind === 'Integer')) {
            // milliseconds since January 1, 1970, 00:00:00 GMT
            return apexDatetime(Number(only.value));
        }
        return newDatetime(site, 'Datetime.newInstance', args, 'local');
    });
    registry.addStatic('Datetime', 'newInstanceGmt', (site, args) =>
        newDatetime(site, 'Datetime.newInstanceGmt', args, 'gmt')
    );
    registry.addStatic('Datetime', 'valueOf', (site, args) => {
        arity(site, 'Datetime.valueOf', args, 1);
        const wall = parseStandard(site, 'Datetime.valueOf', stringArg(site, 'Datetime.valueOf', args, 0));
        return apexDatetime(instantOfLocal(wall, userTimeZone(site), site.loc));
    });
    registry.addStatic('Datetime', 'valueOfGmt', (site, args) => {
        arity(site, 'Datetime.valueOfGmt', args, 1);
        return apexDatetime(
            utcOfWallClock(parseStandard(site, 'Datetime.valueOfGmt', stringArg(site, 'Datetime.valueOfGmt', args, 0)))
        );
    });
    registry.addStatic('Date', 'newInstance', (site, args) => {
        arity(site, 'Date.newInstance', args, 3);
        const [year = 0, month = 0, day = 0] = integers(site, 'Date.newInstance', args);
        return apexDate(civilEpochDay(checkedCivil(site, 'Date.newInstance', year, month, day)));
    });
    registry.addStatic('Date', 'valueOf', (site, args) => {
        arity(site, 'Date.valueOf', args, 1);
        const text = args[0] ?? null;
        if (typeof text !== 'string') {
            return unsupportedCall(site, 'Date.valueOf', args);
        }
        return apexDate(civilEpochDay(parseStandard(site, 'Date.valueOf', text)));
    });
    registry.addStatic('Date', 'daysInMonth', (site, args) => {
        arity(site, 'Date.daysInMonth', args, 2);
        const [year = 0, month = 0] = integers(site, 'Date.daysInMonth', args);
        checkedCivil(site, 'Date.daysInMonth', year, month, 1);
        return integer(daysInMonth(year, month));
    });
    registry.addStatic('Date', 'isLeapYear', (site, args) => {
        arity(site, 'Date.isLeapYear', args, 1);
        const [year = 0] = integers(site, 'Date.isLeapYear', args);
        return daysInMonth(year, 2) === 29;
    });
    registry.addStatic('Time', 'newInstance', (site, args) => {
        arity(site, 'Time.newInstance', args, 4);
        return apexTime(checkedTime(site, 'Time.newInstance', integers(site, 'Time.newInstance', args)));
    });
}

function installDatetimeMethods(registry: BuiltinRegistry): void {
    const method = (
        name: string,
        count: number,
        body: (site: CallSite, value: ApexDatetime, args: readonly ApexValue[]) => ApexValue
    ): void =>
        registry.addInstance('Datetime', name, (site, value, args) => {
            arity(site, `Datetime.${name}`, args, count);
            return body(site, value, args);
        });
    const amount = (site: CallSite, name: string, args: readonly ApexValue[]): number =>
        integerArg(site, `Datetime.${name}`, args, 0);
    method('addDays', 1, (site, value, args) => {
        const days = amount(site, 'addDays', args);
        return addCalendar(site, value, (civil) => civilOf(civilEpochDay(civil) + days));
    });
    method('addMonths', 1, (site, value, args) => {
        const months = amount(site, 'addMonths', args);
        return addCalendar(site, value, (civil) => addMonthsTo(site, civil, months));
    });
    method('addYears', 1, (site, value, args) => {
        const years = amount(site, 'addYears', args);
        return addCalendar(site, value, (civil) => addMonthsTo(site, civil, years * 12));
    });
    for (const [name, unit] of [
        ['addHours', 3_600_000],
        ['addMinutes', 60_000],
        ['addSeconds', 1000]
    ] as const) {
        method(name, 1, (site, value, args) => apexDatetime(value.epochMs + amount(site, name, args) * unit));
    }
    method('getTime', 0, (_site, value) => long(BigInt(value.epochMs)));
    const local = (site: CallSite, value: ApexDatetime): WallClock => localWallClock(value.epochMs, userTimeZone(site));
    const gmt = (_site: CallSite, value: ApexDatetime): WallClock => wallClockOf(value.epochMs);
    for (const [suffix, wallOf] of [
        ['', local],
        ['Gmt', gmt]
    ] as const) {
        method(`date${suffix}`, 0, (site, value) => {
            const wall = wallOf(site, value);
            return apexDate(epochDayOf(wall.year, wall.month, wall.day));
        });
        method(`time${suffix}`, 0, (site, value) => apexTime(millisOfDay(wallOf(site, value))));
        for (const part of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
            method(`${part}${suffix}`, 0, (site, value) => integer(wallOf(site, value)[part]));
        }
        method(`dayOfYear${suffix}`, 0, (site, value) => {
            const wall = wallOf(site, value);
            return integer(epochDayOf(wall.year, wall.month, wall.day) - epochDayOf(wall.year, 1, 1) + 1);
        });
    }
    method('isSameDay', 1, (site, value, args) => {
        const other = datetimeArg(site, 'Datetime.isSameDay', args, 0);
        const [a, b] = [local(site, value), local(site, other)];
        return a.year === b.year && a.month === b.month && a.day === b.day;
    });
    registry.addInstance('Datetime', 'format', (site, value, args) => {
        if (args.length === 0) {
            return unsupportedCall(site, 'Datetime.format (the locale format)', args);
        }
        arity(site, 'Datetime.format', args, 1, 2);
        const pattern = stringArg(site, 'Datetime.format', args, 0);
        const zone = args.length === 2 ? stringArg(site, 'Datetime.format', args, 1) : userTimeZone(site);
        if (args.length === 2 && !isKnownZone(zone)) {
            throw new UnsupportedError(`the time zone ${JSON.stringify(zone)}`, site.loc);
        }
        return formatIn(site, value, pattern, zone);
    });
    method('formatGmt', 1, (site, value, args) =>
        formatIn(site, value, stringArg(site, 'Datetime.formatGmt', args, 0), 'GMT')
    );
}

function isKnownZone(zone: string): boolean {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return zone.includes('/') || zone === 'GMT' || zone === 'UTC';
    } catch {
        return false;
    }
}

function installDateMethods(registry: BuiltinRegistry): void {
    const method = (
        name: string,
        count: number,
        body: (site: CallSite, value: ApexDate, args: readonly ApexValue[]) => ApexValue
    ): void =>
        registry.addInstance('Date', name, (site, value, args) => {
            arity(site, `Date.${name}`, args, count);
            return body(site, value, args);
        });
    method('addDays', 1, (site, value, args) => apexDate(value.epochDay + integerArg(site, 'Date.addDays', args, 0)));
    method('addMonths', 1, (site, value, args) =>
        apexDate(civilEpochDay(addMonthsTo(site, civilOf(value.epochDay), integerArg(site, 'Date.addMonths', args, 0))))
    );
    method('addYears', 1, (site, value, args) =>
        apexDate(
            civilEpochDay(addMonthsTo(site, civilOf(value.epochDay), 12 * integerArg(site, 'Date.addYears', args, 0)))
        )
    );
    for (const part of ['year', 'month', 'day'] as const) {
        method(part, 0, (_site, value) => integer(civilOf(value.epochDay)[part]));
    }
    method('dayOfYear', 0, (_site, value) =>
        integer(value.epochDay - epochDayOf(civilOf(value.epochDay).year, 1, 1) + 1)
    );
    // daysBetween: positive when the argument is later (the Date Class example).
    method('daysBetween', 1, (site, value, args) =>
        integer(dateArg(site, 'Date.daysBetween', args, 0).epochDay - value.epochDay)
    );
    // monthsBetween ignores the days, as its entry says.
    method('monthsBetween', 1, (site, value, args) => {
        const [from, to] = [civilOf(value.epochDay), civilOf(dateArg(site, 'Date.monthsBetween', args, 0).epochDay)];
        return integer((to.year - from.year) * 12 + (to.month - from.month));
    });
    method('isSameDay', 1, (site, value, args) => dateArg(site, 'Date.isSameDay', args, 0).epochDay === value.epochDay);
    method('toStartOfMonth', 0, (_site, value) => {
        const civil = civilOf(value.epochDay);
        return apexDate(epochDayOf(civil.year, civil.month, 1));
    });
    // toStartOfWeek depends on the locale: Sunday for en_US, the page's example.
    method('toStartOfWeek', 0, (site, value) => {
        const locale = runningUserText(site, 'localesidkey');
        if (locale !== 'en_US') {
            throw new UnsupportedError(`Date.toStartOfWeek for the locale ${locale}`, site.loc);
        }
        return apexDate(value.epochDay - new Date(value.epochDay * DAY_MS).getUTCDay());
    });
    registry.addInstance('Date', 'format', (site, _value, args) =>
        unsupportedCall(site, 'Date.format (the locale format)', args)
    );
}

function installTimeMethods(registry: BuiltinRegistry): void {
    for (const part of ['hour', 'minute', 'second', 'millisecond'] as const) {
        registry.addInstance('Time', part, (site, value, args) => {
            arity(site, `Time.${part}`, args, 0);
            return integer(timeParts(value.millisOfDay)[part]);
        });
    }
    for (const [name, unit] of [
        ['addHours', 3_600_000],
        ['addMinutes', 60_000],
        ['addSeconds', 1000],
        ['addMilliseconds', 1]
    ] as const) {
        // A time of day wraps around midnight.
        registry.addInstance('Time', name, (site, value, args) => {
            arity(site, `Time.${name}`, args, 1);
            const moved = (value.millisOfDay + integerArg(site, `Time.${name}`, args, 0) * unit) % DAY_MS;
            return apexTime(moved < 0 ? moved + DAY_MS : moved);
        });
    }
}

/**
 * Test.setCreatedDate(recordId, createdDatetime) (Test Class): sets CreatedDate of a record the
 * test inserted. Whether the call counts toward a limit is not documented; it counts toward none.
 */
function installSetCreatedDate(registry: BuiltinRegistry): void {
    registry.addStatic('Test', 'setCreatedDate', (site, args) => {
        arity(site, 'Test.setCreatedDate', args, 2);
        const id = stringArg(site, 'Test.setCreatedDate', args, 0);
        const when = datetimeArg(site, 'Test.setCreatedDate', args, 1);
        const record = site.interpreter.session.org.store.get(id);
        if (record === undefined) {
            throw new UnsupportedError(
                `${signature('Test.setCreatedDate', args)} of a record not in the org`,
                site.loc
            );
        }
        record.values.set('createddate', dateTime(when.epochMs));
        return null;
    });
}

export function installDatetime(registry: BuiltinRegistry): void {
    installStatics(registry);
    installDatetimeMethods(registry);
    installDateMethods(registry);
    installTimeMethods(registry);
    installSetCreatedDate(registry);
}
