import type { Action, ActionStatus, ActionUpdate, Area, FieldChange, Person } from './model';
import { canUpdateAction, hasRole, STATUS_LABELS } from './rules';
import { daysBetween, formatDate, isIsoDate, type IsoDate } from './dates';
import { findPersonalData } from './safeguarding';
import { targetOf } from './measure';

export const NOTE_MAX_LENGTH = 1000;
export const EVIDENCE_MAX_LENGTH = 500;
export const REASON_MAX_LENGTH = 500;

/** What a person asked to change, from a card or in words. Every field is optional but one. */
export type ChangeRequest = Readonly<{
  /** Identifies the request, so a second delivery of it changes nothing. */
  requestId: string;
  note?: string;
  status?: ActionStatus;
  due?: IsoDate;
  reason?: string;
  owner?: string;
  verify?: boolean;
  /** The note is not for publication: public reports leave it out. */
  confidential?: boolean;
  /** Marking complete: what shows it is done (a link, a document's name or a sentence), or why there is no evidence yet. */
  evidence?: string;
  noEvidenceReason?: string;
  /** The latest figure for the measure's target, and the day it is for. */
  figure?: Readonly<{ value: number; asOf: IsoDate }>;
  /** What the person's card showed: their field changes are judged against it, not the latest read. */
  basis?: Readonly<{ status: ActionStatus; due: IsoDate; owner: string }>;
}>;

export type RefusalCode = 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'STALE';
export type Refusal = Readonly<{ code: RefusalCode; message: string }>;

export type ApplyResult =
  /** `notice`: the person's card was out of date, though nothing they changed conflicted. */
  | Readonly<{ kind: 'applied'; action: Action; update: ActionUpdate; notice?: string }>
  | Readonly<{ kind: 'duplicate'; action: Action }>
  | Readonly<{ kind: 'refused'; refusal: Refusal }>;

export type ChangeContext = Readonly<{
  actor: Person | undefined;
  people: readonly Person[];
  areas: readonly Area[];
  today: IsoDate;
  /** ISO timestamp of the change. */
  now: string;
}>;

export const refuse = (code: RefusalCode, message: string): ApplyResult => ({ kind: 'refused', refusal: { code, message } });

export function nameOf(people: readonly Person[], id: string): string {
  return people.find((person) => person.id === id)?.name ?? id;
}

export function areaLeadOf(action: Pick<Action, 'area'>, areas: readonly Area[]): string | undefined {
  return areas.find((area) => area.number === action.area)?.lead;
}

/** The area lead, a manager or an admin may verify a completion (the owner alone may not). */
export function canVerify(person: Person | undefined, action: Pick<Action, 'area'>, areas: readonly Area[]): boolean {
  if (!person) return false;
  return hasRole(person, 'manager') || hasRole(person, 'admin') || areaLeadOf(action, areas) === person.id;
}

export function canReassign(person: Person | undefined): boolean {
  return hasRole(person, 'manager') || hasRole(person, 'admin');
}

export function isAwaitingVerification(action: Pick<Action, 'status' | 'completion'>): boolean {
  return action.status === 'complete' && action.completion !== undefined && action.completion.verifiedBy === undefined;
}

/** Who may update, in words: "Daniel Cross (the owner), Ruth Okafor (lead for area 7), a manager or an admin". */
export function whoMayUpdate(action: Action, people: readonly Person[], areas: readonly Area[]): string {
  const lead = areaLeadOf(action, areas);
  const parts = [`${nameOf(people, action.owner)} (the owner)`];
  if (lead && lead !== action.owner) parts.push(`${nameOf(people, lead)} (lead for area ${action.area})`);
  return `${parts.join(', ')}, a manager or an admin`;
}

/** "1 minute ago", "3 hours ago", "on 12 Jan 2022". */
export function howLongAgo(at: string, now: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(now) - Date.parse(at)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `on ${formatDate(at.slice(0, 10))}`;
}

