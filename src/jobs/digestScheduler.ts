import { Cron } from 'croner';
import type { Logger } from '../logger';
import { runWeeklyDigest, type DigestJobDeps } from './digestJob';

/**
 * Runs the digest on its schedule (in the plan's time zone). Every instance schedules it; the
 * lease makes sure only one sends.
 */
export function scheduleDigest(pattern: string, timeZone: string, deps: DigestJobDeps, logger: Logger): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const stopping = new AbortController();
  const job = new Cron(pattern, { timezone: timeZone, protect: true }, () => {
    running = runWeeklyDigest(deps, { signal: stopping.signal }).then(
      () => undefined,
      (error: unknown) => logger.error({ err: error }, 'weekly digest run failed'),
    );
    return running;
  });
  return {
    /** Stops the schedule; a run in progress stops after its current send and releases the lease. */
    async stop() {
      job.stop();
      stopping.abort();
      await running;
    },
  };
}
