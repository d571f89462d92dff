import type { Action, Meeting, Person } from '../domain/model';
import { formatDate, isIsoDate, type IsoDate } from '../domain/dates';
import { AppError } from '../errors';
import { findPersonalData, findPersonalDataIn } from '../domain/safeguarding';
import { MAX_SENTENCE } from '../minutes/clauses';
import type { PlanRepository, PlanView } from '../store/planRepository';
import type { OutcomeDraft } from './outcomeDraft';

/** The clerk's choices for one proposed action, from the preview card. */
export type ConfirmedRow = Readonly<{ include: boolean; text?: string; ownerId?: string; due?: string; area?: number }>;

/** An action's wording, as the clerk may have edited it on the preview. */
export const ACTION_TEXT_MAX_LENGTH = MAX_SENTENCE;

export type RecordResult =
  | Readonly<{ kind: 'recorded'; meeting: Meeting; created: Action[]; alreadyThere: number; updatedExisting: boolean }>
  | Readonly<{ kind: 'invalid'; problems: string[] }>;

/** A meeting is identified by its committee and date. */
export function meetingIdFor(committeeId: string, date: IsoDate): string {
  return `${committeeId}-${date}`;
}

function nextRef(area: number, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${area}.${n}`)) n += 1;
  const ref = `${area}.${n}`;
  taken.add(ref);
  return ref;
}

/**
 * Saves a confirmed outcome: the meeting (merged into the recorded one if it exists) and its
 * new actions. Action ids come from the meeting and the row, so confirming twice creates once.
 */
export async function recordOutcome(
  plans: PlanRepository,
  view: PlanView,
  input: Readonly<{ draft: OutcomeDraft; meetingDate: string; rows: readonly ConfirmedRow[]; actor: Person; now: string; today: IsoDate }>,
): Promise<RecordResult> {
  const { draft, rows } = input;
  const problems: string[] = [];
  if (!isIsoDate(input.meetingDate)) problems.push('Choose the date of the meeting.');
  const staffNames = view.people.map((person) => person.name);
  const kept = findPersonalDataIn(
    [
      ...draft.items.map((item) => ({ where: `Item ${item.ref}`, text: item.title })),
      ...draft.resolutions.map((resolution) => ({ where: `Resolution ${resolution.ref}`, text: resolution.text })),
    ],
    Number(input.today.slice(0, 4)),
    { staffNames },
  );
  if (kept) problems.push(`${kept.where} looks like it contains ${kept.what}; the tracker is not a case record, so post the minutes again without it.`);
  const chosen = draft.proposals.flatMap((proposal, index) => {
    const row = rows[index];
    if (!row?.include) return [];
    const label = `Action ${index + 1} ("${proposal.text.slice(0, 60)}${proposal.text.length > 60 ? '…' : ''}")`;
    const wording = row.text ?? proposal.text;
    if (wording.length > ACTION_TEXT_MAX_LENGTH) problems.push(`${label}: shorten the wording to ${ACTION_TEXT_MAX_LENGTH} characters.`);
    const personal = findPersonalData(wording, Number(input.today.slice(0, 4)), { staffNames });
    if (personal) problems.push(`${label}: the wording looks like it contains ${personal.what}; the tracker is not a case record, so take it out.`);
    if (!row.ownerId || !view.people.some((person) => person.id === row.ownerId)) problems.push(`${label}: choose an owner.`);
    if (!row.due || !isIsoDate(row.due)) problems.push(`${label}: choose a due date.`);
    if (row.area === undefined || !view.plan.areas.some((area) => area.number === row.area)) problems.push(`${label}: choose an area.`);
    return [{ proposal, row, index }];
  });
  if (problems.length > 0) return { kind: 'invalid', problems };

  const meetingId = draft.existingMeetingId ?? meetingIdFor(draft.committeeId, input.meetingDate);
  const recorded = view.meetings.find((meeting) => meeting.id === meetingId);
  const meeting: Meeting = recorded
    ? {
        ...recorded,
        items: [...recorded.items, ...draft.items.filter((item) => !recorded.items.some((known) => known.ref === item.ref))],
        resolutions: [
          ...recorded.resolutions,
          ...draft.resolutions.filter((resolution) => !recorded.resolutions.some((known) => known.ref === resolution.ref)),
        ],
      }
    : { id: meetingId, committee: draft.committeeId, date: input.meetingDate, title: draft.committeeName, items: draft.items, resolutions: draft.resolutions };
  await plans.upsert(view.plan.id, 'meeting', meeting);

  const taken = new Set(view.actions.map((action) => action.ref));
  const created: Action[] = [];
  let alreadyThere = 0;
  for (const { proposal, row, index } of chosen) {
    const id = `act-${meetingId}-${index + 1}`;
    if (view.actions.some((action) => action.id === id)) {
      alreadyThere += 1;
      continue;
    }
    const area = row.area ?? 0;
    const action: Action = {
      id,
      ref: nextRef(area, taken),
      area,
      title: row.text ?? proposal.text,
      owner: row.ownerId ?? '',
      due: row.due ?? input.today,
      status: 'not_started',
      source: { kind: 'meeting', meeting: meetingId, ...(proposal.minute ? { minute: proposal.minute } : {}) },
      updates: [
        {
          id: `recorded-${draft.id}-${index}`,
          at: input.now,
          by: input.actor.id,
          note: `Agreed at the ${draft.committeeName} meeting of ${formatDate(input.meetingDate)}.`,
        },
      ],
    };
    try {
      await plans.create(view.plan.id, 'action', action);
      created.push(action);
    } catch (error) {
      // Created by a confirmation that ran at the same moment.
      if (error instanceof AppError && error.code === 'CONFLICT') alreadyThere += 1;
      else throw error;
    }
  }
  return { kind: 'recorded', meeting, created, alreadyThere, updatedExisting: recorded !== undefined };
}
