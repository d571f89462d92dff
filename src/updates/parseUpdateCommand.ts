import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { ActionStatus, Person } from '../domain/model';
import type { IsoDate } from '../domain/dates';
import { ActionStatusSchema } from '../domain/model';
import { STATUS_NAMES } from '../domain/statusWords';

/** A change asked for in words: "mark 7.2 complete", "move 7.2 to 30 April because ...". */
export const UpdateCommandSchema = z.object({
  ref: z.string().regex(/^\d{1,2}\.\d{1,2}$/),
  status: ActionStatusSchema.optional(),
  note: z.string().optional(),
  due: z.string().optional(),
  reason: z.string().optional(),
  owner: z.string().optional(),
  verify: z.boolean().optional(),
  /** Marking complete: the evidence, or why there is none yet ("evidence: ...", "no evidence yet because ..."). */
  evidence: z.string().optional(),
  noEvidenceReason: z.string().optional(),
  /** The latest figure for the measure ("record 10.2 figure 12% as of 31 January"). */
  figure: z.object({ value: z.number(), asOf: z.string() }).optional(),
  /** Reopen an action the committee closed, with why ('' when no reason was given). */
  reopen: z.string().optional(),
  /** Words that should have named a date or a person but didn't. */
  problem: z.enum(['unreadable_date', 'unknown_person', 'ambiguous_person']).optional(),
  problemText: z.string().optional(),
});
export type UpdateCommand = z.infer<typeof UpdateCommandSchema>;

const REF = String.raw`(?:action\s+|no\.?\s*)?(\d{1,2}\.\d{1,2})`;
// Longest first, so "not started" is read before "started".
const STATUS_PHRASES = (Object.entries(STATUS_NAMES) as Array<[ActionStatus, readonly string[]]>)
  .flatMap(([status, phrases]) => phrases.map((phrase) => ({ phrase, status })))
  .sort((a, b) => b.phrase.length - a.phrase.length);
const STATUS_PATTERN = String.raw`(${STATUS_PHRASES.map(({ phrase }) => phrase.replace(/ /g, String.raw`\s+`)).join('|')})`;
/** What may join a status or date to the rest: "- waiting on...", "because ...", ": ...". */
const JOIN = String.raw`(?:\s*[-–—:;,.]\s*|\s+(?:because|as|since|due to|reason:?|with the note|note:?)\s+|\s*$)`;
/** A request may be asked politely ("can you mark 7.2 as finished?"): the question mark is courtesy, not doubt. */
const ASKED_JOIN = String.raw`(?:\s*[?!]+\s*|${JOIN})`;

function statusOf(word: string): ActionStatus | undefined {
  const said = word.trim().toLowerCase().replace(/\s+/g, ' ');
  return STATUS_PHRASES.find(({ phrase }) => phrase === said)?.status;
}

function clean(text: string | undefined): string | undefined {
  const trimmed = text
    ?.trim()
    .replace(/^[-–—:;,.\s]+/, '')
    .trim();
  return trimmed ? trimmed : undefined;
}

/** "mark 7.2 complete - evidence: the June audit", "… no evidence yet because the audit is in March": the evidence out of the note. */
function withEvidence(command: UpdateCommand): UpdateCommand {
  if (command.status !== 'complete' || !command.note) return command;
  const none = /(?:^|[\s,;.–—-])(?:but\s+)?no evidence(?:\s+yet)?(?:\s+because|\s+as|\s*[:–—-])\s*(.+)$/i.exec(command.note);
  if (none?.[1]) return { ...command, noEvidenceReason: clean(none[1]), note: clean(command.note.slice(0, none.index).replace(/[;,.\s–—-]+$/, '')) };
  const given = /(?:^|[\s,;.–—-])(?:the\s+)?evidence(?:\s+is|\s+being|\s*[:–—-])\s*(.+)$/i.exec(command.note);
  if (given?.[1]) return { ...command, evidence: clean(given[1]), note: clean(command.note.slice(0, given.index).replace(/[;,.\s–—-]+$/, '')) };
  return command;
}

/** A day-first date in words or numbers, looking forward from today ("30 April" is next 30 April). */
export function parseDueDate(text: string, today: IsoDate): IsoDate | undefined {
  const reference = { instant: DateTime.fromISO(today, { zone: 'utc' }).set({ hour: 12 }).toJSDate(), timezone: 'UTC' };
  const result = chrono.en.GB.parse(text, reference, { forwardDate: true })[0];
  if (!result || (!result.start.isCertain('day') && !result.start.isCertain('weekday'))) {
    if (!result?.start.isCertain('month')) return undefined;
    // "the end of April"
    const month = DateTime.utc(result.start.get('year') ?? 0, result.start.get('month') ?? 1, 1);
    return month.endOf('month').toISODate() ?? undefined;
  }
  return DateTime.utc(result.start.get('year') ?? 0, result.start.get('month') ?? 1, result.start.get('day') ?? 1).toISODate() ?? undefined;
}

/** A day a figure is for, looking back from today ("31 January" is the last 31 January). */
export function parsePastDate(text: string, today: IsoDate): IsoDate | undefined {
  if (/^(?:today|now)$/i.test(text.trim())) return today;
  const reference = { instant: DateTime.fromISO(today, { zone: 'utc' }).set({ hour: 12 }).toJSDate(), timezone: 'UTC' };
  const result = chrono.en.GB.parse(text, reference, { forwardDate: false })[0];
  if (!result || !result.start.isCertain('day')) return undefined;
  let day = DateTime.utc(result.start.get('year') ?? 0, result.start.get('month') ?? 1, result.start.get('day') ?? 1);
  if (!result.start.isCertain('year') && (day.toISODate() ?? '') > today) day = day.minus({ years: 1 });
  return day.toISODate() ?? undefined;
}

