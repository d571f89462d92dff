import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * - pass: every request goes through to the database.
 * - hang: connections are accepted and requests read, but nothing is ever answered.
 * - refuse: nothing listens on the port (connections are refused) and open connections are cut.
 * - loseWriteAnswers: writes to the plan's documents reach the database, but their answers never come back.
 * - throttle: every request is answered 429 with x-ms-retry-after-ms, as Cosmos does when over its request units.
 */
export type ProxyMode = 'pass' | 'hang' | 'refuse' | 'loseWriteAnswers' | 'throttle';

export type CosmosProxy = Readonly<{
  endpoint: string;
  mode(): ProxyMode;
  pass(): Promise<void>;
  hang(): Promise<void>;
  refuse(): Promise<void>;
  loseWriteAnswers(): Promise<void>;
  /** Answers 429 for `forMs` (then passes again), asking the client to wait `retryAfterMs` each time. */
  throttle(options: { forMs: number; retryAfterMs: number }): Promise<void>;
  /** Requests answered 429 since the last throttle() began. */
  throttled(): number;
  /** Writes whose answers were withheld. */
  lostWrites(): number;
  stop(): Promise<void>;
}>;

const isPlanDocumentWrite = (req: IncomingMessage): boolean =>
  (req.method === 'PUT' || (req.method === 'POST' && req.headers['x-ms-documentdb-isquery'] === undefined)) && /\/colls\/plan\/docs/.test(req.url ?? '');

/** A loopback HTTP proxy in front of the Cosmos server whose behaviour a test switches at will. */
export async function startCosmosProxy(upstream: string): Promise<CosmosProxy> {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  const sockets = new Set<Socket>();
  const held = new Set<ServerResponse>();
  let mode: ProxyMode = 'pass';
  let throttleUntil = 0;
  let retryAfterMs = 0;
  let throttledCount = 0;
  let lostWriteCount = 0;

  const forward = (req: IncomingMessage, res: ServerResponse, loseAnswer: boolean): void => {
    const upstreamRequest = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host }, agent },
      (upstreamResponse) => {
        if (loseAnswer) {
          upstreamResponse.resume();
          return;
        }
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(res);
      },
    );
    upstreamRequest.on('error', () => res.destroy());
    req.pipe(upstreamRequest);
  };

  const server = createServer((req, res) => {
    const current = mode === 'throttle' && Date.now() >= throttleUntil ? 'pass' : mode;
    if (current === 'hang') {
      req.resume();
      held.add(res);
      res.on('close', () => held.delete(res));
      return;
    }
    if (current === 'throttle') {
      throttledCount += 1;
      req.resume();
      res.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': String(retryAfterMs), 'x-ms-substatus': '3200' });
      res.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large.' }));
      return;
    }
    const loseAnswer = current === 'loseWriteAnswers' && isPlanDocumentWrite(req);
    if (loseAnswer) {
      lostWriteCount += 1;
      held.add(res);
      res.on('close', () => held.delete(res));
    }
    forward(req, res, loseAnswer);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 60_000;

  const listen = (port: number): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  /** Requests left waiting are cut, so the client sees a failure rather than waiting on forever. */
  const releaseHeld = (): void => {
    for (const res of held) res.destroy();
    held.clear();
  };

  await listen(0);
  const { port } = server.address() as AddressInfo;
  const switchTo = async (next: ProxyMode): Promise<void> => {
    if (next !== 'hang' && next !== 'loseWriteAnswers') releaseHeld();
    if (next === 'refuse') await close();
    else if (!server.listening) await listen(port);
    mode = next;
  };

  return {
    endpoint: `http://127.0.0.1:${port}`,
    mode: () => mode,
    pass: () => switchTo('pass'),
    hang: () => switchTo('hang'),
    refuse: () => switchTo('refuse'),
    loseWriteAnswers: () => switchTo('loseWriteAnswers'),
    async throttle(options) {
      throttleUntil = Date.now() + options.forMs;
      retryAfterMs = options.retryAfterMs;
      throttledCount = 0;
      await switchTo('throttle');
    },
    throttled: () => throttledCount,
    lostWrites: () => lostWriteCount,
    async stop() {
      releaseHeld();
      await close();
      agent.destroy();
    },
  };
}
