import type { Action, Person } from '../domain/model';
import { formatDate, isIsoDate, type IsoDate } from '../domain/dates';
import { hasRole } from '../domain/rules';
import { findPersonalData } from '../domain/safeguarding';
import { AppError } from '../errors';
import { ACTION_TEXT_MAX_LENGTH } from '../meetings/recordOutcome';
import type { PlanRepository, PlanView } from '../store/planRepository';

/** A new action asked for outside a meeting's outcomes ("Add as action" on a message). */
export type NewAction = Readonly<{
  /** Identifies the request: the same request delivered twice creates one action. */
  requestId: string;
  title: string;
  owner: string;
  due: string;
  area: number;
  /** Where it came from, for its first history entry ("From a message in a chat"). */
  origin: string;
}>;

export type CreateOutcome =
  Readonly<{ kind: 'created'; action: Action }> | Readonly<{ kind: 'duplicate'; action: Action }> | Readonly<{ kind: 'refused'; problems: readonly string[] }>;

/** Managers, clerks and admins add actions; officers update the ones they have. */
export function canCreateActions(person: Person | undefined): boolean {
  return hasRole(person, 'manager') || hasRole(person, 'clerk') || hasRole(person, 'admin');
}

/** Why this new action cannot be added, if it cannot: every problem at once, so the form can say them together. */
export function newActionProblems(view: PlanView, input: NewAction, actor: Person | undefined, today: IsoDate): string[] {
  if (!actor) return ["You're not on the plan's people list, so you can't add actions. An administrator can add you."];
  if (!canCreateActions(actor)) return ['Only managers, clerks and admins can add actions to the plan. Nothing was added.'];
  const problems: string[] = [];
  const title = input.title.trim();
  if (!title) problems.push('Give the action a title.');
  else if (title.length > ACTION_TEXT_MAX_LENGTH)
    problems.push(`The title is ${title.length.toLocaleString('en-GB')} characters; shorten it to ${ACTION_TEXT_MAX_LENGTH}.`);
  const personal = findPersonalData(title, Number(today.slice(0, 4)), { staffNames: view.people.map((person) => person.name) });
  if (personal)
    problems.push(
      `The title looks like it contains ${personal.what}. The tracker is not a case record: describe the action without children's names, dates of birth or case numbers.`,
    );
  if (!view.people.some((person) => person.id === input.owner)) problems.push('Choose an owner from the plan.');
  if (!isIsoDate(input.due)) problems.push('Choose a due date.');
  else if (input.due < today) problems.push(`The due date, ${formatDate(input.due)}, is in the past.`);
  if (!view.plan.areas.some((area) => area.number === input.area)) problems.push('Choose an area.');
  return problems;
}

/**
 * Adds one action to the plan, checked on the server (who, what, the guard), with the next free
 * reference in its area. The reference is the id (`act-7-5` for 7.5), so two people adding an
 * action to the same area at once get different references: the database refuses the second id.
 */
export async function createAction(
  plans: PlanRepository,
  view: PlanView,
  input: NewAction,
  context: Readonly<{ actor: Person | undefined; today: IsoDate; now: string }>,
): Promise<CreateOutcome> {
  const earlier = view.actions.find((action) => action.updates[0]?.id === input.requestId);
  if (earlier) return { kind: 'duplicate', action: earlier };
  const problems = newActionProblems(view, input, context.actor, context.today);
  if (problems.length > 0 || !context.actor) return { kind: 'refused', problems };
  const taken = new Set(view.actions.flatMap((action) => [action.ref, action.id]));
  for (let n = 1; n < 10_000; n += 1) {
    const ref = `${input.area}.${n}`;
    const id = `act-${input.area}-${n}`;
    if (taken.has(ref) || taken.has(id)) continue;
    const action: Action = {
      id,
      ref,
      area: input.area,
      title: input.title.trim(),
      owner: input.owner,
      due: input.due,
      status: 'not_started',
      source: { kind: 'plan' },
      updates: [{ id: input.requestId, at: context.now, by: context.actor.id, note: `Added ${input.origin}.` }],
    };
    try {
      await plans.create(view.plan.id, 'action', action);
      return { kind: 'created', action };
    } catch (error) {
      // Someone took this reference a moment ago: try the next.
      if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
    }
  }
  return { kind: 'refused', problems: ['This area has no free action numbers left.'] };
}
