import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { CONTAINERS, type ContainerName } from './containers';
import type { Store } from './cosmosClient';
import { cosmosCall } from './cosmosErrors';
import type { Journal } from './journal';

const SnapshotSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  containers: z.record(z.array(z.record(z.unknown()))),
});
type Snapshot = z.infer<typeof SnapshotSchema>;

const SNAPSHOT_PAGE = 10_000;

/** With a journal, the snapshot is rewritten after this many journalled writes (and at shutdown). */
export const FOLD_AFTER_WRITES = 2_000;

const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_attachments', '_ts'];

function withoutSystemProperties(document: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...document };
  for (const key of SYSTEM_PROPERTIES) delete copy[key];
  return copy;
}

/** Saves every document of the store to a file, atomically (write then rename). */
export async function saveSnapshot(store: Store, file: string): Promise<number> {
  const containers: Snapshot['containers'] = {};
  let count = 0;
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    // Big pages: the embedded server scans the container for each page it serves.
    const { resources } = await cosmosCall(() => store.containers[name].items.readAll({ maxItemCount: SNAPSHOT_PAGE }).fetchAll());
    containers[name] = resources.map((document) => withoutSystemProperties(document));
    count += resources.length;
  }
  const snapshot: Snapshot = { version: 1, savedAt: new Date().toISOString(), containers };
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(snapshot));
  await rename(temporary, file);
  return count;
}

/** Loads a saved snapshot into the store; returns null when there is no snapshot file. */
export async function restoreSnapshot(store: Store, file: string): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
  const snapshot = SnapshotSchema.parse(JSON.parse(text));
  let count = 0;
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    for (const document of snapshot.containers[name] ?? []) {
      await cosmosCall(() => store.containers[name].items.upsert(document));
      count += 1;
    }
  }
  return count;
}

/**
 * Keeps the snapshot and its journal short. The journal makes each write durable before it is
 * acknowledged, so the snapshot (a read of the whole database) is rewritten only when the journal
 * has grown by `foldAfterWrites` writes, and at shutdown: a save costs one appended line, not a
 * read of every document. Without a journal, the snapshot follows shortly after each burst of writes.
 */
export function createSnapshotWriter(
  store: Store,
  file: string,
  onError: (error: unknown) => void,
  options: Readonly<{ delayMs?: number; journal?: Journal; foldAfterWrites?: number }> = {},
) {
  const delayMs = options.delayMs ?? 250;
  const { journal } = options;
  const foldAfterWrites = options.foldAfterWrites ?? FOLD_AFTER_WRITES;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let dirty = false;

  const save = (): Promise<void> => {
    running = running.then(async () => {
      if (!dirty) return;
      dirty = false;
      try {
        // Writes from here on go to a fresh journal; the old one is folded into this snapshot.
        journal?.rotate();
        await saveSnapshot(store, file);
        journal?.discardRotated();
      } catch (error) {
        dirty = true;
        onError(error);
      }
    });
    return running;
  };

  return {
    markDirty(): void {
      dirty = true;
      if (journal && journal.records() < foldAfterWrites) return;
      if (!timer) {
        timer = setTimeout(() => {
          timer = undefined;
          void save();
        }, delayMs);
      }
    },
    async flush(): Promise<void> {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      await save();
    },
  };
}
