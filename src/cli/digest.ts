import { factsOf } from '../store/planRepository';
import { parseArgs } from 'node:util';
import { isIsoDate, todayIn } from '../domain/dates';
import { composeDigests } from '../domain/digest';
import { runWeeklyDigest } from '../jobs/digestJob';
import { digestText, renderDigestCard } from '../cards/render';
import { createLogger } from '../logger';
import { createAdapter } from '../bot/adapter';
import { teamsDigestDelivery } from '../bot/digestDelivery';
import { runCli, UsageError, withCliPlan } from './cliSupport';

const USAGE = 'usage: npm run digest -- --dry-run [--as PERSON_ID] [--today YYYY-MM-DD] [--json] [--data FILE] | --send';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      send: { type: 'boolean', default: false },
      as: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean', default: false },
      data: { type: 'string' },
    },
  });
  if (values['dry-run'] === values.send) throw new UsageError(`Choose --dry-run or --send.\n${USAGE}`);
  if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError(`--today must be a date as YYYY-MM-DD\n${USAGE}`);
  await withCliPlan(values.data, async ({ config, running, view }) => {
    const today = values.today ?? todayIn(view.plan.timeZone);
    if (values['dry-run']) {
      if (values.as && !view.people.some((person) => person.id === values.as)) throw new UsageError(`--as: no person "${values.as}" in the plan`);
      const digests = composeDigests({
        ...factsOf(view),
        today,
        lastDigestAt: new Map(),
        ...(values.as ? { only: new Set([values.as]) } : {}),
      });
      if (values.as && digests.length === 0) throw new UsageError(`${values.as} is not a manager or admin, so gets no digest.`);
      for (const digest of digests) {
        process.stdout.write(
          values.json
            ? `${JSON.stringify({ person: digest.person.id, card: renderDigestCard(digest, today, view.plan.areas) })}\n`
            : `${digestText(digest, today)}\n\n`,
        );
      }
      return;
    }
    const adapter = createAdapter(config.bot);
    const summary = await runWeeklyDigest(
      {
        plans: running.plans,
        state: running.state,
        planId: view.plan.id,
        delivery: teamsDigestDelivery({ adapter, botAppId: config.bot?.appId ?? '', state: running.state }),
        clock: () => new Date(),
        logger: createLogger('warn'),
        instanceId: `cli-${process.pid}`,
      },
      { force: true, today },
    );
    if (!summary.ran) process.stdout.write(`Not sent: ${summary.reason ?? 'unknown'} (another instance may be sending now).\n`);
    else
      process.stdout.write(
        `Sent ${summary.sent.length}; not reachable ${summary.unreachable.length}; blocked ${summary.blocked.length}; failed ${summary.failed.length}; already sent or off ${summary.skipped.length}.\n`,
      );
  });
}, USAGE);
