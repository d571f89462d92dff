import restify from 'restify';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { hashUserId } from '../logger';
import type { Store } from '../store/cosmosClient';
import { pingStore } from '../store/cosmosClient';
import { countingCosmosRequests } from '../store/requestCounter';
import type { TrackerAdapter } from './adapter';
import type { TrackerApp } from './turn';
import { withTurnLog } from './turnLog';

/** Teams' ids are printable ASCII ("29:…", "19:…@thread.tacv2;messageid=…"); anything else is no id of theirs. */
const TeamsIdSchema = z.string().regex(/^[\x21-\x7e]{1,512}$/);
const AccountSchema = z.object({ id: TeamsIdSchema, name: z.string().optional(), role: z.string().optional() }).passthrough();

/** The least an activity must have before anything else looks at it. */
const IncomingActivitySchema = z
  .object({
    type: z.string().min(1),
    // Stored with the conversation's reference and echoed in replies: Teams' ids, never arbitrary text.
    id: TeamsIdSchema.optional(),
    channelId: z.string().min(1),
    serviceUrl: z
      .string()
      .url()
      .regex(/^https?:\/\//i)
      .optional(),
    deliveryMode: z.string().optional(),
    text: z.string().optional(),
    name: z.string().optional(),
    locale: z.string().optional(),
    textFormat: z.string().optional(),
    replyToId: TeamsIdSchema.optional(),
    // The SDK walks these: malformed ones are dropped before it sees them (sanitiseEntities).
    entities: z.array(z.unknown()).optional(),
    timestamp: z.string().optional(),
    localTimestamp: z.string().optional(),
    localTimezone: z.string().optional(),
    // Replies echo these accounts back to the connector, whose serializer insists on their types.
    conversation: z
      .object({
        id: TeamsIdSchema,
        tenantId: z.string().optional(),
        conversationType: z.string().optional(),
        name: z.string().optional(),
        isGroup: z.boolean().optional(),
        role: z.string().optional(),
      })
      .passthrough(),
    from: AccountSchema.extend({ aadObjectId: z.string().optional() }),
    recipient: AccountSchema,
    channelData: z
      .object({ tenant: z.object({ id: z.string() }).passthrough().optional() })
      .passthrough()
      .optional(),
  })
  .passthrough()
  // Replies go to serviceUrl unless they come back in the response: without one there is nowhere safe to send them.
  .refine((activity) => activity.serviceUrl !== undefined || activity.deliveryMode === 'expectReplies', { message: 'serviceUrl is required' });
type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

/** Two tenant fields that disagree (one forged). */
export const TENANT_MISMATCH = Symbol('tenant mismatch');

/** The activity's tenant, or TENANT_MISMATCH when its two tenant fields disagree. */
export function tenantOf(activity: IncomingActivity): string | undefined | typeof TENANT_MISMATCH {
  const fields = [activity.conversation.tenantId, activity.channelData?.tenant?.id]
    .filter((id): id is string => typeof id === 'string' && id !== '')
    .map((id) => id.toLowerCase());
  if (new Set(fields).size > 1) return TENANT_MISMATCH;
  return fields[0];
}

export type ServerDeps = Readonly<{
  config: Pick<Config, 'allowedTenantIds'>;
  adapter: TrackerAdapter;
  app: TrackerApp;
  store: Store;
  logger: Logger;
}>;

/** Teams messages stay under 100 KB; minutes pasted into a card's box are the largest request (a 100,000-character box). */
const MAX_BODY_BYTES = 320 * 1024;

/** Turns being answered right now, so shutdown can let them finish. */
export type InFlight = { count: number; idle(): Promise<void> };

function inFlightTracker(): InFlight & { start(): void; end(): void } {
  let waiting: Array<() => void> = [];
  const tracker = {
    count: 0,
    start() {
      tracker.count += 1;
    },
    end() {
      tracker.count -= 1;
      if (tracker.count === 0) {
        for (const resolve of waiting) resolve();
        waiting = [];
      }
    },
    idle: () => (tracker.count === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
  return tracker;
}

/** No activity is nested this deep; much deeper would overflow the stack of whatever walks it. */
const MAX_JSON_DEPTH = 64;

/** How deeply a parsed JSON value nests, walked without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: undefined, depth: 0 };
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    if (node && typeof node === 'object') for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

/** Entities the SDK reads (mentions): anything not shaped like one is left out rather than crash it. */
function sanitiseEntities(entities: readonly unknown[]): unknown[] {
  return entities.filter((entity) => {
    if (!entity || typeof entity !== 'object' || typeof (entity as { type?: unknown }).type !== 'string') return false;
    const mention = entity as { type: string; mentioned?: { id?: unknown }; text?: unknown };
    return mention.type !== 'mention' || (typeof mention.mentioned?.id === 'string' && (mention.text === undefined || typeof mention.text === 'string'));
  });
}

/**
 * Refuses a body over the limit before reading it, by its declared length; a POST that declares
 * none (a stream of unknown size) is refused too: the Bot Framework always sends one.
 */
function refuseOversizeBodies(req: restify.Request, res: restify.Response, next: restify.Next): void {
  if (req.method !== 'POST') return next();
  const declared = Number(req.headers['content-length']);
  const refuse = (status: number, error: string): void => {
    // Answer, then half-close so the answer arrives whole (a reset with unread data could discard
    // it); the rest of the body is never read, and the connection is dropped soon after.
    res.setHeader('connection', 'close');
    res.once('finish', () => {
      req.socket.end();
      setTimeout(() => req.destroy(), 2000).unref();
    });
    res.send(status, { error });
  };
  if (req.headers['content-length'] === undefined) return refuse(411, 'A Content-Length is required.');
  if (!Number.isFinite(declared) || declared > MAX_BODY_BYTES) return refuse(413, 'The request body is too large.');
  next();
}

export function createServer(deps: ServerDeps): restify.Server & { inFlight: InFlight } {
  // The router (find-my-way) refuses a path segment over 100 characters by default; a document link's signed token is longer.
  const options: restify.ServerOptions & { maxParamLength: number } = { name: 'improvement-tracker', handleUncaughtExceptions: false, maxParamLength: 3000 };
  const server = restify.createServer(options);
  const inFlight = inFlightTracker();
  server.pre(refuseOversizeBodies);
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, keepExtensions: false }));

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    const health = await pingStore(deps.store);
    if (health.ok) res.send(200, { status: 'ok' });
    else res.send(503, { status: 'unavailable', reason: health.reason });
  });

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const started = performance.now();
    if (depthOf(req.body) > MAX_JSON_DEPTH) {
      res.send(400, { error: 'The request body is nested too deeply to be a Bot Framework activity.' });
      return;
    }
    const parsed = IncomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'The request body is not a Bot Framework activity.' });
      return;
    }
    const incoming = { ...parsed.data, ...(parsed.data.entities ? { entities: sanitiseEntities(parsed.data.entities) } : {}) };
    const activity = incoming as unknown as Activity;
    const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';

    let auth;
    try {
      auth = await deps.adapter.authenticate(activity, authHeader);
    } catch (error) {
      deps.logger.warn({ reason: error instanceof Error ? error.message : 'unknown', activityId: incoming.id }, 'request refused: not authenticated');
      res.send(401, { error: 'Unauthorized' });
      return;
    }

    const tenantId = tenantOf(incoming);
    const allowed = deps.config.allowedTenantIds?.map((id) => id.toLowerCase());
    if (tenantId === TENANT_MISMATCH || (allowed && (!tenantId || !allowed.includes(tenantId)))) {
      deps.logger.warn({ tenantId, activityId: incoming.id }, 'request refused: tenant not allowed');
      res.send(403, { error: 'This organisation is not allowed to use this bot.' });
      return;
    }

    inFlight.start();
    await withTurnLog(async (log) => {
      let status = 500;
      let requests = 0;
      let bytesRead = 0;
      let crossPartitionQueries = 0;
      try {
        const outcome = await countingCosmosRequests(() => deps.adapter.run(auth, activity, async (context) => void (await deps.app.run(context))));
        ({ requests, bytesRead, crossPartitionQueries } = outcome);
        status = outcome.result?.status ?? 200;
        const body: unknown = outcome.result?.body;
        if (body === undefined) res.send(status);
        else res.send(status, body);
      } catch (error) {
        deps.logger.error({ err: error, activityId: incoming.id }, 'turn crashed');
        res.send(500, { error: 'Internal error' });
      } finally {
        deps.logger.info(
          {
            activityId: incoming.id,
            type: incoming.type,
            conversationId: incoming.conversation.id,
            user: hashUserId(incoming.from.aadObjectId ?? incoming.from.id),
            route: log.route,
            status,
            ms: Math.round(performance.now() - started),
            cosmosRequests: requests,
            cosmosBytesRead: bytesRead,
            crossPartitionQueries,
          },
          'turn',
        );
        inFlight.end();
      }
    });
  });

  return Object.assign(server, { inFlight });
}

export function listen(server: restify.Server, port: number, host: string): Promise<{ port: number; url: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host === '0.0.0.0' ? 'localhost' : host;
      resolve({ port: actualPort, url: `http://${shownHost}:${actualPort}` });
    });
  });
}
