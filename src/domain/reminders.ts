import type { Action, Area } from './model';
import { daysBetween, formatDate, previousWorkingDay, type IsoDate } from './dates';

import { isOutstanding } from './rules';

/** What an owner (or, for a long-blocked action, its area lead) is reminded of. */
export type ReminderKind = 'dueSoon' | 'dueTomorrow' | 'overdue' | 'blocked';

export type Reminder = Readonly<{
  kind: ReminderKind;
  /** Who gets it. */
  to: string;
  action: Action;
  /** Identifies this reminder: it is sent once, whichever instance runs, however often. */
  key: string;
  /** In words, for the card: "is due in 7 days, on 28 Feb 2022". */
  text: string;
}>;

export type ReminderPreferences = Readonly<{ enabled: boolean; daysBefore: number }>;
export const DEFAULT_REMINDER_PREFERENCES: ReminderPreferences = { enabled: true, daysBefore: 7 };
/** Blocked this long, the area lead hears of it. */
export const BLOCKED_DAYS = 14;
export const OVERDUE_EVERY_DAYS = 7;

/** When the action last became blocked, if it is blocked. */
function blockedSince(action: Action): IsoDate | undefined {
  if (action.status !== 'blocked') return undefined;
  const entry = [...action.updates]
    .reverse()
    .find((update) => update.changes?.some((change) => change.field === 'status' && change.to === 'blocked') ?? update.status === 'blocked');
  return entry?.at.slice(0, 10);
}

/**
 * The reminders due on a working day, before anything is sent: due in N days (once, N = the
 * owner's choice, 7 unless they said otherwise), due tomorrow (once, on the last working day before
 * the due date), overdue (once, then every 7 days), blocked for 14 days (once, to the area lead).
 */
export function remindersDue(
  actions: readonly Action[],
  areas: readonly Area[],
  today: IsoDate,
  preferencesOf: (personId: string) => ReminderPreferences,
): Reminder[] {
  const reminders: Reminder[] = [];
  for (const action of actions) {
    if (!isOutstanding(action) || action.closed) continue;
    const owner = preferencesOf(action.owner);
    const days = daysBetween(today, action.due);
    if (owner.enabled) {
      if (days > 0 && today >= previousWorkingDay(action.due)) {
        reminders.push({
          kind: 'dueTomorrow',
          to: action.owner,
          action,
          key: `tomorrow:${action.id}:${action.due}`,
          text: `is due ${days === 1 ? 'tomorrow' : `on ${formatDate(action.due)}`}`,
        });
      } else if (days > 1 && days <= owner.daysBefore) {
        reminders.push({
          kind: 'dueSoon',
          to: action.owner,
          action,
          key: `soon:${action.id}:${action.due}:${owner.daysBefore}`,
          text: `is due in ${days} days, on ${formatDate(action.due)}`,
        });
      } else if (days < 0) {
        const block = Math.floor((-days - 1) / OVERDUE_EVERY_DAYS);
        reminders.push({
          kind: 'overdue',
          to: action.owner,
          action,
          key: `overdue:${action.id}:${action.due}:${block}`,
          text: `is overdue by ${-days} day${days === -1 ? '' : 's'} (due ${formatDate(action.due)})`,
        });
      }
    }
    const since = blockedSince(action);
    const lead = areas.find((area) => area.number === action.area)?.lead;
    if (since && lead && daysBetween(since, today) >= BLOCKED_DAYS && preferencesOf(lead).enabled) {
      reminders.push({
        kind: 'blocked',
        to: lead,
        action,
        key: `blocked:${action.id}:${since}`,
        text: `has been blocked since ${formatDate(since)} (${daysBetween(since, today)} days)`,
      });
    }
  }
  return reminders;
}
