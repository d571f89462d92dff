import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The channels of the team the loopback service knows. */
export const CHANNELS = { general: '19:general@thread.tacv2', committee: '19:improvement-plan@thread.tacv2' } as const;

export type ConnectorCall = Readonly<{ method: string; path: string; conversationId: string; activityId: string | undefined; body: unknown; at: number }>;

/**
 * Stands in for Teams' Bot Connector service on loopback: records what the bot posts, updates or
 * sends proactively, and can be told to answer a conversation with an error (429, 403, 500...).
 */
export type LoopbackConnector = Readonly<{
  serviceUrl: string;
  calls: ConnectorCall[];
  /** The next `times` calls for a conversation get `status` (e.g. 429, then success). */
  /** `retryAfterSeconds`: what a 429 tells the bot to wait (0 unless given). */
  failNext(conversationId: string, status: number, times?: number, retryAfterSeconds?: number): void;
  stop(): Promise<void>;
}>;

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return text;
  }
}

export async function startLoopbackConnector(): Promise<LoopbackConnector> {
  const calls: ConnectorCall[] = [];
  const failures = new Map<string, Array<number>>();
  const retryAfter = new Map<string, number>();
  let counter = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://loopback');
      const match = /^\/v3\/conversations(?:\/([^/]+)(?:\/activities(?:\/([^/]+))?)?)?/.exec(url.pathname);
      const conversationId = decodeURIComponent(match?.[1] ?? '');
      const activityId = match?.[2] ? decodeURIComponent(match[2]) : undefined;
      const queued = failures.get(conversationId);
      const failure = queued?.shift();
      calls.push({ method: req.method ?? '', path: url.pathname, conversationId, activityId, body, at: Date.now() });
      res.setHeader('content-type', 'application/json');
      if (failure !== undefined) {
        res.statusCode = failure;
        if (failure === 429) res.setHeader('retry-after', String(retryAfter.get(conversationId) ?? 0));
        res.end(JSON.stringify({ error: { code: String(failure), message: 'loopback failure' } }));
        return;
      }
      if (req.method === 'GET' && /^\/v3\/teams\/[^/]+\/conversations$/.test(url.pathname)) {
        res.end(JSON.stringify({ conversations: [{ id: CHANNELS.general }, { id: CHANNELS.committee, name: 'Improvement Plan' }] }));
        return;
      }
      if (req.method === 'POST' && url.pathname === '/v3/conversations') {
        counter += 1;
        res.end(JSON.stringify({ id: `a:created-${counter}` }));
        return;
      }
      counter += 1;
      res.end(JSON.stringify({ id: `message-${counter}` }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    failNext(conversationId, status, times = 1, retryAfterSeconds = 0) {
      retryAfter.set(conversationId, retryAfterSeconds);
      failures.set(conversationId, [...(failures.get(conversationId) ?? []), ...Array.from({ length: times }, () => status)]);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
