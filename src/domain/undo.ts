import type { Action, ActionStatus, ActionUpdate, FieldChange } from './model';
import { howLongAgo, nameOf, refuse, undoneIds, type ApplyResult, type ChangeContext } from './changes';

/** How long after a change its maker may take it back with one press. */
export const UNDO_MINUTES = 15;

export type UndoRequest = Readonly<{
  /** Identifies this press, so a second delivery of it changes nothing. */
  requestId: string;
  /** The history entry to take back. */
  updateId: string;
}>;

function fieldsOf(update: ActionUpdate): Set<FieldChange['field']> {
  const fields = new Set((update.changes ?? []).map((change) => change.field));
  if (update.status !== undefined) fields.add('status');
  return fields;
}

const FIELD_WORDS: Record<FieldChange['field'], string> = { status: 'status', due: 'due date', owner: 'owner', verified: 'verification', closed: 'closure' };

/**
 * Takes back one entry of an action's history, or says why not. Only its maker may, only for
 * UNDO_MINUTES, and only while nobody has changed the same fields since: an undo never
 * overwrites someone else's change. The entry stays in the history, marked as taken back.
 */
export function applyUndo(action: Action, request: UndoRequest, context: ChangeContext): ApplyResult {
  if (action.updates.some((update) => update.id === request.requestId)) return { kind: 'duplicate', action };
  const index = action.updates.findIndex((update) => update.id === request.updateId);
  const target = action.updates[index];
  if (!target || target.undoes) return refuse('INVALID_INPUT', `I can't find that change in ${action.ref}'s history, so nothing was changed.`);
  const { actor, people } = context;
  if (!actor || actor.id !== target.by)
    return refuse('FORBIDDEN', `Only ${nameOf(people, target.by)}, who made this change, can undo it. Nothing was changed.`);
  if (undoneIds(action).has(request.updateId)) return refuse('STALE', `That change to ${action.ref} was already undone. Nothing more was changed.`);
  const minutes = (Date.parse(context.now) - Date.parse(target.at)) / 60_000;
  if (minutes > UNDO_MINUTES)
    return refuse(
      'STALE',
      `Undo lasts ${UNDO_MINUTES} minutes, and this change was made ${howLongAgo(target.at, context.now)}. Nothing was changed: update ${action.ref} from its card to change it back.`,
    );
  const fields = fieldsOf(target);
  const later = action.updates.slice(index + 1).find((update) => [...fieldsOf(update)].some((field) => fields.has(field)));
  if (later) {
    const field = [...fieldsOf(later)].find((candidate) => fields.has(candidate)) ?? 'status';
    return refuse(
      'CONFLICT',
      `${nameOf(people, later.by)} changed the ${FIELD_WORDS[field]} of ${action.ref} ${howLongAgo(later.at, context.now)}, after your change, so undoing it would overwrite theirs. Nothing was changed.`,
    );
  }

  const changes = target.changes ?? [];
  if (changes.some((change) => change.field === 'closed'))
    return refuse(
      'INVALID_INPUT',
      `A closing or reopening of ${action.ref} is the committee's decision: record it again rather than undo it. Nothing was changed.`,
    );
  if (target.status !== undefined && !changes.some((change) => change.field === 'status'))
    return refuse('INVALID_INPUT', `That change to ${action.ref} was recorded without its earlier status, so it can't be undone. Nothing was changed.`);
  const reversed: FieldChange[] = changes.map((change) => ({ field: change.field, from: change.to, to: change.from }));
  const back = (field: 'status' | 'due' | 'owner'): string | undefined => changes.find((change) => change.field === field)?.from ?? undefined;
  const status = (back('status') as ActionStatus | undefined) ?? action.status;
  const statusMoved = changes.some((change) => change.field === 'status');
  const unverified = changes.some((change) => change.field === 'verified') && !statusMoved;
  const completion = statusMoved
    ? target.completionBefore
    : unverified && action.completion
      ? { by: action.completion.by, at: action.completion.at }
      : action.completion;

  const update: ActionUpdate = {
    id: request.requestId,
    at: context.now,
    by: actor.id,
    undoes: request.updateId,
    ...(statusMoved ? { status } : {}),
    ...(reversed.length > 0 ? { changes: reversed } : {}),
  };
  const updated: Action = {
    ...action,
    status,
    due: back('due') ?? action.due,
    owner: back('owner') ?? action.owner,
    updates: [...action.updates, update],
    ...(completion ? { completion } : {}),
  };
  if (!completion) delete (updated as { completion?: unknown }).completion;
  return { kind: 'applied', action: updated, update };
}

/** Whether this viewer may still take back this entry now (the card offers Undo only then). */
export function canUndo(action: Action, updateId: string, context: ChangeContext): boolean {
  return applyUndo(action, { requestId: `offer:${updateId}`, updateId }, context).kind === 'applied';
}
