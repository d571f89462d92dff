import { DateTime } from 'luxon';
import Holidays from 'date-holidays';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { Person } from '../domain/model';
import { todayIn, type IsoDate } from '../domain/dates';
import { AppError } from '../errors';
import { factsOf, type PlanRepository } from '../store/planRepository';
import type { StateRepository } from '../store/stateRepository';
import { renderDigestCard, digestText, type AdaptiveCard } from '../cards/render';
import { composeDigests, digestRecipients } from '../domain/digest';
import { createRateLimiter } from './rateLimiter';

/** How a digest reached (or didn't reach) a person. */
export type DeliveryResult = 'sent' | 'unreachable' | 'blocked' | 'failed';

/** Sends one card to one person's personal chat. The Teams side implements it. */
export type DigestDelivery = Readonly<{ send(person: Person, card: AdaptiveCard, summary: string): Promise<DeliveryResult> }>;

export const DigestPreferencesSchema = z.object({ enabled: z.boolean().default(true), weekday: z.number().int().min(1).max(5).default(1) });
export type DigestPreferences = z.infer<typeof DigestPreferencesSchema>;

const RecordSchema = z.object({ status: z.enum(['claimed', 'sent', 'unreachable', 'blocked', 'failed']), at: z.string(), by: z.string() });
const LeaseSchema = z.object({ holder: z.string(), expiresAt: z.string() });

export const leaseId = (planId: string): string => `lease-digest-${planId}`;
export const preferencesId = (planId: string, personId: string): string => `digest-prefs-${planId}-${personId}`;
export const lastDigestId = (planId: string, personId: string): string => `digest-last-${planId}-${personId}`;
export const weeklyRecordId = (planId: string, personId: string, isoWeek: string): string => `digest-${planId}-${personId}-${isoWeek}`;

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const weekdayName = (weekday: number): string => WEEKDAYS[weekday] ?? 'Monday';

const holidays = new Holidays('GB', 'ENG');

/** England's working days: weekdays that are not bank holidays. */
export function isWorkingDay(date: IsoDate): boolean {
  const day = DateTime.fromISO(date, { zone: 'Europe/London' });
  if (day.weekday > 5) return false;
  const found = holidays.isHoliday(day.set({ hour: 12 }).toJSDate());
  return !(Array.isArray(found) && found.some((holiday) => holiday.type === 'public'));
}

export function isoWeekOf(date: IsoDate): string {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  return `${day.weekYear}-W${String(day.weekNumber).padStart(2, '0')}`;
}

export type DigestJobDeps = Readonly<{
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

/** Takes the run's lease if nobody holds a live one; an expired lease (its holder died) is taken over. */
async function acquireLease(deps: DigestJobDeps, now: Date): Promise<string | undefined> {
  const id = leaseId(deps.planId);
  const value = { holder: deps.instanceId, expiresAt: new Date(now.getTime() + (deps.leaseMs ?? 10 * 60_000)).toISOString() };
  try {
    return await deps.state.put(id, 'lease', value, { ifNoneExists: true });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
  }
  const current = await deps.state.get(id);
  const lease = LeaseSchema.safeParse(current?.value);
  if (!current || (lease.success && lease.data.expiresAt > now.toISOString() && lease.data.holder !== deps.instanceId)) return undefined;
  try {
    return await deps.state.put(id, 'lease', value, { ifMatch: current.etag });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'STALE' || error.code === 'NOT_FOUND')) return undefined;
    throw error;
  }
}

async function releaseLease(deps: DigestJobDeps, etag: string): Promise<void> {
  try {
    await deps.state.put(leaseId(deps.planId), 'lease', { holder: deps.instanceId, expiresAt: new Date(0).toISOString() }, { ifMatch: etag });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

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
  let leaseEtag = await acquireLease(deps, now);
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
      if (!(await claim(deps, recordId))) {
        summary.skipped.push(digest.person.id);
        continue;
      }
      await limiter();
      const result = await deps.delivery.send(digest.person, renderDigestCard(digest, today, view.plan.areas), digestText(digest, today));
      await deps.state.put(recordId, 'digestRecord', { status: result, at: deps.clock().toISOString(), by: deps.instanceId });
      if (result === 'sent') await deps.state.put(lastDigestId(deps.planId, digest.person.id), 'digestLast', deps.clock().toISOString());
      summary[result].push(digest.person.id);
      if (index % 20 === 19) leaseEtag = (await acquireLease(deps, deps.clock())) ?? leaseEtag;
    }
    deps.logger.info({ week, ...Object.fromEntries(Object.entries(summary).map(([key, ids]) => [key, ids.length])) }, 'weekly digest run');
    return { ran: true, ...summary };
  } finally {
    await releaseLease(deps, leaseEtag);
  }
}

/** Claims this week's digest for a person; a claim left by a run that died is taken over. */
async function claim(deps: DigestJobDeps, recordId: string): Promise<boolean> {
  const value = { status: 'claimed', at: deps.clock().toISOString(), by: deps.instanceId };
  try {
    await deps.state.put(recordId, 'digestRecord', value, { ifNoneExists: true });
    return true;
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
  }
  const existing = await deps.state.get(recordId);
  const record = RecordSchema.safeParse(existing?.value);
  if (!existing || !record.success || record.data.status !== 'claimed') return false;
  try {
    await deps.state.put(recordId, 'digestRecord', value, { ifMatch: existing.etag });
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'STALE') return false;
    throw error;
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
