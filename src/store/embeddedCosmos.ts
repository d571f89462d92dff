import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { openJournal, type Journal } from './journal';

/** The embedded server accepts any base64 key; this one is fixed so tools can connect. */
export const EMBEDDED_COSMOS_KEY = Buffer.from('improvement-tracker-local-key').toString('base64');

export type EmbeddedCosmos = Readonly<{
  endpoint: string;
  key: string;
  /** Called after every successful write, so callers can persist the in-memory data. */
  onWrite(listener: () => void): void;
  /** From now on, every write is journalled to disk before it is answered. */
  journalTo(file: string): Journal;
  stop(): Promise<void>;
}>;

function isWrite(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  // Queries are POSTs too, marked by this header.
  return req.headers['x-ms-documentdb-isquery'] !== 'true';
}

/**
 * Starts the Cosmos-compatible server on loopback over plain HTTP with keep-alive
 * (without keep-alive every request opens a connection and point reads are ~5x slower).
 */
export async function startEmbeddedCosmos(options: { port?: number; host?: string } = {}): Promise<EmbeddedCosmos> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createHttpServer({ keepAlive: true });
  const listeners: Array<() => void> = [];
  let journal: Journal | undefined;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isWrite(req)) return;
    journal?.capture(req, res);
    res.on('finish', () => {
      if (res.statusCode < 300) for (const listener of listeners) listener();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${host}:${port}`,
    key: EMBEDDED_COSMOS_KEY,
    onWrite: (listener) => listeners.push(listener),
    journalTo(file) {
      journal?.close();
      journal = openJournal(file);
      return journal;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          journal?.close();
          journal = undefined;
          resolve();
        });
      }),
  };
}
