import type { Config } from './config';
import { createLogger, type Logger } from './logger';
import { startStore, type RunningStore, type SeedPlan } from './store/bootstrap';
import { createAdapter } from './bot/adapter';
import { PlanCache } from './store/planCache';
import { createBotApplication } from './bot/botApp';
import { createServer, listen } from './bot/server';
import { hostname } from 'node:os';
import { teamsDigestDelivery } from './bot/digestDelivery';
import { scheduleDigest, scheduleFollowUpdates, scheduleReminders } from './jobs/scheduler';
import { publicBase } from './web/links';
import { registerWebRoutes } from './web/routes';
import { createIdentityCheck } from './web/identity';
import { ReportLinks } from './web/reportLinks';

/** How long shutdown waits for turns in flight (App Service allows about 30 s after SIGTERM). */
const SHUTDOWN_GRACE_MS = 20_000;

export type RunningTracker = Readonly<{
  url: string;
  port: number;
  store: RunningStore;
  logger: Logger;
  stop(): Promise<void>;
}>;

/** The composition root: store, adapter, application and HTTP server, wired from one config. */
export async function startTracker(options: {
  config: Config;
  seed: SeedPlan;
  clock?: () => Date;
  logger?: Logger;
  /** Run scheduled work (the weekly digest, owners' reminders) in this process. */
  schedule?: boolean;
}): Promise<RunningTracker> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = await startStore({
    target: config.cosmos,
    seed: options.seed,
    onPersistError: (error) => logger.error({ err: error }, 'could not save the local database to disk'),
  });
  try {
    const adapter = createAdapter(config.bot);
    const planCache = new PlanCache(store.plans);
    // Read the plan once before taking requests, so the first person does not wait for it.
    await planCache.view(config.planId).catch((error: unknown) => logger.warn({ err: error }, 'could not read the plan at start-up'));
    const reportLinks = new ReportLinks(config.bot?.password);
    // Known once the server listens (a test's port 0 becomes a real port).
    let base = config.botDomain ? publicBase(config.botDomain, config.port) : '';
    const app = createBotApplication({
      plans: store.plans,
      planCache,
      state: store.state,
      planId: config.planId,
      logger,
      clock: options.clock ?? (() => new Date()),
      adapter,
      botAppId: config.bot?.appId ?? '',
      publicBase: () => base,
      reportLinks,
    });
    const server = createServer({ config, adapter, app, store: store.store, logger });
    registerWebRoutes(server, {
      plans: store.plans,
      planCache,
      planId: config.planId,
      logger,
      clock: options.clock ?? (() => new Date()),
      demoUser: config.demoUser,
      reportLinks,
      identify: createIdentityCheck({
        appId: config.bot?.appId,
        domain: config.botDomain,
        allowedTenantIds: config.allowedTenantIds,
        tenantId: config.bot?.tenantId,
        jwksUrl: config.entra.jwksUrl,
        authority: config.entra.authority,
      }),
    });
    const { port, url } = await listen(server, config.port, config.host);
    base = publicBase(config.botDomain, port);
    const jobDeps = {
      plans: store.plans,
      state: store.state,
      planId: config.planId,
      delivery: teamsDigestDelivery({ adapter, botAppId: config.bot?.appId ?? '', state: store.state }),
      clock: options.clock ?? (() => new Date()),
      logger,
      instanceId: `${hostname()}-${process.pid}`,
    };
    const digest = options.schedule && config.digest.enabled ? scheduleDigest(config.digest.cron, config.timeZone, jobDeps, logger) : undefined;
    const reminders = options.schedule && config.reminders.enabled ? scheduleReminders(config.reminders.cron, config.timeZone, jobDeps, logger) : undefined;
    const following = options.schedule ? scheduleFollowUpdates('*/10 * * * *', config.timeZone, jobDeps, logger) : undefined;
    return {
      url,
      port,
      store,
      logger,
      async stop() {
        // Stop taking requests, let turns in flight finish (bounded), then stop the digest (releasing its lease).
        const closed = new Promise<void>((resolve) => {
          server.close(() => resolve());
        });
        server.server.closeIdleConnections();
        await Promise.race([server.inFlight.idle(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref())]);
        server.server.closeAllConnections();
        await Promise.all([digest?.stop(), reminders?.stop(), following?.stop()]);
        await closed;
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
