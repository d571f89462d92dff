import type { Action, Meeting, Person } from '../domain/model';
import { actionIndex } from '../domain/actionIndex';
import { addDays, daysBetween, formatDate, type IsoDate } from '../domain/dates';
import type { SchoolPeriod } from '../domain/schoolCalendar';
import { findDatePhrases, type DatePhrase } from './datePhrases';
import { isApologyOnly, questionFocus, thanks } from './focus';
import { relatedWords } from './wordnet';
import { CHATTER_WORDS, GENERIC_WORDS, type Lexicon, type Match, type StatusWord } from './lexicon';
import { FILLER_WORDS, normaliseText, stemWord, tokenize, tokens } from './normalise';
import { oneActionFilter, type ActionFilter, type AskQuery, type ListQuery } from './query';

/** Longer text is not a question (a pasted document, say); it is answered politely, not parsed. */
export const MAX_QUESTION_LENGTH = 1000;

export type AskContext = Readonly<{
  today: IsoDate;
  asker: Person | undefined;
  actions: readonly Action[];
  /** The council's own school terms and holidays, where it gave them. */
  schoolCalendar?: readonly SchoolPeriod[];
}>;

const BREAK = '|';
const ME_AFTER_VERBS = new Set([
  'asked',
  'ask',
  'told',
  'wants',
  'want',
  'emailed',
  'messaged',
  'pinged',
  'show',
  'tell',
  'give',
  'send',
  'let',
  'remind',
  'get',
  'find',
  'bring',
  'email',
  'help',
  'ping',
  'message',
  'list',
]);
/** What "my" may own that is no action of the asker's: "my lane", "my heart", "my manager", "my team's capacity". */
const INCIDENTAL_MINE = new Set([
  'lane',
  'patch',
  'usual',
  'induction',
  'secondment',
  'first',
  'heart',
  'head',
  'mind',
  'manager',
  'supervisor',
  'boss',
  'director',
  'colleague',
  'colleagues',
  'practice',
  'diary',
  'calendar',
  'inbox',
  'notes',
  'desk',
  'role',
  'job',
  'placement',
  'capacity',
  'leave',
  'holiday',
  'knowledge',
  'understanding',
  'question',
  'brief',
  // "for my opening remarks to the inspectors", "my foreword to the evidence pack": what the answer is for.
  'opening',
  'remarks',
  'foreword',
  'speech',
  'slides',
  'presentation',
  'briefing',
  'script',
  'introduction',
  'intro',
  'one-to-ones',
  // "have my IROs had the training?", "my teams": the people the asker manages, not whose actions ("my staff survey
  // action" is the asker's own).
  'iros',
  'iro',
  'teams',
  'managers',
  'practitioners',
  'carers',
  'chairs',
]);

/** "What did the January meeting give me?": what something gave the asker, whose actions they are (not "give me the list"). */
function givenMe(words: readonly string[], at: number): boolean {
  // ("Has the committee given me anything blocked?": what it gave, then which of it.)
  if (!['give', 'gave', 'given'].includes(words[at - 1] ?? '') || ![undefined, BREAK, 'anything', 'any', 'actions', 'that', 'which'].includes(words[at + 1]))
    return false;
  // (A date cut out of the clause leaves a break behind, so the clause is looked at over it.)
  return words.slice(Math.max(0, at - 9), at - 1).some((word) => ['did', 'has', 'have', 'had'].includes(word));
}

const TOPIC_SEPARATORS = new Set(['and', 'or', 'plus', 'also', 'versus', 'vs']);

const REF_PATTERN = /(?<![\d./])(\d{1,2})\.(\d{1,2})(?![\d/]|\.\d)/g;
const AREA_PATTERN =
  /\b(?:ofsted\s+)?(?:areas?(?:\s+(?:of|for)\s+improvement)?|aoi|improvement\s+areas?|priority|priorities)\s*(?:number|no\.?|#)?\s*(\d{1,2})((?:(?:\s*(?:,|and|or|\+|&|through|thru|to|-|–)\s*|\s+)\d{1,2})*)\b/g;

/**
 * The numbers of "areas 3, 4 and 5", "areas 6 through 8" (each between), "areas 3 4 and 5" (a bare
 * space only after the plural: "area 3 4 times" is one area).
 */
function areaNumbersIn(said: string, first: string, rest: string): number[] {
  const numbers = [Number(first)];
  const plural = /^(?:ofsted\s+)?(?:areas|priorities|improvement\s+areas|areas\s+(?:of|for)\s+improvement)\b/.test(said);
  for (const part of rest.matchAll(/(\s*(?:,|and|or|\+|&|through|thru|to|-|–)\s*|\s+)(\d{1,2})/g)) {
    const joiner = (part[1] ?? '').trim();
    const next = Number(part[2]);
    if (joiner === '' && !plural) break;
    const last = numbers[numbers.length - 1] ?? next;
    if (['through', 'thru', 'to', '-', '–'].includes(joiner) && next > last && next - last <= 12) for (let n = last + 1; n < next; n += 1) numbers.push(n);
    numbers.push(next);
  }
  return numbers;
}

/** Words no slot took; `marked` when the wording says they name a topic ("on X", "X actions"). */
/** `after`: the word just before the run ("for" in "an update for members"). */
/** `negated`: the words were ruled out ("open actions that aren't audits"). */
/** `at`: where the run starts in the question's words; `within`: the area a ruled-out run narrows ("except the life story training"). */
type Run = { words: string[]; marked: boolean; after?: string; negated?: boolean; next?: string; at?: number; within?: { area: number; words: string } };

const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 're', 'around', 'concerning', 'covering', 'relating', 'involving', 'with', 'into']);
const TOPIC_NOUNS = new Set(['action', 'actions', 'work', 'workstream', 'stuff', 'items', 'item', 'things', 'tasks', 'task', 'activity', 'activities']);

type Found = {
  refs: string[];
  missingRefs: string[];
  areas: number[];
  dates: DatePhrase[];
  /** Dates that name a meeting by its month ("the November meeting", "the October 2019 actions"). */
  meetingDates: DatePhrase[];
  pluralPossessive: boolean;
  matches: Array<Match & { words: string[] }>;
  /** Runs of words no slot took, split where a slot or separator stood. */
  leftovers: Run[];
  words: string[];
  /** Topics were joined by "and", "or" or a comma. */
  joined: boolean;
  /** Titles the question put in quotes, with the actions whose titles hold them. */
  quoted: ActionFilter['topics'];
  /** Areas named by number and ruled out ("apart from areas 9 and 10"). */
  excludedAreaRefs: number[];
  /** The place among `words` of the break each date's cut left. */
  dateWordAt: ReadonlyMap<DatePhrase, number>;
};

/** The word just before (-1) or after (1) the break a date's cut left: "due" in "due in June". */
function wordBesideDate(found: Found, phrase: DatePhrase, side: -1 | 1): string | undefined {
  return found.words[(found.dateWordAt.get(phrase) ?? 0) + side];
}

/** Replaces the matched spans with a break mark so that words either side don't join. */
function cut(text: string, spans: Array<{ index: number; length: number }>): string {
  let result = text;
  for (const span of [...spans].sort((a, b) => b.index - a.index)) {
    result = `${result.slice(0, span.index)} ${BREAK} ${result.slice(span.index + span.length)}`;
  }
  return result;
}

function wordsOf(text: string): string[] {
  // A full stop before a space ends a sentence (a ref's "7.2" has none).
  return text.split(/([|,;:!?()[\]{}]|\.(?=\s))/).flatMap((part) => (/^[|,;:!?()[\]{}.]$/.test(part) ? [BREAK] : tokenize(part)));
}

/** The first one person a piece of text names, by name or title. */
function firstPersonIn(piece: string, lexicon: Lexicon): string | undefined {
  const words = wordsOf(normaliseText(piece));
  for (let index = 0; index < words.length; index += 1) {
    const slot = lexicon.match(words, index)?.slot;
    if (slot?.kind === 'person' && slot.ids.length === 1) {
      const id = slot.ids[0];
      return lexicon.people.find((person) => person.id === id)?.name;
    }
  }
  return undefined;
}

/** "Morgan.", "Helen -", "Grace, new PSW.", "Chris, democratic services.": a name and a role said first, before the question. */
const SIGNATURE =
  /^\s*((?:(?:cllr|councillor|dr|mr|mrs|ms)\.?\s+)?(?:[A-Za-z][\w'’-]*\s+)?[A-Za-z][\w'’-]*)(\s*\([^)]{1,40}\))?(\s*(?:,|\s[-–—])\s*(?!\s*(?:thanks|thank|cheers|ta|thx|hi|hello|morning|sorry|quick)\b)[^.:,\n–—-]{1,40}?)?(?:\s+(?:here|again|speaking))?\s*(?:[.:,!]|\s[-–—])\s+(?=\S)/;

/**
 * The asker signing their message with their own name says who is asking, not whose actions: "Morgan. What's overdue?"
 * is everyone's. (Another person's name said first is who the question is about: "Tom Brennan - his full list".)
 */
function withoutSignature(text: string, asker: Person | undefined, lexicon: Lexicon): string {
  const signed = asker ? SIGNATURE.exec(text) : null;
  if (!signed?.[1] || !asker) return text;
  if (firstPersonIn(signed[1], lexicon) !== asker.name) return text;
  const role = signed[3] ?? '';
  const other = firstPersonIn(role, lexicon);
  if (/\b(?:and|or|&)\b/i.test(role) || (other !== undefined && other !== asker.name)) return text;
  const rest = text.slice(signed[0].length);
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}

/** A comma joins topics only where both sides name something: "Helen, Grace and Sam", not "area 4, including finished ones". */
function namesSomething(clause: string, lexicon: Lexicon): boolean {
  if (new RegExp(AREA_PATTERN.source).test(clause) || new RegExp(REF_PATTERN.source).test(clause)) return true;
  const words = wordsOf(clause);
  for (let index = 0; index < words.length;) {
    const word = words[index] ?? '';
    const match = lexicon.match(words, index);
    if (match) {
      if (match.slot.kind === 'area' || match.slot.kind === 'person') return true;
      index = match.end;
      continue;
    }
    if (word !== BREAK && !GENERIC_WORDS.has(word) && !lexicon.planWords.has(word) && !/^\d+$/.test(word)) return true;
    index += 1;
  }
  return false;
}