function describeValue(field: FieldChange['field'], value: string | null, people: readonly Person[]): string {
  if (value === null) return 'nothing';
  if (field === 'status') return STATUS_LABELS[value as ActionStatus]?.toLowerCase() ?? value;
  if (field === 'due') return formatDate(value);
  if (field === 'owner') return nameOf(people, value);
  return value;
}

/** The ids of the entries that were taken back. */
export function undoneIds(action: Pick<Action, 'updates'>): ReadonlySet<string> {
  return new Set(action.updates.flatMap((update) => (update.undoes ? [update.undoes] : [])));
}

/** The entries that still stand: neither taken back nor an undo themselves. */
export function standingUpdates(action: Pick<Action, 'updates'>): ActionUpdate[] {
  const undone = undoneIds(action);
  return action.updates.filter((update) => !update.undoes && !(update.id !== undefined && undone.has(update.id)));
}

/** The due date's history: how often it moved, and how late it now is against the first plan (undone moves and their undoing left out). */
export function slippage(action: Action): { moves: number; originalDue: IsoDate; daysLater: number } {
  const dueChanges = standingUpdates(action).flatMap((update) => (update.changes ?? []).filter((change) => change.field === 'due'));
  const originalDue = dueChanges[0]?.from ?? action.due;
  return { moves: dueChanges.length, originalDue, daysLater: daysBetween(originalDue, action.due) };
}

function checkText(text: string | undefined, what: string, max: number, currentYear: number, people: readonly Person[]): Refusal | undefined {
  if (text === undefined) return undefined;
  if (text.length > max)
    return {
      code: 'INVALID_INPUT',
      message: `The ${what} is ${text.length.toLocaleString('en-GB')} characters; the limit is ${max.toLocaleString('en-GB')}. Nothing was saved.`,
    };
  const finding = findPersonalData(text, currentYear, { staffNames: people.map((person) => person.name) });
  if (finding) {
    return {
      code: 'INVALID_INPUT',
      message: `Your ${what} looks like it contains ${finding.what}. The tracker is not a case record, so nothing was saved. Please describe progress without children's names, dates of birth or case numbers.`,
    };
  }
  return undefined;
}

/**
 * Applies a change request to an action, or says why not. Pure: the caller reads and writes.
 * Field changes are checked against what the person's card showed, so two people adding notes
 * at once both succeed, while two people setting the same field see each other's change.
 */
type Refused = Extract<ApplyResult, { kind: 'refused' }>;

/** Why this person may not make this change, if they may not (checked on the server, whatever the card showed). */
function permissionRefusal(action: Action, request: ChangeRequest, context: ChangeContext): Refused | undefined {
  const { actor, people, areas } = context;
  if (!actor) return refuse('FORBIDDEN', "You're not on the plan's people list, so you can't update actions. An administrator can add you.") as Refused;
  if (request.owner !== undefined && request.owner !== action.owner && !canReassign(actor)) {
    return refuse(
      'FORBIDDEN',
      `Only managers and admins can reassign actions. Nothing was changed; ${nameOf(people, action.owner)} still owns ${action.ref}.`,
    ) as Refused;
  }
  if (request.verify && !canVerify(actor, action, areas)) {
    const lead = areaLeadOf(action, areas);
    return refuse(
      'FORBIDDEN',
      `Only ${lead ? `${nameOf(people, lead)} (lead for area ${action.area}), ` : ''}a manager or an admin can verify that ${action.ref} is complete.`,
    ) as Refused;
  }
  if (!canUpdateAction(actor, action, areas)) {
    return refuse('FORBIDDEN', `Only ${whoMayUpdate(action, people, areas)} can update ${action.ref}. Nothing was changed.`) as Refused;
  }
  if (request.basis && request.basis.owner !== action.owner) {
    const reassignment = [...action.updates].reverse().find((update) => update.changes?.some((change) => change.field === 'owner'));
    return refuse(
      'STALE',
      `${action.ref} was reassigned to ${nameOf(people, action.owner)}${reassignment ? ` by ${nameOf(people, reassignment.by)} ${howLongAgo(reassignment.at, context.now)}` : ''} after this card was sent. Nothing was changed; here is the current card.`,
    ) as Refused;
  }
  return undefined;
}

