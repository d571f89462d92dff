/** The committee, the meeting date and the agenda items, from the headings of minutes. */
import { findFullDate, MONTH_NAMES } from './dates';
import type { Unit } from './segments';
import { squash } from './text';
import { isActionVerb } from './verbs';

export type Item = { ref: string; title: string; /** The ref was made up (the minutes give none). */ synthetic: boolean; unit: number };

/** Words that open a decision or an instruction, never an agenda item's title. */
const NOT_A_TITLE =
  /^(?:that|to|resolved|agreed|noted|concluded|decided|decision|action|would|members|it|there|this|these|they|he|she|we|please|if|in|on|at|for|apologies (?:were|was)|present)\b|^(?:notes?|agrees?|requests?|asks?|welcomes?|recognises?|endorses?|approves?|supports?|thanks?|wish(?:es)?|receives?|considers?)\s+(?:the|that|a|an|its|their|to|on|officers|progress)\b/i;
const CONNECTOR = /^(?:and|of|for|the|to|in|on|at|with|a|an|&|by|from|or|under|into|its|their|our|-|–|—|\/|vs?\.?)$/i;

function titleWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** "Children First Improvement Update", "MINUTES OF THE PREVIOUS MEETING", "Declarations of interest". */
export function looksLikeTitle(text: string, strict: boolean): boolean {
  const words = titleWords(text);
  if (words.length === 0 || words.length > (strict ? 16 : 30) || text.length > 200) return false;
  // "PUBLIC QUESTIONS." : a heading in capitals may end with a full stop.
  const capitals = text.replace(/[^A-Za-z]/g, '');
  if (/[.;,]$/.test(text) && !/\b(?:etc|No)\.$/.test(text) && !(/\.$/.test(text) && capitals.length >= 4 && capitals === capitals.toUpperCase())) return false;
  // "TO RECEIVE AND NOTE THE MINUTES ...": an agenda heading in capitals may start with "to".
  const agendaCapitals = /^TO\s/.test(text) && capitals.length >= 4 && capitals === capitals.toUpperCase();
  if (!/^["'‘“(]?[A-Z0-9]/.test(text) || (NOT_A_TITLE.test(text) && !agendaCapitals)) return false;
  // Two sentences, or an instruction ("Share the report ..."), are not a heading.
  if (/[.!?]\s+\S/.test(text) || (isActionVerb(words[0] ?? '') && /^(?:the|a|an|this|these|all|any|our)$/i.test(words[1] ?? ''))) return false;
  if (!strict) return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) return true;
  const significant = words.filter((word) => !CONNECTOR.test(word) && /[A-Za-z]{3,}/.test(word));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((word) => /^["'‘“(]?[A-Z0-9]/.test(word)).length;
  if (capitalised / significant.length >= 0.5) return true;
  // "Actions from the last meeting", "Monitoring visit feedback": short, and no verb in it.
  return words.length <= 8 && !/\b(?:was|were|is|are|had|has|have|would|will|be|been|said|asked|noted|agreed)\b/i.test(text);
}

/** Web-page debris around an item's title: "pdf icon PDF 63 KB", "(Pages 3 - 10)". */
export function cleanTitle(text: string): string {
  return squash(
    text
      .replace(/\bpdf icon\b/gi, ' ')
      .replace(/\b(?:PDF|DOC|DOCX)\s+\d+(?:\.\d+)?\s*[KM]B\b/gi, ' ')
      .replace(/\(\s*pages?\s+\d+\s*(?:[-–—]\s*\d+\s*)?\)/gi, ' ')
      .replace(/\(\s*item\s+\d+\s*\)/gi, ' ')
      .replace(/\s*[-–—:]\s*$/, ''),
  );
}

const AGENDA_ITEM = /^agenda\s+item\b\s*(?:no\.?\s*)?[:.]?\s*([0-9]{1,4}[A-Za-z]?)?\s*[:.]?\s*(.*)$/i;
const NUMBERED_HEADING = /^(?:(?:item|minute|min\.?)\s*(?:no\.?\s*)?)?(\d{1,4}[A-Za-z]?)(?:[.):]|\s+[-–—])?\s+(.+)$/i;

function numeric(ref: string): number | undefined {
  const match = /^(\d{1,4})/.exec(ref);
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * The agenda items and, for every unit, the index of the item it belongs to (-1 before the first).
 * Numbered headings must go up (45, 46, 47): a report's own section numbers further down do not.
 */
export function findItems(units: readonly Unit[], skip: ReadonlySet<number>): { items: Item[]; itemOf: number[] } {
  const items: Item[] = [];
  const itemOf: number[] = [];
  let last: number | undefined;
  let pendingRef = -1;
  let current = -1;
  const add = (ref: string | undefined, title: string, unit: number): void => {
    const cleaned = cleanTitle(title);
    // The same item pasted twice (its decision page and its minutes page) is one item.
    const again = items.findIndex(
      (item) =>
        (ref !== undefined && item.ref === ref) ||
        (cleaned.length > 3 && item.title.toLowerCase() === cleaned.toLowerCase() && (ref === undefined || item.synthetic)),
    );
    if (again >= 0) {
      current = again;
      return;
    }
    const value = ref ? numeric(ref) : undefined;
    if (value !== undefined && last !== undefined && value <= last && !ref?.includes('/')) return;
    if (value !== undefined) last = value;
    items.push({ ref: ref ?? '', title: cleaned, synthetic: !ref, unit });
    current = items.length - 1;
    pendingRef = ref ? -1 : current;
  };
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index];
    if (!unit) continue;
    if (!skip.has(index)) {
      const agenda = unit.marker || unit.minute ? undefined : AGENDA_ITEM.exec(unit.text);
      if (agenda) {
        const inline = agenda[2] ? cleanTitle(agenda[2]) : '';
        const next = units[index + 1];
        const title = inline || (next && !next.marker && !next.minute && looksLikeTitle(next.text, false) ? next.text : '');
        if (title) {
          add(agenda[1], title, index);
          if (!inline) {
            // The title line belongs to the item it names.
            itemOf.push(current);
            index += 1;
          }
        }
      } else if (unit.numberOnly !== undefined) {
        const title = unit.text || (units[index + 1]?.text ?? '');
        const titled = unit.text ? unit : units[index + 1];
        if (titled && (titled === unit || !titled.marker) && looksLikeTitle(cleanTitle(title), false)) {
          add(unit.numberOnly, title, index);
          if (!unit.text) {
            itemOf.push(current);
            index += 1;
          }
        }
      } else if (unit.minute?.includes('/') && looksLikeTitle(cleanTitle(unit.text.replace(/^\d{1,2}[.)]\s+/, '')), false)) {
        // "C052/23 5. TO RECEIVE THE MINUTES.": the agenda's own number after the minute's goes.
        add(unit.minute, unit.text.replace(/^\d{1,2}[.)]\s+/, ''), index);
      } else if (unit.marker?.kind === 'decimal' && unit.marker.form !== 'paren' && looksLikeTitle(cleanTitle(unit.text), true)) {
        add(unit.marker.label, unit.text, index);
      } else if (!unit.marker && !unit.minute) {
        const heading = NUMBERED_HEADING.exec(unit.text);
        if (heading?.[1] && heading[2] && /^(?:item|minute|min|\d{1,4}[A-Za-z]?\s)/i.test(unit.text) && looksLikeTitle(cleanTitle(heading[2]), true))
          add(heading[1], heading[2], index);
      }
    }
    // Minute numbers ("39.1") name the item when its heading gave no number.
    const pending = items[pendingRef];
    if (pending && pending.synthetic && unit.minute && !unit.minute.includes('/')) {
      const ref = unit.minute.split('.')[0] ?? '';
      if (ref && !items.some((item) => item.ref === ref)) {
        pending.ref = ref;
        pending.synthetic = false;
      }
      pendingRef = -1;
    }
    itemOf.push(current);
  }
  if (items.length === 0) {
    // Numbered paragraphs without any heading ("39.1", "39.2"): one item, untitled.
    const first = units.find((unit) => unit.minute && !unit.minute.includes('/'));
    const ref = first?.minute?.split('.')[0];
    if (ref) items.push({ ref, title: '', synthetic: false, unit: first.index });
  }
  let counter = 0;
  for (const item of items) {
    counter += 1;
    if (!item.ref) item.ref = String(counter);
  }
  return { items, itemOf };
}

