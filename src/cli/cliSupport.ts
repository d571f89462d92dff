import { existsSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { ConfigError, loadConfig, type Config } from '../config';
import { todayIn } from '../domain/dates';
import { AppError } from '../errors';
import type { PlanView } from '../store/planRepository';
import type { RunningStore, SeedPlan } from '../store/bootstrap';
import { DEMO_DATA_FILE } from '../store/demoData';
import { readPlanDataFile } from '../store/seed';
import { localDataHolder } from '../store/localLock';

/** A mistake in how a command was called: print the message and exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const PROJECT_ROOT = join(__dirname, '..', '..');

/** Loads env/.env.local (committed, no secrets); variables already set win. */
export function loadEnvFile(file = join(PROJECT_ROOT, 'env', '.env.local')): void {
  if (existsSync(file)) dotenv.config({ path: file, quiet: true });
}

/** Runs a command-line entry point, turning failures into one readable line and an exit code. */
export function runCli(main: () => Promise<void>, usage: string): void {
  main().then(
    () => {
      process.exitCode = process.exitCode ?? 0;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 2;
      } else if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      } else if (error instanceof AppError) {
        process.stderr.write(`${error.userMessage}\n`);
        if (process.env.DEBUG) process.stderr.write(`${String(error.cause)}\n`);
        process.exitCode = 1;
      } else {
        process.stderr.write(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
        process.exitCode = 1;
      }
    },
  );
}

/** What to load locally: the saved local database, else the demo plan dated to today (nothing for Azure). */
export function localSeed(config: Config): SeedPlan {
  return config.cosmos.kind === 'embedded'
    ? { kind: 'demo', path: DEMO_DATA_FILE, today: todayIn(config.timeZone), snapshotFile: join(config.dataDir, 'cosmos-snapshot.json') }
    : { kind: 'none' };
}

/**
 * Runs a command against the plan: from `--data FILE` as it is (a fresh embedded store), else the
 * configured store (the saved local database, or Azure). The store is closed afterwards.
 */
export async function withCliPlan<T>(
  dataFile: string | undefined,
  work: (context: { config: Config; running: RunningStore; view: PlanView }) => Promise<T>,
): Promise<T> {
  loadEnvFile();
  const config = loadConfig(process.env);
  const data = dataFile ? await readPlanDataFile(dataFile) : undefined;
  // The store (and the Cosmos SDK) load only when a command needs them.
  const { startStore } = await import('../store/bootstrap');
  // --data answers from a fresh embedded database holding that file, never from (or into) the configured one.
  const seed = localSeed(config);
  // While npm start runs, its local data is its own: read it, and keep nothing written here.
  if (seed.kind === 'demo' && (await localDataHolder(config.dataDir)) !== undefined) {
    process.stderr.write('npm start is running: reading its local data as of now; nothing this command changes is kept.\n');
    seed.readOnly = true;
  }
  const running = await startStore(
    data ? { target: { kind: 'embedded', database: 'from-file' }, seed: { kind: 'data', data } } : { target: config.cosmos, seed },
  );
  try {
    const planId = data?.plan.id ?? config.planId;
    const view = await running.plans.loadPlanView(planId);
    if (!view) throw new AppError('NOT_FOUND', `No plan "${planId}" in the store.`);
    return await work({ config, running, view });
  } finally {
    await running.close();
  }
}