export type PersonResolver = (phrase: string) => { kind: 'one'; person: Person } | { kind: 'many' } | { kind: 'none' };

/**
 * Recognises an update said in words. Returns undefined for anything that isn't one, so the
 * message is answered as a question instead. Notes keep the person's own wording.
 */
export function parseUpdateCommand(text: string, today: IsoDate, resolvePerson: PersonResolver): UpdateCommand | undefined {
  const input = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:please|pls|can you|could you|would you|will you)\s+)+/i, '');

  let match = new RegExp(String.raw`^(?:mark|set|make|flag)\s+${REF}\s+(?:as\s+|to\s+)?${STATUS_PATTERN}\b${ASKED_JOIN}(.*)$`, 'i').exec(input);
  if (match) return withEvidence({ ref: match[1] ?? '', status: statusOf(match[2] ?? ''), note: clean(match[3]) });

  match = new RegExp(String.raw`^${REF}\s+(?:is|has been|was|now|is now)\s+(?:now\s+)?${STATUS_PATTERN}\b${JOIN}(.*)$`, 'i').exec(input);
  if (match) return withEvidence({ ref: match[1] ?? '', status: statusOf(match[2] ?? ''), note: clean(match[3]) });

  match =
    new RegExp(
      String.raw`^(?:record|log|set|update)\s+(?:the\s+)?(?:latest\s+)?(?:figure|measure)\s+(?:for|on|of)\s+${REF}\s+(?:as|at|to|is|=|:)?\s*(\d{1,6}(?:\.\d{1,3})?)\s*(?:%|per\s?cent|days|working days)?(?:\s+(?:as of|as at|on|for|at)\s+(.+?))?\s*[.!]?$`,
      'i',
    ).exec(input) ??
    new RegExp(
      String.raw`^(?:record|log)?\s*${REF}(?:'s)?\s+(?:latest\s+)?(?:figure|measure)\s*(?:is|was|:|=|at)?\s*(\d{1,6}(?:\.\d{1,3})?)\s*(?:%|per\s?cent|days|working days)?(?:\s+(?:as of|as at|on|for|at)\s+(.+?))?\s*[.!]?$`,
      'i',
    ).exec(input);
  if (match) {
    const asOf = match[3] ? parsePastDate(match[3], today) : today;
    if (!asOf) return { ref: match[1] ?? '', problem: 'unreadable_date', problemText: match[3] ?? '' };
    return { ref: match[1] ?? '', figure: { value: Number(match[2]), asOf } };
  }

  match = new RegExp(String.raw`^(?:re-?open)\s+${REF}\b(?:\s*[-–—:;,.]\s*|\s+(?:because|as|since|due to|reason:?)\s+|\s*$)(.*)$`, 'i').exec(input);
  if (match) return { ref: match[1] ?? '', reopen: clean(match[2]) ?? '' };

  match = new RegExp(String.raw`^(?:verify|sign off|signoff|confirm)\s+${REF}(?:\s+(?:as\s+)?(?:complete|done))?\s*[.!?]?$`, 'i').exec(input);
  if (match) return { ref: match[1] ?? '', verify: true };

  match = new RegExp(
    String.raw`^(?:move|change|push back|push|put back|bring forward|extend|reschedule|delay|defer)\s+(?:the\s+due\s+date\s+(?:of|for)\s+)?${REF}(?:'s\s+due\s+date)?\s+(?:to|until|till|til)\s+(.+?)(?:\s*[-–—,;]\s*|\s+)(?:because|as|since|due to|reason:?)\s+(.+)$`,
    'i',
  ).exec(input);
  const moveWithoutReason = match
    ? undefined
    : new RegExp(
        String.raw`^(?:move|change|push back|push|put back|bring forward|extend|reschedule|delay|defer)\s+(?:the\s+due\s+date\s+(?:of|for)\s+)?${REF}(?:'s\s+due\s+date)?\s+(?:to|until|till|til)\s+(.+)$`,
        'i',
      ).exec(input);
  const move = match ?? moveWithoutReason;
  if (move) {
    const due = parseDueDate(move[2] ?? '', today);
    if (!due) return { ref: move[1] ?? '', problem: 'unreadable_date', problemText: move[2] ?? '' };
    return { ref: move[1] ?? '', due, reason: clean(move[3]) };
  }

  match = new RegExp(
    String.raw`^(?:add\s+(?:a\s+)?(?:note|comment|update|progress note)\s+(?:to|on|for)|note\s+(?:on|for|to)|update\s+(?:on|for)?|comment\s+(?:on|for)?)\s*${REF}\s*(?:[-–—:;,.]\s*|\s+)(.+)$`,
    'i',
  ).exec(input);
  if (match) return { ref: match[1] ?? '', note: clean(match[2]) };

  match = new RegExp(String.raw`^(?:reassign|re-assign|transfer|hand over|handover|give|pass)\s+${REF}\s+to\s+(.+?)\s*[.!?]?$`, 'i').exec(input);
  if (match) {
    const phrase = match[2] ?? '';
    const resolved = resolvePerson(phrase);
    if (resolved.kind === 'one') return { ref: match[1] ?? '', owner: resolved.person.id };
    return { ref: match[1] ?? '', problem: resolved.kind === 'many' ? 'ambiguous_person' : 'unknown_person', problemText: phrase };
  }
  return undefined;
}
