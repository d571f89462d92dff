import type { PlanData } from './model';
import { addDays, addDaysToTimestamp, daysBetween, type IsoDate } from './dates';

/**
 * Moves every date in a plan by the same number of days so that its `asOf` falls on `today`:
 * the demo plan then looks live, with the same overdue and due-soon actions as on its own date.
 */
export function shiftPlanDataTo(data: PlanData, today: IsoDate): PlanData {
  const days = daysBetween(data.asOf, today);
  if (days === 0) return data;
  return {
    ...data,
    asOf: today,
    meetings: data.meetings.map((meeting) => ({ ...meeting, date: addDays(meeting.date, days) })),
    actions: data.actions.map((action) => ({
      ...action,
      due: addDays(action.due, days),
      updates: action.updates.map((update) => ({ ...update, at: addDaysToTimestamp(update.at, days) })),
    })),
  };
}
