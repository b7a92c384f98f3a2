import { UnsupportedError } from '../../unsupported';
import type { OrgDate } from '../values';

/** Wall-clock parts of an instant in an IANA time zone. */
export interface LocalParts {
    readonly year: number;
    readonly month: number;
    readonly day: number;
    readonly hour: number;
}

export function localParts(epochMs: number, timeZone: string): LocalParts {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        hourCycle: 'h23'
    }).formatToParts(new Date(epochMs));
    const part = (type: string): number => Number(parts.find((candidate) => candidate.type === type)?.value);
    return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour') };
}

/** The instant a local calendar day starts in the zone. */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): number {
    const wall = Date.UTC(year, month - 1, day);
    let guess = wall;
    for (let pass = 0; pass < 2; pass++) {
        const local = localParts(guess, timeZone);
        const shown = Date.UTC(local.year, local.month - 1, local.day, local.hour);
        guess -= shown - wall;
    }
    return guess;
}

export function isoDay(year: number, month: number, day: number): string {
    const normal = new Date(Date.UTC(year, month - 1, day));
    return normal.toISOString().slice(0, 10);
}

export function dateParts(value: OrgDate): { year: number; month: number; day: number } {
    const [year = 0, month = 0, day = 0] = value.iso.split('-').map(Number);
    return { year, month, day };
}

/** A half-open range of local days, `[start, end)`, as ISO dates. */
export interface DayRange {
    readonly start: string;
    readonly end: string;
}

/**
 * The days a date literal covers for a user whose today is `today` (Date Formats and Date
 * Literals, SOQL and SOSL Reference:
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm).
 * LAST_N_DAYS:n and LAST_90_DAYS include today; NEXT_N_DAYS:n starts tomorrow. Literals that depend
 * on the locale's first day of the week or the fiscal year are not implemented.
 */
export function dateLiteralRange(
    name: string,
    n: number | null,
    today: { year: number; month: number; day: number }
): DayRange {
    const { year, month, day } = today;
    const days = (from: number, to: number): DayRange => ({
        start: isoDay(year, month, day + from),
        end: isoDay(year, month, day + to)
    });
    const months = (from: number, to: number): DayRange => ({
        start: isoDay(year, month + from, 1),
        end: isoDay(year, month + to, 1)
    });
    const years = (from: number, to: number): DayRange => ({
        start: isoDay(year + from, 1, 1),
        end: isoDay(year + to, 1, 1)
    });
    const count = (): number => {
        if (n === null) {
            throw new UnsupportedError(`SOQL date literal ${name} without its number`);
        }
        return n;
    };
    switch (name) {
        case 'YESTERDAY':
            return days(-1, 0);
        case 'TODAY':
            return days(0, 1);
        case 'TOMORROW':
            return days(1, 2);
        case 'LAST_90_DAYS':
            return days(-90, 1);
        case 'NEXT_90_DAYS':
            return days(1, 91);
        case 'LAST_N_DAYS':
            return days(-count(), 1);
        case 'NEXT_N_DAYS':
            return days(1, count() + 1);
        case 'N_DAYS_AGO':
            return days(-count(), -count() + 1);
        case 'THIS_MONTH':
            return months(0, 1);
        case 'LAST_MONTH':
            return months(-1, 0);
        case 'NEXT_MONTH':
            return months(1, 2);
        case 'LAST_N_MONTHS':
            return months(-count(), 0);
        case 'NEXT_N_MONTHS':
            return months(1, count() + 1);
        case 'THIS_YEAR':
            return years(0, 1);
        case 'LAST_YEAR':
            return years(-1, 0);
        case 'NEXT_YEAR':
            return years(1, 2);
        default:
            throw new UnsupportedError(`SOQL date literal ${name}`);
    }
}
