import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { loadEnvFile, runCli, UsageError } from './cliSupport';
import { localDataHolder } from '../store/localLock';
import { removeJournal } from '../store/journal';
import { journalFileFor } from '../store/bootstrap';

runCli(async () => {
  loadEnvFile();
  const config = loadConfig(process.env);
  if (config.cosmos.kind !== 'embedded') throw new UsageError('npm run reset only resets the local embedded database; COSMOS_ENDPOINT is set.');
  const holder = await localDataHolder(config.dataDir);
  if (holder !== undefined) {
    throw new UsageError(
      `The tracker is running (process ${holder}) and would write its data back over a reset. Nothing was changed. Stop npm start first (Ctrl+C), then run npm run reset again.`,
    );
  }
  const snapshot = join(config.dataDir, 'cosmos-snapshot.json');
  await rm(snapshot, { force: true });
  removeJournal(journalFileFor(snapshot));
  process.stdout.write(`Removed ${snapshot}. The next npm start loads the demo plan, dated to today.\n`);
}, 'usage: npm run reset');
