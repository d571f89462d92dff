import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { IsoDate } from './dates';

/**
 * The school year as a council's children's services speak of it: three terms, each with a
 * half-term week, and the holidays between. A plan can carry its council's own dates
 * (`schoolCalendar` on the plan); without them the year follows the pattern most English
 * councils set: the October half-term in the week of October's last Monday, the February one in
 * the week of its third Monday, the May one in the week of the spring bank holiday, a fortnight
 * round Easter, the autumn term from the first Monday of September to the Friday before 21
 * December, the spring term from the first working day after 3 January, and the summer term to
 * the last Friday on or before 22 July.
 */

export const SCHOOL_PERIOD_NAMES = [
  'autumn term',
  'October half-term',
  'Christmas holidays',
  'spring term',
  'February half-term',
  'Easter holidays',
  'summer term',
  'May half-term',
  'summer holidays',
] as const;
export type SchoolPeriodName = (typeof SCHOOL_PERIOD_NAMES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2022-02-21');
export const SchoolPeriodSchema = z
  .object({ name: z.enum(SCHOOL_PERIOD_NAMES), from: isoDate, to: isoDate })
  .refine((period) => period.from <= period.to, 'must not end before it starts');
export type SchoolPeriod = z.infer<typeof SchoolPeriodSchema>;

const ENGLAND = new Holidays('GB', 'ENG');

function bankHolidays(year: number): Set<string> {
  return new Set(
    ENGLAND.getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  );
}

function easterSunday(year: number): DateTime {
  const easter = ENGLAND.getHolidays(year).find((holiday) => holiday.name === 'Easter Sunday');
  return DateTime.fromISO((easter?.date ?? `${year}-04-01`).slice(0, 10), { zone: 'utc' });
}

/** The nth (1-based; -1 for the last) Monday of a month. */
function monday(year: number, month: number, nth: number): DateTime {
  const first = DateTime.utc(year, month, 1);
  if (nth > 0) return first.plus({ days: ((8 - first.weekday) % 7) + 7 * (nth - 1) });
  const last = first.endOf('month').startOf('day');
  return last.minus({ days: (last.weekday + 6) % 7 });
}

/** Friday on or before a day. */
function fridayBy(day: DateTime): DateTime {
  return day.minus({ days: (day.weekday + 2) % 7 });
}

const week = (monday: DateTime): [DateTime, DateTime] => [monday, monday.plus({ days: 4 })];

const typicalYears = new Map<number, readonly SchoolPeriod[]>();

/** The pattern most English councils follow, for the school year starting in September of `startYear` (worked out once a year). */
export function typicalSchoolYear(startYear: number): readonly SchoolPeriod[] {
  let year = typicalYears.get(startYear);
  if (!year) {
    year = workOutSchoolYear(startYear);
    typicalYears.set(startYear, year);
  }
  return year;
}

function workOutSchoolYear(startYear: number): SchoolPeriod[] {
  const autumnFrom = monday(startYear, 9, 1);
  const autumnTo = fridayBy(DateTime.utc(startYear, 12, 20));
  const holidays = bankHolidays(startYear + 1);
  let springFrom = DateTime.utc(startYear + 1, 1, 4);
  while (springFrom.weekday > 5 || holidays.has(springFrom.toISODate() ?? '')) springFrom = springFrom.plus({ days: 1 });
  const easter = easterSunday(startYear + 1);
  const easterFrom = easter.minus({ days: 6 });
  const easterTo = easter.plus({ days: 5 });
  const summerTo = fridayBy(DateTime.utc(startYear + 1, 7, 22));
  const nextAutumn = monday(startYear + 1, 9, 1);
  const periods: Array<[SchoolPeriodName, DateTime, DateTime]> = [
    ['autumn term', autumnFrom, autumnTo],
    ['October half-term', ...week(monday(startYear, 10, -1))],
    ['Christmas holidays', autumnTo.plus({ days: 1 }), springFrom.minus({ days: 1 })],
    ['spring term', springFrom, easterFrom.minus({ days: 3 })],
    ['February half-term', ...week(monday(startYear + 1, 2, 3))],
    ['Easter holidays', easterFrom.minus({ days: 2 }), easterTo.plus({ days: 2 })],
    ['summer term', easterTo.plus({ days: 3 }), summerTo],
    ['May half-term', ...week(monday(startYear + 1, 5, -1))],
    ['summer holidays', summerTo.plus({ days: 1 }), nextAutumn.minus({ days: 1 })],
  ];
  return periods.map(([name, from, to]) => ({ name, from: from.toISODate() ?? '', to: to.toISODate() ?? '' }));
}

/** Every period of the school years around a day: the council's own where it gave them, the usual pattern for the rest. */
export function schoolPeriodsAround(today: IsoDate, council: readonly SchoolPeriod[] = []): SchoolPeriod[] {
  const year = Number(today.slice(0, 4));
  const typical = [year - 2, year - 1, year, year + 1].flatMap(typicalSchoolYear);
  // A council's period replaces the usual one of the same name in the same school year (September to August).
  const schoolYear = (date: IsoDate): number => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) >= 9 ? 0 : 1);
  const kept = typical.filter((period) => !council.some((own) => own.name === period.name && schoolYear(own.from) === schoolYear(period.from)));
  return [...kept, ...council].sort((a, b) => a.from.localeCompare(b.from));
}