/** "case loads" where the plan writes "caseloads": two words the plan writes as one. */
function joinSplitWords(text: string, lexicon: Lexicon): string {
  const parts = text.split(/([^a-z0-9']+)/);
  for (let at = 0; at + 2 < parts.length; at += 2) {
    const [first, between, second] = [parts[at] ?? '', parts[at + 1] ?? '', parts[at + 2] ?? ''];
    const joined = first + second;
    // Only where one of the two is no word of the plan's ("loads"): "year olds" the plan itself writes apart.
    const apart = lexicon.usesWord(first) && lexicon.usesWord(second);
    if (
      /^\s+$/.test(between) &&
      /^[a-z]{3,}$/.test(first) &&
      /^[a-z]{3,}$/.test(second) &&
      !apart &&
      (lexicon.usesWord(joined) || lexicon.usesWord(joined.replace(/s$/, '')))
    ) {
      parts.splice(at, 3, joined);
      at -= 2;
    }
  }
  return parts.join('');
}

function scan(text: string, lexicon: Lexicon, context: AskContext): Found {
  let normalised = joinSplitWords(normaliseText(text), lexicon);
  // A comma inside a quoted title ("'You said, we did'") parts nothing.
  const clauses = normalised.replace(/(['"])[^'"]{3,80}?\1/g, (quote) => quote.replace(/[,;]/g, ' ')).split(/[,;]/);
  const byRef = actionIndex(context.actions).idByRef;

  const refs: string[] = [];
  const missingRefs: string[] = [];
  const refSpans: Array<{ index: number; length: number }> = [];
  for (const match of normalised.matchAll(REF_PATTERN)) {
    // "Minute 39.6", "item 23.2": a minute's number, not an action's.
    if (/\b(?:minutes?|min|item|resolution)\s+$/.test(normalised.slice(0, match.index ?? 0))) continue;
    const ref = `${Number(match[1])}.${Number(match[2])}`;
    const id = byRef.get(ref);
    // "What came out of 39.6?": no area has that number, but a meeting has that item, so it is a minute.
    if (!id && isMinuteRef(ref, lexicon)) continue;
    if (id) refs.push(id);
    else missingRefs.push(ref);
    refSpans.push({ index: match.index ?? 0, length: match[0].length });
  }
  normalised = cut(normalised, refSpans);

  // "the 'You said, we did' example": words in quotes are a title, read whole.
  const quoted: Found['quoted'] = [];
  const quoteSpans: Array<{ index: number; length: number }> = [];
  const positions = actionIndex(context.actions).positionById;
  for (const match of normalised.matchAll(/(?<=^|[\s(])(['"])([^'"]{3,80}?)\1(?=[\s,.?!;:)]|$)/g)) {
    const phrase = tokens(match[2] ?? '').join(' ');
    // The search index finds the actions with these words; their titles say which hold the words in this order.
    const ids =
      phrase.split(' ').length >= 2
        ? lexicon
            .searchActions(phrase.split(' '))
            .map((hit) => hit.id)
            .filter((id) => ` ${tokens(context.actions[positions.get(id) ?? -1]?.title ?? '').join(' ')} `.includes(` ${phrase} `))
        : [];
    if (ids.length === 0) continue;
    quoted.push({ words: match[2] ?? phrase, actionIds: ids });
    quoteSpans.push({ index: match.index ?? 0, length: match[0].length });
  }
  normalised = cut(normalised, quoteSpans);

  const areas: number[] = [];
  const excludedAreaRefs: number[] = [];
  const areaSpans: Array<{ index: number; length: number }> = [];
  for (const match of normalised.matchAll(AREA_PATTERN)) {
    const numbers = areaNumbersIn(match[0], match[1] ?? '', match[2] ?? '');
    const known = numbers.filter((n) => lexicon.areas.some((area) => area.number === n));
    if (known.length === 0) continue;
    // "Everything except the ones in areas 4 and 5".
    if (
      /\b(?:apart from|except(?: for)?|excluding|outside(?: of)?|other than|not in|but not|not counting)\s+(?:the\s+)?(?:ones?\s+|actions?\s+)?(?:in\s+)?$/.test(
        normalised.slice(0, match.index ?? 0),
      )
    )
      excludedAreaRefs.push(...known);
    else areas.push(...known);
    areaSpans.push({ index: match.index ?? 0, length: match[0].length });
  }
  normalised = cut(normalised, areaSpans);

  const preliminary = wordsOf(normalised);
  const aboutMeeting = preliminary.some((_, index) => {
    const match = lexicon.match(preliminary, index);
    return match?.slot.kind === 'cue' && match.slot.cue === 'meeting';
  });
  // "What was due in January": a month said in the past tense is the one just gone.
  // "What should have been finished by the end of January?": a deadline gone by.
  // "Which Q3 deadlines did we meet?", "which were delivered in the autumn term?": work done, in a period gone by.
  const pastTense =
    /\b(?:was|were|fell|became|went|came)\s+(?:due|overdue)\s+(?:in|during|over|across|around|at)\b|\b(?:should|ought to|must)\s+have\s+been\b/.test(
      normalised,
    ) ||
    /\bdid\s+(?:we|they|you|he|she|i|the\s+\w+)\s+(?:meet|hit|deliver|complete|finish|achieve)\b|\b(?:were|was)\s+(?:actually\s+|really\s+|ever\s+|all\s+)?(?:met|hit|delivered|completed|finished|achieved)\b/.test(
      normalised,
    );
  // A meeting is in the past, but a deadline said with it ("due before Easter") is still ahead.
  const found = findDatePhrases(normalised, context.today, aboutMeeting || pastTense ? 'past' : 'future', context.schoolCalendar);
  const ahead = aboutMeeting && !pastTense ? findDatePhrases(normalised, context.today, 'future', context.schoolCalendar) : [];
  // "Due after Easter", said with a meeting: a deadline, still ahead.
  const deadline = (phrase: DatePhrase): boolean =>
    DEADLINE_PREPOSITIONS.has(phrase.preposition ?? '') ||
    // ("which committee actions are due in June?": "due in" too.)
    (['after', 'in', 'during', 'over'].includes(phrase.preposition ?? '') && /\bdue\s+$/.test(normalised.slice(0, phrase.index))) ||
    // ("which committee actions are due between 20 May and w/c 12 September?": a range of deadlines.)
    /\bdue\s+between\s+$/.test(normalised.slice(0, phrase.index));
  // "With year-end deadlines", "the March deadlines": a period said of deadlines is when they fall due, never a meeting's date.
  const ofDeadlines = (phrase: DatePhrase): DatePhrase =>
    !DUE_BOUND_PREPOSITIONS.has(phrase.preposition ?? '') &&
    /^\s*(?:deadlines?|due\s+dates?|milestones?)\b/.test(normalised.slice(phrase.index + phrase.length))
      ? { ...phrase, preposition: 'due' }
      : phrase;
  const mapped = found
    .map(ofDeadlines)
    .map((phrase) => (deadline(phrase) ? (ahead.map(ofDeadlines).find((other) => other.index === phrase.index && deadline(other)) ?? phrase) : phrase));
  // A deadline read ahead may cover more words than the same words read back ("between 20 May and w/c 12 September").
  const dates = mapped.filter(
    (phrase) => !mapped.some((other) => other !== phrase && ahead.includes(other) && phrase.index > other.index && phrase.index < other.index + other.length),
  );
  // "The November meeting", "the October 2019 actions": a month that names a meeting, whatever the word before it.
  const hasMeeting = (from: string, to: string): boolean => meetingHeld(lexicon, from, to < context.today ? to : context.today);
  const meetingDates = dates.filter((phrase) => {
    const after = normalised.slice(phrase.index + phrase.length);
    if (/^\s*(?:committee\s+)?(?:meetings?|committees?|cttees?)\b/.test(after)) return true;
    return (
      /^\s*actions?\b/.test(after) &&
      (hasMeeting(phrase.span.from, phrase.span.to) ||
        (phrase.span.from > context.today && hasMeeting(yearBefore(phrase.span.from), yearBefore(phrase.span.to))))
    );
  });
  // "The November or January committees": a month joined to one that names a meeting names one too.
  for (let at = dates.length - 2; at >= 0; at -= 1) {
    const phrase = dates[at];
    const next = dates[at + 1];
    if (!phrase || !next || meetingDates.includes(phrase) || !meetingDates.includes(next)) continue;
    if (/^\s*(?:,|and|or|&)\s*(?:the\s+)?$/.test(normalised.slice(phrase.index + phrase.length, next.index)))
      meetingDates.splice(meetingDates.indexOf(next), 0, phrase);
  }
  // "The November and January committees", "the 2019 and 2022 meetings": a month or year alone before "and" that the
  // date reader left, read on its own as the date reader reads one gone by.
  const firstNamed = meetingDates[0];
  const alone = firstNamed ? MONTH_OR_YEAR_BEFORE.exec(normalised.slice(0, firstNamed.index)) : null;
  const aloneSpan = alone?.[1] ? findDatePhrases(alone[1], context.today, 'past')[0]?.span : undefined;
  if (firstNamed && alone && aloneSpan) meetingDates.unshift({ ...firstNamed, index: alone.index, length: alone[0].length, span: aloneSpan });
  // "The October 2019 and November 2021 meetings": the two months, not the span between them.
  for (const phrase of [...meetingDates]) {
    const said = normalised.slice(phrase.index, phrase.index + phrase.length);
    const after = normalised.slice(phrase.index + phrase.length);
    if (!/\s(?:and|or)\s/.test(said) || !/^\s*(?:committee\s+)?(?:meetings|committees)\b/.test(after)) continue;
    // Each side read on its own: "October 2019" and "November 2021", "2021" and "2022".
    const sides = said
      .replace(/^(?:from|in|at|of)\s+/, '')
      .split(/\s+(?:and|or)\s+/)
      .map((side) => findDatePhrases(side.replace(/^the\s+/, ''), context.today, 'past')[0]);
    if (sides.length < 2 || sides.some((side) => side === undefined)) continue;
    meetingDates.splice(meetingDates.indexOf(phrase), 1, ...sides.map((side) => ({ ...phrase, span: side?.span ?? phrase.span })));
  }
  const beforeCut = normalised;
  normalised = cut(normalised, dates);
  // Where each date stood among the words: the break its cut left.
  const dateWordAt = new Map(
    dates.map(
      (phrase) =>
        [
          phrase,
          wordsOf(
            cut(
              beforeCut.slice(0, phrase.index),
              dates.filter((other) => other.index < phrase.index),
            ),
          ).length,
        ] as const,
    ),
  );

  // "overdew", "outstandng": a slip in a status word is that word.
  const words = wordsOf(normalised).map((word) => lexicon.statusSlip(word) ?? word);
  const matches: Found['matches'] = [];
  const leftovers: Run[] = [{ words: [], marked: false }];
  const current = (): Run => leftovers[leftovers.length - 1] ?? { words: [], marked: false };
  const breakRun = (): void => {
    if (current().words.length > 0) leftovers.push({ words: [], marked: false });
  };
  let previous = '';
  for (let index = 0; index < words.length;) {
    const word = words[index] ?? '';
    // "excluding Mosaic": the word that rules out is never itself the topic.
    if (word === BREAK || TOPIC_SEPARATORS.has(word) || EXCLUDERS.has(word)) {
      breakRun();
      previous = word;
      index += 1;
      continue;
    }
    const match = lexicon.match(words, index);
    // "Could you pull up what's overdue for me?": "for me" at the end of a request is politeness, not whose.
    const politeForMe =
      word === 'me' &&
      words[index - 1] === 'for' &&
      [undefined, BREAK, 'please', 'thanks'].includes(words[index + 1]) &&
      /\b(?:could|can|would) you\b|\bplease\b/.test(normalised);
    const isChattyMe =
      match?.slot.kind === 'cue' &&
      match.slot.cue === 'me' &&
      word === 'me' &&
      match.end === index + 1 &&
      (ME_AFTER_VERBS.has(words[index - 1] ?? '') || politeForMe) &&
      !givenMe(words, index);
    // "Outside my lane", "close to my heart", "my manager says": the asker's own life, not whose actions.
    const incidentalMy =
      match?.slot.kind === 'cue' && match.slot.cue === 'me' && word === 'my' && match.end === index + 1 && INCIDENTAL_MINE.has(words[index + 1] ?? '');
    if (incidentalMy) {
      breakRun();
      previous = words[index + 1] ?? word;
      index += 2;
      continue;
    }
    if (match && !isChattyMe) {
      matches.push({ ...match, words: words.slice(match.start, match.end) });
      breakRun();
      previous = words[match.end - 1] ?? '';
      index = match.end;
      continue;
    }
    if (!GENERIC_WORDS.has(word) && !lexicon.planWords.has(word) && !/^\d+$/.test(word)) {
      const run = current();
      if (run.words.length === 0 && TOPIC_PREPOSITIONS.has(previous)) run.marked = true;
      if (run.words.length === 0) {
        run.after = words[index - 1];
        run.at = index;
        // "except child protection": one general word ("child") may stand before the topic's own.
        const before = words[index - 1] ?? '';
        if (excludes(words, index) || ((GENERIC_WORDS.has(before) || lexicon.planWords.has(before)) && excludes(words, index - 1))) run.negated = true;
      }
      run.words.push(word);
      run.next = words[index + 1];
    } else {
      if (TOPIC_NOUNS.has(word) && current().words.length > 0) current().marked = true;
      // A number inside a name ("the January 22 staff survey") does not part it.
      if ((!FILLER_WORDS.has(word) && !/^\d+$/.test(word)) || TOPIC_PREPOSITIONS.has(word)) breakRun();
    }
    if (!['the', 'a', 'an', 'our', 'any', 'all'].includes(word)) previous = word;
    index += 1;
  }
  const joined = words.some((word) => TOPIC_SEPARATORS.has(word)) || clauses.filter((clause) => namesSomething(clause, lexicon)).length >= 2;
  return {
    refs,
    missingRefs,
    areas,
    dates,
    meetingDates,
    // "The ADs' actions": a plural owned, said with the apostrophe after its "s".
    pluralPossessive: /[a-z]s['’](?=\s|$)/i.test(text),
    matches,
    leftovers: leftovers.filter((run) => run.words.length > 0),
    dateWordAt,
    words,
    joined,
    quoted,
    excludedAreaRefs,
  };
}

/** The same day a year before ("2022-11-10" is "2021-11-10"). */
function yearBefore(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

/** Whether some meeting was held within the span. */
function meetingHeld(lexicon: Lexicon, from: string, to: string): boolean {
  return lexicon.meetings.some((m) => m.date >= from && m.date <= to);
}

function meetingLabel(meeting: Meeting): string {
  const date = new Date(`${meeting.date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `the committee meeting of ${date}`;
}

function cues(found: Found): Set<string> {
  return new Set(found.matches.flatMap((match) => (match.slot.kind === 'cue' ? [match.slot.cue] : [])));
}

type PersonMatch = Match & { words: string[]; slot: { kind: 'person'; ids: readonly string[] } };
type Early = Exclude<AskQuery, { intent: 'list_actions' }>;
const isEarly = (value: object): value is Early => 'intent' in value;

/** Prepositions that make a date a deadline ("due before Easter"), and with those that bound it from below or at its end, a due date rather than a meeting's. */
const DEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['due', 'by', 'before', 'until', 'till', 'no later than']);
const DUE_BOUND_PREPOSITIONS: ReadonlySet<string> = new Set([...DEADLINE_PREPOSITIONS, 'up to', 'after', 'end of']);

const LAST_TWO = /\blast\s+two\s+(?:committees|meetings)\b|\blast\s+(?:committee|meeting)\s+and\s+the\s+one\s+before\b/;
const BOTH_SOURCES =
  /\b(?:the\s+)?committee\s+(?:and|or|&)\s+(?:the\s+)?plan\b(?!\s+(?:actions|ones)\s+only)|\b(?:the\s+)?plan\s+(?:and|or|&)\s+(?:the\s+)?committee\b/;
const MONTH_OR_YEAR_BEFORE =
  /\b((?:january|february|march|april|june|july|august|september|october|november|december)(?:\s+20\d{2})?|20\d{2})\s+(?:and|or|&)\s+(?:the\s+)?$/;

/** The area of an action, by id. */
function areaOfAction(context: AskContext, id: string): number | undefined {
  return context.actions[actionIndex(context.actions).positionById.get(id) ?? -1]?.area;
}

/** Meetings: a date, "last"/"next", or words of an agenda item's title pick one; the other dates are due dates. */
function readMeeting(
  found: Found,
  lexicon: Lexicon,
  context: AskContext,
  cueSet: ReadonlySet<string>,
  areaSet: Set<number>,
  personMatches: readonly PersonMatch[],
):
  | {
      meeting: Meeting | undefined;
      minute?: string;
      also?: Array<{ meeting: Meeting; minute?: string }>;
      dueDates: DatePhrase[];
      source?: 'plan' | 'committee';
    }
  | Early {
  let meeting: Meeting | undefined;
  let dueDates = found.dates;
  // "Not the committee ones", "that weren't set by the committee": the plan's own actions, whatever meeting.
  // "Completed altogether, the committee's and the plan's": from anywhere, so no meeting and no source.
  if (BOTH_SOURCES.test(found.words.join(' '))) return { meeting, dueDates };
  const source = committeeSource(found.words);
  if (source === 'plan') return { meeting, dueDates, source };
  const isDueBound = (phrase: DatePhrase): boolean => DUE_BOUND_PREPOSITIONS.has(phrase.preposition ?? '');
  // "Item 23", "minute 23.3.3": an agenda item by its number, or a minute within it; a date said with it is the meeting's.
  // "Minutes 39.5 and 39.6": each of them.
  const items = agendaItems(found, lexicon);
  const item = items[0];
  if (item) {
    const refs = new Set(items.map((one) => one.ref));
    found.leftovers = withoutWords(found.leftovers, (word) => refs.has(word));
    for (const one of items) dropItemAreas(found, lexicon, one.meeting, areaSet, () => true);
    const namesMeeting = (phrase: DatePhrase): boolean =>
      !isDueBound(phrase) && items.some((one) => phrase.span.from <= one.meeting.date && one.meeting.date <= phrase.span.to);
    const also = items.slice(1).map((one) => ({ meeting: one.meeting, minute: one.ref }));
    return { meeting: item.meeting, minute: item.ref, ...(also.length > 0 ? { also } : {}), dueDates: found.dates.filter((phrase) => !namesMeeting(phrase)) };
  }
  // "The Children We Care For item": an agenda item by its title.
  const itemNamed = found.words.some(
    (word, at) =>
      word === 'item' &&
      found.matches.some((m) => m.slot.kind === 'area' && m.end <= at && found.words.slice(m.end, at).every((between) => FILLER_WORDS.has(between))),
  );
  // "Which actions from 12 January are done?": a day still to come this year, with no "due", a year before was a meeting's.
  const fromPastMeeting = (phrase: DatePhrase): boolean =>
    phrase.preposition === 'from' &&
    phrase.span.from > context.today &&
    // "Due from November" is a deadline; "outstanding from November that's due before then" is the meeting's.
    wordBesideDate(found, phrase, -1) !== 'due' &&
    !(found.words.includes('due') && !found.words.includes('outstanding') && !found.words.includes('open')) &&
    // "Outstanding from November" in February: the November meeting gone by, not deadlines next November.
    daysBetween(phrase.span.from, phrase.span.to) <= 31 &&
    !['onwards', 'on', 'to', 'until', 'till'].includes(wordBesideDate(found, phrase, 1) ?? '') &&
    lexicon.meetings.some((m) => m.date >= yearBefore(phrase.span.from) && m.date <= yearBefore(phrase.span.to));
  const exactMeetingDate = found.dates.find(
    (phrase) =>
      phrase.span.from === phrase.span.to && ((!isDueBound(phrase) && lexicon.meetings.some((m) => m.date === phrase.span.from)) || fromPastMeeting(phrase)),
  );
  // "The actions councillors set in January": what a committee did names its meeting.
  const committeeDid = found.words.some((word, at) => AUDIENCE_WORDS.has(word) && ASKING_VERBS.has(found.words[at + 1] ?? ''));
  // "The actions from October 2019": a month gone by with a meeting in it, that the actions came from.
  const fromMeeting = found.dates.some(
    (phrase) =>
      (phrase.preposition === 'from' && phrase.span.to < context.today && meetingHeld(lexicon, phrase.span.from, phrase.span.to)) ||
      (phrase.span.from !== phrase.span.to && fromPastMeeting(phrase)),
  );
  // "Which committee actions are due in June?": a month said as when things are due names no meeting.
  const namedMeeting = found.meetingDates.find((phrase) => wordBesideDate(found, phrase, -1) !== 'due');
  // "The November and January committees": each of the meetings the dates name.
  if (found.meetingDates.length > 1) {
    const named = found.meetingDates.flatMap((phrase) => {
      const within = lexicon.meetings.filter((m) => m.date >= phrase.span.from && m.date <= phrase.span.to && m.date <= context.today);
      // "The 2021 and 2022 committees": every meeting of each year; a month names its meeting.
      if (within.length > 1 && daysBetween(phrase.span.from, phrase.span.to) > 31) return within;
      const last = within[within.length - 1];
      if (last) return [last];
      // "The October or November committees": a month with no meeting this time round is the last one of that month.
      let from = phrase.span.from;
      let to = phrase.span.to;
      for (let back = 0; back < 5; back += 1) {
        from = yearBefore(from);
        to = yearBefore(to);
        const earlier = lexicon.meetings.filter((m) => m.date >= from && m.date <= to && m.date <= context.today).slice(-1);
        if (earlier.length > 0) return earlier;
      }
      return [];
    });
    const meetings = named.filter((one, at) => named.findIndex((other) => other.id === one.id) === at);
    const [first, ...also] = meetings;
    if (first && also.length > 0) {
      const said = (phrase: DatePhrase): boolean => found.meetingDates.some((named) => named.index === phrase.index);
      return { meeting: first, also: also.map((one) => ({ meeting: one })), dueDates: found.dates.filter((phrase) => !said(phrase)) };
    }
  }
  // "The meeting where Ofsted confirmed the plan", "the meeting at which members thanked staff": told by what it recorded.
  const told = meetingByWhatItRecorded(found, lexicon);
  if (told) {
    found.leftovers = withoutWords(found.leftovers, (word) => told.words.has(word));
    for (const match of found.matches) if (match.slot.kind === 'area' && match.start >= told.start) areaSet.delete(match.slot.area);
    // "The committee that asked to hear in the summer how ...": a date in what the meeting recorded is no deadline.
    const inTold = (phrase: DatePhrase): boolean => {
      const at = found.dateWordAt.get(phrase);
      // ("... that wanted a further workforce report in summer 2022": a date ending what it recorded is part of it.)
      return at !== undefined && at > told.start && (at < told.end || (at === told.end && found.words[at - 1] !== 'due'));
    };
    // ("The November meeting that ...": the month said of the meeting is no deadline either.)
    return { meeting: told.meeting, dueDates: dueDates.filter((phrase) => !inTold(phrase) && !found.meetingDates.includes(phrase)) };
  }
  if (!cueSet.has('meeting') && !exactMeetingDate && !itemNamed && !committeeDid && !fromMeeting && !namedMeeting) return { meeting, dueDates };
  const datePhrase =
    // "Of the actions set by the last two committees, which are due in July?", "committee actions not started, due in
    // 2022?": a date said after "due" is a deadline, not which meeting.
    namedMeeting ?? exactMeetingDate ?? found.dates.find((phrase) => !isDueBound(phrase) && wordBesideDate(found, phrase, -1) !== 'due');
  const pastMeetings = lexicon.meetings.filter((m) => m.date <= context.today);
  if (datePhrase) {
    dueDates = found.dates.filter((phrase) => phrase !== datePhrase);
    const within = lexicon.meetings.filter((m) => m.date >= datePhrase.span.from && m.date <= datePhrase.span.to);
    meeting = within[within.length - 1];
    // "The January meeting" in February: a month still to come that names a meeting is the last one, a year before.
    // ("Committee actions due in the second half of 2022" is a deadline still ahead, not a meeting a year before.)
    const dueThen = datePhrase.preposition !== undefined && wordBesideDate(found, datePhrase, -1) === 'due';
    if (!meeting && datePhrase.span.from > context.today && !cueSet.has('next') && !dueThen) {
      const from = yearBefore(datePhrase.span.from);
      const to = yearBefore(datePhrase.span.to);
      meeting = lexicon.meetings.filter((m) => m.date >= from && m.date <= to && m.date <= context.today).pop();
    }
    // "The summer workforce report for committee": a date still to come, with no meeting then, is a due date.
    // ("Did the committee ever get to preview the strategy back in December 2019?": with no meeting then, the month says
    // when the thing described was due.)
    const describes = found.leftovers.some((run) =>
      run.words.some((word) => word.length >= 4 && !FILLER_WORDS.has(word) && !CHATTER_WORDS.has(word) && !GENERIC_WORDS.has(word) && lexicon.usesWord(word)),
    );
    if (!meeting && ((datePhrase.span.from > context.today && !cueSet.has('last')) || (describes && !cueSet.has('last') && !cueSet.has('next'))))
      dueDates = found.dates;
    else if (!meeting) return { intent: 'unknown', reason: 'no_meeting', unmatched: datePhrase.range.label.replace(/^due /, ''), suggestedAreas: [] };
  } else if (cueSet.has('next')) {
    meeting = lexicon.meetings.find((m) => m.date > context.today);
    if (!meeting) return { intent: 'unknown', reason: 'no_meeting', unmatched: 'the next meeting', suggestedAreas: [] };
  } else if (cueSet.has('last') && LAST_TWO.test(found.words.join(' '))) {
    // "The last two committees", "the last committee and the one before it": both.
    found.leftovers = withoutWords(found.leftovers, (word) => ['before', 'one', 'it', 'that', 'two'].includes(word));
    const [before, latest] = pastMeetings.slice(-2);
    if (latest && before) return { meeting: latest, also: [{ meeting: before }], dueDates };
    meeting = latest;
  } else if (cueSet.has('last')) {
    // "The committee before last": the one before the latest.
    const beforeLast = found.words.some((word, at) => word === 'before' && found.words[at + 1] === 'last');
    if (beforeLast) found.leftovers = withoutWords(found.leftovers, (word) => word === 'before');
    meeting = pastMeetings[pastMeetings.length - (beforeLast ? 2 : 1)];
  } else if (source === 'committee') {
    // "Committee actions", "the ones the committee added", with no meeting said: every meeting's.
    return { meeting, dueDates, source };
  } else {
    // "the workforce update meeting": agenda item words, which may also have read as an area.
    const candidateWords = [...found.leftovers.flatMap((run) => run.words), ...found.matches.filter((m) => m.slot.kind === 'area').flatMap((m) => m.words)].map(
      stemWord,
    );
    let best: { meeting: Meeting; score: number } | undefined;
    for (const m of lexicon.meetings) {
      const known = lexicon.meetingWords.get(m.id);
      const score = known ? candidateWords.filter((word) => known.has(word)).length : 0;
      if (score > 0 && (!best || score > best.score)) best = { meeting: m, score };
    }
    if (best) {
      meeting = best.meeting;
      const known = lexicon.meetingWords.get(best.meeting.id) ?? new Set<string>();
      found.leftovers = withoutWords(found.leftovers, (word) => known.has(stemWord(word)));
      dropItemAreas(found, lexicon, best.meeting, areaSet, () => true);
    } else if (areaSet.size === 0 && personMatches.length === 0 && found.leftovers.length === 0) {
      meeting = pastMeetings[pastMeetings.length - 1];
    }
  }
  // "The workforce update in November": an area's words naming that meeting's agenda item.
  if (meeting) {
    dropItemAreas(found, lexicon, meeting, areaSet, (match) => {
      let after = match.end;
      while (FILLER_WORDS.has(found.words[after] ?? '')) after += 1;
      return ITEM_WORDS.has(found.words[after] ?? '');
    });
  }
  // "Which deadlines have passed since the last committee?": a period from that meeting to yesterday, not its actions.
  const since = meeting ? deadlinesSince(found, meeting, dueDates, context.today) : undefined;
  if (since) return { meeting: undefined, dueDates: [...dueDates.filter((phrase) => phrase.preposition !== 'since'), since] };
  // "Committee actions due in the autumn": no meeting named, so every meeting's.
  return { meeting, dueDates, ...(!meeting && source === 'committee' ? { source } : {}) };
}

/**
 * "Which deadlines have come and gone since the last committee?", "what has fallen due since 12 January?": deadlines,
 * said before "since" and a meeting gone by, fall from that meeting's day to yesterday.
 */
function deadlinesSince(found: Found, meeting: Meeting, dueDates: readonly DatePhrase[], today: IsoDate): DatePhrase | undefined {
  if (meeting.date >= today || found.words.includes('from') || found.words.includes('agreed') || found.words.includes('set')) return undefined;
  const sinceWord = found.words.indexOf('since');
  const sinceDate = found.dates.find((phrase) => phrase.preposition === 'since' && phrase.span.from <= meeting.date && meeting.date <= phrase.span.to);
  const at = sinceDate ? found.dateWordAt.get(sinceDate) : sinceWord >= 0 ? sinceWord : undefined;
  if (at === undefined || dueDates.some((phrase) => phrase !== sinceDate)) return undefined;
  // ("Since the last committee, which deadlines ...": deadlines said anywhere; "fallen due" before it.)
  const deadlines = found.words.some((word) => word === 'deadline' || word === 'deadlines');
  if (!deadlines && !found.words.slice(0, at).includes('due')) return undefined;
  const to = addDays(today, -1);
  const label = `due since the committee meeting of ${formatDate(meeting.date)}`;
  return {
    index: sinceDate?.index ?? 0,
    length: sinceDate?.length ?? 0,
    range: { from: meeting.date, to, label },
    span: { from: meeting.date, to },
    preposition: 'since',
  };
}

/** Words between "not" and "committee" that keep it about where actions came from: "not set by the committee", "not the committee ones". */
const SOURCE_GAP = new Set([
  'set',
  'added',
  'agreed',
  'raised',
  'requested',
  'asked',
  'for',
  'by',
  'from',
  'at',
  'the',
  'a',
  'any',
  'select',
  'scrutiny',
  'anything',
  'what',
  'ones',
  'those',
  // "didn't come from a committee", "not counting anything from the committee".
  'come',
  'came',
  'coming',
  'counting',
]);

/** "Owned by someone other than the area lead", "not with their area's lead": whose by how they stand to the area's lead. */
const OTHER_THAN_LEAD =
  /\b(?:(?:someone|somebody|anyone|anybody|people|others|other people|staff)\s+(?:other than|besides|apart from|except(?: for)?|but)|not\s+(?:owned by|held by|with|by))\s+(?:the|their|its|each)\s+(?:own\s+)?(?:area\s+)?leads?\b/;
const OWN_LEAD =
  /\b(?:owned|held)\s+by\s+(?:the|their|its)\s+(?:own\s+)?area\s+lead\b|\bthe\s+area\s+lead\s+(?:owns?|holds?)\s+(?:themselves|personally|directly|herself|himself)\b/;

/** "For the area leads", "owned by one of the area leads" (in), "not by any of the area leads" (out). */
const LEADS_BY_WHO =
  /\b(?:people|those|staff|officers|owners|colleagues|others|someone|somebody|anyone|anybody)\s+(?:who|that)\s+(?:(do not|does not|never)\s+(?:lead|head)|(are not|is not)|(?:lead|leads|head|heads|are|is))\s+(?:(?:an|any|one|a)\s+)?(?:area|areas|area leads?)\b/;
/** The words of "people who don't lead an area": who, said of the area leads, not a topic. */
const LEADS_BY_WHO_WORDS = new Set([
  'people',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'those',
  'staff',
  'officers',
  'owners',
  'colleagues',
  'others',
  'who',
  'lead',
  'leads',
  'head',
  'heads',
  'area',
  'areas',
  'an',
  'any',
  'one',
]);

function areaLeadsGroup(words: readonly string[]): 'in' | 'out' | undefined {
  // "People who don't lead an area", "those who lead an area", "owners who are not area leads".
  const who = LEADS_BY_WHO.exec(words.join(' '));
  if (who) return who[1] || who[2] ? 'out' : 'in';
  const at = words.findIndex((word, index) => word === 'area' && words[index + 1] === 'leads');
  if (at < 0 || !['the', 'our'].includes(words[at - 1] ?? '')) return undefined;
  let start = at - 1;
  if (words[start - 1] === 'of' && ['one', 'any', 'none', 'either', 'each', 'all'].includes(words[start - 2] ?? '')) start -= 2;
  if (words[start] === 'none') return 'out';
  return excludes(words, start) ? 'out' : 'in';
}

function areaLeadAsked(words: readonly string[]): 'owns' | 'does_not_own' | undefined {
  const said = words.join(' ');
  if (OTHER_THAN_LEAD.test(said)) return 'does_not_own';
  if (OWN_LEAD.test(said)) return 'owns';
  return undefined;
}

/** "Committee actions" (any meeting's), or "not the committee ones" (the plan's own), or neither. */
function committeeSource(words: readonly string[]): 'plan' | 'committee' | undefined {
  const at = words.findIndex((word) => word === 'committee' || word === 'committees');
  if (at < 0) return planSource(words);
  const after = words[at + 1] ?? '';
  const before = words.slice(Math.max(0, at - 4), at);
  const setBy =
    (before.some((word) => ['set', 'added', 'raised', 'requested'].includes(word)) && before.includes('by')) ||
    // "came from the committee rather than the plan", "anything from the committee that's gone overdue?".
    (before.includes('from') &&
      (before.some((word) => ['came', 'come', 'comes', 'coming', 'anything', 'everything', 'actions', 'ones'].includes(word)) ||
        ['that', 'which', BREAK].includes(after)));
  // "What do Daniel and Sam still owe the committee?", "what we promised the committee": what it is owed.
  const owed = before.slice(-2).some((word) => ['owe', 'owes', 'owed', 'promised', 'owing'].includes(word));
  const aboutSource =
    owed ||
    ['actions', 'action', 'ones'].includes(after) ||
    // "the committee's own actions".
    (after === 'own' && ['actions', 'action', 'ones'].includes(words[at + 2] ?? '')) ||
    setBy ||
    ['set', 'added', 'raised', 'requested', 'asked'].includes(after) ||
    // "Ruth committee o/d", "committee blocked": search-box words, the committee's actions in that state.
    ['overdue', 'late', 'open', 'outstanding', 'blocked', 'stuck', 'completed', 'complete', 'done', 'finished', 'slipping', 'slipped'].includes(after);
  // "the ones the committee did not add".
  if (/^(?:did|has|have|had) not (?:add|set|raise|ask for|request)\b/.test(words.slice(at + 1, at + 5).join(' '))) return 'plan';
  // "Excluding the committee", "from the plan, not the committee", "leaving the committee's aside": the committee, ruled out.
  const ruledOut = (index: number): boolean => {
    const word = words[index] ?? '';
    return NEGATORS.has(word) || EXCLUDERS.has(word) || (word === 'than' && ['other', 'rather'].includes(words[index - 1] ?? ''));
  };
  const bare = [BREAK, '', 'ones', 'only'].includes(after) && (ruledOut(at - 1) || (['the', 'any'].includes(words[at - 1] ?? '') && ruledOut(at - 2)));
  if (bare) return 'plan';
  if (!aboutSource) return planSource(words);
  for (let index = at - 1, gap = 0; index >= 0 && gap <= 4; index -= 1, gap += 1) {
    const word = words[index] ?? '';
    if (ruledOut(index)) return 'plan';
    if (word === 'aside' && ['leaving', 'leave', 'setting', 'putting'].includes(words[index - 1] ?? '')) return 'plan';
    if (!SOURCE_GAP.has(word)) break;
  }
  return 'committee';
}

/** "That didn't come from the plan itself", "the original plan actions": where actions came from, said of the plan. */
function planSource(words: readonly string[]): 'plan' | 'committee' | undefined {
  const text = words.join(' ');
  if (/\b(?:not|never)\s+(?:come|came|coming|be|been|were|was|are|is)?\s*(?:from|in|part of|out of)\s+(?:the\s+)?(?:original\s+)?plan\b/.test(text))
    return 'committee';
  // ("what's left on my list from the original plan?", "the original plan's corporate parenting actions")
  if (/\b(?:from|in)\s+the\s+(?:original\s+)?plan\s+itself\b|\boriginal\s+plan\s+(?:actions|ones|items)\b|\boriginal\s+plan\b/.test(text)) return 'plan';
  // "The plan's own actions", "plan ones only", "came straight from the plan".
  if (/\bthe\s+plan\s+own\b|(?:^|\s)plan\s+ones\b|\b(?:came|come|comes|straight)\s+from\s+the\s+plan\b/.test(text)) return 'plan';
  // "Plan actions", "my plan actions": the plan's own, unless the whole improvement plan is meant.
  if (/(?:^|\s)(?!(?:improvement|whole|the|this|our)\s)\S+\s+plan\s+actions\b|^plan\s+actions\b/.test(text)) return 'plan';
  return undefined;
}

/** Words in a clause about a meeting that say nothing of what it recorded. */
const TOLD_FILLER = new Set(['they', 'we', 'members', 'councillors', 'committee', 'was', 'were', 'had', 'have', 'has', 'been', 'got', 'said', 'the', 'that']);

/**
 * "The meeting where the commissioner's work was wrapped up": the one meeting whose agenda and
 * resolutions share the most words with the clause after "where", "when" or "at which", by a clear
 * margin; a word every meeting recorded tells none apart.
 */
type Told = { meeting: Meeting; words: Set<string>; start: number; end: number };
// Asked of one question's words three times (its statuses, its meeting, its described thing): read once.
const toldByFound = new WeakMap<Found, Told | null>();

function meetingByWhatItRecorded(found: Found, lexicon: Lexicon): Told | undefined {
  const known = toldByFound.get(found);
  if (known !== undefined) return known ?? undefined;
  const told = readTold(found, lexicon);
  toldByFound.set(found, told ?? null);
  return told;
}

/** What a meeting did, in the past tenses that do not end in "-ed": "the meeting that said ...". */
const PAST_SAID = new Set(['said', 'made', 'set', 'gave', 'heard', 'took', 'saw', 'wrote', 'sent', 'put', 'kept', 'held', 'chose', 'told', 'sought', 'began']);

function readTold(found: Found, lexicon: Lexicon): Told | undefined {
  // "The meeting that noted the narrative", "the committee which welcomed ...": "that" or "which" and what it did.
  const didThat = (index: number): boolean =>
    ['that', 'which'].includes(found.words[index + 1] ?? '') &&
    (/^[a-z]{3,}ed$/.test(found.words[index + 2] ?? '') || PAST_SAID.has(found.words[index + 2] ?? ''));
  const at = found.words.findIndex(
    (word, index) =>
      (word === 'meeting' || word === 'committee') &&
      (['where', 'when'].includes(found.words[index + 1] ?? '') ||
        (['at', 'in'].includes(found.words[index + 1] ?? '') && found.words[index + 2] === 'which') ||
        didThat(index)),
  );
  if (at < 0 || lexicon.meetings.length < 2) return undefined;
  const start = at + (found.words[at + 1] === 'at' || found.words[at + 1] === 'in' ? 3 : 2);
  let end = start;
  // The clause tells of the past; a present "are" or "is" after it starts the question again ("... finished are late").
  const telling = (word: string): boolean => /^[a-z]{3,}$/.test(word) && !FILLER_WORDS.has(word) && !TOLD_FILLER.has(word);
  // A date cut out of the clause ("asked to hear in the summer how ...") leaves a break that does not end it.
  const ends = (at: number): boolean =>
    found.words[at] === BREAK &&
    (found.words.slice(start, at).filter(telling).length >= 3 ||
      (QUESTION_OPENERS.has(found.words[at + 1] ?? '') && found.words[at + 1] !== 'how') ||
      ['any', 'anything', 'list', 'show', undefined].includes(found.words[at + 1]));
  // ("... performance is improving": a present tense inside what was told, before an "-ing".)
  const restarts = (at: number): boolean =>
    at > start + 1 && ['are', 'is'].includes(found.words[at] ?? '') && !/^[a-z]{3,}ing$/.test(found.words[at + 1] ?? '');
  while (end < found.words.length && !ends(end) && !restarts(end)) end += 1;
  const clause = found.words.slice(start, end).filter((word) => word !== BREAK && telling(word));
  const stems = [...new Set(clause.map(stemWord))];
  const toldWords = new Set([...clause, found.words[start] ?? '']);
  // "The November meeting that focused on the workforce": the meeting its month names, whatever the telling finds.
  const within = (phrase: DatePhrase, date: string): boolean =>
    (phrase.span.from <= date && date <= phrase.span.to) || (yearBefore(phrase.span.from) <= date && date <= yearBefore(phrase.span.to));
  const named = lexicon.meetings.filter((meeting) => found.meetingDates.some((phrase) => within(phrase, meeting.date)));
  if (named.length === 1 && named[0]) return { meeting: named[0], words: toldWords, start, end };
  const everywhere = (stem: string): boolean => lexicon.meetings.every((meeting) => lexicon.meetingSaid.get(meeting.id)?.has(stem));
  const scored = lexicon.meetings
    .map((meeting) => ({ meeting, score: stems.filter((stem) => !everywhere(stem) && lexicon.meetingSaid.get(meeting.id)?.has(stem)).length }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score === 0 || (next && next.score === best.score)) return undefined;
  // (The verb that tells what it did, "noted", "said", is part of the telling too.)
  return { meeting: best.meeting, words: toldWords, start, end };
}

/** Words after an agenda item's title that say it is one: "the workforce update", "the X item". */
const ITEM_WORDS = new Set(['item', 'update', 'report', 'paper', 'discussion', 'session']);

/** "39.6", "23.3.1": a number whose head is no area's but a meeting's agenda item. */
function isMinuteRef(ref: string, lexicon: Lexicon): boolean {
  const head = ref.split('.')[0] ?? '';
  return (
    /^\d+(?:\.\d+)+$/.test(ref) &&
    !lexicon.areas.some((area) => String(area.number) === head) &&
    lexicon.meetings.some((m) => m.items.some((one) => one.ref === head))
  );
}

/** An agenda item named by its number after "item" or "minute" (or a minute's number alone), in a meeting that has it. */
function agendaItems(found: Found, lexicon: Lexicon): Array<{ meeting: Meeting; ref: string }> {
  const out: Array<{ meeting: Meeting; ref: string; at: number }> = [];
  for (let at = 0; at < found.words.length; at += 1) {
    const bare = found.words[at] ?? '';
    const named = ['item', 'items', 'minute', 'min', 'minutes', 'agenda', 'resolution', 'resolutions'].includes(bare);
    // "items 23 and 42": a bare number joined to the item just named is one too.
    if (!named && !isMinuteRef(bare, lexicon) && !(out.length > 0 && /^\d+(?:\.\d+)*$/.test(bare))) continue;
    const refAt = named ? at + 1 : at;
    const ref = found.words[refAt] ?? '';
    if (!/^\d+(?:\.\d+)*$/.test(ref)) continue;
    const head = ref.split('.')[0];
    const meeting = lexicon.meetings.find((m) => m.items.some((one) => one.ref === head));
    if (!meeting) continue;
    const previous = out[out.length - 1];
    // A further one counts only when joined to the one before: "39.5 and 39.6", "items 23, 24 or 25".
    if (previous && !found.words.slice(previous.at + 1, refAt).every((word) => ['and', 'or', BREAK, 'item', 'minute', 'resolution'].includes(word))) break;
    if (!out.some((one) => one.ref === ref)) out.push({ meeting, ref, at: refAt });
    at = refAt;
  }
  return out.map(({ meeting, ref }) => ({ meeting, ref }));
}

/** Area matches made only of a meeting's agenda-item words, where `names` says the match names the item: the item, not the area. */
function dropItemAreas(found: Found, lexicon: Lexicon, meeting: Meeting, areaSet: Set<number>, names: (match: Found['matches'][number]) => boolean): void {
  const known = lexicon.meetingWords.get(meeting.id) ?? new Set<string>();
  const isMeetingWord = (word: string): boolean =>
    known.has(stemWord(word)) || GENERIC_WORDS.has(word) || FILLER_WORDS.has(word) || lexicon.planWords.has(word);
  for (const match of found.matches) {
    if (match.slot.kind === 'area' && match.words.every(isMeetingWord) && names(match)) areaSet.delete(match.slot.area);
  }
}

/** The words left after the slots, less those that name no topic: an area's own wording, talk, audiences; slips corrected. */
function topicWords(found: Found, lexicon: Lexicon, areaSet: ReadonlySet<number>): Run[] {
  // "the short briefing members asked me for": who asked and the asking, inside the run, say nothing of what it is.
  let runs = found.leftovers.map((run) => {
    const asker = run.words.findIndex((word, at) => AUDIENCE_WORDS.has(word) && ASKING_VERBS.has(run.words[at + 1] ?? ''));
    // ("Members asked for X": at the start, the rest of the run is what they asked for.)
    return asker > 0 ? { ...run, words: run.words.slice(0, asker) } : asker === 0 ? { ...run, words: run.words.slice(2) } : run;
  });
  // Words of a named area's own Ofsted wording and keywords describe that area, not a further topic.
  if (areaSet.size > 0) {
    const areaWords = new Set(
      lexicon.areas.filter((area) => areaSet.has(area.number)).flatMap((area) => tokens([area.title, ...area.keywords].join(' ')).map(stemWord)),
    );
    runs = withoutWords(runs, (word) => areaWords.has(stemWord(word)));
  }
  // Words of conversation ("busy", "back", "these days") are not topics, unless put as one ("on X")
  // and the plan itself uses the very word.
  runs = runs
    .map((run) => ({ ...run, words: run.words.filter((word) => !CHATTER_WORDS.has(word) || (run.marked && lexicon.usesWord(word))) }))
    .filter((run) => run.words.length > 0);
  // "Ruth's three areas": how many areas, not a topic.
  runs = runs.filter((run) => !(['area', 'areas'].includes(run.next ?? '') && run.words.every((word) => AREA_COUNT_WORDS.has(word))));
  // "An update for members", "a report to councillors": who it is for, not what it is about.
  // "to members", "to the board", "for the cabinet": who it is for.
  const before = (run: Run): string => {
    // Words dropped from the front of a run ("come to the board") leave its start behind.
    let at = found.words.indexOf(run.words[0] ?? '', run.at ?? 0) - 1;
    while (['the', 'a', 'an', 'our', 'its', 'their'].includes(found.words[at] ?? '')) at -= 1;
    return found.words[at] ?? run.after ?? '';
  };
  runs = runs.filter((run) => !(['for', 'to'].includes(before(run)) && run.words.every((word) => AUDIENCE_WORDS.has(word))));
  // "What's open under neglect - for the Improvement Board?", "going into the board": whom it is for, where the question names what.
  const audience = (run: Run): boolean =>
    ['for', 'to', 'into'].includes(before(run)) && run.words.length <= 3 && AUDIENCE_WORDS.has(run.words[run.words.length - 1] ?? '');
  if (areaSet.size > 0 || runs.some((run) => !audience(run))) runs = runs.filter((run) => !audience(run));
  // "The actions members set", "the briefing councillors asked for": who asked, not what it is about.
  runs = runs
    .map((run) => {
      const last = run.words[run.words.length - 1] ?? '';
      return AUDIENCE_WORDS.has(last) && ASKING_VERBS.has(run.next ?? '') ? { ...run, words: run.words.slice(0, -1) } : run;
    })
    .filter((run) => run.words.length > 0);
  // "Committee-set actions", "the committee-requested pieces": who set them, not what they are about.
  runs = runs
    .map((run) =>
      ['committee', 'committees', 'meeting', 'meetings'].includes(before(run)) &&
      (ASKING_VERBS.has(run.words[0] ?? '') || ['added', 'tacked', 'bolted', 'put'].includes(run.words[0] ?? ''))
        ? { ...run, words: run.words.slice(1) }
        : run,
    )
    .filter((run) => run.words.length > 0);
  // A slip of the keyboard in a topic word is read as the plan's own word ("mosiac", "rereferrals").
  return runs.map((run) => ({
    ...run,
    // A real word the plan says in other words ("cut" for "reduce") is not a slip to correct.
    words: run.words.flatMap((word) =>
      lexicon.knowsWord(word) || isFormOfGenericWord(word) || saidOtherwise(word, lexicon) ? [word] : (lexicon.correct(word) ?? [word]),
    ),
  }));
}

/**
 * Topics found only in action text: joined to an area by "and" they add to it ("life story and
 * Mosaic"); otherwise they are searched within it ("Mosaic actions for life story work").
 */
function readTopics(
  runs: readonly Run[],
  found: Found,
  lexicon: Lexicon,
  context: AskContext,
  areaSet: ReadonlySet<number>,
): { topics: ActionFilter['topics']; withinAreas: boolean; chatter: string[] } | Early {
  const topics: ActionFilter['topics'] = [...found.quoted];
  // "The briefing on statutory visits and conference timeliness", "the action about X": one thing about all its words.
  const oneThing =
    /\b(?:the|a|our)\s+(?:\w+\s+){0,3}(?:action|one|briefing|report|review|audit|plan|protocol|framework|strategy|policy|update|presentation|survey|paper|analysis|training|programme|campaign|project|guidance|template|panel)\s+(?:on|about|into|of|for|with)\b/.test(
      found.words.join(' '),
    ) && !found.words.includes('or');
  const withinAreas = areaSet.size > 0 && (!found.joined || oneThing);
  const chatter: string[] = [];
  // An acronym of the plan's words that is no dictionary word ("CiC", "F2A") is the plan's too.
  const plansOwn = (word: string): boolean => lexicon.knowsWord(word) || (!relatedWords(word).known && lexicon.acronym(word) !== undefined);
  // "The e-workbooks pilot": two or more of the plan's own words that together name one action name it,
  // whatever word the asker adds ("school transport", one plan word and another, still finds nothing).
  const namesOne = (run: Run): Run | undefined => {
    const own = run.words.filter((word) => lexicon.knowsWord(word));
    if (own.length < 2 || own.length === run.words.length || lexicon.searchActions(run.words).length > 0) return undefined;
    return lexicon.searchActions(own).length === 1 ? { ...run, words: own } : undefined;
  };
  for (let run of runs) {
    const one = namesOne(run);
    if (one) run = one;
    // Words not put as a topic and not all the plan's own words are chatter ("ahead of Thursday's DMT", "for the board pack").
    // "Cut agency staff": the plan's own words with one it says otherwise ("reduce"), which together find something.
    const saidInOtherWords = (): boolean =>
      run.words.some(plansOwn) && run.words.every((word) => plansOwn(word) || saidOtherwise(word, lexicon)) && lexicon.searchActions(run.words).length > 0;
    if (!run.marked && !run.words.every(plansOwn) && !saidInOtherWords()) {
      chatter.push(...run.words);
      continue;
    }
    // "IHAs": an acronym of the plan's own words, when the word itself finds nothing.
    let said = lexicon.searchActions(run.words).map((hit) => hit.id);
    // "Where are we with the SW pay offer?": a short form or other word that is neither the plan's nor
    // a dictionary word is left out when all the words together find nothing (a real word, as in
    // "school transport", changes the subject, so it stays and nothing is found).
    const known = run.words.filter((word) => lexicon.knowsWord(word) || relatedWords(word).known);
    if (said.length === 0 && known.length > 0 && known.length < run.words.length) {
      said = lexicon.searchActions(known).map((hit) => hit.id);
      if (said.length > 0) run = { ...run, words: known };
    }

    // "PEPs for CiC": each word the plan does not use may be an acronym of its words.
    const spelled = said.length === 0 ? run.words.map((word) => (lexicon.usesWord(word) ? undefined : lexicon.acronym(word))) : [];
    const expanded =
      said.length === 0 && spelled.some((phrase) => phrase !== undefined)
        ? run.words
            .map((word, at) => spelled[at] ?? (run.words.length > 1 ? word : undefined))
            .filter((word) => word !== undefined)
            .join(' ')
        : undefined;
    const hits = expanded ? lexicon.searchActions(expanded.split(' ')).map((hit) => hit.id) : said;
    const inAreas = withinAreas ? hits.filter((id) => areaSet.has(areaOfAction(context, id) ?? -1)) : hits;
    // "For the audit trail, please list ...": what it is for, when it names nothing in the plan.
    const at = run.at ?? -1;
    const purpose =
      at >= 1 &&
      at <= 3 &&
      found.words[0] === 'for' &&
      found.words.slice(1, at).every((word) => ['the', 'my', 'our', 'a', 'an', 'work', 'next', 'this'].includes(word));
    const purposeWords = (): string[] => found.words.slice(1, at + run.words.length).filter((word) => !['the', 'my', 'our', 'a', 'an'].includes(word));
    if (purpose && found.words[at + run.words.length] === BREAK && (inAreas.length === 0 || lexicon.searchActions(purposeWords()).length === 0)) {
      chatter.push(...run.words);
      continue;
    }
    if (inAreas.length === 0) {
      const suggestions = lexicon.closestAreas(run.words).slice(0, 3);
      return { intent: 'unknown', reason: 'no_topic_match', unmatched: run.words.join(' '), suggestedAreas: suggestions };
    }
    topics.push({ words: expanded ? `${run.words.join(' ')} (${expanded})` : run.words.join(' '), actionIds: inAreas });
  }
  // Words not joined by "and", "or" or a comma describe one thing ("the detailed re-referrals
  // report"), or one thing named with "and" ("the report on A and B"): the actions all of them fit, when some do.
  if ((!found.joined || oneThing) && topics.length > 1) {
    const common = topics.slice(1).reduce((ids, topic) => ids.filter((id) => topic.actionIds.includes(id)), topics[0]?.actionIds ?? []);
    if (common.length > 0) topics.splice(0, topics.length, { words: topics.map((topic) => topic.words).join(' '), actionIds: common });
  }
  return { topics, withinAreas, chatter };
}

const AND_WORDS: ReadonlySet<string> = new Set(['and', '&']);
const MINE_INCLUDED = /\b(?:mine|me|my own(?: ones)?|my ones)\s+included\b|\bincluding\s+(?:mine|me|my own(?: ones)?|my ones)\b/;

/** Everyone named, in order, as owners; those named for the areas they lead; or which person a name meant. */
function readPeople(
  text: string,
  found: Found,
  lexicon: Lexicon,
  context: AskContext,
  cueSet: ReadonlySet<string>,
  personMatches: readonly PersonMatch[],
): { owners: ActionFilter['owners']; ledBy: Person[]; notLedBy: Person[] } | Early {
  const named: Person[] = [];
  const ledBy: Person[] = [];
  for (const person of personMatches) {
    const candidates = person.slot.ids.flatMap((id) => lexicon.people.filter((p) => p.id === id));
    // A title in the plural names a group: everyone it fits ("both assistant directors"), or,
    // fitting one person, staff in general ("the workbook for social workers").
    // Without an apostrophe "directors actions" is one director's: a group only ends the phrase.
    // ("The ADs overdue actions": a status word between the title and what is theirs.)
    const status = found.matches.find((match) => match.slot.kind === 'status' && match.start === person.end);
    const next = found.words[status && POSSESSED.has(found.words[status.end] ?? '') ? status.end : person.end];
    const group = person.plural && !POSSESSED.has(next ?? '');
    if (group && candidates.length === 1) continue;
    // "Owned by either AD": both of them.
    const either = candidates.length > 1 && found.words[person.start - 1] === 'either';
    // "The ADs' actions", "both assistant directors' actions": a plural title after "the" or "both" is the group's, possessed or not.
    const groupPossessed =
      person.plural &&
      (found.pluralPossessive || (status !== undefined && POSSESSED.has(next ?? ''))) &&
      candidates.length > 1 &&
      ['the', 'both', 'all', 'two', undefined, BREAK].includes(found.words[person.start - 1]);
    // ("ADs in progress": a plural title that opens the message is the group's.)
    const opens = [undefined, BREAK].includes(found.words[person.start - 1]);
    if (either || groupPossessed || (group && (GROUP_WORDS.has(found.words[person.start - 1] ?? '') || (opens && candidates.length > 1)))) {
      for (const candidate of candidates) if (!named.some((known) => known.id === candidate.id)) named.push(candidate);
      continue;
    }
    if (candidates.length > 1) {
      const around = (words: readonly string[]): string => words.filter((w) => w !== BREAK).join(' ');
      const before = around(found.words.slice(0, person.start));
      const after = around(found.words.slice(person.end));
      return {
        intent: 'clarify_person',
        phrase: person.words.join(' '),
        candidates: candidates.map((candidate) => ({
          id: candidate.id,
          name: candidate.name,
          jobTitle: candidate.jobTitle,
          question: rebuildQuestion(text, person.words, candidate.name) ?? `${before} ${candidate.name} ${after}`.trim(),
        })),
      };
    }
    const only = candidates[0];
    if (!only) continue;
    // "The areas Priya leads", "areas led by Tom", "Ruth's areas": this person's areas, not their actions.
    if (leadsAreas(found.words, person)) {
      if (!ledBy.some((known) => known.id === only.id)) ledBy.push(only);
      // "Ruth's areas that she owns herself", "in Priya's areas, her own ones": the lead's own actions there.
      if (OWNS_HERSELF.test(found.words.slice(person.end).join(' ')) && !named.some((known) => known.id === only.id)) named.push(only);
    } else if (!named.some((known) => known.id === only.id)) named.push(only);
  }
  // "Me" counts beside named people only when joined to them ("me and Sam").
  // "Sam and I", "I and Leo": the asker beside a named person, as "me and Sam".
  const besideI = personMatches.some(
    (person) =>
      (AND_WORDS.has(found.words[person.end] ?? '') && found.words[person.end + 1] === 'i') ||
      (AND_WORDS.has(found.words[person.start - 1] ?? '') && found.words[person.start - 2] === 'i'),
  );
  // "Still open, mine included", "including my own": everyone's, the asker's among them, when no one else is named.
  const meAmongAll = named.length === 0 && MINE_INCLUDED.test(found.words.join(' '));
  const withMe = ((cueSet.has('me') && (named.length === 0 || found.joined)) || (besideI && named.length > 0)) && !meAmongAll;
  if (withMe && !context.asker && named.length === 0 && ledBy.length === 0)
    return { intent: 'unknown', reason: 'not_on_plan', unmatched: '', suggestedAreas: [] };
  const people = withMe && context.asker && !named.some((known) => known.id === context.asker?.id) ? [context.asker, ...named] : named;
  const owners: ActionFilter['owners'] = people.map((one) => ({ id: one.id, name: one.name, isAsker: one.id === context.asker?.id }));
  // "My areas", "the areas I lead": the asker's areas. "Outside my areas", "areas I don't lead": the others.
  const mine = (cueSet.has('me') || found.words.includes('i')) && context.asker && ledBy.length === 0 ? myAreasAsked(found.words) : undefined;
  if (mine === 'ruled out' && context.asker) {
    // "My open actions in areas I don't lead": still the asker's own actions, where "my" says so.
    const index = owners.findIndex((owner) => owner.isAsker);
    if (index >= 0 && !ownActionsAsked(found.words)) owners.splice(index, 1);
    return { owners, ledBy, notLedBy: [context.asker] };
  }
  if (mine === 'asked' && context.asker) {
    ledBy.push(context.asker);
    const index = owners.findIndex((owner) => owner.isAsker);
    if (index >= 0) owners.splice(index, 1);
  }
  return { owners, ledBy, notLedBy: [] };
}

/** Turns a question into a typed query. Pure: the lexicon holds everything it needs to know. */
export function parseQuestion(text: string, lexicon: Lexicon, context: AskContext): AskQuery {
  if (text.length > MAX_QUESTION_LENGTH) return { intent: 'unknown', reason: 'too_long', unmatched: '', suggestedAreas: [] };
  if (!/[\p{L}\p{N}]/u.test(text)) return { intent: 'unknown', reason: 'no_words', unmatched: '', suggestedAreas: [] };

  const focus = questionFocus(withoutSignature(text, context.asker, lexicon), (piece) => firstPersonIn(piece, lexicon));
  if (!focus.trim())
    return {
      intent: 'unknown',
      reason: isApologyOnly(text) ? 'no_question' : 'small_talk',
      unmatched: thanks(text) ? '' : 'goodbye',
      suggestedAreas: [],
    };
  const found = scan(focus, lexicon, context);
  // "The committee that welcomed X - what did it ask for?": the thing told is the meeting, not an action.
  const described = meetingByWhatItRecorded(found, lexicon) ? undefined : describedThing(found, lexicon);
  const query = readFound(text, found, lexicon, context);
  if (!described) return query;
  // "Who's responsible for training X to challenge Y?": whoever has the one piece of work described, not an area's lead.
  const saidOfOne =
    query.intent === 'list_actions' &&
    query.fact === 'lead' &&
    found.words.some((word) => word === 'responsible' || word === 'accountable') &&
    !found.words.some((word) => LEAD_WORDS.has(word) || word === 'area' || word === 'areas' || word === 'director');
  if (query.intent === 'list_actions') return { ...query, ...(saidOfOne ? { fact: 'who' as const } : {}), bestFit: described };
  // "The report we promised members on children coming back after their case closed": described in other words than the plan's.
  if (query.intent === 'unknown' && query.reason === 'no_topic_match')
    return {
      intent: 'list_actions',
      count: false,
      ...(listFactAsked(found.words, false) ?? (asksIfDue(found.words, text) ? { fact: 'when' as const } : {})),
      bestFit: described,
      filter: oneActionFilter(described.actionId),
    };
  return query;
}

/** "Did the awareness drive with schools ever happen?", "where are we with the new salary package?", "the X - is that finished?". */
const ONE_THING = [
  /^(?:is|has|have|did|was)\s+(?:the|that|our|this)\s/,
  // "has family safeguarding gone live yet?", "status of making sure ...", "update on the e-workbooks?".
  /^(?:has|have|did|is)\s+(?!anything|everything|anyone|anybody|there\b|it\b|he\b|she\b|they\b|we\b|i\b)[a-z]+\s.*\b(?:gone live|happened|happen|been done|finished|completed|launched|gone out|been sent|delivered|embedded|in place|got anywhere)\b/,
  /^(?:status|update|progress|news|latest)\s+(?:on|of|about|with)\s/,
  // "Were members ever invited to X?", "has the protocol actually been signed?": whether one thing was ever done.
  /^(?:were|was|have|has|had|did)\s+(?!(?:any|anything|everything|all)\b).*\b(?:ever|actually|really|finally)\s+(?:been\s+)?(?:[a-z]+(?:ed|en|wn|t)|had|seen)\b/,
  // "Have members had the note on X?", "has the board seen the report on Y?": whether one thing reached them.
  /^(?:have|has|did)\s+(?:members|councillors|the committee|the board|cabinet|they|we|you|partners)\s+(?:had|have|received|receive|seen|see|got|get)\s+(?:the|that|our)\s/,
  // "how is the pay offer going?", "what happened with the awareness campaign?".
  /^how\s+(?:is|are|was)\s+(?:the|that|our)\s.*\b(?:going|getting on|coming along|progressing|looking)\b/,
  /\bwhat\s+(?:happened|is happening)\s+(?:to|with)\s+(?:the|that|our)\s/,
  /\b(?:where are we|where did we get to|where have we got to|how are we getting on|how are we doing|what is happening|any (?:news|progress|update)|what is the (?:status|latest|position))\s+(?:on|with|of|about|for)\s+(?:the|that|our|this|getting)\s/,
  /^(?:the|our|that|those|these)\s.+\s(?:\|\s)?(?:(?:is|has|did|was|have)\s+(?:that|it|this)|(?:are|were|have|did|do)\s+(?:they|those|these))\b/,
  // "For the handover pack - the shift to X: has that got going yet?": the thing, a break, then the question of it.
  /\b(?:the|our)\s.+\s\|\s(?:is|has|did|was|have)\s+(?:that|it|this)\s+(?!(?:is|are|was|were)\b)/,
  // "The report to committee on X: what's its deadline?": the thing, then a fact of "its".
  /\b(?:the|our)\s.+\s\|\s(?:what|when|who)\s+(?:is|was|s)\s+its\s+(?:deadline|due date|owner|status|lead|measure)\b/,
  /\b(?:is|has|did) the one (?:about|on|for|where|with)\b/,
  // "Where's the action on reducing reliance on agency staff?": the one action about it.
  /\bwhere\s+(?:is|s)\s+(?:the|that|our)\s+action\s+(?:on|about|for|to)\s/,
  /^(?:when|who)\s+(?:is|does|did|has|had|was)\s+(?:[a-z]+ing\s+)?(?:the|that)\s/,
  // "Who actually gave the BPG that options paper ...?": whoever did the one thing.
  /^who\s+(?:actually\s+|really\s+|finally\s+)?(?:gave|sent|wrote|produced|presented|delivered|brought|ran|led|did|took)\s+(?:the|that|our|this)\s/,
  // "The deadline for the survey one?", "who owns the pay offer one?": a fact about "the ... one".
  /\b(?:due date|deadline|owner|status)\s+(?:on|for|of)\s+(?:the|that)\s(?:\S+\s){1,6}one\b/,
  /^who\s+(?:owns|has|is doing|leads on)\s+(?:the|that)\s(?:\S+\s){1,6}one\b/,
  // "who do I chase for the summer workforce report?": whose the one thing is.
  /^who\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:chase|ask|contact|speak to|talk to|go to|email|ring)\s+(?:for|about|on|re|regarding)\s/,
  // "Who's responsible for training X to do Y?": whoever has the one piece of work.
  /^who\s+(?:is|s)\s+(?:responsible|accountable)\s+for\s+(?:[a-z]+ing|the|that|our)\s/,
  // "who is down to update members on X?", "who is meant to be sorting the X?": the one action that does it.
  /^who\s+(?:is|was)\s+(?:down|due|meant|supposed|lined up|signed up|booked)\s+(?:to|for)\s/,
  // "Members want X in the summer - is anyone working on it?": the thing, then whether anyone has it.
  /^\S+(?:\s\S+){2,}\s(?:\|\s)*(?:is|are|has)\s+(?:anyone|anybody|someone|somebody)\s+(?:working on|doing|looking at|picking up|on|got|taken)\s+(?:it|that|this)\b/,
  // "Keeping X current matters to us. Is that action on track?", "... whether X is in use. Is it?": the thing told, then a question of it.
  /^\S+(?:\s\S+){3,}\s\|\s(?:is|has|was|did|have|are)\s+(?:that|it|this)(?:\s+(?:action|one|piece of work|work))?(?:\s+(?:on track|in use|in place|done|finished|complete|completed|happening|going|live|working|there))?\s*(?:\||$)/,
  // "Electronic workbooks - are the assessment teams using them yet?": the thing, then a question that points back to it.
  /^[^|]{3,100}\s\|\s(?:is|are|has|have|did|was|were)\s+(?:the|they|it|that|this|we|you|people|staff)\s(?:[^|]*\s)?(?:them|it|that|this|those|these)\b/,
  // ("... moving the manual online. Can staff use it yet?": whether people can use the thing; "can you pull this together" asks the bot.)
  /^[^|]{3,100}\s\|\s(?:can|could|do|does|will)\s+(?:staff|people|they|we|teams|workers|social workers|managers|partners|carers|members)\s(?:[^|]*\s)?(?:them|it|that|this|those|these)\b/,
  // "The row for the neglect audit - what should it say now?", "the RHI template - closed?": the thing, then what of it.
  /^(?:the|our|that|my)\s[^|]+\s\|\s(?:what|when|who|how)\s+(?:should|does|did|is|was|will|would|has)\s+(?:it|that|this)\b/,
  /^(?:the|our|that|my)\s[^|]+\s\|\s(?:closed|done|finished|complete|completed|signed off|delivered|sorted|live)\s*(?:\||$)/,
  // "The big push to grow our own carers - how's that going?": the thing, then how it is going.
  /^\S+(?:\s\S+){2,}\s(?:\|\s)*how\s+(?:is|are)\s+(?:that|it|this)\s+(?:going|getting on|coming along|progressing|looking|tracking|shaping up)\b/,
  // "The joint protocol - are we still waiting on signatures?", "are we still waiting for the housing protocol?": whether it is held up.
  /^(?:the|our|that)\s[^|]+\s\|\s(?:are|is)\s+(?:we|they|you|it|that|this)\s+still\s+(?:waiting|stuck|held up|blocked)\b/,
  /^(?:are|is)\s+(?:we|they)\s+still\s+(?:waiting|stuck)\s+(?:on|for|with)\s+(?:the|that|our)\s/,
  // "The 40-case neglect audit - have the auditors finished?": the thing, a break, then a yes-or-no question.
  /^(?:the|our|that)\s[^|]+\s\|\s(?:is|are|has|have|did|was|were)\s+(?:the|they|it|that|this)\s/,
  // "Members wanted a briefing on X - who's picking that up?": the thing, then a question about it.
  /^\S+(?:\s\S+){2,}\s(?:\|\s)?(?:who|when)\s+(?:is|has|was|does|will|did)\s+(?:[a-z]+ing\s+)?(?:that|it|this)\b/,
];

/** Words that make what comes before a question a sentence of its own, not a role ("i work in X so this is ..."). */
const ROLE_BREAKERS = new Set(['i', 'we', 'you', 'so', 'this', 'that', 'but', 'because', 'if', 'it', 'they', 'there']);

/** Words of a question that say nothing about what a thing is. */
const NOT_DESCRIPTIVE = new Set([
  'yet',
  'ever',
  'still',
  'happen',
  'happened',
  'done',
  'finished',
  'complete',
  'completed',
  'status',
  'progress',
  'one',
  'new',
  'getting',
  // "did that go live?": whether it is in use, not what it is.
  'live',
  // "is anyone working on it?": whether it is in hand, not what it is.
  'anyone',
  'anybody',
  'someone',
  'working',
]);

/**
 * The one action a question describes, when it asks about one thing: the action that fits the
 * question's own words best (with their other forms and synonyms), has at least two of them, and
 * fits clearly better than the next.
 */
function describedThing(found: Found, lexicon: Lexicon): ListQuery['bestFit'] {
  const said = found.words.join(' ');
  if (found.refs.length > 0) return undefined;
  // "Governor on the task group - did the awareness push actually go out?": the one thing may be asked after the asker's role.
  let from = 0;
  if (!ONE_THING.some((pattern) => pattern.test(said))) {
    // A role said before the question ("Union rep. Did the ..."), with no break the words keep.
    const lead = found.words.findIndex((word, at) => at > 0 && ['did', 'has', 'have', 'is', 'was'].includes(word));
    const role = lead > 0 && lead <= 8 && found.words.slice(0, lead).every((word) => word !== BREAK && !QUESTION_OPENERS.has(word) && !ROLE_BREAKERS.has(word));
    const breaks = [...found.words.flatMap((word, at) => (word === BREAK ? [at + 1] : [])), ...(role ? [lead] : [])].sort((a, b) => a - b);
    const start = breaks.find((at) => ONE_THING.some((pattern) => pattern.test(found.words.slice(at).join(' '))));
    if (start === undefined) return undefined;
    from = start;
  }
  const spoken = new Set(
    found.matches.filter((match) => match.slot.kind === 'status' || match.slot.kind === 'cue').flatMap((match) => range(match.start, match.end)),
  );
  const descriptive = (word: string, at: number): boolean =>
    !spoken.has(at) &&
    /^[a-z][a-z'-]{2,}$/.test(word) &&
    !FILLER_WORDS.has(word) &&
    // "briefing", "report", "survey" say what a thing is, where the actions use them.
    (!(GENERIC_WORDS.has(word) || CHATTER_WORDS.has(word)) || (word.length >= 5 && lexicon.usesWord(word))) &&
    !NOT_DESCRIPTIVE.has(word) &&
    // "Members asked for X": who asked, not what it is.
    !(AUDIENCE_WORDS.has(word) && ASKING_VERBS.has(found.words[at + 1] ?? '')) &&
    !QUESTION_OPENERS.has(word);
  const words = found.words.filter((word, at) => at >= from && descriptive(word, at));
  let unique = [...new Set(words)];
  // "Parents ask whether X now happens. Has the council got there?": the question names nothing, so the thing is the sentence before.
  if (unique.length < 2 && from > 0) {
    const before = found.words.lastIndexOf(BREAK, from - 2) + 1;
    unique = [...new Set(found.words.filter((word, at) => at >= before && at < from && descriptive(word, at)).concat(unique))];
  }
  if (unique.length < 2) return undefined;
  const [top, next] = lexicon.rankActions(unique);
  if (!top || top.matched < 2 || top.matched < Math.ceil(unique.length * 0.4)) return undefined;
  // Clearly best: more of the words than the next, or the same words fitting far better (not by length alone).
  if (next && (top.score < 1.5 * next.score || (top.matched <= next.matched && top.score < 2.5 * next.score))) return undefined;
  return { actionId: top.id, words: unique.join(' ') };
}

/** An English word the plan's actions use another form or a synonym of: "cut" (reduce), "hiring" (hire). */
function saidOtherwise(word: string, lexicon: Lexicon): boolean {
  return word.length >= 3 && relatedWords(word).known && lexicon.searchActions([word]).length > 0;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}

function readFound(text: string, found: Found, lexicon: Lexicon, context: AskContext): AskQuery {
  const cueSet = cues(found);
  // A status word under a "not" ("haven't been completed", "aren't blocked") rules that status out.
  const statuses = new Set<StatusWord>();
  const excluded = new Set<StatusWord>();
  const namedWords = new Set(
    found.matches
      .filter((match) => match.slot.kind === 'person')
      .flatMap((match) => Array.from({ length: match.end - match.start }, (_, at) => match.start + at)),
  );
  // "The meeting when the commissioner's work finished": a status word telling which meeting says nothing of the actions'.
  const told = meetingByWhatItRecorded(found, lexicon);
  const tellsMeeting = (match: Found['matches'][number]): boolean => told !== undefined && match.start >= told.start && match.end <= told.end;
  for (const match of found.matches) {
    if (match.slot.kind !== 'status' || tellsMeeting(match)) continue;
    if (excludes(found.words, match.start, namedWords)) excluded.add(match.slot.status);
    else statuses.add(match.slot.status);
  }
  const areaSet = new Set<number>(found.areas);
  // "Apart from permanence and life story", "not owned by Priya": areas and people ruled out.
  const ruledOut = excludedMatches(found);
  const excludedAreas = new Set<number>(found.excludedAreaRefs);
  for (const match of found.matches) {
    if (match.slot.kind !== 'area') continue;
    // "Except the life story training": words straight after a ruled-out area say which of its actions.
    const narrowing = ruledOut.has(match) ? found.leftovers.find((run) => run.at === match.end && !run.negated) : undefined;
    if (narrowing) Object.assign(narrowing, { negated: true, within: { area: match.slot.area, words: match.words.join(' ') } });
    else if (ruledOut.has(match)) excludedAreas.add(match.slot.area);
    else areaSet.add(match.slot.area);
  }
  // "Outside Ruth's areas": the areas she leads are ruled out, not her own actions.
  for (const match of found.matches) {
    if (match.slot.kind !== 'person' || !ruledOut.has(match) || !leadsAreas(found.words, match)) continue;
    const ids = match.slot.ids;
    for (const area of lexicon.areas) if (area.lead && ids.includes(area.lead)) excludedAreas.add(area.number);
  }
  // "What Ruth owns outside her own areas": the areas of the one person named, ruled out; her actions still asked for.
  const pronounAreas = /\b(?:outside|excluding|beyond|except|not in|other than in|apart from) (?:of )?(?:her|his|their) (?:own )?areas?\b/.test(
    found.words.join(' '),
  );
  const namedOnce = [...new Set(found.matches.flatMap((match) => (match.slot.kind === 'person' && match.slot.ids.length === 1 ? match.slot.ids : [])))];
  if (pronounAreas && namedOnce.length === 1) for (const area of lexicon.areas) if (area.lead && area.lead === namedOnce[0]) excludedAreas.add(area.number);
  const othersOf: Person[] = [];
  // "Not owned by either AD": a title that fits several people, said with "either", rules out all of them.
  const eitherOf = (match: Found['matches'][number]): boolean => ['either', 'neither'].includes(found.words[match.start - 1] ?? '');
  // "Leaving the two ADs out of it", "excluding both assistant directors": the group, all of them.
  const groupOf = (match: Found['matches'][number]): boolean => match.plural === true && GROUP_WORDS.has(found.words[match.start - 1] ?? '');
  const excludedPeople = found.matches.filter(
    (match): match is PersonMatch =>
      match.slot.kind === 'person' &&
      ruledOut.has(match) &&
      (match.slot.ids.length === 1 || eitherOf(match) || groupOf(match)) &&
      !leadsAreas(found.words, match),
  );
  // "The lead officer for corporate parenting" asks who leads; it names nobody.
  const leadRole = (match: Found['matches'][number]): boolean => match.words.length === 1 && LEAD_WORDS.has(found.words[match.start - 1] ?? '');
  // "The meeting where the Cabinet Member reported ...": someone named in telling which meeting owns nothing asked about.
  const personMatches = found.matches.filter(
    (match): match is PersonMatch => match.slot.kind === 'person' && !ruledOut.has(match) && !leadRole(match) && !tellsMeeting(match),
  );

  if (found.missingRefs.length > 0 && found.refs.length === 0) {
    return { intent: 'unknown', reason: 'no_such_action', unmatched: found.missingRefs.join(', '), suggestedAreas: [] };
  }
  // "I've got 4.3, but who's the area's lead?": the lead of the area the action is in.
  const refArea = found.refs.length === 1 ? areaOfAction(context, found.refs[0] ?? '') : undefined;
  if (refArea !== undefined && asksWhoLeads(found.words) && found.words.some((word) => /^areas?(?:'s)?$/.test(word))) {
    areaSet.add(refArea);
    found.refs.splice(0);
  }
  if (found.refs.length === 1 && found.missingRefs.length === 0) {
    const fact = detailFactAsked(found.words);
    return { intent: 'action_detail', actionId: found.refs[0] ?? '', ...(fact ? { fact } : {}) };
  }

  // "I'm just back from leave, what's overdue?": "I am" in talk around a question says nothing about my actions.
  const saidTalk = found.leftovers.some((run) => run.words.some((word) => CHATTER_WORDS.has(word)));
  const dated = readMeeting(found, lexicon, context, cueSet, areaSet, personMatches);
  if (isEarly(dated)) return dated;
  const { meeting, minute, also, dueDates, source } = dated;
  const areaLead = areaLeadAsked(found.words);
  // "People who don't lead an area": who owns them, not a topic.
  if (LEADS_BY_WHO.test(found.words.join(' '))) found.leftovers = withoutWords(found.leftovers, (word) => LEADS_BY_WHO_WORDS.has(word));
  const runs = topicWords(found, lexicon, areaSet);
  // "Open actions that aren't audits": what the ruled-out words find is left out.
  const ruledOutTopics = runs.filter((run) => run.negated);
  const excludedActionIds = ruledOutTopics.flatMap((run) =>
    lexicon
      .searchActions(run.words)
      .map((hit) => hit.id)
      .filter((id) => run.within === undefined || areaOfAction(context, id) === run.within.area),
  );
  const read = readTopics(
    runs.filter((run) => !run.negated),
    found,
    lexicon,
    context,
    areaSet,
  );
  if (isEarly(read)) return read;
  const { topics, withinAreas, chatter } = read;
  const meCues = found.matches.filter((match) => match.slot.kind === 'cue' && match.slot.cue === 'me');
  // ("Apart from the audit, what have I still got?": what the asker has, not talk about them.)
  const hasGot = meCues.some((match) => /^(?:still\s+|actually\s+)?got\b/.test(found.words.slice(match.end, match.end + 2).join(' ')));
  const talkAboutMe = saidTalk && !hasGot && meCues.length > 0 && meCues.every((match) => SAYING_ABOUT_ME.has(match.words.join(' ')));
  const whose = readPeople(text, found, lexicon, context, talkAboutMe ? new Set([...cueSet].filter((cue) => cue !== 'me')) : cueSet, personMatches);
  if (isEarly(whose)) return whose;
  const { owners: namedOwners, ledBy, notLedBy } = whose;
  // "The area leads themselves", "not one of the area leads": the people who lead an area, as a group.
  const leadsGroup = areaLeadsGroup(found.words);
  const leaders = leadsGroup
    ? [...new Set(lexicon.areas.map((area) => area.lead).filter((id): id is string => Boolean(id)))].flatMap((id) =>
        lexicon.people.filter((person) => person.id === id),
      )
    : [];
  let owners =
    leadsGroup === 'in'
      ? [
          ...namedOwners,
          ...leaders
            .filter((one) => !namedOwners.some((owner) => owner.id === one.id))
            .map((one) => ({ id: one.id, name: one.name, isAsker: one.id === context.asker?.id })),
        ]
      : namedOwners;
  if (leadsGroup === 'out') othersOf.push(...leaders);
  // "Sam's away - anything late that is not his?": the one person named, ruled out by the pronoun after.
  const [onlyOwner] = owners;
  if (owners.length === 1 && onlyOwner && !onlyOwner.isAsker && /\b(?:is|are|was|were) not (?:his|hers|theirs)\b/.test(found.words.join(' '))) {
    const person = lexicon.people.find((one) => one.id === onlyOwner.id);
    if (person) othersOf.push(person);
    owners = [];
  }
  // "Leave QA out of it - anything late in my other area?": the lead's areas, less the one ruled out.
  const led = lexicon.areas.filter((area) => ledBy.some((one) => one.id === area.lead)).map((area) => area.number);
  const keptLed = led.filter((area) => !excludedAreas.has(area));
  for (const area of keptLed.length > 0 ? keptLed : led) areaSet.add(area);
  if (keptLed.length > 0) for (const area of led) excludedAreas.delete(area);
  for (const area of lexicon.areas) if (notLedBy.some((one) => one.id === area.lead)) excludedAreas.add(area.number);
  // "in Ruth's areas that someone else owns": her areas, less her own actions.
  const someoneElse = found.words.some((word, at) => word === 'else' && ['someone', 'somebody', 'anyone', 'anybody'].includes(found.words[at - 1] ?? ''));
  if (someoneElse) for (const one of ledBy) if (!excludedPeople.some((match) => match.slot.ids[0] === one.id)) othersOf.push(one);
  // "Anything in recruitment that somebody other than me owns?": with no one else's areas asked about, not the asker's own.
  const asker = context.asker;
  if (someoneElse && ledBy.length === 0 && namedOwners.length === 0 && asker && !othersOf.some((one) => one.id === asker.id)) othersOf.push(asker);

  // "Is the neglect audit still due at the end of Feb?": when the thing is due is the answer, so the date said does not filter.
  const yesNoDue = (topics.length > 0 || areaSet.size > 0) && asksIfDue(found.words, text);
  const dueRange = yesNoDue ? undefined : dueDates[0]?.range;
  // "What can it do for me?" is a question about the bot, not about the asker's actions.
  const namedSubject =
    areaSet.size > 0 || topics.length > 0 || personMatches.length > 0 || meeting !== undefined || found.refs.length > 0 || dueRange !== undefined;
  // A ruled-out status needs something to rule it out of: what is still open, or everything.
  // "Everything that isn't blocked": what is still open, less the blocked.
  const openKinds: StatusWord[] = ['overdue', 'blocked', 'not_started', 'in_progress', 'red', 'amber', 'green'];
  if (excluded.size > 0 && statuses.size === 1 && statuses.has('any') && [...excluded].every((status) => openKinds.includes(status))) statuses.clear();
  if (excluded.size > 0 && statuses.size === 0)
    statuses.add([...excluded].some((status) => status === 'outstanding' || status === 'cancelled' || status === 'any') ? 'any' : 'outstanding');
  if (cueSet.has('help') && !namedSubject && statuses.size === 0) return { intent: 'help' };
  const hasSubject =
    areaSet.size > 0 ||
    topics.length > 0 ||
    owners.length > 0 ||
    meeting !== undefined ||
    found.refs.length > 0 ||
    dueRange !== undefined ||
    areaLead !== undefined;
  const ragOnly = ['red', 'amber', 'green'].every((colour) => statuses.has(colour as StatusWord));
  // "Is the canteen open today?": something the plan does not have, asked how it stands, is not the plan's open actions.
  const statusOf = (at: number): boolean =>
    found.matches.some(
      (match) => match.slot.kind === 'status' && (match.start === at || (['is', 'are'].includes(found.words[at] ?? '') && match.start === at + 1)),
    );
  const outsider = found.leftovers.find(
    (run) =>
      !run.marked &&
      run.at !== undefined &&
      found.words[run.at - 1] === 'the' &&
      !run.words.every((word) => lexicon.knowsWord(word)) &&
      (statusOf(run.at + run.words.length) ||
        // "Is the lift by reception still closed?": the thing asked about opens the question, its state ends it.
        (run.at === 2 &&
          ['is', 'are', 'was', 'has'].includes(found.words[0] ?? '') &&
          found.matches.some(
            (match) => match.slot.kind === 'status' && match.start > (run.at ?? 0) && !found.words.slice(run.at ?? 0, match.start).includes(BREAK),
          ))),
  );
  if (!hasSubject && outsider && chatter.length > 0)
    return {
      intent: 'unknown',
      reason: 'no_topic_match',
      unmatched: outsider.words.join(' '),
      suggestedAreas: lexicon.closestAreas(outsider.words).slice(0, 3),
    };
  if (!hasSubject && (statuses.size === 0 || ragOnly)) {
    if (cueSet.has('summary') || ragOnly) return { intent: 'summary', areas: [] };
    if (chatter.length > 0 && !cueSet.has('help'))
      return { intent: 'unknown', reason: 'no_topic_match', unmatched: chatter.join(' '), suggestedAreas: lexicon.closestAreas(chatter).slice(0, 3) };
    if (cueSet.has('help') || !cueSet.has('all')) return { intent: 'help' };
  }

  // "Is the staff survey done yet?", "has the protocol been finished?": a question about how the thing stands, whatever its status.
  // "Minute 39.7 - is that on track?": how the one thing stands.
  if (
    (topics.length > 0 || minute !== undefined) &&
    statuses.size === 1 &&
    (statuses.has('complete') || statuses.has('green')) &&
    (['is', 'has', 'have', 'was', 'did', 'are'].includes(openerOf(found.words) ?? '') || found.words.includes('yet'))
  ) {
    statuses.clear();
    statuses.add('any');
  }
  // "Everything I still own", "all she still has": what is still held is what is outstanding.
  if (statuses.size === 1 && statuses.has('any') && /\bstill (?:own|owns|have|has|hold|holds|got|owned|held)\b/.test(found.words.join(' '))) {
    statuses.clear();
    statuses.add('outstanding');
  }
  // "Which overdue actions haven't been started?": late and in that state, not either.
  const states: StatusWord[] = ['not_started', 'in_progress', 'blocked'];
  const state = states.filter((status) => statuses.has(status));
  if (statuses.has('overdue') && state.length === 1 && statuses.size === 2 && !found.words.includes('or')) {
    statuses.delete(state[0] as StatusWord);
    for (const other of states) if (other !== state[0]) excluded.add(other);
  }
  const statusAssumed = statuses.size === 0 && excluded.size === 0;
  if (statuses.size === 0)
    statuses.add(meeting || source === 'committee' || found.refs.length > 1 || (cueSet.has('all') && !cueSet.has('count')) ? 'any' : 'outstanding');
  // "Everything that's late" is about lateness: a specific status beats the general ones.
  // "Any finished, or is it all still open?": finished and open together are everything.
  if (statuses.has('complete') && statuses.has('outstanding') && excluded.size === 0) {
    statuses.clear();
    statuses.add('any');
  }
  if (statuses.size > 1) {
    statuses.delete('any');
    // "Everything outstanding" is what is outstanding.
    if (statuses.size > 1) statuses.delete('outstanding');
  }

  return {
    intent: 'list_actions',
    count: cueSet.has('count'),
    ...(listFactAsked(found.words, areaSet.size > 0 && owners.length === 0) ?? (yesNoDue ? { fact: 'when' as const } : {})),
    filter: {
      areas: [...areaSet].sort((a, b) => a - b),
      topics,
      topicsWithinAreas: withinAreas,
      actionIds: found.refs,
      statuses: [...statuses],
      ...(statusAssumed && statuses.has('outstanding') ? { statusAssumed: true } : {}),
      excludedStatuses: [...excluded].filter((status) => !statuses.has(status)),
      ...(excludedAreas.size > 0 ? { excludedAreas: [...excludedAreas].sort((a, b) => a - b) } : {}),
      ...(excludedActionIds.length > 0
        ? {
            excludedTopics: ruledOutTopics.map((run) => ({
              words: [run.within?.words, ...run.words].filter(Boolean).join(' '),
              actionIds: [...new Set(excludedActionIds)],
            })),
          }
        : {}),
      ...(excludedPeople.length > 0 || othersOf.length > 0
        ? {
            excludedOwners: [
              ...excludedPeople.flatMap((match) =>
                lexicon.people.filter((person) => match.slot.ids.includes(person.id)).map((person) => ({ id: person.id, name: person.name })),
              ),
              ...othersOf.map((person) => ({ id: person.id, name: person.name })),
            ],
          }
        : {}),
      owners,
      ...(dueRange ? { due: dueRange } : {}),
      ...(meeting ? { meeting: { id: meeting.id, label: meetingLabel(meeting), ...(minute ? { minute } : {}) } } : {}),
      ...(meeting && also
        ? { alsoMeetings: also.map((one) => ({ id: one.meeting.id, label: meetingLabel(one.meeting), ...(one.minute ? { minute: one.minute } : {}) })) }
        : {}),
      ...(source ? { source } : {}),
      ...(areaLead ? { areaLead } : {}),
    },
  };
}

/** What a committee does to an action: "members set", "councillors asked for". */
const ASKING_VERBS = new Set(['set', 'asked', 'ask', 'agreed', 'wanted', 'want', 'requested', 'raised', 'commissioned', 'called', 'made', 'gave', 'decided']);

/** Those things are reported to or done for: never what a question is about. */
const AUDIENCE_WORDS = new Set([
  'members',
  'member',
  'councillors',
  'cllrs',
  'cabinet',
  'board',
  'scrutiny',
  'chair',
  'chairs',
  'staff',
  'colleagues',
  'everyone',
  'us',
  'them',
]);

/** What follows a possessive written without its apostrophe: "directors actions", "heads list". */
const POSSESSED = new Set([
  'actions',
  'action',
  'list',
  'lists',
  'stuff',
  'items',
  'item',
  'tasks',
  'task',
  'work',
  'areas',
  'area',
  'plate',
  'ones',
  'things',
  'deadlines',
  'overdue',
  'outstanding',
]);

/** "I am", "have I": words about oneself that ask for one's actions only inside a question. */
const SAYING_ABOUT_ME = new Set(['i am', 'am i', 'i have', 'have i', 'did i']);

/** "Both assistant directors", "all the heads of service": everyone a title fits. */
const GROUP_WORDS = new Set(['both', 'all', 'two', 'three', 'each', 'every', 'the']);

// "Leading" is a form of "lead", not a slip for "leaving": forms of the words of asking are never corrected.
const GENERIC_STEMS = new Set([...GENERIC_WORDS, ...CHATTER_WORDS].map(stemWord));
const isFormOfGenericWord = (word: string): boolean => GENERIC_STEMS.has(stemWord(word));

const NEGATORS = new Set(['not', 'never', 'cannot', 'nor', 'neither']);
/** Words that may stand between a "not" and the status it rules out: "not yet been completed". */
const NEGATION_GAP = new Set([
  'been',
  'yet',
  'be',
  'being',
  'already',
  'got',
  'fully',
  'quite',
  'actually',
  'currently',
  'properly',
  'even',
  'still',
  'all',
  'any',
  'ever',
  'really',
]);

/** Words that rule out what follows: "excluding", "except", "outside (of)", "apart from", "other than". */
const EXCLUDERS = new Set(['excluding', 'except', 'excl', 'outside', 'without', 'minus', 'besides', 'skip', 'skipping', 'omit', 'omitting', 'barring']);
/** Words between an excluder and what it rules out: "excluding anything blocked", "not owned by Priya". */
const EXCLUSION_GAP = new Set([
  ...NEGATION_GAP,
  'of',
  'the',
  // "except the work for children in care".
  'work',
  'stuff',
  'for',
  // "excluding my audits".
  'my',
  'our',
  // "not owned by either AD".
  'either',
  'anything',
  'everything',
  'those',
  'ones',
  // "other than the actions Helen holds".
  'actions',
  'items',
  'owned',
  'by',
  // "the ones not with Tom", "not assigned to Tom".
  'with',
  'assigned',
  // "except what sits with Daniel", "bar whatever Tom holds".
  'what',
  'whatever',
  'sits',
  'sit',
  'sitting',
  'to',
  'for',
  'in',
  'on',
  'about',
  'counting',
  'including',
  // "apart from the two areas Daniel leads".
  'areas',
  'area',
  'two',
  'three',
  'both',
]);

function excludes(words: readonly string[], start: number, named: ReadonlySet<number> = new Set()): boolean {
  for (let index = start - 1, gap = 0; index >= 0 && gap <= 3; index -= 1, gap += 1) {
    const word = words[index] ?? '';
    if (NEGATORS.has(word) || EXCLUDERS.has(word)) return true;
    if ((word === 'from' && words[index - 1] === 'apart') || (word === 'than' && words[index - 1] === 'other')) return true;
    // "leave out", "take out corporate parenting".
    if (word === 'out' && ['leaving', 'leave', 'leaves', 'take', 'taking', 'takes', 'strip', 'stripping'].includes(words[index - 1] ?? '')) return true;
    // "Setting aside the two areas Daniel leads", "putting aside QA".
    if (word === 'aside' && ['setting', 'set', 'putting', 'put', 'leaving', 'leave'].includes(words[index - 1] ?? '')) return true;
    // "anyone but Helen", "everything but QA".
    if (word === 'but' && ['anyone', 'anybody', 'everyone', 'everybody', 'anything', 'everything', 'all'].includes(words[index - 1] ?? '')) return true;
    // "What hasn't Ruth finished?": a name between "not" and the status it rules out.
    if (named.has(index)) continue;
    if (!EXCLUSION_GAP.has(word)) return false;
  }
  return false;
}

/** The area and person matches a question rules out; "apart from X and Y" rules out both. */
function excludedMatches(found: Found): Set<Found['matches'][number]> {
  const out = new Set<Found['matches'][number]>();
  let previous: Found['matches'][number] | undefined;
  for (const match of [...found.matches].sort((a, b) => a.start - b.start)) {
    if (match.slot.kind !== 'area' && match.slot.kind !== 'person') continue;
    const joined =
      previous !== undefined &&
      out.has(previous) &&
      previous.slot.kind === match.slot.kind &&
      found.words.slice(previous.end, match.start).every((word) => word === 'and' || word === 'or' || word === BREAK);
    // "What hasn't Daniel finished?": the "not" goes with the verb after the name, not with the name.
    const statusAfter = found.matches.some((other) => other.slot.kind === 'status' && other.start === match.end);
    // "the ones Sam isn't doing", "that Priya does not own": the "not" after the name rules the person out.
    const after = found.words.slice(match.end, match.end + 4);
    const notDoing =
      match.slot.kind === 'person' &&
      /^(?:is|are|does|do|has|have) not (?:doing|leading|handling|running|on|involved|responsible|own|lead|handle|run|got)\b/.test(after.join(' '));
    if (joined || notDoing || (excludes(found.words, match.start) && !(match.slot.kind === 'person' && statusAfter))) out.add(match);
    previous = match;
  }
  return out;
}

const AREA_COUNT_WORDS = new Set(['own', 'two', 'three', 'four', 'five', 'six', 'both', '2', '3', '4', '5', '6']);

const LEAD_WORDS = new Set(['lead', 'leads', 'led', 'leading', 'heads', 'head', 'oversees', 'oversee', 'overseen']);

/** "that she owns herself", "her own ones": after a person's areas, the person's own actions in them. */
const OWNS_HERSELF =
  /\b(?:(?:she|he|they)\s+(?:owns?|has|have|is doing|are doing|leads?)\s+(?:herself|himself|themselves|personally)|(?:her|his|their)\s+own\b|(?:she|he|they)\s+(?:personally|herself|himself)\s+owns?)\b/;

/** Whether this person is named for the areas they lead: "the areas Priya leads", "led by Tom", "Ruth's areas". */
function leadsAreas(words: readonly string[], person: Match): boolean {
  if (!words.some((word) => word === 'areas' || word === 'area')) return false;
  // "The areas Priya and Tom lead": the lead word comes after the last of the names.
  let end = person.end;
  while (words[end] === 'and' && end + 1 < words.length && !LEAD_WORDS.has(words[end + 1] ?? '')) end += 2;
  // "The areas Priya does not lead": the "not" is read with the name; the lead word follows it.
  if (['does', 'do', 'is', 'are'].includes(words[end] ?? '') && words[end + 1] === 'not') end += 2;
  const after = words.slice(end, end + 2);
  const before = words.slice(Math.max(0, person.start - 2), person.start);
  // "Ruth's three areas", "Tom's own areas".
  // "Priya's and Tom's areas": the areas word after the last of the names.
  const last = end > person.end && words[end - 2] === 'and' ? end : person.end;
  const next = AREA_COUNT_WORDS.has(words[last] ?? '') ? words[last + 1] : words[last];
  return (
    after.some((word) => LEAD_WORDS.has(word)) || (before.includes('by') && before.some((word) => LEAD_WORDS.has(word))) || next === 'areas' || next === 'area'
  );
}

/** "My areas", "the areas I lead" are asked; "outside my areas", "the areas I do not lead" are ruled out. */
function myAreasAsked(words: readonly string[]): 'asked' | 'ruled out' | undefined {
  const areaAt = words.findIndex((word) => word === 'areas' || word === 'area');
  if (areaAt < 0) return undefined;
  if (words[areaAt - 1] === 'my') return excludes(words, areaAt - 1) ? 'ruled out' : 'asked';
  // "My other area", "my two areas", "my own areas".
  const between = words[areaAt - 1] ?? '';
  if (words[areaAt - 2] === 'my' && (AREA_COUNT_WORDS.has(between) || between === 'other' || between === 'remaining'))
    return excludes(words, areaAt - 2) ? 'ruled out' : 'asked';
  const after = words.slice(areaAt + 1, areaAt + 6);
  if (!after.includes('i') || !after.some((word) => LEAD_WORDS.has(word))) return undefined;
  // "Outside the areas I lead", "not in the areas I lead": the others.
  return /\bi (?:do|am|have|did) not\b/.test(after.join(' ')) || excludes(words, areaAt) ? 'ruled out' : 'asked';
}

/** "My open actions", "which of mine": the asker's own actions are asked for, whatever else is said of areas. */
function ownActionsAsked(words: readonly string[]): boolean {
  return words.some((word, at) => (word === 'my' && !['areas', 'area'].includes(words[at + 1] ?? '')) || word === 'mine');
}

/** The fact a question about a list asks first: who leads or owns it, when it is due, an area's evidence or outcomes. */
function listFactAsked(words: readonly string[], aboutAreas: boolean): { fact: NonNullable<ListQuery['fact']> } | undefined {
  if (aboutAreas && words.some((word) => word === 'evidence' || word === 'impact')) return { fact: 'evidence' };
  // "What's the measure of success for the staff survey?": the one thing's measure (shown with it).
  if (words.some((word) => word === 'evidence' || word === 'measure')) return { fact: 'evidence' };
  // "How will we know it has worked?", "how would members tell it made a difference?": what would show it, the measure.
  // ("How are we measuring whether it has worked?", "how is it being measured?")
  if (
    /\bhow (?:will|would|do|can|could|shall) (?:we|i|you|they|members|the committee|anyone) (?:know|tell|see|show|judge)\b|\bhow (?:are|is) (?:we|you|they|it|that|this) (?:measuring|judging|evidencing|being measured|being judged|measured)\b/.test(
      words.join(' '),
    )
  )
    return { fact: 'evidence' };
  if (aboutAreas && words.some((word) => word === 'outcomes' || word === 'outcome' || word === 'aims')) return { fact: 'outcomes' };
  // "Which committee meeting added it?", "where did the X action come from?": where one thing came from.
  if (
    /\b(?:which|what)\s+(?:committee\s+)?(?:meeting|committee)\s+(?:added|set|created|raised|asked for|came up with|gave us)\s+(?:it|this|that|them)\b|\bwhere\s+(?:did|does)\s+(?:it|this|that|(?:the|this|that)\s+[a-z]+(?:\s+[a-z]+){0,5})\s+(?:come from|originate)\b|\bwhere\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,5}\s+originated\b/.test(
      words.join(' '),
    )
  )
    return { fact: 'source' };
  if (aboutAreas && asksWhoLeads(words)) return { fact: 'lead' };
  const first = openerOf(words);
  if (first === 'who' || words.includes('whose')) return { fact: 'who' };
  // ("Is anything not started with a deadline after the summer?": a deadline as a filter, not asked for;
  // "has any of it slipped past its deadline?": a status of whatever is found.)
  const anyOf = words.some((word) => ['any', 'anything', 'which', 'what'].includes(word));
  const deadline = words.some((word, at) => word === 'deadline' && !['a', 'any', 'no'].includes(words[at - 1] ?? '') && !(anyOf && pastDeadline(words, at)));
  if (first === 'when' || deadline || (words.includes('due') && words.includes('date'))) return { fact: 'when' };
  return undefined;
}

/** "Gone past its deadline", "missed the deadline": the word "deadline" said as a status, not asked for. */
function pastDeadline(words: readonly string[], at: number): boolean {
  return words.slice(Math.max(0, at - 2), at).some((word) => ['past', 'missed', 'beyond', 'over', 'blown', 'overshot'].includes(word));
}

/** "Is X still due in March?": a yes-or-no question about when something is due. */
function asksIfDue(words: readonly string[], text: string): boolean {
  const opener = words.findIndex((word, at) => ['is', 'are'].includes(word) && (at === 0 || words[at - 1] === BREAK));
  // Of a thing ("is the audit", "is my update"), not of a list ("is anything", "are there any").
  // "Is increasing foster-to-adopt placements still due ...": a piece of work said by what it does.
  const next = words[opener + 1] ?? '';
  return (
    opener >= 0 &&
    (['the', 'my', 'our', 'that', 'this', 'his', 'her', 'their'].includes(next) || /^[a-z]{3,}ing$/.test(next)) &&
    /\bdue\b/i.test(normaliseText(text))
  );
}

/** The word a question opens with: of the clause that asks ("the one about X - who has it?"), not a greeting or a subject before it. */
function openerOf(words: readonly string[]): string | undefined {
  const starts = words.filter((word, at) => word !== BREAK && (at === 0 || words[at - 1] === BREAK));
  return starts.find((word) => QUESTION_OPENERS.has(word)) ?? words.find((word) => word !== BREAK);
}

/** "Who leads on life story work?", "who is the lead for area 7". */
function asksWhoLeads(words: readonly string[]): boolean {
  // "area 12 lead?": the lead, asked in two words.
  const spoken = words.filter((word) => word !== BREAK);
  if (spoken.at(-1) === 'lead' && spoken.length <= 3) return true;
  const who = words.indexOf('who');
  return (
    who >= 0 && words.slice(who + 1, who + 5).some((word) => LEAD_WORDS.has(word) || word === 'responsible' || word === 'accountable' || word === 'charge')
  );
}

const QUESTION_OPENERS = new Set(['who', 'whose', 'when', 'what', 'which', 'is', 'has', 'have', 'are', 'how', 'where']);

/** The one fact asked about an action: "who owns 5.3?", "when is 7.2 due?", "is 9.1 done yet?". */
function detailFactAsked(words: readonly string[]): 'owner' | 'due' | 'status' | undefined {
  // "morning, quick one, who has 4.2?": the clause that asks, not the greeting before it.
  const first = openerOf(words);
  if (first === 'who' || words.includes('whose') || (words.includes('owner') && !words.includes('due'))) return 'owner';
  // "7.1 due?", "and 9.2, due when": a ref with little besides "due" asks when.
  const terse = words.filter((word) => !/^\d/.test(word) && word !== BREAK && !['and', 'so', 'ok', 'the', 'it', 'when'].includes(word)).length <= 1;
  if (first === 'when' || words.includes('deadline') || (words.includes('due') && (words.includes('date') || first === 'what' || terse))) return 'due';
  if (first === 'is' || first === 'has' || first === 'have' || first === 'are' || words.includes('status')) return 'status';
  return undefined;
}

function withoutWords(runs: Run[], drop: (word: string) => boolean): Run[] {
  return runs.map((run) => ({ ...run, words: run.words.filter((word) => !drop(word)) })).filter((run) => run.words.length > 0);
}

/** The asker's own words with the ambiguous name replaced, for the "did you mean" buttons. */
function rebuildQuestion(original: string, phraseWords: readonly string[], name: string): string | undefined {
  const pattern = new RegExp(
    '(?:\\bthe\\s+)?' +
      phraseWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`[\\s\\W]+(?:(?:the|of|for|and)[\\s\\W]+)*`) +
      `(?:['\u2019]s)?`,
    'i',
  );
  if (!pattern.test(original)) return undefined;
  return original.replace(pattern, name);
}
