import * as chrono from 'chrono-node';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { IsoDate } from '../domain/dates';
import { schoolPeriodsAround, type SchoolPeriod, type SchoolPeriodName } from '../domain/schoolCalendar';

/** `outside`: due before `from` or after `to` ("not due in 2021"). */
export type DateRange = Readonly<{ from?: IsoDate; to?: IsoDate; outside?: boolean; label: string }>;

export type DatePhrase = Readonly<{
  /** Where the phrase sits in the text, so the words can be taken out of the rest. */
  index: number;
  length: number;
  range: DateRange;
  /** The calendar span the phrase names, before any "by"/"before" turned it into a bound. */
  span: Readonly<{ from: IsoDate; to: IsoDate }>;
  /** The word in front of it: "by", "before", "due", "in"... */
  preposition: string | undefined;
}>;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  couple: 2,
  few: 3,
};
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };

const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december';

const PREPOSITION = String.raw`(?:((?:by|before|until|till|up to|no later than|after)\s+(?:the\s+)?end\s+of|due|by|before|until|till|til|up to|no later than|after|from|since|in|during|within|over|on|for|across|throughout|end of|for the end of)\s+)?(?:the\s+)?`;

type Span = { from: DateTime; to: DateTime; label: string };

// England's calendar names the festivals people plan by ("before Easter", "by Christmas").
const ENGLAND = new Holidays('GB', 'ENG');

/** The next (or, pointing back, the latest) day of a named festival, from England's calendar. */
function festival(name: 'Easter Sunday' | 'Christmas Day', today: DateTime, direction: 'future' | 'past'): DateTime | undefined {
  const days = [today.year - 1, today.year, today.year + 1]
    .flatMap((year) => ENGLAND.getHolidays(year))
    .filter((holiday) => holiday.name === name)
    .map((holiday) => DateTime.fromISO(holiday.date.slice(0, 10), { zone: 'utc' }));
  return direction === 'future' ? days.find((day) => day >= today.startOf('day')) : [...days].reverse().find((day) => day <= today);
}

/** Councils count quarters in the financial year: quarter 1 is April to June. */
function financialQuarter(today: DateTime, offset: number): Span {
  const index = Math.floor(((today.month + 8) % 12) / 3) + offset;
  const startYear = today.month >= 4 ? today.year : today.year - 1;
  const from = DateTime.utc(startYear, 4, 1).plus({ months: 3 * index });
  const to = from.plus({ months: 2 }).endOf('month');
  const quarter = (((index % 4) + 4) % 4) + 1;
  const year = from.month >= 4 ? from.year : from.year - 1;
  return { from, to, label: `in quarter ${quarter} of ${year}/${String(year + 1).slice(2)} (${from.toFormat('LLLL')} to ${to.toFormat('LLLL yyyy')})` };
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (test(items[index] as T)) return index;
  return -1;
}

/** A school period as a span, named for the answer: "February half-term (21 to 25 February 2022)". */
function schoolSpan(period: SchoolPeriod): Span {
  const from = DateTime.fromISO(period.from, { zone: 'utc' });
  const to = DateTime.fromISO(period.to, { zone: 'utc' });
  const days = from.hasSame(to, 'month')
    ? `${from.toFormat('d')} to ${to.toFormat('d LLLL yyyy')}`
    : `${from.toFormat('d LLLL')} to ${to.toFormat('d LLLL yyyy')}`;
  return { from, to, label: `the ${period.name} (${days})` };
}

function iso(date: DateTime): IsoDate {
  return date.toISODate() ?? '';
}

