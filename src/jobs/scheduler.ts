import { Cron } from 'croner';
import type { Logger } from '../logger';
import { runWeeklyDigest, type DigestJobDeps } from './digestJob';
import { runReminders, type ReminderJobDeps } from './reminderJob';
import { runFollowUpdates, type FollowJobDeps } from './followJob';

/**
 * Runs a job on its schedule (in the plan's time zone). Every instance schedules it; the job's
 * lease makes sure only one sends.
 */
function schedule(pattern: string, timeZone: string, run: (signal: AbortSignal) => Promise<unknown>, logger: Logger, what: string): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const stopping = new AbortController();
  const job = new Cron(pattern, { timezone: timeZone, protect: true }, () => {
    running = run(stopping.signal).then(
      () => undefined,
      (error: unknown) => logger.error({ err: error }, `${what} run failed`),
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

export function scheduleDigest(pattern: string, timeZone: string, deps: DigestJobDeps, logger: Logger): { stop(): Promise<void> } {
  return schedule(pattern, timeZone, (signal) => runWeeklyDigest(deps, { signal }), logger, 'weekly digest');
}

export function scheduleReminders(pattern: string, timeZone: string, deps: ReminderJobDeps, logger: Logger): { stop(): Promise<void> } {
  return schedule(pattern, timeZone, (signal) => runReminders(deps, { signal }), logger, 'reminders');
}

/** Followers' changes, looked at every few minutes; each person hears at most once an hour. */
export function scheduleFollowUpdates(pattern: string, timeZone: string, deps: FollowJobDeps, logger: Logger): { stop(): Promise<void> } {
  return schedule(pattern, timeZone, () => runFollowUpdates(deps), logger, 'follow updates');
}
