import { z } from 'zod';
import type { Person } from '../domain/model';
import { isWorkingDay, todayIn, type IsoDate } from '../domain/dates';
import { DEFAULT_REMINDER_PREFERENCES, remindersDue, type Reminder, type ReminderPreferences } from '../domain/reminders';
import type { StateRepository } from '../store/stateRepository';
import { renderReminderCard } from '../cards/render';
import type { JobDeps } from './digestJob';
import { acquireLease, claimOnce, recordStatus, releaseLease } from './once';
import { createRateLimiter } from './rateLimiter';

export const ReminderPreferencesSchema = z.object({
  enabled: z.boolean().default(DEFAULT_REMINDER_PREFERENCES.enabled),
  daysBefore: z.number().int().min(1).max(30).default(DEFAULT_REMINDER_PREFERENCES.daysBefore),
});

const leaseId = (planId: string): string => `lease-reminders-${planId}`;
export const reminderPreferencesId = (planId: string, personId: string): string => `reminder-prefs-${planId}-${personId}`;
/** One reminder, sent once. */
const reminderRecordId = (planId: string, personId: string, key: string): string => `reminder-${planId}-${personId}-${key}`.slice(0, 250);
/** One message a day at most, per person. */
const dailyRecordId = (planId: string, personId: string, day: IsoDate): string => `reminders-day-${planId}-${personId}-${day}`;

export type ReminderJobDeps = JobDeps;

export type ReminderRunSummary = Readonly<{
  ran: boolean;
  reason?: 'not_leader' | 'not_a_working_day' | 'no_plan';
  /** Person id → how many reminders their one message held. */
  sent: Record<string, number>;
  unreachable: string[];
  failed: string[];
}>;

export async function readReminderPreferences(state: StateRepository, planId: string, personId: string): Promise<ReminderPreferences> {
  return ReminderPreferencesSchema.parse((await state.get(reminderPreferencesId(planId, personId)))?.value ?? {});
}

export async function saveReminderPreferences(
  state: StateRepository,
  planId: string,
  personId: string,
  change: Partial<ReminderPreferences>,
): Promise<ReminderPreferences> {
  const next = { ...(await readReminderPreferences(state, planId, personId)), ...change };
  await state.put(reminderPreferencesId(planId, personId), 'reminderPreferences', next);
  return next;
}

/**
 * Sends today's reminders, one message a person at most, each reminder exactly once: one instance
 * sends (lease), each reminder and each person's day has a create-only record, and a run that
 * died part-way is picked up where it stopped. Only on working days (bank holidays respected):
 * a reminder whose day was a holiday goes on the next working day.
 */
export async function runReminders(deps: ReminderJobDeps, options: { today?: IsoDate; signal?: AbortSignal } = {}): Promise<ReminderRunSummary> {
  const summary = { sent: {} as Record<string, number>, unreachable: [] as string[], failed: [] as string[] };
  const now = deps.clock();
  const view = await deps.plans.loadPlanView(deps.planId);
  if (!view) return { ran: false, reason: 'no_plan', ...summary };
  const today = options.today ?? todayIn(view.plan.timeZone, now);
  if (!isWorkingDay(today)) return { ran: false, reason: 'not_a_working_day', ...summary };
  const lease = await acquireLease(deps.state, leaseId(deps.planId), deps.instanceId, now, deps.leaseMs ?? 10 * 60_000);
  if (!lease) return { ran: false, reason: 'not_leader', ...summary };
  const limiter = createRateLimiter(deps.perSecond ?? 50);
  try {
    const preferences = new Map<string, ReminderPreferences>();
    for (const person of view.people) preferences.set(person.id, await readReminderPreferences(deps.state, deps.planId, person.id));
    const due = remindersDue(view.actions, view.plan.areas, today, (id) => preferences.get(id) ?? DEFAULT_REMINDER_PREFERENCES);
    const byPerson = new Map<string, Reminder[]>();
    for (const reminder of due) byPerson.set(reminder.to, [...(byPerson.get(reminder.to) ?? []), reminder]);
    for (const [personId, reminders] of byPerson) {
      if (options.signal?.aborted) break;
      const person: Person | undefined = view.people.find((one) => one.id === personId);
      if (!person) continue;
      const pending: Reminder[] = [];
      for (const reminder of reminders)
        if ((await recordStatus(deps.state, reminderRecordId(deps.planId, personId, reminder.key))) !== 'sent') pending.push(reminder);
      if (pending.length === 0) continue;
      // Today's one message: whoever claims it sends it; anything left waits for tomorrow's.
      if (!(await claimOnce(deps.state, dailyRecordId(deps.planId, personId, today), 'reminderDay', deps.instanceId, deps.clock()))) continue;
      const claimed: Reminder[] = [];
      for (const reminder of pending) {
        if (await claimOnce(deps.state, reminderRecordId(deps.planId, personId, reminder.key), 'reminderRecord', deps.instanceId, deps.clock()))
          claimed.push(reminder);
      }
      if (claimed.length === 0) continue;
      await limiter();
      const result = await deps.delivery.send(
        person,
        renderReminderCard(claimed, view.people, today),
        `Reminders: ${claimed.map((one) => one.action.ref).join(', ')}`,
      );
      const record = { status: result === 'sent' ? 'sent' : result, at: deps.clock().toISOString(), by: deps.instanceId };
      for (const reminder of claimed) await deps.state.put(reminderRecordId(deps.planId, personId, reminder.key), 'reminderRecord', record);
      await deps.state.put(dailyRecordId(deps.planId, personId, today), 'reminderDay', record);
      if (result === 'sent') summary.sent[personId] = claimed.length;
      else if (result === 'unreachable') summary.unreachable.push(personId);
      else summary.failed.push(personId);
    }
    deps.logger.info({ today, people: Object.keys(summary.sent).length, unreachable: summary.unreachable.length }, 'reminders run');
    return { ran: true, ...summary };
  } finally {
    await releaseLease(deps.state, leaseId(deps.planId), deps.instanceId, lease);
  }
}
