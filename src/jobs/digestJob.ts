import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { Person } from '../domain/model';
import { todayIn, type IsoDate } from '../domain/dates';
import { factsOf, type PlanRepository } from '../store/planRepository';
import type { StateRepository } from '../store/stateRepository';
import { renderDigestCard, digestText, type AdaptiveCard } from '../cards/render';
import { composeDigests, digestRecipients } from '../domain/digest';
import { createRateLimiter } from './rateLimiter';
import { isWorkingDay } from '../domain/dates';
import { acquireLease, claimOnce, releaseLease } from './once';

/** How a digest reached (or didn't reach) a person. */
export type DeliveryResult = 'sent' | 'unreachable' | 'blocked' | 'failed';

/** Sends one card to one person's personal chat. The Teams side implements it. */
export type DigestDelivery = Readonly<{ send(person: Person, card: AdaptiveCard, summary: string): Promise<DeliveryResult> }>;

export const DigestPreferencesSchema = z.object({ enabled: z.boolean().default(true), weekday: z.number().int().min(1).max(5).default(1) });
export type DigestPreferences = z.infer<typeof DigestPreferencesSchema>;

const RecordSchema = z.object({ status: z.enum(['claimed', 'sent', 'unreachable', 'blocked', 'failed']), at: z.string(), by: z.string() });

export const leaseId = (planId: string): string => `lease-digest-${planId}`;
export const preferencesId = (planId: string, personId: string): string => `digest-prefs-${planId}-${personId}`;
export const lastDigestId = (planId: string, personId: string): string => `digest-last-${planId}-${personId}`;
export const weeklyRecordId = (planId: string, personId: string, isoWeek: string): string => `digest-${planId}-${personId}-${isoWeek}`;

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const weekdayName = (weekday: number): string => WEEKDAYS[weekday] ?? 'Monday';

export function isoWeekOf(date: IsoDate): string {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  return `${day.weekYear}-W${String(day.weekNumber).padStart(2, '0')}`;
}

/** What every scheduled sender needs: the digest, owners' reminders and followers' changes alike. */
export type JobDeps = Readonly<{
  plans: PlanRepository;
  state: StateRepository;
  planId: string;
  delivery: DigestDelivery;
  clock: () => Date;
  logger: Logger;
  /** Who this instance is, for the lease. */
  instanceId: string;
  leaseMs?: number;
  /** Teams allows about 50 messages a second per tenant. */
  perSecond?: number;
}>;
export type DigestJobDeps = JobDeps;

export type DigestRunSummary = Readonly<{
  ran: boolean;
  reason?: 'not_leader' | 'not_a_working_day' | 'no_plan';
  sent: string[];
  unreachable: string[];
  blocked: string[];
  failed: string[];
  skipped: string[];
}>;

async function readPreferences(state: StateRepository, planId: string, personId: string): Promise<DigestPreferences> {
  const record = await state.get(preferencesId(planId, personId));
  return DigestPreferencesSchema.parse(record?.value ?? {});
}

export async function savePreferences(
  state: StateRepository,
  planId: string,
  personId: string,
  change: Partial<DigestPreferences>,
): Promise<DigestPreferences> {
  const next = { ...(await readPreferences(state, planId, personId)), ...change };
  await state.put(preferencesId(planId, personId), 'digestPreferences', next);
  return next;
}

const acquireDigestLease = (deps: DigestJobDeps, now: Date): Promise<string | undefined> =>
  acquireLease(deps.state, leaseId(deps.planId), deps.instanceId, now, deps.leaseMs ?? 10 * 60_000);

/**
 * Sends this week's digest to every manager whose digest day has come, exactly once: one
 * instance sends (lease), one digest per manager per ISO week (create-only record), and a run
 * that died part-way is picked up where it stopped.
 */
