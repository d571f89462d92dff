import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { CONTAINERS, type ContainerName } from './containers';
import type { Store } from './cosmosClient';
import { cosmosCall } from './cosmosErrors';

/**
 * A write-ahead journal for the embedded server, which keeps its data in memory: every write it
 * accepts is appended to a file and forced to disk before the answer leaves the server, so a
 * change the bot acknowledged survives a crash. Snapshots fold the journal away.
 */
const RecordSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), container: z.string(), document: z.record(z.unknown()) }),
  z.object({ op: z.literal('delete'), container: z.string(), id: z.string(), partitionKey: z.unknown() }),
]);
type JournalRecord = z.infer<typeof RecordSchema>;

const DOCUMENT_PATH = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs(?:\/([^/?]+))?/;
const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_attachments', '_ts'];

function withoutSystemProperties(document: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...document };
  for (const key of SYSTEM_PROPERTIES) delete copy[key];
  return copy;
}

/** What a successful write did, read from the request and the server's own answer. */
function recordOf(req: IncomingMessage, status: number, body: string): JournalRecord | undefined {
  const match = DOCUMENT_PATH.exec(req.url ?? '');
  if (!match || status >= 300 || req.headers['x-ms-cosmos-is-query-plan-request'] !== undefined) return undefined;
  const container = decodeURIComponent(match[1] ?? '');
  if (req.method === 'DELETE') {
    const header = req.headers['x-ms-documentdb-partitionkey'];
    const partitionKey: unknown = typeof header === 'string' ? (JSON.parse(header) as unknown[])[0] : undefined;
    return { op: 'delete', container, id: decodeURIComponent(match[2] ?? ''), partitionKey };
  }
  // Creates, upserts, replaces and patches all answer with the whole document as stored (the
  // tracker sends no batches).
  const parsed: unknown = body ? JSON.parse(body) : undefined;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof (parsed as { id?: unknown }).id !== 'string') return undefined;
  return { op: 'put', container, document: withoutSystemProperties(parsed as Record<string, unknown>) };
}

export type Journal = Readonly<{
  /** Wraps a write's response so it is journalled, durably, before it is sent. */
  capture(req: IncomingMessage, res: ServerResponse): void;
  /** How many writes the current journal file holds. */
  records(): number;
  /** Starts a new journal file; the old one is kept until `discardRotated` (after a snapshot). */
  rotate(): void;
  discardRotated(): void;
  close(): void;
}>;

/** Removes the journal files (a reset to the demo plan). */
export function removeJournal(file: string): void {
  rmSync(file, { force: true });
  rmSync(`${file}.old`, { force: true });
}

export function openJournal(file: string): Journal {
  let fd: number | undefined = openSync(file, 'a');
  // What an earlier run left in the file counts too (it is replayed at every start until folded).
  let count = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0;
  const append = (record: JournalRecord): void => {
    if (fd === undefined) throw new Error('the journal is closed');
    writeSync(fd, `${JSON.stringify(record)}\n`);
    fsyncSync(fd);
    count += 1;
  };
  return {
    records: () => count,
    capture(req, res) {
      const end = res.end.bind(res);
      // The server answers each request with one end(body) call: journal it before the bytes go.
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        const body = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
        const record = recordOf(req, res.statusCode, body);
        if (record) append(record);
        return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
      }) as typeof res.end;
    },
    rotate() {
      if (fd === undefined) return;
      closeSync(fd);
      // A snapshot that failed left its rotated file: what came since joins it, in order.
      if (existsSync(`${file}.old`)) {
        appendFileSync(`${file}.old`, existsSync(file) ? readFileSync(file) : '');
        rmSync(file, { force: true });
      } else if (existsSync(file)) {
        renameSync(file, `${file}.old`);
      }
      fd = openSync(file, 'a');
      count = 0;
    },
    discardRotated() {
      rmSync(`${file}.old`, { force: true });
    },
    close() {
      // Once only: a descriptor number closed twice may by then be another file's.
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

function containerNameOf(id: string): ContainerName | undefined {
  return (Object.keys(CONTAINERS) as ContainerName[]).find((name) => CONTAINERS[name].id === id);
}

/** Replays what the journal holds (an older rotated file first) onto a store restored from its snapshot. */
export async function replayJournal(store: Store, file: string): Promise<number> {
  let count = 0;
  for (const path of [`${file}.old`, file]) {
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      // A crash can cut the last line short: that write was never acknowledged.
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue;
      }
      const record = RecordSchema.safeParse(parsed);
      const name = record.success ? containerNameOf(record.data.container) : undefined;
      if (!record.success || !name) continue;
      const container = store.containers[name];
      const entry = record.data;
      if (entry.op === 'put') await cosmosCall(() => container.items.upsert(entry.document));
      else await cosmosCall(() => container.item(entry.id, entry.partitionKey as string).delete()).catch(() => undefined);
      count += 1;
    }
  }
  return count;
}
