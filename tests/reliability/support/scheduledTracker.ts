import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { loadConfig } from '../../../src/config';
import type { PlanData } from '../../../src/domain/model';
import { startTracker, type RunningTracker } from '../../../src/index';
import { weeklyRecordId } from '../../../src/jobs/digestJob';
import { createLogger } from '../../../src/logger';
import { uniqueName } from '../../support/store';
import { DEMO_NOW, startTestTracker } from '../../support/tracker';

/** The demo date, 1 Feb 2022, is in ISO week 5. */
export const DEMO_WEEK = '2022-W05';

/**
 * The bot as it runs in production, with its weekly digest scheduled in the same process and
 * sent through the same adapter as every turn. `before` runs first, on the same database, with
 * no schedule (people opening the app, a clerk pasting minutes); then the bot starts with the
 * digest due every second, so its first run comes at once.
 */
export async function startScheduledTracker(data: PlanData, before: (tracker: RunningTracker) => Promise<void>): Promise<RunningTracker> {
  const database = uniqueName('scheduled');
  const first = await startTestTracker({ COSMOS_DATABASE: database }, undefined, data);
  try {
    await before(first);
  } finally {
    await first.stop();
  }
  const config = loadConfig({
    PORT: '0',
    COSMOS_ENDPOINT: inject('cosmosEndpoint'),
    COSMOS_KEY: inject('cosmosKey'),
    COSMOS_DATABASE: database,
    LOG_LEVEL: 'silent',
    DIGEST_CRON: '* * * * * *',
  });
  return startTracker({
    config,
    seed: { kind: 'data', data },
    clock: () => DEMO_NOW,
    logger: createLogger(config.logLevel, { pretty: false }),
    schedule: true,
  });
}

export type DigestOutcomes = Readonly<Record<string, string>>;

/**
 * Waits until this week's digest to each of these people is settled (sent, unreachable,
 * blocked or failed), or the deadline passes; returns what is recorded for each so far.
 */
export async function settledDigests(tracker: RunningTracker, personIds: readonly string[], deadlineMs: number): Promise<DigestOutcomes> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const outcomes: Record<string, string> = {};
    for (const id of personIds) {
      const value = (await tracker.store.state.get(weeklyRecordId('children-first', id, DEMO_WEEK)))?.value;
      const status = typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'string' ? value.status : 'not yet';
      outcomes[id] = status;
    }
    const settled = Object.values(outcomes).every((status) => status !== 'not yet' && status !== 'claimed');
    if (settled || Date.now() > until) return outcomes;
    await sleep(50);
  }
}
