import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

export const DEFAULT_TIME_ZONE = 'Europe/London';

/** A calendar date (YYYY-MM-DD) as seen in the plan's time zone. */
export type IsoDate = string;

export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const date = DateTime.fromJSDate(now, { zone: timeZone }).toISODate();
  if (!date) throw new Error(`invalid time zone ${timeZone}`);
  return date;
}

const DAY_MS = 86_400_000;

// Calendar dates are whole UTC days, so plain arithmetic is exact (and much faster than a date library on hot paths).
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

function parseIsoDate(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: 'UTC' });
}

/** "31 Mar 2022": how council papers write dates. */
export function formatDate(date: IsoDate): string {
  return parseIsoDate(date).toFormat('d LLL yyyy');
}

/** Shift an ISO timestamp by whole days, keeping its time of day. */
export function addDaysToTimestamp(timestamp: string, days: number): string {
  return DateTime.fromISO(timestamp, { setZone: true }).plus({ days }).toISO() ?? timestamp;
}

const holidays = new Holidays('GB', 'ENG');

/** England's working days: weekdays that are not bank holidays. */
export function isWorkingDay(date: IsoDate): boolean {
  const day = DateTime.fromISO(date, { zone: 'Europe/London' });
  if (day.weekday > 5) return false;
  const found = holidays.isHoliday(day.set({ hour: 12 }).toJSDate());
  return !(Array.isArray(found) && found.some((holiday) => holiday.type === 'public'));
}

/** The last working day before a date ("due tomorrow" for a Monday deadline is said on the Friday). */
export function previousWorkingDay(date: IsoDate): IsoDate {
  let day = DateTime.fromISO(date, { zone: 'utc' }).minus({ days: 1 });
  while (!isWorkingDay(day.toISODate() ?? date)) day = day.minus({ days: 1 });
  return day.toISODate() ?? date;
}