function numberFrom(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

/** Relative periods chrono reads as single days ("the next two weeks" is a span, not 15 February). */
function relativeSpans(
  text: string,
  today: DateTime,
  direction: 'future' | 'past',
  calendar: readonly SchoolPeriod[],
): Array<{ index: number; length: number; span: Span; preposition: string | undefined }> {
  const found: Array<{ index: number; length: number; span: Span; preposition: string | undefined }> = [];
  const todayIso = iso(today);
  // Only a question that speaks of terms or school holidays needs the school year worked out.
  let school: SchoolPeriod[] | undefined;
  const periodsOf = (pick: (name: SchoolPeriodName) => boolean): SchoolPeriod[] =>
    (school ??= schoolPeriodsAround(todayIso, calendar)).filter((candidate) => pick(candidate.name));
  /** The period a question means: the one under way or next, or (since, or pointing back) the latest begun. */
  const period = (
    pick: SchoolPeriodName | ((name: SchoolPeriodName) => boolean),
    preposition: string | undefined,
    shift = 0,
    ahead = false,
  ): Span | undefined => {
    const named = periodsOf(typeof pick === 'string' ? (name) => name === pick : pick);
    const back = !ahead && (preposition === 'since' || direction === 'past');
    const at = back ? lastIndexWhere(named, (candidate) => candidate.from <= todayIso) : named.findIndex((candidate) => candidate.to >= todayIso);
    // Pointing back, "last autumn term" is the latest begun when it is already over; "last term" in term time the one before.
    const step = back && shift < 0 && (named[at]?.to ?? todayIso) < todayIso ? shift + 1 : shift;
    const chosen = named[at + step];
    return chosen ? schoolSpan(chosen) : undefined;
  };
  const rules: Array<[RegExp, (match: RegExpExecArray) => Span | undefined]> = [
    [
      // "in her first six weeks from 14 February", "the six months after the committee on 16 March": that long, from that day.
      new RegExp(
        String.raw`\b${PREPOSITION}(?:(?:her|his|their|its|my|our|your)\s+)?(?:first\s+)?(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|few)?\s*(day|week|fortnight|month)s?\s+(from|after|following|starting(?:\s+on)?|beginning(?:\s+on)?|since)\s+(?:the\s+(?:(?!and\b|or\b|to\b)[a-z'-]+\s+){1,4}?(?:on|of)\s+|the\s+|on\s+)?((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:${MONTH_WORDS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\s+20\d{2})?)\b`,
        'g',
      ),
      (m) => {
        const day = chrono.en.GB.parseDate(
          m[5] ?? '',
          { instant: today.set({ hour: 12 }).toJSDate(), timezone: 'UTC' },
          { forwardDate: direction === 'future' },
        );
        if (!day) return undefined;
        const amount = numberFrom((m[2] ?? 'one').replace(' of', '')) ?? 1;
        const unit = m[3] ?? 'day';
        // "The six months after the committee on 16 March": from the day after it ("from 14 February": that day).
        const said = DateTime.utc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
        const from = ['after', 'following'].includes(m[4] ?? '') ? said.plus({ days: 1 }) : said;
        const to = (unit === 'fortnight' ? from.plus({ weeks: 2 * amount }) : from.plus({ [`${unit}s`]: amount })).minus({ days: 1 });
        return { from, to, label: `between ${from.toFormat('d LLL yyyy')} and ${to.toFormat('d LLL yyyy')}` };
      },
    ],
    [
      // "before May", "by May": the month, which the date reader takes only after "in" (the word is also a verb).
      new RegExp(
        String.raw`\b${PREPOSITION}may\b(?![\s-]+(?:(?:be|have|has|need|want|not|well|also|i|we|you|they|he|she|it|still|already|half|bank|to|until|till|through|thru|and|or)\b|\d))(?!\s*[-–,])`,
        'g',
      ),
      (m) => {
        if (!m[1]) return undefined;
        let year = today.year;
        if (direction === 'future' && DateTime.utc(year, 5, 31) < today) year += 1;
        if (direction === 'past' && DateTime.utc(year, 5, 1) > today) year -= 1;
        const from = DateTime.utc(year, 5, 1);
        return { from, to: from.endOf('month'), label: `in May ${year}` };
      },
    ],
    [
      // "the last quarter of the financial year": its fourth quarter, January to March.
      new RegExp(String.raw`\b${PREPOSITION}(?:last|final|fourth|4th)\s+quarter\s+of\s+(?:the|this)\s+(?:financial\s+)?year\b`, 'g'),
      () => {
        const current = Math.floor(((today.month + 8) % 12) / 3) + 1;
        return financialQuarter(today, 4 - current);
      },
    ],
    [
      // "in the last eight weeks", "over the past 3 months": from that long ago until yesterday.
      new RegExp(
        String.raw`\b${PREPOSITION}(?:last|past|previous)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|few)\s*(day|week|fortnight|month)s?\b`,
        'g',
      ),
      (m) => {
        const amount = numberFrom((m[2] ?? '').replace(' of', '')) ?? 1;
        const unit = m[3] ?? 'day';
        const from = unit === 'fortnight' ? today.minus({ weeks: 2 * amount }) : today.minus({ [`${unit}s`]: amount });
        return { from, to: today.minus({ days: 1 }), label: `in the last ${amount} ${unit}${amount === 1 ? '' : 's'}` };
      },
    ],
    [
      // "before May half-term", "by half term", "since the Feb half-term break": the council's half-term weeks.
      new RegExp(
        String.raw`\b${PREPOSITION}(?:(feb(?:ruary)?|spring|may|summer|whitsun|oct(?:ober)?|autumn)\s+)?half[\s-]?terms?(?:\s+(?:holidays?|break|week))?\b`,
        'g',
      ),
      (m) => {
        // "Half-term plans sorted?": a holiday said in passing is not a due date; "between now and half term" bounds one.
        // "Between Easter and May half-term": the end of a range bounds one too.
        const bound =
          m[1] ??
          (/(?:between now and|from now (?:until|till|to)|now until)\s+(?:the\s+)?$/.test(text.slice(0, m.index))
            ? 'until'
            : /\b(?:between|from)\s+[^.?!]{1,60}?\s(?:and|to|until|till)\s+(?:the\s+)?$/.test(text.slice(0, m.index))
              ? 'between'
              : undefined);
        if (!bound) return undefined;
        const said = m[2] ?? '';
        if (!said) return period((name) => name.endsWith('half-term'), bound);
        return period(
          /^(?:feb|spring)/.test(said) ? 'February half-term' : /^(?:may|summer|whitsun)/.test(said) ? 'May half-term' : 'October half-term',
          bound,
        );
      },
    ],
    [
      // "the Easter holidays", "over the summer hols", "the Christmas break": the school holidays.
      new RegExp(String.raw`\b${PREPOSITION}(easter|christmas|xmas|summer)\s+(?:school\s+)?(?:holidays?|hols|break)\b`, 'g'),
      (m) => (m[1] ? period(m[2] === 'easter' ? 'Easter holidays' : m[2] === 'summer' ? 'summer holidays' : 'Christmas holidays', m[1]) : undefined),
    ],
    [
      // "this term", "by the end of term", "next term", "the spring term": the council's school terms.
      new RegExp(
        String.raw`\b${PREPOSITION}(?:(this|next|last|current|previous|coming|following)\s+)?(?:(autumn|spring|summer)\s+)?(?:school\s+)?term\b(?![\s-]*(?:time|dates?)\b)(?:\s+(20\d{2})\b)?`,
        'g',
      ),
      (m) => {
        const [, preposition, which, season, year] = m;
        // "the autumn term 2022": that year's term, whichever way the question points.
        const inYear = season && year ? periodsOf((name) => name === `${season} term`).find((one) => one.from.startsWith(year)) : undefined;
        if (inYear) return schoolSpan(inYear);
        if (season) return period(`${season as 'autumn' | 'spring' | 'summer'} term`, preposition, which === 'next' ? 1 : which === 'last' ? -1 : 0);
        // A bare "term" is a school term only as "this term" or "the end of term"; "long term" and "in term" are not.
        if (!which && !/\bend of$/.test(preposition?.trim() ?? '')) return undefined;
        const offset = which === 'next' || which === 'coming' || which === 'following' ? 1 : which === 'last' || which === 'previous' ? -1 : 0;
        // From the term under way or next: in a holiday, "this term" is the one about to start and "last term" the one just ended.
        return period((name) => name.endsWith(' term'), undefined, offset, true);
      },
    ],
    [
      // "A fortnight on Friday", "a week on Monday", "a week today": a week or two after the coming day.
      new RegExp(
        String.raw`\b${PREPOSITION}a\s+(week|fortnight)\s+(?:on\s+|from\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\b`,
        'g',
      ),
      (m) => {
        const said = m[3] ?? '';
        const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
        const base =
          said === 'today'
            ? today
            : said === 'tomorrow'
              ? today.plus({ days: 1 })
              : today.plus({ days: ((weekdays.indexOf(said) + 1 - today.weekday + 6) % 7) + 1 });
        const day = base.plus({ weeks: m[2] === 'fortnight' ? 2 : 1 });
        return { from: day, to: day, label: `on ${day.toFormat('d LLLL yyyy')}` };
      },
    ],
    [
      // "in July, August or September": months listed one after another are the span they cover.
      new RegExp(
        String.raw`\b()(?:(?:due|in|during|over|for|across)\s+)((?:(?:${MONTH_WORDS}),\s*)+(?:${MONTH_WORDS}),?\s+(?:and|or)\s+(?:${MONTH_WORDS}))\b`,
        'g',
      ),
      (m) => {
        const months = MONTH_WORDS.split('|');
        const listed = (m[2] ?? '').split(/\s*,\s*|\s+(?:and|or)\s+/).map((name) => months.indexOf(name.trim()) + 1);
        if (listed.some((month, at) => month < 1 || (at > 0 && month !== ((listed[at - 1] ?? 0) % 12) + 1))) return undefined;
        const first = listed[0] ?? 1;
        const last = listed[listed.length - 1] ?? 1;
        let endYear = today.year;
        if (direction !== 'past' && DateTime.utc(endYear, last, 1).endOf('month') < today) endYear += 1;
        if (direction === 'past' && DateTime.utc(endYear, first, 1) > today) endYear -= 1;
        const from = DateTime.utc(last < first ? endYear - 1 : endYear, first, 1);
        const to = DateTime.utc(endYear, last, 1).endOf('month');
        return { from, to, label: `between ${from.toFormat('d LLL yyyy')} and ${to.toFormat('d LLL yyyy')}` };
      },
    ],
    [
      // "from March through to May", "Jan-Mar", "between April and June": one span of whole months.
      new RegExp(
        String.raw`\b()(?:(from|between)\s+(?:the\s+(?:start|beginning)\s+of\s+)?)?(${MONTH_WORDS})(?:\s+(\d{4}))?(?:\s*[-–]\s*|\s+(?:to|until|till|through(?:\s+to)?|thru|and)\s+(?:the\s+end\s+of\s+)?)(${MONTH_WORDS})(?:\s+(\d{4}))?\b`,
        'g',
      ),
      (m) => {
        // Without "from" or "between", only a dash makes two months a range ("May and June" may be two things).
        // The empty first group leaves the preposition unset: the span is the range itself.
        if (!m[2] && !/^[a-z]+(?:\s+\d{4})?\s*[-–]/.test(m[0])) return undefined;
        const months = MONTH_WORDS.split('|');
        const first = months.indexOf(m[3] ?? '') + 1;
        const last = months.indexOf(m[5] ?? '') + 1;
        if (first < 1 || last < 1) return undefined;
        let endYear = m[6] ? Number(m[6]) : m[4] ? Number(m[4]) + (last < first ? 1 : 0) : today.year;
        if (!m[6] && !m[4] && direction === 'future' && DateTime.utc(endYear, last, 1).endOf('month') < today) endYear += 1;
        if (!m[6] && !m[4] && direction === 'past' && DateTime.utc(endYear, first, 1) > today) endYear -= 1;
        const startYear = m[4] ? Number(m[4]) : last < first ? endYear - 1 : endYear;
        const from = DateTime.utc(startYear, first, 1);
        const to = DateTime.utc(endYear, last, 1).endOf('month');
        return { from, to, label: `between ${from.toFormat('d LLL yyyy')} and ${to.toFormat('d LLL yyyy')}` };
      },
    ],
    [
      // "early March", "mid-April", "the tail end of March": part of a month.
      new RegExp(
        String.raw`\b${PREPOSITION}(early|mid|late|the tail end of|tail end of|the back end of|back end of|the start of|start of|the beginning of|beginning of|the end of|end of)[- ]?(${MONTH_WORDS})(?:\s+(\d{4}))?\b`,
        'g',
      ),
      (m) => {
        const month = MONTH_WORDS.split('|').indexOf(m[3] ?? '') + 1;
        if (month < 1) return undefined;
        let year = m[4] ? Number(m[4]) : today.year;
        // ("Since the start of October": one gone by.)
        const back = direction === 'past' || m[1]?.trim() === 'since';
        if (!m[4] && !back && DateTime.utc(year, month, 1).endOf('month') < today) year += 1;
        if (!m[4] && back && DateTime.utc(year, month, 1) > today) year -= 1;
        const first = DateTime.utc(year, month, 1);
        const part = m[2] ?? '';
        // "at the end of March" is late in March; "by the end of March" is a bound, read elsewhere.
        if (/^(?:the )?end of$/.test(part) && (m[1] !== undefined || !/\bat\s+$/.test(text.slice(0, m.index)))) return undefined;
        const monthName = first.toFormat('LLLL yyyy');
        if (/early|start|beginning/.test(part)) return { from: first, to: first.set({ day: 10 }), label: `in early ${monthName}` };
        if (part === 'mid') return { from: first.set({ day: 15 }), to: first.set({ day: 15 }), label: `mid ${monthName}` };
        return { from: first.set({ day: 21 }), to: first.endOf('month'), label: `late in ${monthName}` };
      },
    ],
    [
      // "the 2022/23 financial year", "FY 2022-23", "2021/22": a financial year by its years.
      // "22/23", "fy22-23": two digits each, where no day and month could be meant (no month 23).
      new RegExp(
        String.raw`\b${PREPOSITION}(?:(?:financial\s+year|fy)\s*(?=\d{2}\s*[/-])|(?=\d{2}\s*/\s*\d{2}\b))?(20\d{2}|(?<![\d/])(?:1[3-9]|[2-9]\d))\s*[/-]\s*(\d{2}|20\d{2})(?![/\d])(?:\s+financial\s+year)?\b`,
        'g',
      ),
      (m) => {
        // "21-22 February" is two days.
        if (Number(m[2]) < 100 && !/financial|fy/.test(m[0]) && !m[0].includes('/')) return undefined;
        const startYear = Number(m[2]) < 100 ? 2000 + Number(m[2]) : Number(m[2]);
        const end = Number(m[3]);
        if ((end < 100 ? 2000 + end : end) !== startYear + 1) return undefined;
        const after = text.slice((m.index ?? 0) + m[0].length);
        // "homeless 16/17 yr olds": ages, not years.
        if (/^\s*(?:yrs?|years?)[\s-]*olds?\b/.test(after)) return undefined;
        // "the 2022/23 municipal year": May to April.
        if (/^\s*municipal\s+year\b/.test(after))
          return {
            from: DateTime.utc(startYear, 5, 1),
            to: DateTime.utc(startYear + 1, 4, 30),
            label: `in the ${startYear}/${String(startYear + 1).slice(2)} municipal year (May to April)`,
          };
        return {
          from: DateTime.utc(startYear, 4, 1),
          to: DateTime.utc(startYear + 1, 3, 31),
          label: `in the ${startYear}/${String(startYear + 1).slice(2)} financial year`,
        };
      },
    ],
    [
      new RegExp(
        String.raw`\b${PREPOSITION}(?:next|coming|following|upcoming)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|few)\s*(day|week|fortnight|month|year)s?\b`,
        'g',
      ),
      (m) => {
        const amount = numberFrom((m[2] ?? '').replace(' of', '')) ?? 1;
        const unit = m[3] ?? 'day';
        const to = unit === 'fortnight' ? today.plus({ weeks: 2 * amount }) : today.plus({ [`${unit}s`]: amount });
        return { from: today, to, label: `in the next ${amount} ${unit}${amount === 1 ? '' : 's'}` };
      },
    ],
    [
      // "H1 2022", "h2": the calendar year's halves, as reports write them.
      new RegExp(String.raw`\b${PREPOSITION}h([12])(?:\s+(20\d{2}))?\b`, 'g'),
      (m) => {
        const year = m[3] ? Number(m[3]) : today.year;
        const first = m[2] === '1';
        const from = DateTime.utc(year, first ? 1 : 7, 1);
        return { from, to: from.plus({ months: 5 }).endOf('month'), label: `in the ${first ? 'first' : 'second'} half of ${year}` };
      },
    ],
    [
      // "the first six months of this calendar year", "the first 3 months of 2022": from January.
      new RegExp(
        String.raw`\b${PREPOSITION}first\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\s+of\s+(?:(20\d{2})|(this|next|the)\s+(?:calendar\s+)?year)\b`,
        'g',
      ),
      (m) => {
        const months = numberFrom(m[2] ?? '') ?? 1;
        const year = m[3] ? Number(m[3]) : m[4] === 'next' ? today.year + 1 : today.year;
        const from = DateTime.utc(year, 1, 1);
        return { from, to: from.plus({ months: months - 1 }).endOf('month'), label: `in the first ${months} months of ${year}` };
      },
    ],
    [
      // "since the start of the year", "so far this year": from 1 January to today.
      /\b()(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:calendar\s+)?year|so\s+far\s+this\s+(?:calendar\s+)?year|this\s+(?:calendar\s+)?year\s+so\s+far)\b/g,
      () => {
        const from = DateTime.utc(today.year, 1, 1);
        return { from, to: today, label: `between ${from.toFormat('d LLL yyyy')} and ${today.toFormat('d LLL yyyy')}` };
      },
    ],
    [
      // "the second half of 2022", "the first half of next year": January to June, or July to December.
      new RegExp(String.raw`\b${PREPOSITION}(first|second|1st|2nd|latter)\s+half\s+of\s+(?:(20\d{2})|(this|next|the)\s+(?:calendar\s+)?year)\b`, 'g'),
      (m) => {
        const year = m[3] ? Number(m[3]) : m[4] === 'next' ? today.year + 1 : today.year;
        const first = m[2] === 'first' || m[2] === '1st';
        const from = DateTime.utc(year, first ? 1 : 7, 1);
        return { from, to: from.plus({ months: 5 }).endOf('month'), label: `in the ${first ? 'first' : 'second'} half of ${year}` };
      },
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}(?:next|coming)\s+fortnight\b`, 'g'),
      () => ({ from: today, to: today.plus({ weeks: 2 }), label: 'in the next two weeks' }),
    ],
    [
      new RegExp(
        String.raw`\bwithin\s+(?:the\s+)?(?:next\s+)?(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(day|week|month)s?\b`,
        'g',
      ),
      (m) => {
        const amount = numberFrom(m[1] ?? '') ?? 1;
        const unit = m[2] ?? 'day';
        return { from: today, to: today.plus({ [`${unit}s`]: amount }), label: `in the next ${amount} ${unit}${amount === 1 ? '' : 's'}` };
      },
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}(this|next|last|current|previous|coming)\s+(?:financial\s+)?quarter\b`, 'g'),
      (m) => financialQuarter(today, m[2] === 'next' || m[2] === 'coming' ? 1 : m[2] === 'last' || m[2] === 'previous' ? -1 : 0),
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}(?:q([1-4])|quarter\s+([1-4]|one|two|three|four))\b`, 'g'),
      (m) => {
        const wanted = numberFrom(m[2] ?? m[3] ?? '') ?? 1;
        const current = financialQuarter(today, 0);
        const currentNumber = Number(/quarter (\d)/.exec(current.label)?.[1] ?? 1);
        // The named quarter of this financial year; one already over means next year's, for due dates.
        let offset = wanted - currentNumber;
        if (offset < 0 && direction === 'future') offset += 4;
        return financialQuarter(today, offset);
      },
    ],
    [
      // "between 1 March and 30 April": one span from the first date to the second.
      /\b(between)\s+(.+?)\s+and\s+(.+?)(?=$|[,.;?!]|\s+(?:for|in|on|owned|by|that|which|and)\b)/g,
      (m) => {
        const reference = { instant: today.set({ hour: 12 }).toJSDate(), timezone: 'UTC' };
        const now = /^(now|today)$/.test((m[2] ?? '').trim());
        const forward = now ? undefined : chrono.en.GB.parse(m[2] ?? '', reference, { forwardDate: direction === 'future' })[0];
        const second = chrono.en.GB.parse(m[3] ?? '', reference, { forwardDate: direction === 'future' })[0];
        // "Between 12 January and 16 March", asked in February: a span already begun, not next year's.
        const nearest = now || !forward ? undefined : chrono.en.GB.parse(m[2] ?? '', reference)[0];
        const first = nearest && second && !nearest.start.isCertain('year') && nearest.start.date() <= second.start.date() ? nearest : forward;
        // "Between now and Easter": from today to the festival.
        // "Between 23 June and the start of the summer holidays": to the day before the holidays begin (or their end).
        const holidays = /^(?:the\s+)?(?:(start|beginning|end)\s+of\s+)?(?:the\s+)?(summer|easter|christmas)\s+(?:school\s+)?(?:holidays?|hols|break)$/.exec(
          (m[3] ?? '').trim(),
        );
        const holidaySpan = holidays
          ? period(holidays[2] === 'easter' ? 'Easter holidays' : holidays[2] === 'summer' ? 'summer holidays' : 'Christmas holidays', undefined)
          : undefined;
        const festivalEnd = /^(easter|christmas|xmas)$/.test((m[3] ?? '').trim())
          ? festival((m[3] ?? '').trim() === 'easter' ? 'Easter Sunday' : 'Christmas Day', today, direction)
          : holidaySpan
            ? holidays?.[1] === 'end'
              ? holidaySpan.to
              : holidaySpan.from.minus({ days: 1 })
            : undefined;
        if ((!first && !now) || (!second && !festivalEnd)) return undefined;
        if ((first && first.text.length < (m[2] ?? '').trim().length - 1) || (second && !festivalEnd && second.text.length < (m[3] ?? '').trim().length - 1))
          return undefined;
        const at = (result: chrono.ParsedResult, end: boolean): DateTime => {
          const date = DateTime.utc(result.start.get('year') ?? today.year, result.start.get('month') ?? 1, result.start.get('day') ?? 1);
          return result.start.isCertain('day') ? date : end ? date.endOf('month') : date.startOf('month');
        };
        const from = first ? at(first, false) : today;
        let to = festivalEnd ?? (second ? at(second, true) : today);
        if (to < from) to = to.plus({ years: 1 });
        return { from, to, label: `between ${from.toFormat('d LLL yyyy')} and ${to.toFormat('d LLL yyyy')}` };
      },
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}(?:(last|this|next)\s+)?(easter|christmas|xmas)\b`, 'g'),
      (m) => {
        // "Since Christmas", "last Christmas" are the one gone by; "next Easter" the one ahead.
        const which = m[2] === 'last' || m[1] === 'since' ? 'past' : m[2] === 'next' ? 'future' : direction;
        const day = festival(m[3] === 'easter' ? 'Easter Sunday' : 'Christmas Day', today, which);
        if (!day) return undefined;
        return { from: day, to: day, label: `${m[3] === 'easter' ? 'Easter' : 'Christmas'} (${day.toFormat('d LLLL yyyy')})` };
      },
    ],
    [
      // "this month or next", "this week or next": both, as one span.
      new RegExp(String.raw`\b${PREPOSITION}(?:this|the current)\s+(month|week)\s+(?:or|and)\s+(?:the\s+)?next(?:\s+(?:month|week|one))?\b`, 'g'),
      (m) => {
        const unit = m[2] === 'week' ? 'week' : 'month';
        const to = today.plus({ [`${unit}s`]: 1 }).endOf(unit);
        return { from: unit === 'week' ? today : today.startOf('month'), to, label: `this ${unit} or next (to ${to.toFormat('d LLLL yyyy')})` };
      },
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}(?:this|the current)\s+month\b`, 'g'),
      () => ({ from: today.startOf('month'), to: today.endOf('month'), label: `in ${today.toFormat('LLLL yyyy')}` }),
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}next\s+month\b`, 'g'),
      () => {
        const next = today.plus({ months: 1 });
        return { from: next.startOf('month'), to: next.endOf('month'), label: `in ${next.toFormat('LLLL yyyy')}` };
      },
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}last\s+month\b`, 'g'),
      () => {
        const last = today.minus({ months: 1 });
        return { from: last.startOf('month'), to: last.endOf('month'), label: `in ${last.toFormat('LLLL yyyy')}` };
      },
    ],
    [new RegExp(String.raw`\b${PREPOSITION}this\s+week\b`, 'g'), () => ({ from: today, to: today.endOf('week'), label: 'this week' })],
    [
      new RegExp(String.raw`\b${PREPOSITION}next\s+week\b`, 'g'),
      () => {
        const next = today.plus({ weeks: 1 });
        return { from: next.startOf('week'), to: next.endOf('week'), label: 'next week' };
      },
    ],
    [
      new RegExp(String.raw`\b(due\s+)?(?:soon|shortly|imminently)\b`, 'g'),
      () => ({ from: today, to: today.plus({ days: 14 }), label: 'in the next 14 days' }),
    ],
    // "What have I got coming up?": whatever falls due from today on, however far ahead.
    // ("The supervision round coming up", "an upcoming visit": an occasion ahead, not what is due.)
    [
      /(?<!\b(?:round|meeting|visit|session|inspection|board|committee|review|catch-up|panel|clinic|conference)s?\s)\b(?:coming up|upcoming)\b(?!\s+(?:round|meeting|visit|session|inspection|board|committee|review|catch-up|panel|clinic|conference)s?\b)/g,
      () => ({ from: today, to: today, label: 'today on' }),
    ],
    [
      // "Since the new year", "by the new year": New Year's Day, the one just gone early in a year, else the next.
      new RegExp(String.raw`\b${PREPOSITION}new\s+year(?!\s*(?:financial|municipal|academic))\b(?!['’]s)`, 'g'),
      () => {
        const year = today.month <= 6 ? today.year : today.year + 1;
        const day = DateTime.utc(year, 1, 1);
        return { from: day, to: day, label: `the new year (1 January ${year})` };
      },
    ],
    [
      // "the municipal year": a council's year of meetings, May to April.
      new RegExp(String.raw`\b${PREPOSITION}(?:(this|current|next|new|coming|last|previous)\s+)?municipal\s+year\b`, 'g'),
      (m) => {
        const shift = /next|new|coming/.test(m[2] ?? '') ? 1 : /last|previous/.test(m[2] ?? '') ? -1 : 0;
        const startYear = (today.month >= 5 ? today.year : today.year - 1) + shift;
        return {
          from: DateTime.utc(startYear, 5, 1),
          to: DateTime.utc(startYear + 1, 4, 30),
          label: `in the ${startYear}/${String(startYear + 1).slice(2)} municipal year (May to April)`,
        };
      },
    ],
    [
      // "on the financial year end itself": that one day.
      new RegExp(String.raw`\bon\s+(?:the\s+)?(?:financial\s+)?year[\s-]*end\b`, 'g'),
      () => {
        const day = DateTime.utc(today.month >= 4 ? today.year + 1 : today.year, 3, 31);
        return { from: day, to: day, label: `on ${day.toFormat('d LLLL yyyy')}` };
      },
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}(?:this|next|new)?\s*(financial|calendar)?\s*year(?:[\s-]*end)?\b`, 'g'),
      (m) => {
        if (!/(this|next|new|financial|year[\s-]*end|end of)/.test(m[0])) return undefined;
        // "The new financial year" is the next one.
        const next = /next|new/.test(m[0]) ? 1 : 0;
        // A council's "year end" is its financial year's: "due by year end" is by 31 March.
        if (m[2] === 'financial' || (/year[\s-]*end/.test(m[0]) && m[2] !== 'calendar')) {
          const startYear = (today.month >= 4 ? today.year : today.year - 1) + next;
          return {
            from: DateTime.utc(startYear, 4, 1),
            to: DateTime.utc(startYear + 1, 3, 31),
            label: `in the ${startYear}/${String(startYear + 1).slice(2)} financial year`,
          };
        }
        const year = today.year + next;
        return { from: DateTime.utc(year, 1, 1), to: DateTime.utc(year, 12, 31), label: `in ${year}` };
      },
    ],
    [
      new RegExp(String.raw`\b${PREPOSITION}(?:(this|next|last)\s+)?(spring|summer|autumn|winter)(?:\s+(\d{4}))?\b`, 'g'),
      (m) => {
        const season = SEASONS[m[3] ?? ''];
        if (!season) return undefined;
        const [startMonth, endMonth] = season;
        let year = m[4] ? Number(m[4]) : today.year;
        const spanFor = (y: number): Span => {
          const from = DateTime.utc(y, startMonth, 1);
          const to = (endMonth < startMonth ? DateTime.utc(y + 1, endMonth, 1) : DateTime.utc(y, endMonth, 1)).endOf('month');
          return { from, to, label: `in ${m[3] ?? ''} ${y}` };
        };
        // "Since the summer": from the end of the last one, until yesterday.
        if (!m[4] && !m[2] && m[1]?.trim() === 'since') {
          const last = spanFor(spanFor(year).to < today ? year : year - 1);
          return { from: last.to.plus({ days: 1 }).startOf('day'), to: today.minus({ days: 1 }), label: `the end of ${m[3] ?? ''} ${last.from.year}` };
        }
        if (!m[4]) {
          if (m[2] === 'next') year += spanFor(year).from <= today ? 1 : 0;
          else if (m[2] === 'last') year -= spanFor(year).from <= today ? (spanFor(year).to < today ? 0 : 1) : 1;
          else if (spanFor(year).to < today) year += 1;
        }
        return spanFor(year);
      },
    ],
    [
      // "last year's deadlines", "due last year": the calendar year before this one ("the last year" is twelve months, left alone).
      /\b(?:(due|in|during|from|for)\s+)?(?<!\bthe\s)(?:last|previous)\s+(?:calendar\s+)?year\b(?!\s+(?:financial|municipal|academic))/g,
      () => ({ from: DateTime.utc(today.year - 1, 1, 1), to: DateTime.utc(today.year - 1, 12, 31), label: `in ${today.year - 1}` }),
    ],
    [
      // "by the end of 2023", "during 2024": a calendar year by its number (not "2021/22", a financial year).
      new RegExp(
        String.raw`\b${PREPOSITION}(?:end of\s+(?:the\s+)?)?(?:(?:calendar\s+)?year\s+)?(?<!(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|autumn|winter|\d{1,2}(?:st|nd|rd|th)?)\s)(?<![/.-])(20\d{2})\b(?![/.-]\d)`,
        'g',
      ),
      (m) => {
        const year = Number(m[2]);
        return { from: DateTime.utc(year, 1, 1), to: DateTime.utc(year, 12, 31), label: `in ${year}` };
      },
    ],
  ];
  for (const [pattern, toSpan] of rules) {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span = toSpan(m);
      if (!span) continue;
      if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
      // "for the end of 2022", "end of the year": the end of a span is a bound, "by".
      // "After the end of the municipal year" is after it.
      const said = m[1] === 'between' ? undefined : /^after\s+(?:the\s+)?end\s+of$/.test(m[1]?.trim() ?? '') ? 'after' : m[1]?.trim();
      const preposition =
        /(?<!\b(?:tail|back)\s)\bend of\b/.test(m[0]) &&
        !['by', 'before', 'until', 'till', 'til', 'up to', 'no later than', 'after'].includes(said ?? '') &&
        !/\bat\s+$/.test(text.slice(0, m.index))
          ? 'by'
          : said;
      found.push({ index: m.index, length: m[0].length, span, preposition: /^(?:coming up|upcoming)$/.test(m[0]) ? 'from' : preposition });
    }
  }
  return found;
}

const bare = (label: string): string => label.replace(/^(in|on) /, '');

function applyPreposition(span: Span, preposition: string | undefined, today: DateTime): DateRange {
  // "Fallen due since Christmas": from then until yesterday.
  if (preposition === 'since' && span.from < today.startOf('day'))
    return { from: iso(span.from), to: iso(today.minus({ days: 1 })), label: `due since ${bare(span.label)}` };
  switch (preposition) {
    case 'by':
    case 'until':
    case 'till':
    case 'til':
    case 'up to':
    case 'no later than':
    case 'end of':
    case 'for the end of':
      return {
        to: iso(span.to),
        label: `due by ${/^in (?:the )?[A-Z0-9]|^the [a-z]+ term\b/.test(span.label) ? `the end of ${bare(span.label)}` : bare(span.label)}`,
      };
    case 'before':
      return { to: iso(span.from.minus({ days: 1 })), label: `due before ${bare(span.label)}` };
    case 'after':
      return { from: iso(span.to.plus({ days: 1 })), label: `due after ${bare(span.label)}` };
    case 'from':
    case 'since':
      return { from: iso(span.from), label: `due from ${bare(span.label)}` };
    default:
      return { from: iso(span.from), to: iso(span.to), label: `due ${span.label}` };
  }
}

/**
 * Finds the date phrases in a normalised question: relative periods by rule, and calendar dates
 * with chrono (en-GB, so 31/03/2022 is 31 March). `direction` says which way a bare month points:
 * the future for due dates, the past for meetings.
 */
export function findDatePhrases(text: string, today: IsoDate, direction: 'future' | 'past', calendar: readonly SchoolPeriod[] = []): DatePhrase[] {
  const todayDate = DateTime.fromISO(today, { zone: 'utc' });
  const phrases: DatePhrase[] = relativeSpans(text, todayDate, direction, calendar).map((found) => ({
    index: found.index,
    length: found.length,
    range: applyPreposition(found.span, found.preposition, todayDate),
    span: { from: iso(found.span.from), to: iso(found.span.to) },
    preposition: found.preposition,
  }));
  const reference = { instant: todayDate.set({ hour: 12 }).toJSDate(), timezone: 'UTC' };
  for (const result of chrono.en.GB.parse(text, reference, { forwardDate: direction === 'future' })) {
    if (phrases.some((p) => result.index < p.index + p.length && p.index < result.index + result.text.length)) continue;
    // A lone number is not a date ("area 7").
    // "Now" and "today" are when the question is asked ("what's overdue today?"), unless plainly a due date ("due today").
    if (/^\d+$/.test(result.text.trim()) || result.text.trim() === 'now') continue;
    // "In the week commencing 7 March": chrono reads "in the week" as a week from now; the day after it says which week.
    if (
      /^(?:in\s+)?(?:the\s+)?week$/.test(result.text.trim()) &&
      /^\s+(?:commencing|beginning|starting|ending|of)\b/.test(text.slice(result.index + result.text.length))
    )
      continue;
    if (result.text.trim() === 'today' && !/\b(?:due|by)\s+$/.test(text.slice(0, result.index))) continue;
    const start = result.start;
    const before = text.slice(0, result.index);
    const prepositionMatch = /(due|by|before|until|till|up to|no later than|after|from|since|in|during|on|for|end of|for the end of)\s+(?:the\s+)?$/.exec(
      before,
    );
    // "on or before 30 April" includes the day: by it; "on or after" from it.
    const inclusive = /\bon or (before|after)\s+(?:the\s+)?$/.exec(before)?.[1];
    // "Since the monitoring visit on 18 January": a date said after "since" is one gone by, and the span runs from it.
    const since = /\bsince\s+(?:the|our|their|its|my)\s+[a-z' -]{2,50}?\s(?:on|in)\s+(?:the\s+)?$/.test(
      `${before}${/^(?:on|in)\s/.test(result.text) ? result.text.slice(0, 3) : ''}`,
    );
    const preposition = inclusive === 'before' ? 'by' : inclusive === 'after' ? 'from' : since ? 'since' : prepositionMatch?.[1];
    // "Homeless 16-17s" is an age range; "back from a week off" is a length of time, not a date.
    if (
      /^\d{1,2}\s*-\s*\d{1,2}s?$/.test(result.text.trim()) ||
      // ("I need it for a call in five minutes": a time of day today, never a due date.)
      /^(?:in\s+|within\s+|for\s+)?(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|a few|a couple of|half an)\s*(?:s|secs?|seconds?|mins?|minutes?|hrs?|hours?)$/.test(
        result.text.trim(),
      ) ||
      /^(a|an|one|\d+)\s+(day|week|fortnight|month|year)s?$/.test(result.text.trim())
    )
      continue;
    // "Thanks for yesterday", "back today": days said in passing are not due dates unless plainly so.
    if (
      /^(yesterday|today|tonight|tomorrow|this (morning|afternoon|evening)|last night)$/.test(result.text.trim()) &&
      !['due', 'by', 'before', 'until', 'after', 'from'].includes(preposition ?? '')
    )
      continue;
    // A bare weekday ("ahead of Thursday's board") is chatter unless it is plainly a due date.
    if (!start.isCertain('month') && !['due', 'by', 'before', 'until', 'on', 'after', 'from'].includes(preposition ?? '')) continue;
    const month = start.get('month') ?? 1;
    const day = start.get('day') ?? 1;
    const saidYear = start.get('year') ?? todayDate.year;
    // ("Since 24 January" is a day gone by, however the date alone would point.)
    const year = (since || preposition === 'since') && !start.isCertain('year') && DateTime.utc(saidYear, month, day) > todayDate ? saidYear - 1 : saidYear;
    let from = DateTime.utc(year, month, day);
    let to = from;
    let label: string;
    if (start.isCertain('day') || (start.isCertain('weekday') && !start.isCertain('month'))) {
      label = `on ${from.toFormat('d LLLL yyyy')}`;
    } else if (start.isCertain('month')) {
      from = from.startOf('month');
      to = from.endOf('month');
      if (!start.isCertain('year') && direction === 'past' && from > todayDate) {
        from = from.minus({ years: 1 });
        to = from.endOf('month');
      }
      label = `in ${from.toFormat('LLLL yyyy')}`;
    } else {
      continue;
    }
    // "w/c 27th June", "the week beginning 7 March": that day and the six after it.
    // "w/e 4th March", "the week ending 11 March": that day and the six before it.
    // "before w/c 12 September": a bound on that week.
    const weekOf =
      /\b(?:(?:(before|ahead of|by|until|till|after|from|since)\s+)?(?:in\s+|during\s+)?(?:the\s+)?week\s+(?:commencing|beginning|starting)|(?:in\s+|during\s+)?the\s+week\s+of)\s+(?:the\s+|on\s+)?$/.exec(
        before,
      );
    const weekEnding = /\b(?:(?:in\s+|during\s+)?(?:the\s+)?week\s+ending)\s+(?:the\s+|on\s+)?$/.exec(before);
    const week = weekOf ?? weekEnding;
    if (week && start.isCertain('day')) {
      const [first, last] = weekOf ? [from, from.plus({ days: 6 })] : [from.minus({ days: 6 }), from];
      const bound = weekOf?.[1] === 'ahead of' ? 'before' : weekOf?.[1];
      const label = `in the week ${weekOf ? 'of' : 'ending'} ${from.toFormat('d LLLL yyyy')}`;
      phrases.push({
        index: week.index,
        length: result.index + result.text.length - week.index,
        range: bound ? applyPreposition({ from: first, to: last, label }, bound, todayDate) : { from: iso(first), to: iso(last), label: `due ${label}` },
        span: { from: iso(first), to: iso(last) },
        preposition: bound,
      });
      continue;
    }
    if (result.end) {
      const end = result.end;
      to = DateTime.utc((end.isCertain('year') ? end.get('year') : undefined) ?? year, end.get('month') ?? month, end.get('day') ?? 1);
      if (!end.isCertain('day')) to = to.endOf('month');
      label = `between ${from.toFormat('d LLL yyyy')} and ${to.toFormat('d LLL yyyy')}`;
    }
    const startIndex = prepositionMatch ? result.index - prepositionMatch[0].length : result.index;
    // "end of March": chrono reads the day; the bound is still "by" (but "after the end of March" is after it).
    const effective = /^end of/.test(result.text) && !['after', 'from', 'since'].includes(preposition ?? '') ? 'by' : preposition;
    phrases.push({
      index: startIndex,
      length: result.index + result.text.length - startIndex,
      range: applyPreposition({ from, to: to.endOf('day'), label }, effective === 'due' ? undefined : effective, todayDate),
      span: { from: iso(from), to: iso(to) },
      preposition,
    });
  }
  const ordered = phrases.sort((a, b) => a.index - b.index).filter((phrase) => !namesAThing(text, phrase));
  return joinRanges(text, withoutVague(text, ordered), today).map((phrase) => negated(text, phrase));
}

/**
 * "The January staff survey", "the Jan 22 survey", "the 2022 strategy": a date naming a thing, not
 * when it is due (a meeting named by its date is another matter).
 */
function namesAThing(text: string, phrase: DatePhrase): boolean {
  const said = text.slice(phrase.index, phrase.index + phrase.length);
  // "The measure for the January staff survey": "for" says which thing, not when.
  const which = ['for', 'about', 'of', 'with'].includes(phrase.preposition ?? '');
  // ("The end of March, what ...": the end of a month names no thing, nor does a date its clause ends on.)
  if ((phrase.preposition && !which) || /^(?:this|next|last|the\s+(?:next|last|end))\b|^(?:end|start|beginning)\s+of\b|[,;.]$/.test(said)) return false;
  const afterThe = /\bthe\s+$/.test(text.slice(0, phrase.index)) || /^(?:(?:for|about|of|with)\s+)?the\s+(?!(?:next|last|end)\b)/.test(said);
  // "The March deadlines", "the April milestones": when things are due, not a thing's name.
  return (
    afterThe &&
    /^\s+(?!committee|meeting|select|board|panel|scrutiny|cabinet|actions?\b|deadlines?\b|milestones?\b|targets?\b|due\b|dates?\b|ones\b)[a-z]{3,}/.test(
      text.slice(phrase.index + phrase.length),
    )
  );
}

const RULED_OUT_BEFORE =
  /\b(?:not|never|excluding|except(?: for)?|apart from|other than|leaving out|leave out|not counting)\s+(?:(?:the ones|those|ones|any|anything|actions)\s+)?(?:(?:that|which)\s+(?:were|are|was|is)\s+)?(?:(?:fall|falls|come|comes)\s+)?(?:due\s+)?(?:back\s+)?(?:in\s+|during\s+)?$/;

/**
 * "Not due this financial year": the time after the span (or before it, for a span still to come
 * that has not begun). What is due within it is left out.
 */
function negated(text: string, phrase: DatePhrase): DatePhrase {
  // "not due this year", "leaving out the ones that were due back in 2019".
  if (!RULED_OUT_BEFORE.test(text.slice(0, phrase.index))) return phrase;
  const from = DateTime.fromISO(phrase.span.from, { zone: 'utc' });
  const to = DateTime.fromISO(phrase.span.to, { zone: 'utc' });
  const label = phrase.range.label.replace(/^due\s+/, '');
  // "Not due until April": April or later.
  if (phrase.preposition === 'until' || phrase.preposition === 'till') {
    const said = text.slice(phrase.index, phrase.index + phrase.length).replace(/^(?:until|till)\s+/, '');
    return { ...phrase, range: { from: iso(from), label: `not due until ${said} (due from ${from.toFormat('d LLL yyyy')})` } };
  }
  // "Excluding anything due after the end of March": by then; "not due by March": after it.
  const bound = phrase.preposition === 'due' ? undefined : phrase.preposition;
  if (bound === 'after')
    return { ...phrase, range: { to: iso(to), label: `not due after ${label.replace(/^after\s+/, '')} (due by ${to.toFormat('d LLL yyyy')})` } };
  if (bound === 'by' || bound === 'end of' || bound === 'no later than' || bound === 'up to')
    return { ...phrase, range: { from: iso(to.plus({ days: 1 })), label: `not due ${label} (due after ${to.toFormat('d LLL yyyy')})` } };
  if (bound === 'before') return { ...phrase, range: { from: iso(from), label: `not due ${label} (due from ${from.toFormat('d LLL yyyy')})` } };
  // What is due within the span is left out: before it and after it both remain.
  const range: DateRange = {
    from: iso(from),
    to: iso(to),
    outside: true,
    label: `not due ${label} (due before ${from.toFormat('d LLL yyyy')} or after ${to.toFormat('d LLL yyyy')})`,
  };
  return { ...phrase, range };
}

/** "Coming up", "soon": a vague time that gives way to a period said in the same question ("coming up over the next eight weeks"). */
function withoutVague(text: string, phrases: DatePhrase[]): DatePhrase[] {
  const vague = (phrase: DatePhrase): boolean =>
    /^(?:due\s+)?(?:soon|shortly|coming up|upcoming|imminently)$/.test(text.slice(phrase.index, phrase.index + phrase.length).trim());
  return phrases.some((phrase) => !vague(phrase)) ? phrases.filter((phrase) => !vague(phrase)) : phrases;
}

/** "Between 1st May and the end of August", "from May to the end of July": two phrases that bound one range. */
function joinRanges(text: string, phrases: DatePhrase[], today: IsoDate): DatePhrase[] {
  const out: DatePhrase[] = [];
  for (let at = 0; at < phrases.length; at += 1) {
    const first = phrases[at];
    const second = phrases[at + 1];
    if (!first) continue;
    const between = second ? text.slice(first.index + first.length, second.index) : '';
    // "between now and the end of April": from today.
    // "from today until Christmas": the "until" may have been read with the phrase.
    const fromNow = /(?:between now and|from now (?:until|till|to)|now until|from today (?:until|till|to))\s+(?:the\s+)?$|(?:from now|from today)\s+$/;
    const nowOpens = (match: RegExpExecArray | null): boolean =>
      match !== null && (/(?:and|until|till|to)\s+(?:the\s+)?$/.test(match[0]) || ['until', 'till', 'by'].includes(first.preposition ?? ''));
    // "Between now and the committee's next meeting on 16 March": to the day the event is said to fall on.
    const nowToEvent = /\bbetween now and\s+(?:the\s+|her\s+|his\s+|their\s+|our\s+)?(?:[a-z'-]+\s+){1,4}?(?:(?:on|in)\s+|\(\s*)?$/;
    const eventSaid = first.preposition === undefined && nowToEvent.test(text.slice(0, first.index));
    if (nowOpens(fromNow.exec(text.slice(0, first.index))) || eventSaid) {
      const to = DateTime.fromISO(first.span.to, { zone: 'utc' });
      const start = eventSaid ? text.slice(0, first.index).search(nowToEvent) : text.slice(0, first.index).search(fromNow);
      out.push({
        index: start,
        length: first.index + first.length - start,
        range: { from: today, to: first.span.to, label: `due between now and ${to.toFormat('d LLL yyyy')}` },
        span: { from: today, to: first.span.to },
        preposition: undefined,
      });
      continue;
    }
    // "After 16 March but before the summer": the two bounds are one span.
    // ("After the March board (24 March) but by the end of June": up to the end of June.)
    if (
      second &&
      (first.preposition === 'after' || first.preposition === 'from') &&
      ['before', 'by', 'until', 'till', 'no later than', 'up to'].includes(second.preposition ?? '') &&
      /^\s*,?\s*(?:but|and)\s*$/.test(between)
    ) {
      const from = first.range.from;
      const to = second.range.to;
      if (from && to && from <= to) {
        const label = `due between ${DateTime.fromISO(from, { zone: 'utc' }).toFormat('d LLL yyyy')} and ${DateTime.fromISO(to, { zone: 'utc' }).toFormat('d LLL yyyy')}`;
        out.push({
          index: first.index,
          length: second.index + second.length - first.index,
          range: { from, to, label },
          span: { from, to },
          preposition: undefined,
        });
        at += 1;
        continue;
      }
    }
    // "Over the rest of the spring term": from today to its end.
    const restOf = /\b(?:the\s+)?rest\s+of\s+(?:the\s+)?$/.exec(text.slice(0, first.index));
    if (restOf && first.span.to >= today && first.span.from <= today) {
      const to = DateTime.fromISO(first.span.to, { zone: 'utc' });
      out.push({
        index: restOf.index,
        length: first.index + first.length - restOf.index,
        range: { from: today, to: first.span.to, label: `due between now and ${to.toFormat('d LLL yyyy')}` },
        span: { from: today, to: first.span.to },
        preposition: undefined,
      });
      continue;
    }
    // "Between the interim starting on 14 February and ...": an event said with its day opens the range from that day.
    const eventOpens = /\bbetween\s+(?:the\s+|her\s+|his\s+|their\s+|our\s+)?(?:[a-z'-]+\s+){1,4}?(?:(?:on|from)\s+|\(\s*)?(?:the\s+)?$/.exec(
      text.slice(0, first.index),
    );
    const opens =
      /\b(?:between|from)\s+(?:the\s+)?$/.test(text.slice(0, first.index)) ||
      eventOpens !== null ||
      first.preposition === 'from' ||
      first.preposition === 'between';
    // "May or June": two months side by side are one span.
    const nextDay = DateTime.fromISO(first.span.to, { zone: 'utc' }).plus({ days: 1 }).toISODate();
    const sideBySide =
      /^\s*(?:or|and)\s*$/.test(between) &&
      second !== undefined &&
      second.span.from === nextDay &&
      (second.preposition === undefined || second.preposition === first.preposition);
    // "Jan-Mar": two months joined by a dash are a range.
    const dashed = /^[-–]$/.test(between) && second?.preposition === undefined;
    // "Between the last committee (12 January) and the next one on 16 March": the second end is an event with its day too.
    const toEvent =
      opens &&
      second?.preposition === undefined &&
      /^\s*\)?\s*(?:and|to|until|till)\s+(?:the\s+|her\s+|his\s+|their\s+|our\s+)?(?:[a-z'-]+\s+){1,4}?(?:on\s+|in\s+|\(\s*)?$/.test(between);
    // A day said without its year that would fall after the end it opens to is the one before ("12 January" in February).
    const back = (day: IsoDate): IsoDate => DateTime.fromISO(day, { zone: 'utc' }).minus({ years: 1 }).toISODate() ?? day;
    const opening =
      second &&
      opens &&
      first.span.from > second.span.to &&
      back(first.span.from) <= second.span.to &&
      !/\b\d{4}\b/.test(text.slice(first.index, first.index + first.length))
        ? back(first.span.from)
        : first.span.from;
    if (
      second &&
      ((opens && /^\s*\)?\s*(?:and|to|until|till|through(?:\s+to)?|thru|-|–)\s*(?:the\s+)?$/.test(between)) || toEvent || sideBySide || dashed) &&
      opening <= second.span.to
    ) {
      const from = DateTime.fromISO(opening, { zone: 'utc' });
      const to = DateTime.fromISO(second.span.to, { zone: 'utc' });
      const start = /^\s*(?:between|from)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, first.index - 14), first.index))
        ? text.slice(0, first.index).search(/(?:between|from)\s+(?:the\s+)?$/)
        : (eventOpens?.index ?? first.index);
      out.push({
        index: start,
        length: second.index + second.length - start,
        range: { from: opening, to: second.span.to, label: `due between ${from.toFormat('d LLL yyyy')} and ${to.toFormat('d LLL yyyy')}` },
        span: { from: opening, to: second.span.to },
        preposition: undefined,
      });
      at += 1;
      continue;
    }
    out.push(first);
  }
  return out;
}