/** The fields the request changes (status, due date with its reason, owner), or why it cannot. */
function fieldChanges(action: Action, request: ChangeRequest, context: ChangeContext, reason: string | undefined): FieldChange[] | Refused {
  // A field the card showed and the person left alone is not a change, even if it moved since.
  const wanted = <F extends 'status' | 'due'>(field: F, value: ChangeRequest[F]): ChangeRequest[F] =>
    value !== undefined && request.basis && request.basis[field] === value ? undefined : value;
  const wantedStatus = wanted('status', request.status);
  const wantedDue = wanted('due', request.due);
  const changes: FieldChange[] = [];
  if (wantedStatus !== undefined && wantedStatus !== action.status) changes.push({ field: 'status', from: action.status, to: wantedStatus });
  if (wantedDue !== undefined) {
    if (!isIsoDate(wantedDue)) return refuse('INVALID_INPUT', "I couldn't read the new due date. Please pick a date.") as Refused;
    if (wantedDue !== action.due) {
      if (wantedDue < context.today)
        return refuse('INVALID_INPUT', `The new due date, ${formatDate(wantedDue)}, is in the past. Nothing was saved.`) as Refused;
      if (!reason)
        return refuse(
          'INVALID_INPUT',
          `Please give a reason for moving the due date from ${formatDate(action.due)} to ${formatDate(wantedDue)}. Nothing was saved.`,
        ) as Refused;
      changes.push({ field: 'due', from: action.due, to: wantedDue });
    }
  }
  if (request.owner !== undefined && request.owner !== action.owner) {
    if (!context.people.some((person) => person.id === request.owner))
      return refuse('INVALID_INPUT', "That person isn't on the plan's people list.") as Refused;
    changes.push({ field: 'owner', from: action.owner, to: request.owner });
  }
  return changes;
}

/** Why completing needs evidence, with the area's own wording of the evidence it looks for. */
export function evidenceNeeded(action: Pick<Action, 'ref' | 'area'>, areas: readonly Area[]): string {
  const wording = areas.find((area) => area.number === action.area)?.evidence;
  return `To mark ${action.ref} complete, say what shows it is done (a link, a document's name or a sentence), or why there is no evidence yet.${wording ? ` The plan looks for: ${wording}` : ''} Nothing was saved.`;
}

/** Completion in two steps: marked complete (verified at once by whoever may verify), then verified. */
function completionAfter(
  action: Action,
  request: ChangeRequest,
  actor: Person,
  context: ChangeContext,
  changes: FieldChange[],
): Action['completion'] | Refused {
  let completion = action.completion;
  const statusChange = changes.find((change) => change.field === 'status');
  if (statusChange) {
    if (statusChange.to === 'complete') {
      const evidence = request.evidence?.trim() ? { evidence: request.evidence.trim() } : { noEvidenceReason: request.noEvidenceReason?.trim() ?? '' };
      completion = canVerify(actor, action, context.areas)
        ? { by: actor.id, at: context.now, verifiedBy: actor.id, verifiedAt: context.now, ...evidence }
        : { by: actor.id, at: context.now, ...evidence };
      if (completion.verifiedBy) changes.push({ field: 'verified', from: null, to: actor.id });
    } else {
      completion = undefined;
    }
  }
  if (request.verify) {
    if (!isAwaitingVerification(action)) return refuse('INVALID_INPUT', `${action.ref} isn't waiting for verification.`) as Refused;
    completion = { ...(action.completion ?? { by: action.owner, at: context.now }), verifiedBy: actor.id, verifiedAt: context.now };
    changes.push({ field: 'verified', from: null, to: actor.id });
  }
  return completion;
}

