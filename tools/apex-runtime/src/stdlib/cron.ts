import { localParts, startOfLocalDay } from '../org/soql/time';

/**
 * The next run of a scheduled job, for the expressions whose next run is plain to compute: fixed
 * seconds, minutes and hours, every day of every month (`0 0 2 * * ?`). The fields are Seconds
 * Minutes Hours Day_of_month Month Day_of_week and an optional Year, and the schedule is read in
 * the time zone of the user who schedules it (Apex Scheduler, "Using the System.Schedule Method",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_scheduler.htm).
 * Returns the instant in epoch milliseconds, or undefined when the expression is not of that
 * form, or when the time does not exist or repeats on the day it falls (a daylight-saving change).
 */
export function nextDailyFireTime(expression: string, afterMs: number, timeZone: string): number | undefined {
    const fields = expression.trim().split(/\s+/);
    if (fields.length !== 6) {
        return undefined;
    }
    const [seconds, minutes, hours, dayOfMonth, month, dayOfWeek] = fields;
    const second = clockField(seconds, 59);
    const minute = clockField(minutes, 59);
    const hour = clockField(hours, 23);
    const everyDay =
        month === '*' && ((dayOfMonth === '*' && dayOfWeek === '?') || (dayOfMonth === '?' && dayOfWeek === '*'));
    if (second === undefined || minute === undefined || hour === undefined || !everyDay) {
        return undefined;
    }
    const today = localParts(afterMs, timeZone);
    for (let dayOffset = 0; dayOffset < 3; dayOffset++) {
        const day = new Date(Date.UTC(today.year, today.month - 1, today.day + dayOffset));
        const year = day.getUTCFullYear();
        const monthNumber = day.getUTCMonth() + 1;
        const dayNumber = day.getUTCDate();
        const start = startOfLocalDay(year, monthNumber, dayNumber, timeZone);
        const candidate = start + ((hour * 60 + minute) * 60 + second) * 1000;
        const shown = localParts(candidate, timeZone);
        const end = startOfLocalDay(year, monthNumber, dayNumber + 1, timeZone);
        if (shown.hour !== hour || shown.day !== dayNumber || end - start !== 86400000) {
            return undefined;
        }
        if (candidate > afterMs) {
            return candidate;
        }
    }
    return undefined;
}

function clockField(text: string | undefined, most: number): number | undefined {
    if (text === undefined || !/^\d{1,2}$/.test(text)) {
        return undefined;
    }
    const value = Number(text);
    return value <= most ? value : undefined;
}
