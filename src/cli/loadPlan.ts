import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { readPlanDataFile, seedPlan } from '../store/seed';
import { loadEnvFile, runCli, UsageError } from './cliSupport';

const USAGE = 'usage: npm run load-plan -- FILE.json';

/**
 * Loads a plan into the configured database (Azure Cosmos DB when COSMOS_ENDPOINT is set).
 * It only adds what is missing: running it again never overwrites updates made in Teams.
 */
runCli(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  loadEnvFile();
  const config = loadConfig(process.env);
  if (config.cosmos.kind === 'embedded') throw new UsageError('COSMOS_ENDPOINT is not set: the local database loads the demo plan by itself (npm start).');
  const data = await readPlanDataFile(file);
  const { startStore } = await import('../store/bootstrap');
  const running = await startStore({ target: config.cosmos, seed: { kind: 'none' } });
  try {
    const { written, kept } = await seedPlan(running.plans, data, 'keep');
    process.stdout.write(`Plan "${data.plan.id}": added ${written} records; kept ${kept} already there unchanged.\n`);
  } finally {
    await running.close();
  }
}, USAGE);
