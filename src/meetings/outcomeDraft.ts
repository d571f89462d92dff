import { z } from 'zod';
import type { Committee, PlanFacts } from '../domain/model';
import type { IsoDate } from '../domain/dates';
import { findDatePhrases } from '../ask/datePhrases';
import { normaliseText, stemWord } from '../ask/normalise';
import { containedShare } from '../minutes/words';
import type { MinutesOutcome } from '../minutes/outcome';
import { matchOwner, suggestArea } from '../minutes/matchOwner';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One action the minutes propose, with the owner, due date and area the clerk can change. */
export const ProposalSchema = z.object({
  text: z.string(),
  ownerPhrase: z.string().nullable(),
  ownerId: z.string().optional(),
  duePhrase: z.string().nullable(),
  due: isoDate.optional(),
  area: z.number().int().positive().optional(),
  minute: z.string().optional(),
  /** An action of the recorded meeting already says this. */
  alreadyRecordedAs: z.string().optional(),
  /** An action from another recorded meeting of the committee, on the same item, says much the same. */
  looksLike: z.object({ ref: z.string(), meetingDate: isoDate.optional() }).optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

/** What a clerk has pasted, read and matched, waiting for them to confirm. Kept in Cosmos. */
export const OutcomeDraftSchema = z.object({
  id: z.string(),
  planId: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  committeeId: z.string(),
  committeeName: z.string(),
  meetingDate: isoDate.optional(),
  items: z.array(z.object({ ref: z.string(), title: z.string() })),
  resolutions: z.array(z.object({ ref: z.string(), text: z.string() })),
  proposals: z.array(ProposalSchema),
  existingMeetingId: z.string().optional(),
  /** Where the draft was made, so its confirmation can be answered there. */
  source: z.enum(['pasted', 'meeting_chat']),
  confirmedAt: z.string().optional(),
});
export type OutcomeDraft = z.infer<typeof OutcomeDraftSchema>;

export type PlanContext = PlanFacts & Readonly<{ planId: string; committees: readonly Committee[]; today: IsoDate }>;

const words = (text: string): Set<string> => new Set((normaliseText(text).match(/[a-z0-9]{3,}/g) ?? []).map(stemWord));

function sameWords(a: string, b: string): boolean {
  const left = [...words(a)].sort().join(' ');
  return left !== '' && left === [...words(b)].sort().join(' ');
}

/** Share of the shorter text's words found in the other: enough to spot the same action reworded. */
function overlap(a: string, b: string): number {
  return containedShare(words(a), words(b));
}

/** Words shared with an action of the same item, or far more shared with any of the committee's. */
const SAME_ITEM_OVERLAP = 0.6;
const ANY_ITEM_OVERLAP = 0.8;

/**
 * Actions the tracker already holds from the committee's other meetings that a pasted action
 * repeats (minutes pasted under another date, or an item carried forward): matched by the
 * meeting item and the minute number or the words, each held action to at most one pasted
 * action, best first.
 */
function similarHeldActions(
  outcome: MinutesOutcome,
  minutes: readonly (string | undefined)[],
  committeeId: string,
  sameMeetingId: string | undefined,
  context: PlanContext,
): Map<number, { ref: string; meetingDate?: IsoDate }> {
  const meetings = context.meetings.filter((meeting) => meeting.committee === committeeId && meeting.id !== sameMeetingId);
  const itemWords = outcome.items.map((item) => ({ ref: item.ref, title: item.title }));
  const sameItem = (meetingId: string): boolean => {
    const meeting = meetings.find((candidate) => candidate.id === meetingId);
    // Item titles share their programme's name ("Children First Improvement Update - …"): only the whole title counts.
    return Boolean(meeting?.items.some((held) => itemWords.some((item) => item.ref === held.ref || sameWords(item.title, held.title))));
  };
  const pairs = outcome.actions.flatMap((action, index) =>
    context.actions.flatMap((held) => {
      const source = held.source;
      if (source.kind !== 'meeting' || !meetings.some((meeting) => meeting.id === source.meeting)) return [];
      const meetingId = source.meeting;
      const onItem = sameItem(meetingId);
      // The same minutes pasted again carry the same minute numbers: that counts for a lot, not all.
      const sameMinute = onItem && minutes[index] !== undefined && minutes[index] === source.minute;
      const score = overlap(held.title, action.text) + (sameMinute ? 0.5 : 0);
      const needed = onItem ? SAME_ITEM_OVERLAP : ANY_ITEM_OVERLAP;
      return score >= needed ? [{ index, held, score, meetingDate: meetings.find((meeting) => meeting.id === meetingId)?.date }] : [];
    }),
  );
  const found = new Map<number, { ref: string; meetingDate?: IsoDate }>();
  const used = new Set<string>();
  for (const pair of pairs.sort((a, b) => b.score - a.score)) {
    if (found.has(pair.index) || used.has(pair.held.id)) continue;
    used.add(pair.held.id);
    found.set(pair.index, { ref: pair.held.ref, ...(pair.meetingDate ? { meetingDate: pair.meetingDate } : {}) });
  }
  return found;
}

/** The committee the minutes name, else the plan's own (most plans report to one committee). */
export function committeeFor(name: string | null, committees: readonly Committee[]): { id: string; name: string } {
  const wanted = name
    ? normaliseText(name)
        .replace(/[^a-z]+/g, ' ')
        .trim()
    : '';
  const found = committees.find((committee) => {
    const known = normaliseText(committee.name)
      .replace(/[^a-z]+/g, ' ')
      .trim();
    return wanted !== '' && (known === wanted || known.includes(wanted) || wanted.includes(known));
  });
  if (found) return { id: found.id, name: found.name };
  const first = committees[0];
  if (!name && first) return { id: first.id, name: first.name };
  const slug =
    (name ?? 'committee')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'committee';
  return { id: slug, name: name ?? 'Committee' };
}

/** A due phrase as a date: "Summer 2022" is its last day, "31 March" the next 31 March after the meeting. */
export function dueDateOf(phrase: string | null, meetingDate: IsoDate): IsoDate | undefined {
  if (!phrase) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(phrase)) return phrase;
  const found = findDatePhrases(normaliseText(phrase), meetingDate, 'future')[0];
  return found ? (found.range.to ?? found.span.to) : undefined;
}

/**
 * Turns parsed minutes into a draft for the clerk: owners matched to people, areas suggested,
 * due phrases read as dates, and the meeting recognised if it is already recorded (same
 * committee, date and item ref), with the actions it already has marked.
 */
export function draftFromMinutes(
  outcome: MinutesOutcome,
  context: PlanContext,
  meta: { id: string; createdBy: string; createdAt: string; source: OutcomeDraft['source'] },
): OutcomeDraft {
  const committee = committeeFor(outcome.committee, context.committees);
  const itemRefs = new Set(outcome.items.map((item) => item.ref));
  // A meeting is its committee, date and item; pasted items often lack the date, and then the item ref decides.
  const existing = context.meetings.find(
    (meeting) =>
      meeting.committee === committee.id &&
      (outcome.meetingDate
        ? meeting.date === outcome.meetingDate && (itemRefs.size === 0 || meeting.items.some((item) => itemRefs.has(item.ref)))
        : itemRefs.size > 0 && meeting.items.some((item) => itemRefs.has(item.ref))),
  );
  const meetingDate = outcome.meetingDate ?? existing?.date;
  const recorded = existing ? context.actions.filter((action) => action.source.kind === 'meeting' && action.source.meeting === existing.id) : [];
  // An action that comes from a resolution carries that resolution's ref, as recorded actions do.
  const minutes = outcome.actions.map((action) => {
    const closest = outcome.resolutions
      .map((resolution) => ({ ref: resolution.ref, score: overlap(resolution.text, action.text) }))
      .sort((a, b) => b.score - a.score)[0];
    return closest && closest.score >= 0.6 ? closest.ref : undefined;
  });
  const similar = similarHeldActions(outcome, minutes, committee.id, existing?.id, context);
  const proposals: Proposal[] = outcome.actions.map((action, index): Proposal => {
    const owner = action.owner ? matchOwner(action.owner, context.people) : undefined;
    const minute = minutes[index];
    const same =
      recorded.find((candidate) => minute !== undefined && candidate.source.kind === 'meeting' && candidate.source.minute === minute) ??
      recorded.find((candidate) => overlap(candidate.title, action.text) >= 0.6);
    const due = dueDateOf(action.due, meetingDate ?? context.today);
    const area = same?.area ?? suggestArea(action.text, context.areas);
    return {
      text: action.text,
      ownerPhrase: action.owner,
      ...(owner ? { ownerId: owner.id } : {}),
      duePhrase: action.due,
      // A due date before the meeting is a misreading (or a typo in the minutes): the clerk chooses.
      ...(due && due >= (meetingDate ?? context.today) ? { due } : {}),
      ...(area !== undefined ? { area } : {}),
      ...(minute ? { minute } : {}),
      ...(same ? { alreadyRecordedAs: same.ref } : {}),
      ...(!same && similar.get(index) ? { looksLike: similar.get(index) } : {}),
    };
  });
  return {
    id: meta.id,
    planId: context.planId,
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
    committeeId: committee.id,
    committeeName: committee.name,
    ...(meetingDate ? { meetingDate } : {}),
    items: outcome.items,
    resolutions: outcome.resolutions,
    proposals,
    ...(existing ? { existingMeetingId: existing.id } : {}),
    source: meta.source,
  };
}