/** The words a meeting body's name ends with, in the cases minutes write them (names are matched case-sensitively). */
const BODY = String.raw`(?:[Ss]ub[- ][Cc]ommittee|SUB[- ]COMMITTEE|[Cc]ommittee|COMMITTEE|[Pp]anel|PANEL|[Bb]oard|BOARD|[Cc]abinet|CABINET|[Ff]orum|FORUM|[Cc]ommission|COMMISSION|[Ee]xecutive|EXECUTIVE|[Pp]artnership|PARTNERSHIP|[Gg]roup|GROUP|[Cc]ouncil|COUNCIL)`;
const NAME_WORD = String.raw`(?:[A-Z][\w'’&.-]*|and|of|for|the|on|in|with|&|[-–])`;
/** A name at the start of the text: capitalised words (and little joining words) up to the body word. */
const NAME_START = new RegExp(String.raw`^([A-Z][\w'’&.-]*(?:,?\s+${NAME_WORD}){0,14},?\s+${BODY})(?![\w-])\s*(.*)$`);
const MINUTES_OF = /^(?:(?:draft|confirmed|unconfirmed)\s+)?minutes\s+of\s+(?:(?:a|an|the)\s+(?:\w+\s+)?meeting\s+of\s+)?(?:the\s+)?/i;
const MEETING_OF = /^(?:(?:a|an|the)\s+)?(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?/i;
const MEETING_LINE = /^meeting\s*:\s*(.{6,40}?)\s*[-–—]\s*/i;
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:date(?:\s+of\s+meeting)?|meeting\s+date|minutes|notes|meeting)\s*[:\-–—]?\s*|held\s+on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES})\.?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:${MONTH_NAMES})\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:[,\s]+(?:at|from|commencing at|starting at)?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?.*)?$`,
  'i',
);
const HELD_ON = /^(?:(?:draft|confirmed|unconfirmed)\s+)?(?:minutes|notes|record)\s+of\s+(?:the|a)\s+meeting\s+held\s+(?:on\s+)?(.*)$/i;
const DATE_LABEL = /^(?:date(?:\s+of\s+meeting)?|meeting\s+date)\s*:\s*(.*)$/i;

/** A committee's name at the start of a heading line, with what follows it, and whether the line announces minutes. */
function nameIn(text: string): { name: string; rest: string; announced: boolean } | undefined {
  let rest = text;
  let announced = false;
  let before = '';
  const meeting = MEETING_LINE.exec(rest);
  if (meeting) {
    before = meeting[1] ?? '';
    rest = rest.slice(meeting[0].length);
    announced = true;
  } else {
    const minutes = MINUTES_OF.exec(rest) ?? MEETING_OF.exec(rest);
    if (minutes && minutes[0].length > 0) {
      rest = rest.slice(minutes[0].length);
      announced = true;
    }
  }
  const found = NAME_START.exec(rest.replace(/^the\s+/i, ''));
  if (!found?.[1]) return undefined;
  return { name: found[1], rest: `${before} ${found[2] ?? ''}`.trim(), announced };
}

function validName(name: string): string | undefined {
  const cleaned = squash(name.replace(/^the\s+/i, '').replace(/[,\s]+$/, ''));
  const words = cleaned.split(/\s+/);
  if (words.length < 2 || cleaned.length > 120) return undefined;
  if (/^(?:to|dear|all|each|every|this|that|these|a|an|members|any|which|whose|other|our|its|their)\b/i.test(cleaned)) return undefined;
  return cleaned;
}

/** The committee's name and the meeting date from the first paragraphs; null when the minutes do not say. */
export function findHeader(units: readonly Unit[], titles: ReadonlySet<number>): { committee: string | null; meetingDate: string | null } {
  let committee: { name: string; rank: number; date: string | null } | undefined;
  let labelledDate: string | null = null;
  let lineDate: string | null = null;
  for (const unit of units.slice(0, 40)) {
    if (unit.marker || titles.has(unit.index)) continue;
    const text = unit.text;
    if (text.length > 260) continue;
    if (/^(?:resolved|agreed|it was|the committee|members)\b/i.test(text)) break;
    if (unit.minute && !unit.minute.includes('/')) break;
    const found = nameIn(text);
    if (found) {
      const valid = validName(found.name);
      // A bare name, or one followed by its date, time or "held": not a sentence about the committee.
      const headingLike =
        found.announced ||
        !found.rest ||
        /^\(.*\)$/.test(found.rest) ||
        findFullDate(found.rest) !== undefined ||
        /^(?:[-–—,:|]|held\b|meeting\b)/i.test(found.rest);
      // The council's own name ("Northmoor County Council") heads many minutes: a committee's name wins over it.
      const rank = /\bcouncil$/i.test(found.name) ? (found.announced ? 1 : 0) : 2;
      if (valid && headingLike && (!committee || rank > committee.rank)) committee = { name: valid, rank, date: findFullDate(found.rest)?.iso ?? null };
    }
    const held = HELD_ON.exec(text) ?? DATE_LABEL.exec(text);
    if (held?.[1] && labelledDate === null) labelledDate = findFullDate(held[1])?.iso ?? null;
    if (DATE_LINE.test(text) && lineDate === null) lineDate = findFullDate(text)?.iso ?? null;
  }
  return { committee: committee?.name ?? null, meetingDate: committee?.date ?? labelledDate ?? lineDate };
}
