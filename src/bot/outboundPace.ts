import { createRateLimiter } from '../jobs/rateLimiter';

/** Teams allows about 7 messages a second to one conversation and 50 requests a second per tenant: stay under, with room for the jitter between sending and arriving. */
const PER_CONVERSATION = 5;
const PER_TENANT = 40;
const IDLE_MS = 10_000;

type Paced = { wait: () => Promise<void>; used: number };
const conversations = new Map<string, Paced>();
// Stored references do not all carry their tenant: one budget for the whole instance keeps every tenant under it.
const instance = { wait: createRateLimiter(PER_TENANT) };

function limiterFor(map: Map<string, Paced>, key: string, perSecond: number): Paced {
  const now = Date.now();
  let paced = map.get(key);
  if (!paced) {
    if (map.size > 1000) for (const [old, entry] of map) if (now - entry.used > IDLE_MS) map.delete(old);
    paced = { wait: createRateLimiter(perSecond), used: now };
    map.set(key, paced);
  }
  paced.used = now;
  return paced;
}

/**
 * Waits for this instance's turn to send to Teams: every outbound message or card update, from
 * any feature (owners' notices, channel summaries, digests, shared cards), shares these limits.
 */
export async function paceOutbound(conversationId: string | undefined): Promise<void> {
  await instance.wait();
  await limiterFor(conversations, conversationId ?? '', PER_CONVERSATION).wait();
}

/** How long any one send to Teams may take before the bot stops waiting for it. */
export const OUTBOUND_TIMEOUT_MS = 5000;

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