export async function runWeeklyDigest(
  deps: DigestJobDeps,
  options: { force?: boolean; today?: IsoDate; signal?: AbortSignal } = {},
): Promise<DigestRunSummary> {
  const empty = { sent: [], unreachable: [], blocked: [], failed: [], skipped: [] };
  const now = deps.clock();
  const view = await deps.plans.loadPlanView(deps.planId);
  if (!view) return { ran: false, reason: 'no_plan', ...empty };
  const today = options.today ?? todayIn(view.plan.timeZone, now);
  if (!options.force && !isWorkingDay(today)) return { ran: false, reason: 'not_a_working_day', ...empty };
  let leaseEtag = await acquireDigestLease(deps, now);
  if (!leaseEtag) return { ran: false, reason: 'not_leader', ...empty };

  const summary = { sent: [] as string[], unreachable: [] as string[], blocked: [] as string[], failed: [] as string[], skipped: [] as string[] };
  const week = isoWeekOf(today);
  const weekday = DateTime.fromISO(today).weekday;
  const limiter = createRateLimiter(deps.perSecond ?? 50);
  try {
    const recipients = digestRecipients(view.people);
    const due: Person[] = [];
    const lastDigestAt = new Map<string, string>();
    for (const person of recipients) {
      const preferences = await readPreferences(deps.state, deps.planId, person.id);
      // Their day has come this week (a bank holiday on it moves it to the next working day).
      if (!preferences.enabled || (!options.force && weekday < preferences.weekday)) {
        summary.skipped.push(person.id);
        continue;
      }
      const record = RecordSchema.safeParse((await deps.state.get(weeklyRecordId(deps.planId, person.id, week)))?.value);
      if (record.success && record.data.status !== 'claimed') {
        summary.skipped.push(person.id);
        continue;
      }
      const last = (await deps.state.get(lastDigestId(deps.planId, person.id)))?.value;
      if (typeof last === 'string') lastDigestAt.set(person.id, last);
      due.push(person);
    }
    const digests = composeDigests({
      ...factsOf(view),
      today,
      lastDigestAt,
      only: new Set(due.map((person) => person.id)),
    });
    for (const [index, digest] of digests.entries()) {
      // Shutting down: stop between sends; the next run picks up whoever is left.
      if (options.signal?.aborted) break;
      const recordId = weeklyRecordId(deps.planId, digest.person.id, week);
      if (!(await claimOnce(deps.state, recordId, 'digestRecord', deps.instanceId, deps.clock()))) {
        summary.skipped.push(digest.person.id);
        continue;
      }
      await limiter();
      const result = await deps.delivery.send(digest.person, renderDigestCard(digest, today, view.plan.areas), digestText(digest, today));
      await deps.state.put(recordId, 'digestRecord', { status: result, at: deps.clock().toISOString(), by: deps.instanceId });
      if (result === 'sent') await deps.state.put(lastDigestId(deps.planId, digest.person.id), 'digestLast', deps.clock().toISOString());
      summary[result].push(digest.person.id);
      if (index % 20 === 19) leaseEtag = (await acquireDigestLease(deps, deps.clock())) ?? leaseEtag;
    }
    deps.logger.info({ week, ...Object.fromEntries(Object.entries(summary).map(([key, ids]) => [key, ids.length])) }, 'weekly digest run');
    return { ran: true, ...summary };
  } finally {
    await releaseLease(deps.state, leaseId(deps.planId), deps.instanceId, leaseEtag);
  }
}

/** The managers who cannot be sent a digest, and why (for "who can't get digests?"). */
export async function unreachableManagers(
  deps: Pick<DigestJobDeps, 'state' | 'planId'>,
  people: readonly Person[],
  hasReference: (person: Person) => Promise<boolean>,
  today: IsoDate,
): Promise<Array<{ person: Person; why: string }>> {
  const week = isoWeekOf(today);
  const result: Array<{ person: Person; why: string }> = [];
  for (const person of digestRecipients(people)) {
    const record = RecordSchema.safeParse((await deps.state.get(weeklyRecordId(deps.planId, person.id, week)))?.value);
    if (record.success && record.data.status === 'blocked') result.push({ person, why: 'has blocked or removed the app' });
    else if (!(await hasReference(person))) result.push({ person, why: 'has not opened the app in Teams yet' });
  }
  return result;
}
