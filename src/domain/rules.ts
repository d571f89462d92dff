import { againstTarget, meets, targetOf } from './measure';
import type { Action, ActionStatus, Area, Person } from './model';
import { addDays, daysBetween, type IsoDate } from './dates';

export const OUTSTANDING_STATUSES: readonly ActionStatus[] = ['not_started', 'in_progress', 'blocked'];

export function isOutstanding(action: Pick<Action, 'status'>): boolean {
  return OUTSTANDING_STATUSES.includes(action.status);
}

export function isOverdue(action: Pick<Action, 'status' | 'due'>, today: IsoDate): boolean {
  return isOutstanding(action) && action.due < today;
}

export function daysOverdue(action: Pick<Action, 'due'>, today: IsoDate): number {
  return Math.max(0, daysBetween(action.due, today));
}

export type Rag = 'red' | 'amber' | 'green' | 'complete' | 'cancelled';

export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete', cancelled: 'Cancelled' };

/** A rating in words, never colour alone: "Red: overdue by 32 days". */
export function ragInWords(rag: Rag, reason: string): string {
  return reason ? `${RAG_LABELS[rag]}: ${reason}` : RAG_LABELS[rag];
}

const AMBER_DUE_WITHIN_DAYS = 14;
const AMBER_NO_UPDATE_DAYS = 30;

type Rated = Pick<Action, 'status' | 'due' | 'updates'> & Partial<Pick<Action, 'measure' | 'figure'>>;

/** The latest figure misses the target its measure states. */
function missesTarget(action: Rated): boolean {
  const target = targetOf(action.measure);
  return Boolean(target && action.figure && !meets(target, action.figure.value));
}

/** RAG is derived, never typed in (DESIGN.md). */
export function ragOf(action: Rated, today: IsoDate): Rag {
  if (action.status === 'complete') return 'complete';
  if (action.status === 'cancelled') return 'cancelled';
  if (action.status === 'blocked' || action.due < today) return 'red';
  if (missesTarget(action)) return 'amber';
  const dueSoon = action.due <= addDays(today, AMBER_DUE_WITHIN_DAYS);
  if (dueSoon && action.status === 'not_started') return 'amber';
  const lastUpdate = action.updates.reduce<string | undefined>(
    (latest, update) => (latest === undefined || update.at > latest ? update.at : latest),
    undefined,
  );
  const lastUpdateDate = lastUpdate?.slice(0, 10);
  if (lastUpdateDate === undefined || daysBetween(lastUpdateDate, today) > AMBER_NO_UPDATE_DAYS) return 'amber';
  return 'green';
}

/** Why an action has its RAG rating, in a few words ("overdue by 32 days", "no update for 30 days"). */
export function ragReason(action: Rated, today: IsoDate): string {
  const rag = ragOf(action, today);
  const target = targetOf(action.measure);
  const versus = target && action.figure ? againstTarget(target, action.figure) : undefined;
  if (rag === 'amber' && versus && missesTarget(action)) return versus;
  if (rag === 'red') {
    if (action.due < today) {
      const days = daysOverdue(action, today);
      return `overdue by ${days} day${days === 1 ? '' : 's'}${action.status === 'blocked' ? ', blocked' : ''}`;
    }
    return 'blocked';
  }
  if (rag === 'amber') {
    return action.status === 'not_started' && action.due <= addDays(today, AMBER_DUE_WITHIN_DAYS)
      ? 'due within 14 days, not started'
      : `no update for ${AMBER_NO_UPDATE_DAYS} days`;
  }
  if (rag === 'green') return versus ? `on track: ${versus}` : 'on track';
  return '';
}

export const STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  blocked: 'Blocked',
  complete: 'Complete',
  cancelled: 'Cancelled',
};

export function hasRole(person: Pick<Person, 'roles'> | undefined, role: Person['roles'][number]): boolean {
  return person?.roles.includes(role) ?? false;
}

/** Who may change an action: its owner, the lead of its area, a manager or an admin. */
export function canUpdateAction(person: Person | undefined, action: Pick<Action, 'owner' | 'area'>, areas: readonly Area[]): boolean {
  if (!person) return false;
  if (person.id === action.owner) return true;
  if (hasRole(person, 'manager') || hasRole(person, 'admin')) return true;
  return areas.some((area) => area.number === action.area && area.lead === person.id);
}
