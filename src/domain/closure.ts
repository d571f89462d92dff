import type { Action, ActionUpdate, FieldChange, Person } from './model';
import { isAwaitingVerification, nameOf, refuse, type ApplyResult, type ChangeContext } from './changes';
import { hasRole } from './rules';
import { findPersonalData } from './safeguarding';

/** Clerks and admins record what the committee decided: closing an action, or reopening it. */
export function canCloseActions(person: Person | undefined): boolean {
  return hasRole(person, 'clerk') || hasRole(person, 'admin');
}

/** Done, and verified (or recorded complete in the plan): the log proposes it for closure. */
export function isProposedForClosure(action: Pick<Action, 'status' | 'completion' | 'closed'>): boolean {
  return action.status === 'complete' && !isAwaitingVerification(action) && action.closed === undefined;
}

export type CloseRequest = Readonly<{
  requestId: string;
  /** The meeting that agreed it (an id), and how it reads: "meeting of 9 Feb 2022, minute 45.2". */
  meeting: string;
  label: string;
  minute?: string;
}>;

/** The committee agreed to close a completed action: it leaves the next log and keeps its history. */
export function applyClose(action: Action, request: CloseRequest, context: ChangeContext): ApplyResult {
  if (action.updates.some((update) => update.id === request.requestId)) return { kind: 'duplicate', action };
  if (!canCloseActions(context.actor))
    return refuse('FORBIDDEN', 'Only clerks and admins can record that the committee closed an action. Nothing was changed.');
  if (action.closed)
    return refuse(
      'STALE',
      `${action.ref} was already closed, ${action.closed.minute ? `at minute ${action.closed.minute}` : 'by the committee'}. Nothing more was changed.`,
    );
  if (!isProposedForClosure(action)) return refuse('INVALID_INPUT', `${action.ref} isn't complete and verified, so it can't be closed. Nothing was changed.`);
  const actor = context.actor as Person;
  const change: FieldChange = { field: 'closed', from: null, to: request.label };
  const update: ActionUpdate = { id: request.requestId, at: context.now, by: actor.id, changes: [change] };
  return {
    kind: 'applied',
    action: {
      ...action,
      closed: { meeting: request.meeting, ...(request.minute ? { minute: request.minute } : {}), by: actor.id, at: context.now },
      updates: [...action.updates, update],
    },
    update,
  };
}

/** Reopening a closed action, with a reason: back on the log, in progress again. */
export function applyReopen(action: Action, request: Readonly<{ requestId: string; reason: string }>, context: ChangeContext): ApplyResult {
  if (action.updates.some((update) => update.id === request.requestId)) return { kind: 'duplicate', action };
  if (!canCloseActions(context.actor)) return refuse('FORBIDDEN', 'Only clerks and admins can reopen an action the committee closed. Nothing was changed.');
  if (!action.closed) return refuse('INVALID_INPUT', `${action.ref} isn't closed, so there is nothing to reopen.`);
  const reason = request.reason.trim();
  if (!reason)
    return refuse(
      'INVALID_INPUT',
      `Please give a reason for reopening ${action.ref}, such as "reopen ${action.ref} because the audit found gaps". Nothing was changed.`,
    );
  if (reason.length > 500) return refuse('INVALID_INPUT', 'The reason is over 500 characters. Nothing was changed.');
  const finding = findPersonalData(reason, Number(context.today.slice(0, 4)), { staffNames: context.people.map((person) => person.name) });
  if (finding) return refuse('INVALID_INPUT', `Your reason looks like it contains ${finding.what}. The tracker is not a case record, so nothing was saved.`);
  const actor = context.actor as Person;
  const changes: FieldChange[] = [{ field: 'closed', from: nameOf(context.people, action.closed.by), to: null }];
  if (action.status === 'complete') changes.push({ field: 'status', from: 'complete', to: 'in_progress' });
  const update: ActionUpdate = {
    id: request.requestId,
    at: context.now,
    by: actor.id,
    changes,
    reason,
    ...(action.status === 'complete' ? { status: 'in_progress' as const, ...(action.completion ? { completionBefore: action.completion } : {}) } : {}),
  };
  const reopened: Action = { ...action, status: action.status === 'complete' ? 'in_progress' : action.status, updates: [...action.updates, update] };
  delete (reopened as { closed?: unknown }).closed;
  if (action.status === 'complete') delete (reopened as { completion?: unknown }).completion;
  return { kind: 'applied', action: reopened, update };
}
