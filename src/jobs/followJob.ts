import { z } from 'zod';
import { followedChanges, type Follows } from '../domain/following';
import type { StateRepository } from '../store/stateRepository';
import { renderFollowCard } from '../cards/render';
import { AppError } from '../errors';
import type { JobDeps } from './digestJob';
import { acquireLease, claimOnce, releaseLease } from './once';
import { createRateLimiter } from './rateLimiter';

/** Followers hear at most once an hour. */
export const FOLLOW_BATCH_MS = 60 * 60_000;

const FollowRecordSchema = z.object({
  areas: z.array(z.number().int().positive()).default([]),
  actionIds: z.array(z.string()).default([]),
  /** Changes after this have not been told yet. */
  since: z.string(),
  lastSentAt: z.string().optional(),
});
export type FollowRecord = z.infer<typeof FollowRecordSchema>;
const FollowersSchema = z.object({ people: z.array(z.string()).default([]) });

const leaseId = (planId: string): string => `lease-follow-${planId}`;
export const followRecordId = (planId: string, personId: string): string => `follows-${planId}-${personId}`;
const followersId = (planId: string): string => `followers-${planId}`;
const sendRecordId = (planId: string, personId: string, at: string): string => `follow-sent-${planId}-${personId}-${at}`;

export async function readFollows(state: StateRepository, planId: string, personId: string): Promise<FollowRecord | undefined> {
  const parsed = FollowRecordSchema.safeParse((await state.get(followRecordId(planId, personId)))?.value);
  return parsed.success ? parsed.data : undefined;
}

/** Changes what a person follows, keeping the plan's list of followers (read-modify-write, retried on a clash). */
export async function changeFollows(
  state: StateRepository,
  planId: string,
  personId: string,
  change: (current: Follows) => Follows,
  now: Date,
): Promise<Follows> {
  const current = await readFollows(state, planId, personId);
  const next = change({ areas: current?.areas ?? [], actionIds: current?.actionIds ?? [] });
  const record: FollowRecord = {
    ...(current ?? { since: now.toISOString() }),
    areas: [...new Set(next.areas)].sort((a, b) => a - b),
    actionIds: [...new Set(next.actionIds)],
  };
  await state.put(followRecordId(planId, personId), 'follows', record);
  const following = record.areas.length + record.actionIds.length > 0;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const existing = await state.get(followersId(planId));
    const people = new Set(FollowersSchema.safeParse(existing?.value).data?.people ?? []);
    if (following === people.has(personId)) break;
    if (following) people.add(personId);
    else people.delete(personId);
    try {
      await state.put(followersId(planId), 'followers', { people: [...people] }, existing ? { ifMatch: existing.etag } : { ifNoneExists: true });
      break;
    } catch (error) {
      if (!(error instanceof AppError && (error.code === 'STALE' || error.code === 'CONFLICT'))) throw error;
    }
  }
  return { areas: record.areas, actionIds: record.actionIds };
}

export type FollowJobDeps = JobDeps;

/**
 * Tells each follower of the changes to what they follow since they were last told, in one card,
 * at most once an hour, never of their own changes. One instance runs (lease); each send is
 * claimed once; the follower's record moves on only after the card is sent.
 */
export async function runFollowUpdates(deps: FollowJobDeps): Promise<{ ran: boolean; sent: Record<string, number> }> {
  const sent: Record<string, number> = {};
  const now = deps.clock();
  const lease = await acquireLease(deps.state, leaseId(deps.planId), deps.instanceId, now, 5 * 60_000);
  if (!lease) return { ran: false, sent };
  try {
    const view = await deps.plans.loadPlanView(deps.planId);
    if (!view) return { ran: false, sent };
    const followers = FollowersSchema.safeParse((await deps.state.get(followersId(deps.planId)))?.value).data?.people ?? [];
    const limiter = createRateLimiter(deps.perSecond ?? 50);
    const until = now.toISOString();
    for (const personId of followers) {
      const person = view.people.find((one) => one.id === personId);
      const record = await readFollows(deps.state, deps.planId, personId);
      if (!person || !record) continue;
      if (record.lastSentAt && now.getTime() - Date.parse(record.lastSentAt) < FOLLOW_BATCH_MS) continue;
      const changes = followedChanges(record, view.actions, view.people, personId, record.since, until);
      if (changes.length === 0) continue;
      if (!(await claimOnce(deps.state, sendRecordId(deps.planId, personId, record.since), 'followSend', deps.instanceId, now))) continue;
      await limiter();
      const result = await deps.delivery.send(
        person,
        renderFollowCard(changes),
        `Changes to what you follow: ${[...new Set(changes.map((one) => one.action.ref))].join(', ')}`,
      );
      await deps.state.put(sendRecordId(deps.planId, personId, record.since), 'followSend', {
        status: result,
        at: deps.clock().toISOString(),
        by: deps.instanceId,
      });
      // Told (or unreachable): move on either way, so nothing piles up for someone who never opened the app.
      await deps.state.put(followRecordId(deps.planId, personId), 'follows', {
        ...record,
        since: until,
        lastSentAt: result === 'sent' ? until : record.lastSentAt,
      });
      if (result === 'sent') sent[personId] = changes.length;
    }
    return { ran: true, sent };
  } finally {
    await releaseLease(deps.state, leaseId(deps.planId), deps.instanceId, lease);
  }
}
