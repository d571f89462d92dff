import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { DEMO_DATA_FILE } from '../store/demoData';
import { readPlanDataFile } from '../store/seed';
import { claimLocalData } from '../store/localLock';
import { loadEnvFile, localSeed, runCli, UsageError } from './cliSupport';
import { buildPlaygroundConfig, PLAYGROUND_BOT_ID, PLAYGROUND_CHANNEL_NAME, playgroundConversationIds } from './playgroundConfig';
import { committeeChannelId, loadReference, saveReference } from '../bot/references';
import { startPlayground, type RunningPlayground } from './playground';

const USAGE = 'usage: npm start [-- [--no-client] [--data FILE]]';

runCli(async () => {
  const { values } = parseArgs({ options: { 'no-client': { type: 'boolean', default: false }, data: { type: 'string' } }, strict: false });
  if (Object.keys(values).some((name) => name !== 'no-client' && name !== 'data') || (values.data !== undefined && typeof values.data !== 'string'))
    throw new UsageError(USAGE);
  const dataFile = typeof values.data === 'string' ? values.data : undefined;
  loadEnvFile();
  let config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const telemetry = config.appInsightsConnectionString ? (await import('../telemetry')).startTelemetry(config.appInsightsConnectionString) : undefined;
  // Loaded after telemetry starts, so that HTTP and Cosmos calls are instrumented.
  const { startTracker } = await import('../index');
  // --data FILE: a fresh embedded store seeded from that file as it is, kept nowhere (try your own plan).
  const fromFile = dataFile ? await readPlanDataFile(dataFile) : undefined;
  if (fromFile && config.cosmos.kind !== 'embedded') throw new UsageError('--data runs on a fresh local database: leave COSMOS_ENDPOINT unset.');
  if (fromFile) config = { ...config, planId: fromFile.plan.id };
  const embedded = config.cosmos.kind === 'embedded' && !fromFile;
  // The local data is this process's while it runs: npm run reset refuses rather than be undone.
  const lock = embedded ? await claimLocalData(config.dataDir) : undefined;

  const tracker = await startTracker({
    config,
    logger,
    schedule: true,
    seed: fromFile ? { kind: 'data', data: fromFile } : localSeed(config),
  });
  if (fromFile) logger.info(`Embedded Cosmos DB at ${tracker.store.embedded?.endpoint ?? ''} with ${dataFile ?? ''} as it is (nothing is kept when it stops)`);
  if (embedded) {
    const source =
      tracker.store.loaded === 'snapshot'
        ? `your saved local data (${join(config.dataDir, 'cosmos-snapshot.json')}; npm run reset restores the demo)`
        : 'the demo plan, dated to today';
    logger.info(`Embedded Cosmos DB at ${tracker.store.embedded?.endpoint ?? ''} with ${source}`);
  }
  logger.info(
    config.bot
      ? `Bot Framework authentication on for app ${config.bot.appId}; listening on ${config.host}:${tracker.port}`
      : `Anonymous local mode: no Bot Framework authentication, listening on ${config.host} only`,
  );
  logger.info(`Bot endpoint: ${tracker.url}/api/messages`);
  logger.info(
    `Plan tab: http://localhost:${tracker.port}/tabs/plan · Action log: http://localhost:${tracker.port}/tabs/log · an action: http://localhost:${tracker.port}/actions/7.2`,
  );

  let playground: RunningPlayground | undefined;
  if (!values['no-client']) {
    const data = fromFile ?? (await readPlanDataFile(DEMO_DATA_FILE));
    const people = data.people.flatMap((person) =>
      person.aadObjectId ? [{ ...person, aadObjectId: person.aadObjectId, email: person.email ?? `${person.id}@example.gov.uk` }] : [],
    );
    // Your own plan has its own people: be its first admin (or first person) unless DEMO_USER says who.
    if (fromFile && !process.env.DEMO_USER) {
      const first = people.find((person) => person.roles.includes('admin')) ?? people[0];
      if (first) config = { ...config, demoUser: first.id };
    }
    if (!people.some((person) => person.id === config.demoUser)) {
      throw new UsageError(`DEMO_USER "${config.demoUser}" is not a demo person. Choose one of: ${people.map((person) => person.id).join(', ')}`);
    }
    playground = await startPlayground({
      botEndpoint: `${tracker.url}/api/messages`,
      port: config.playgroundPort,
      configDir: join(config.dataDir, 'playground'),
      yaml: buildPlaygroundConfig({ tenantId: data.tenantId ?? '00000000-0000-0000-0000-000000000000', people, currentUserId: config.demoUser }),
      log: (message) => logger.info(message),
    });
    // The demo team's "Improvement Plan" channel is the committee's, as if an admin had chosen it.
    const ids = playgroundConversationIds(config.demoUser);
    const committee = committeeChannelId(config.planId);
    if (!(await loadReference(tracker.store.state, committee))) {
      await saveReference(tracker.store.state, committee, {
        channelId: 'msteams',
        serviceUrl: `${playground.url}/_connector`,
        conversation: {
          id: ids.improvementPlanChannel,
          isGroup: true,
          conversationType: 'channel',
          tenantId: data.tenantId ?? '',
          name: PLAYGROUND_CHANNEL_NAME,
        },
        bot: { id: PLAYGROUND_BOT_ID, name: 'Improvement Tracker' },
      });
    }
    const who = people.find((person) => person.id === config.demoUser);
    logger.info(`Local Teams client ready: open ${playground.url} (you are ${who?.name ?? config.demoUser}, ${who?.jobTitle ?? ''})`);
  }

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await playground?.stop();
    await tracker.stop();
    await lock?.release();
    await telemetry?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}, USAGE);