export function applyChange(action: Action, request: ChangeRequest, context: ChangeContext): ApplyResult {
  if (action.updates.some((update) => update.id === request.requestId)) return { kind: 'duplicate', action };
  const refused = permissionRefusal(action, request, context);
  if (refused) return refused;
  const { actor, people } = context;
  if (!actor) return refuse('FORBIDDEN', "You're not on the plan's people list, so you can't update actions. An administrator can add you.");

  const currentYear = Number(context.today.slice(0, 4));
  const note = request.note?.trim() || undefined;
  const reason = request.reason?.trim() || undefined;
  const textProblem = checkText(note, 'note', NOTE_MAX_LENGTH, currentYear, people) ?? checkText(reason, 'reason', REASON_MAX_LENGTH, currentYear, people);
  if (textProblem) return { kind: 'refused', refusal: textProblem };

  const changes = fieldChanges(action, request, context, reason);
  if (!Array.isArray(changes)) return changes;
  // Done means the evidence says so: completing asks for it, or for why there is none yet.
  if (changes.some((change) => change.field === 'status' && change.to === 'complete')) {
    const evidence = request.evidence?.trim();
    const why = request.noEvidenceReason?.trim();
    if (!evidence && !why) return refuse('INVALID_INPUT', evidenceNeeded(action, context.areas));
    const evidenceProblem =
      checkText(evidence, 'evidence', EVIDENCE_MAX_LENGTH, currentYear, people) ??
      checkText(why, 'reason for having no evidence', EVIDENCE_MAX_LENGTH, currentYear, people);
    if (evidenceProblem) return { kind: 'refused', refusal: evidenceProblem };
  }

  // Someone else changed a field this person is changing since their card was drawn.
  const outOfDate = request.basis ? staleFieldsOf(action, request.basis, people, context.now) : [];
  for (const change of changes) {
    const stale = outOfDate.find((field) => field.field === change.field);
    if (stale) {
      return refuse(
        'CONFLICT',
        `This card is out of date: ${stale.text}, after your card was drawn. Nothing of yours was saved yet: your note and changes are still on the card below. Check them and save again.`,
      );
    }
  }

  let figure: Action['figure'];
  let figureUnit: 'days' | '%' | undefined;
  if (request.figure) {
    const target = targetOf(action.measure);
    figureUnit = target?.unit;
    if (!target) return refuse('INVALID_INPUT', `${action.ref}'s measure states no target to record a figure against. Nothing was saved.`);
    if (!Number.isFinite(request.figure.value) || request.figure.value < 0 || request.figure.value > 1_000_000)
      return refuse('INVALID_INPUT', `I couldn't read that figure. Give a number, such as 12 for 12%. Nothing was saved.`);
    if (!isIsoDate(request.figure.asOf) || request.figure.asOf > context.today)
      return refuse('INVALID_INPUT', 'Give the date the figure is for: today or earlier. Nothing was saved.');
    figure = { value: request.figure.value, asOf: request.figure.asOf, by: actor.id, at: context.now };
  }

  const statusChange = changes.find((change) => change.field === 'status');
  const status = statusChange ? (statusChange.to as ActionStatus) : action.status;
  const completion = completionAfter(action, request, actor, context, changes);
  if (completion && 'kind' in completion) return completion;

  if (changes.length === 0 && !note && !figure) return refuse('INVALID_INPUT', "There's nothing to save: add a note or change the status or due date.");

  const update: ActionUpdate = {
    id: request.requestId,
    at: context.now,
    by: actor.id,
    ...(statusChange ? { status } : {}),
    ...(note ? { note } : {}),
    ...(note && request.confidential ? { confidential: true } : {}),
    ...(figure ? { figure: { value: figure.value, asOf: figure.asOf, ...(figureUnit ? { unit: figureUnit } : {}) } } : {}),
    ...(completion && statusChange?.to === 'complete' && completion.evidence ? { evidence: completion.evidence } : {}),
    ...(completion && statusChange?.to === 'complete' && completion.noEvidenceReason ? { noEvidenceReason: completion.noEvidenceReason } : {}),
    ...(changes.length > 0 ? { changes } : {}),
    ...(reason && changes.some((change) => change.field === 'due') ? { reason } : {}),
    ...(statusChange && action.completion && !completion ? { completionBefore: action.completion } : {}),
  };
  const dueChange = changes.find((change) => change.field === 'due');
  const ownerChange = changes.find((change) => change.field === 'owner');
  const updated: Action = {
    ...action,
    status,
    due: dueChange?.to ?? action.due,
    owner: ownerChange?.to ?? action.owner,
    updates: [...action.updates, update],
    ...(completion ? { completion } : {}),
    ...(figure ? { figure } : {}),
  };
  if (!completion) delete (updated as { completion?: unknown }).completion;
  const notice =
    outOfDate.length > 0
      ? `This card was out of date: ${outOfDate.map((field) => field.text).join('; ')}. Your note was added to the current action.`
      : undefined;
  return { kind: 'applied', action: updated, update, ...(notice ? { notice } : {}) };
}

