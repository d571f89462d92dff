/** Dates as minutes write them ("Wednesday, 19th June 2019", "19/06/2019") read as YYYY-MM-DD. */

export const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)];
}

export function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export type FoundDate = Readonly<{ iso: string; index: number; length: number }>;

/** The first full date (day, month and year) in the text. */
export function findFullDate(text: string): FoundDate | undefined {
  const found: FoundDate[] = [];
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy?.[1] && dmy[2] && dmy[3]) {
    const month = monthNumber(dmy[2]);
    const iso = month ? isoOf(Number(dmy[3]), month, Number(dmy[1])) : undefined;
    if (iso) found.push({ iso, index: dmy.index, length: dmy[0].length });
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy?.[1] && mdy[2] && mdy[3]) {
    const month = monthNumber(mdy[1]);
    const iso = month ? isoOf(Number(mdy[3]), month, Number(mdy[2])) : undefined;
    if (iso) found.push({ iso, index: mdy.index, length: mdy[0].length });
  }
  const numeric = NUMERIC.exec(text);
  if (numeric?.[1] && numeric[2] && numeric[3]) {
    const year = numeric[3].length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    // Minutes here are British: day first.
    const iso = isoOf(year, Number(numeric[2]), Number(numeric[1]));
    if (iso) found.push({ iso, index: numeric.index, length: numeric[0].length });
  }
  const iso = ISO.exec(text);
  if (iso?.[1] && iso[2] && iso[3]) {
    const value = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (value) found.push({ iso: value, index: iso.index, length: iso[0].length });
  }
  return found.sort((a, b) => a.index - b.index)[0];
}
