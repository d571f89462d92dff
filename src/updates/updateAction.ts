import { setTimeout as sleep } from 'node:timers/promises';
import type { Action, ActionUpdate } from '../domain/model';
import { applyChange, type ApplyResult, type ChangeContext, type ChangeRequest, type Refusal } from '../domain/changes';
import { applyUndo, type UndoRequest } from '../domain/undo';
import { applyClose, applyReopen, type CloseRequest } from '../domain/closure';
import { AppError, appError } from '../errors';
import type { PlanRepository } from '../store/planRepository';

export type UpdateOutcome =
  /** `notice`: the card was out of date, though nothing the person changed conflicted. */
  | Readonly<{ kind: 'saved'; action: Action; update: ActionUpdate; notice?: string }>
  /** The same request arrived again (Teams retries): nothing changed the second time. */
  | Readonly<{ kind: 'duplicate'; action: Action }>
  | Readonly<{ kind: 'refused'; refusal: Refusal; action: Action }>
  | Readonly<{ kind: 'not_found' }>;

export const OUTCOME_UNKNOWN =
  "The database didn't answer in time, so I can't tell whether your change was saved. Open the action to check before trying again; pressing Save again on the same card never records it twice.";

/** Enough for fifty people saving one action in the same second. */
const MAX_ATTEMPTS = 120;

/**
 * Reads the action, applies the change and writes it back only if nobody wrote in between
 * (ETag); if somebody did, it reads again and re-applies, so concurrent notes are all kept.
 * Nothing is acknowledged until Cosmos has accepted the write.
 */
export function updateAction(plans: PlanRepository, planId: string, actionId: string, request: ChangeRequest, context: ChangeContext): Promise<UpdateOutcome> {
  return saveChange(plans, planId, actionId, (action) => applyChange(action, request, context));
}

/** Records the committee's closing of an action, or its reopening, saved the same way as any change. */
export function closeAction(plans: PlanRepository, planId: string, actionId: string, request: CloseRequest, context: ChangeContext): Promise<UpdateOutcome> {
  return saveChange(plans, planId, actionId, (action) => applyClose(action, request, context));
}

export function reopenAction(
  plans: PlanRepository,
  planId: string,
  actionId: string,
  request: Readonly<{ requestId: string; reason: string }>,
  context: ChangeContext,
): Promise<UpdateOutcome> {
  return saveChange(plans, planId, actionId, (action) => applyReopen(action, request, context));
}

/** Takes back one earlier change (Undo), saved the same way as any change. */
export function undoUpdate(plans: PlanRepository, planId: string, actionId: string, request: UndoRequest, context: ChangeContext): Promise<UpdateOutcome> {
  return saveChange(plans, planId, actionId, (action) => applyUndo(action, request, context));
}

async function saveChange(plans: PlanRepository, planId: string, actionId: string, apply: (action: Action) => ApplyResult): Promise<UpdateOutcome> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const current = await plans.getAction(planId, actionId);
    if (!current) return { kind: 'not_found' };
    const result = apply(current.value);
    if (result.kind === 'duplicate') return { kind: 'duplicate', action: current.value };
    if (result.kind === 'refused') return { kind: 'refused', refusal: result.refusal, action: current.value };
    try {
      const saved = await plans.replaceAction(planId, result.action, current.etag);
      return { kind: 'saved', action: saved.value, update: result.update, ...(result.notice ? { notice: result.notice } : {}) };
    } catch (error) {
      // The write was sent: whether it landed is not known, so say so, never "nothing was changed".
      if (!(error instanceof AppError && error.code === 'STALE')) throw appError('UNAVAILABLE', OUTCOME_UNKNOWN, error);
      // Someone saved first: wait a little (jittered, growing) and apply again to their version.
      await sleep(Math.random() * Math.min(40, 2 + attempt));
    }
  }
  throw appError('UNAVAILABLE', 'Too many people are saving this action at once. Nothing of yours was saved; please try again in a moment.');
}
