/**
 * The tracker is not a case record. These checks refuse text that looks like it identifies a
 * child or their family (NHS numbers by their check digit, dates of birth in any common form,
 * case and record references, pupil and National Insurance numbers, home addresses, a child's
 * name with their age or school), while letting through what work notes are full of: meeting
 * dates, staff names, statistics, policy and purchase-order numbers, anonymised cases.
 */
export type SafeguardingFinding = Readonly<{ kind: 'nhs_number' | 'date_of_birth' | 'case_id' | 'national_id' | 'address' | 'child_details'; what: string }>;

export type GuardOptions = Readonly<{
  /** Staff on the plan's people list: their names next to dates and schools are work, not a child. */
  staffNames?: readonly string[];
}>;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\\w+|thirtieth|thirty-first';
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORDS})`;
/** A full date: 03/03/2016, 3.3.16, 2016-03-03, 3 March 2016, 3rd of March 2016, March 3, 2016. */
const DATE = `(?:\\d{1,2}[/. -]\\d{1,2}[/. -](?:\\d{4}|\\d{2})\\b|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}\\b|${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+${DAY},?\\s+\\d{4})`;

const DATE_OF_BIRTH = [
  // "DOB: 03/03/16", "d.o.b. 2016-03-03", "d o b 2008-11-30", "date of brith 22/08/2010", "Birthdate: 2012/07/19", "date of birth (3 March 2016)"
  new RegExp(`\\b(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+b(?:irth|rith)|birth\\s*date)[^.\\n]{0,25}?${DATE}`, 'i'),
  // "born 3 March 2016", "born on the 1st of June 2017", "(born 2015-07-07)"
  new RegExp(`\\bborn\\s+(?:on\\s+)?(?:the\\s+)?${DATE}`, 'i'),
  // "b. 30/04/2009" at the start, in brackets or after a name (not "a. …; b. …" in a list of options)
  new RegExp(`(?:^|\\(\\s*|[A-Z][a-z]+\\s+)b\\.\\s*${DATE}`, 'i'),
];

/** Ten digits in any grouping, not part of a longer number. */
const TEN_DIGITS = /(?<![\d])(\d(?:[ .-]?\d){9})(?![ .-]?\d)/g;

const RECORD =
  '(?:case|person|client|child|young\\s+person|family|mosaic|lcs|ehm|early\\s+help(?:\\s+module)?|liquidlogic|cin|lac|cla|cp|cp\\s+plan|child\\s+protection\\s+plan|referral|record|care\\s+proceedings)';
/** An id: at least five digits, perhaps with letters, slashes or dashes ("2021/4471", "BN21C00345", "884 213"). */
const RECORD_ID = '(?=[A-Z0-9/ -]*\\d(?:[A-Z/ -]*\\d){4})[A-Z0-9](?:[A-Z0-9/-]| (?=\\d)){3,}';
const CASE_REFERENCES = [
  // "case ref 1234567", "Mosaic ID: 88123", "CP plan no 40321", "child ID: AB1234"
  new RegExp(`\\b${RECORD}\\s*\\(?\\s*(?:no\\.?|nos\\.?|number|ref(?:erence)?\\.?|id)\\s*[:#]?\\s*(?:[A-Z]{1,4}[/-]?\\d{4,}|${RECORD_ID})`, 'i'),
  // "Mosaic #3391024", "Mosaic:2345671", "case 1234567"
  new RegExp(`\\b${RECORD}\\s*[:#-]?\\s*\\d{5,}\\b`, 'i'),
  // "CH-2019-0034", "CP/22/00871", "CPP/2021/0457": codes of children's records
  /\b(?:CH|CP|CPP|CIN|CLA|LAC|EH|YP|C)[/-]\d{2,4}[/-]\d{3,}\b/,
  // "PID 123456", "UPN: 1234", "NHS no. 123"
  /\b(?:pid|upn|nhs\s+no\.?)\s*[:#]?\s*[A-Z]?\d{3,}\b/i,
];
const UNIQUE_PUPIL_NUMBER = /\b[A-HJ-NP-Z]\s?(?:\d\s?){11}[\dA-HJ-NP-Z]\b/;
const NATIONAL_INSURANCE = [
  /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z]{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?[A-D]\b/,
  // Named as one, in any case: "ni no = mk 65 43 21 c"
  /\b(?:national\s+insurance|ni)\s*(?:no\.?|number)?\s*[:=]?\s*[a-z]{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?[a-d]\b/i,
];

const STREET =
  /\b(?:flat\s+\d+|\d{1,4}[a-z]?\s+(?:[a-z]+\s+){1,3}(?:road|rd|street|st|close|court|lane|avenue|ave|drive|walk|grove|way|crescent|gardens|place|terrace|hill|park|rise|mews|view|square|row|green))\b/i;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const HOME_WORDS =
  /\b(?:child|children|young\s+person|yp|family|mum|mother|father|dad|parents?|son|daughter|sibling|grandmother|grandfather|aunt|uncle|lives|living|moved|placed|placement|lodgings|home\s+visit|returned|address\s+for|carers?|private\s+fostering|kinship)\b/i;
const WORKPLACE_WORDS = /\b(?:county\s+hall|offices?|headquarters|reception|venue|hub|centre|center|library|drop-in|training|conference)\b/i;

const NAME = /\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){1,2}\b/g;
/** Capitalised words that start sentences and titles, not names. */
const NOT_A_NAME = new Set(
  'the this that these members member committee panel board head virtual school service services team children child care foster life health improvement director deputy assistant principal county council cabinet new case audit practice social family young placement mosaic corporate business key report resolution agenda minute cllr councillor mr mrs ms dr sibling group met visit home border'.split(
    ' ',
  ),
);
/** Last words of organisations and titles, not names: "Frontline Services", "Oriel High School". */
const NOT_A_SURNAME = new Set(
  'services service team teams school primary academy college council board panel hub unit centre trust partnership directorate committee group office'.split(
    ' ',
  ),
);
/** What, right after a name, identifies a child: "(7)", "(age 6", "(Year 2", ", 14,", "aged 15", ", a 16-year-old". */
const AGE_AFTER_NAME =
  /^(?:\s*\(\s*(?:aged?\s*)?\d{1,2}\b|\s*\(\s*year\s+\d{1,2}\b|,\s*(?:aged?\s*)?\d{1,2}\s*[,)]|,?\s+aged?\s+\d{1,2}\b|,?\s+(?:a|an)\s+\d{1,2}-year-old)/i;
const SCHOOL_NEAR = /\b(?:year\s+\d{1,2}\b|(?:[A-Z][a-z']+\s+){1,3}(?:Primary|Academy|Infant|Junior|High\s+School|School|College)\b)/;
const FAMILY_BEFORE_NAME = /\b(?:son|daughter|brother|sister|sibling|grandson|granddaughter|nephew|niece)\s*$/i;
/** A date right after a name, "Jack Smith (12/03/2015)", "Harper Quinn 21-03-2017": a child and their birth date. */
const DATE_AFTER_NAME = new RegExp(`^\\s*(?:\\(\\s*)?(?:aged?\\s+\\d{1,2},?\\s*)?(${DATE})`, 'i');
/** A first name alone with an age or school year: "Ruby (8)", "Alfie, 12,", "Poppy in Year 2". */
const FIRST_NAME_WITH_AGE = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,\s*\d{1,2}\s*,|\s*\(\s*\d{1,2}\s*\)|\s+(?:in\s+)?Year\s+\d{1,2}\b)/g;
/** "14-year-old Amira Haddad" */
const AGE_BEFORE_NAME = /\b\d{1,2}-year-old\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+)?\b/;
/** Numbered things that take "(8)" or "Year 2" without being a child. */
const NOT_A_FIRST_NAME = new Set(
  'all every each any some most only both many few our their his her its pupils students children area action item page appendix table figure section option paragraph point question recommendation minute resolution priority target phase stage step tier level grade'.split(
    ' ',
  ),
);
/** Birth dates are years back; a date this recent next to a name is a meeting or a start date. */
const BIRTH_YEARS_BACK = 2;

/** An NHS number's last digit is a modulus 11 check digit. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

const squashName = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** Names in the text that could be a child's: not staff, not a capitalised phrase. */
function possibleChildNames(text: string, staff: readonly string[]): Array<{ name: string; index: number }> {
  return [...text.matchAll(NAME)].flatMap((match) => {
    const words = match[0].split(/\s+/);
    // "Met Anita Rao", "Cllr Jo Pearce": drop a leading word that is not part of the name.
    const first = (words[0] ?? '').toLowerCase();
    const name = NOT_A_NAME.has(first) ? words.slice(1).join(' ') : match[0];
    const index = (match.index ?? 0) + (match[0].length - name.length);
    if (name.split(/\s+/).length < 2 || NOT_A_SURNAME.has((words.at(-1) ?? '').toLowerCase())) return [];
    const lower = squashName(name);
    if (staff.some((member) => lower.includes(member) || member.includes(lower))) return [];
    return [{ name, index }];
  });
}

function yearOf(date: string): number | undefined {
  const years = date.match(/\d{4}|\d{2}$/g);
  const last = years?.at(-1);
  if (!last) return undefined;
  return last.length === 2 ? 2000 + Number(last) : Number(last);
}

// A plan's staff list is squashed once, not once for every text checked against it.
const squashed = new WeakMap<readonly string[], string[]>();

function squashedStaff(names: readonly string[] | undefined): string[] {
  if (!names) return [];
  let list = squashed.get(names);
  if (!list) {
    list = names.map(squashName).filter(Boolean);
    squashed.set(names, list);
  }
  return list;
}

function childNamedWithDetails(text: string, currentYear: number, options: GuardOptions): SafeguardingFinding | undefined {
  const details: SafeguardingFinding = { kind: 'child_details', what: "a child's name with their age, school or family" };
  if (AGE_BEFORE_NAME.test(text)) return details;
  const named = [...text.matchAll(FIRST_NAME_WITH_AGE)].filter((match) => {
    const word = (match[1] ?? '').toLowerCase();
    return !NOT_A_NAME.has(word) && !NOT_A_FIRST_NAME.has(word) && !NOT_A_FIRST_NAME.has(word.replace(/s$/, ''));
  });
  // "Crawley (12), Horsham (8)" is a count by place, not children: bracketed numbers in a list are left alone.
  const bracketed = named.filter((match) => match[0].includes('('));
  if (named.some((match) => !match[0].includes('(')) || bracketed.length === 1) return details;
  for (const { name, index } of possibleChildNames(text, squashedStaff(options.staffNames))) {
    const after = text.slice(index + name.length, index + name.length + 80);
    const date = DATE_AFTER_NAME.exec(after)?.[1];
    const year = date ? yearOf(date) : undefined;
    if (year !== undefined && year <= currentYear - BIRTH_YEARS_BACK) return { kind: 'date_of_birth', what: 'a date of birth next to a name' };
    if (AGE_AFTER_NAME.test(after) || FAMILY_BEFORE_NAME.test(text.slice(Math.max(0, index - 20), index)) || SCHOOL_NEAR.test(after.slice(0, 60))) {
      return details;
    }
  }
  return undefined;
}

/** The first sign of a child's personal data in the text, or undefined. */
export function findPersonalData(text: string, currentYear: number, options: GuardOptions = {}): SafeguardingFinding | undefined {
  for (const match of text.matchAll(TEN_DIGITS)) {
    if (isNhsNumber((match[1] ?? '').replace(/[ .-]/g, ''))) return { kind: 'nhs_number', what: 'an NHS number' };
  }
  if (DATE_OF_BIRTH.some((pattern) => pattern.test(text))) return { kind: 'date_of_birth', what: 'a date of birth' };
  if (CASE_REFERENCES.some((pattern) => pattern.test(text))) return { kind: 'case_id', what: 'a case or record reference' };
  if (UNIQUE_PUPIL_NUMBER.test(text)) return { kind: 'case_id', what: 'a unique pupil number' };
  if (NATIONAL_INSURANCE.some((pattern) => pattern.test(text))) return { kind: 'national_id', what: 'a National Insurance number' };
  if ((STREET.test(text) || POSTCODE.test(text)) && HOME_WORDS.test(text) && !WORKPLACE_WORDS.test(text)) return { kind: 'address', what: 'a home address' };
  return childNamedWithDetails(text, currentYear, options);
}

/** The first of several labelled texts that holds a child's personal data, with what was found. */
export function findPersonalDataIn(
  texts: ReadonlyArray<Readonly<{ where: string; text: string }>>,
  currentYear: number,
  options: GuardOptions = {},
): (SafeguardingFinding & { where: string }) | undefined {
  // A big plan repeats much of its wording: each distinct text is checked once.
  const checked = new Set<string>();
  for (const { where, text } of texts) {
    if (!text || checked.has(text)) continue;
    checked.add(text);
    const finding = findPersonalData(text, currentYear, options);
    if (finding) return { ...finding, where };
  }
  return undefined;
}

type PlanTexts = Readonly<{
  asOf: string;
  plan: { areas: ReadonlyArray<{ number: number; title: string; shortTitle: string; outcomes?: string; evidence?: string }> };
  people: ReadonlyArray<{ name: string }>;
  meetings: ReadonlyArray<{
    id: string;
    title: string;
    items: ReadonlyArray<{ ref: string; title: string }>;
    resolutions: ReadonlyArray<{ ref: string; text: string }>;
  }>;
  actions: ReadonlyArray<{ ref: string; title: string; measure?: string; updates: ReadonlyArray<{ note?: string; reason?: string }> }>;
}>;

/** A plan file's free text, each piece labelled with where it is, for the guard. */
export function findPersonalDataInPlan(data: PlanTexts): (SafeguardingFinding & { where: string }) | undefined {
  const texts = [
    ...data.plan.areas.flatMap((area) =>
      [area.title, area.shortTitle, area.outcomes ?? '', area.evidence ?? ''].map((text) => ({ where: `area ${area.number}`, text })),
    ),
    ...data.meetings.flatMap((meeting) => [
      { where: `meeting ${meeting.id}`, text: meeting.title },
      ...meeting.items.map((item) => ({ where: `meeting ${meeting.id}, item ${item.ref}`, text: item.title })),
      ...meeting.resolutions.map((resolution) => ({ where: `meeting ${meeting.id}, resolution ${resolution.ref}`, text: resolution.text })),
    ]),
    ...data.actions.flatMap((action) => [
      { where: `action ${action.ref}`, text: action.title },
      { where: `action ${action.ref}, its measure`, text: action.measure ?? '' },
      ...action.updates.flatMap((update) => [update.note ?? '', update.reason ?? ''].map((text) => ({ where: `action ${action.ref}, an update`, text }))),
    ]),
  ];
  const staffNames = data.people.map((person) => person.name);
  return findPersonalDataIn(texts, Number(data.asOf.slice(0, 4)), { staffNames });
}