type StaleField = Readonly<{ field: 'status' | 'due' | 'owner'; text: string }>;

/** The fields that changed since the person's card was drawn, each in words with who and when. */
function staleFieldsOf(action: Action, basis: NonNullable<ChangeRequest['basis']>, people: readonly Person[], now: string): StaleField[] {
  const fields = (['status', 'due', 'owner'] as const).filter((field) => basis[field] !== action[field]);
  return fields.map((field) => {
    const last = [...action.updates]
      .reverse()
      .find((update) => update.changes?.some((c) => c.field === field) || (field === 'status' && update.status !== undefined));
    const who = last ? nameOf(people, last.by) : 'someone';
    const when = last ? ` ${howLongAgo(last.at, now)}` : '';
    const label = field === 'due' ? 'due date' : field;
    return { field, text: `${who} set the ${label} to ${describeValue(field, action[field], people)}${when}` };
  });
}

/** One history entry in words: "Status: in progress → blocked. Due: 31 Dec 2021 → 30 Apr 2022 (release slipped)". */
export function describeUpdate(update: ActionUpdate, people: readonly Person[], options: { undone?: boolean } = {}): string {
  const parts: string[] = update.undoes ? ['Undid an earlier change.'] : [];
  const changes = update.changes ?? (update.status ? [{ field: 'status' as const, from: null, to: update.status }] : []);
  for (const change of changes) {
    if (change.field === 'verified') {
      parts.push(change.to === null ? 'Verification taken back.' : 'Verified complete.');
      continue;
    }
    if (change.field === 'closed') {
      parts.push(change.to === null ? `Reopened${update.reason ? ` (${update.reason})` : ''}.` : `Closed by the committee, ${change.to}.`);
      continue;
    }
    const label = change.field === 'due' ? 'Due date' : change.field === 'owner' ? 'Owner' : 'Status';
    const from = change.from === null ? '' : `${describeValue(change.field, change.from, people)} → `;
    parts.push(`${label}: ${from}${describeValue(change.field, change.to, people)}${change.field === 'due' && update.reason ? ` (${update.reason})` : ''}.`);
  }
  if (update.figure)
    parts.push(
      `Latest figure: ${update.figure.value}${update.figure.unit === '%' ? '%' : update.figure.unit === 'days' ? ' days' : ''} on ${formatDate(update.figure.asOf)}.`,
    );
  if (update.evidence) parts.push(`Evidence: ${update.evidence}.`);
  if (update.noEvidenceReason) parts.push(`No evidence yet: ${update.noEvidenceReason}.`);
  if (update.note) parts.push(update.confidential ? `${update.note} (Confidential: not in public reports.)` : update.note);
  if (options.undone) parts.push('(Undone.)');
  return parts.join(' ');
}
