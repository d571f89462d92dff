import type { PlanData } from '../domain/model';
import { shiftPlanDataTo } from '../domain/shiftDates';
import type { IsoDate } from '../domain/dates';
import { openStore, type Store } from './cosmosClient';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './embeddedCosmos';
import { PlanRepository } from './planRepository';
import { StateRepository } from './stateRepository';
import { readPlanDataFile, seedPlan } from './seed';
import { createSnapshotWriter, restoreSnapshot, saveSnapshot } from './snapshot';
import { removeJournal, replayJournal } from './journal';
import { dirname, join } from 'node:path';

/** Writes are durable in the journal at once; the snapshot that folds it away can wait a little. */
const SNAPSHOT_DELAY_MS = 2000;

/** The local data's journal sits beside its snapshot. */
export function journalFileFor(snapshotFile: string): string {
  return join(dirname(snapshotFile), 'cosmos-journal.jsonl');
}

export { DEMO_DATA_FILE } from './demoData';

export type StoreTarget = { kind: 'embedded'; database: string } | { kind: 'azure'; endpoint: string; key: string | undefined; database: string };

/** What to load into a store when it starts. */
export type SeedPlan =
  /** Nothing: the data is already there (Azure). */
  | { kind: 'none' }
  /** Plan data exactly as it is (tests, `--data`). */
  | { kind: 'data'; data: PlanData }
  /** The local demo: the saved snapshot if there is one, else the demo data moved to `today`; saved after every write. */
  | { kind: 'demo'; path: string; today: IsoDate; snapshotFile: string; readOnly?: boolean };

export type RunningStore = Readonly<{
  store: Store;
  plans: PlanRepository;
  state: StateRepository;
  embedded: EmbeddedCosmos | undefined;
  loaded: 'snapshot' | 'demo' | 'data' | 'none';
  /** Writes any unsaved change to disk (embedded demo only). */
  flush(): Promise<void>;
  close(): Promise<void>;
}>;

function isLoopbackEndpoint(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

export async function startStore(options: {
  target: StoreTarget;
  seed: SeedPlan;
  onPersistError?: (error: unknown) => void;
  embeddedPort?: number;
}): Promise<RunningStore> {
  const embedded = options.target.kind === 'embedded' ? await startEmbeddedCosmos({ port: options.embeddedPort }) : undefined;
  try {
    const store = await openStore(
      embedded
        ? { endpoint: embedded.endpoint, key: embedded.key, database: options.target.database, embedded: true }
        : {
            endpoint: options.target.kind === 'azure' ? options.target.endpoint : '',
            key: options.target.kind === 'azure' ? options.target.key : undefined,
            database: options.target.database,
            // A Cosmos-compatible server on this machine (a separately started emulator) has no regions to discover.
            embedded: options.target.kind === 'azure' && isLoopbackEndpoint(options.target.endpoint),
          },
    );
    const plans = new PlanRepository(store.containers.plan);
    const state = new StateRepository(store.containers.state);
    let loaded: RunningStore['loaded'] = 'none';
    let flush = async (): Promise<void> => {};
    const seed = options.seed;
    if (seed.kind === 'data') {
      await seedPlan(plans, seed.data);
      loaded = 'data';
    } else if (seed.kind === 'demo') {
      const journalFile = journalFileFor(seed.snapshotFile);
      const restored = await restoreSnapshot(store, seed.snapshotFile);
      if (restored === null) {
        // A journal only means something on top of its snapshot.
        if (!seed.readOnly) removeJournal(journalFile);
        const data: PlanData = shiftPlanDataTo(await readPlanDataFile(seed.path), seed.today);
        await seedPlan(plans, data);
        if (!seed.readOnly) await saveSnapshot(store, seed.snapshotFile);
        loaded = 'demo';
      } else {
        // What was acknowledged after the last snapshot (a crash, a kill) comes back from the journal.
        await replayJournal(store, journalFile);
        loaded = 'snapshot';
      }
      // Read-only: another process (npm start) owns the files; this one reads them and writes nothing back.
      if (embedded && !seed.readOnly) {
        const journal = embedded.journalTo(journalFile);
        const writer = createSnapshotWriter(store, seed.snapshotFile, options.onPersistError ?? (() => {}), { journal, delayMs: SNAPSHOT_DELAY_MS });
        embedded.onWrite(() => writer.markDirty());
        writer.markDirty();
        await writer.flush();
        flush = () => writer.flush();
      }
    }
    return {
      store,
      plans,
      state,
      embedded,
      loaded,
      flush,
      async close() {
        await flush();
        store.client.dispose();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
