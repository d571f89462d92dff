import * as chrono from 'chrono-node';

/** Dates as minutes write them ("Wednesday, 19th June 2019", "19/06/2019") read as YYYY-MM-DD. */

export const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

export function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type FoundDate = Readonly<{ iso: string; index: number; length: number }>;

// Minutes here are British: 04/12/2019 is 4 December. Read with chrono, as questions and updates are.
const reader = chrono.en.GB;

/** The first full date (day, month and year) in the text. */
export function findFullDate(text: string): FoundDate | undefined {
  for (const result of reader.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
    const iso = isoOf(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
    // chrono takes a leading "on" or "by" into the date: the words around it are the caller's to read.
    const lead = /^(?:(?:on|by|at|from|until|before|after|since|in|of)\s+)?(?:the\s+)?/i.exec(result.text)?.[0].length ?? 0;
    if (iso) return { iso, index: result.index + lead, length: result.text.length - lead };
  }
  return undefined;
}
