import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Spaces calls to at most `perSecond` a second (Teams: about 50 requests a second per tenant).
 * Each call waits for its slot; slots are handed out in order.
 */
export function createRateLimiter(perSecond: number): () => Promise<void> {
  const interval = 1000 / perSecond;
  let next = 0;
  return async () => {
    const now = performance.now();
    const slot = Math.max(now, next);
    next = slot + interval;
    if (slot > now) await sleep(slot - now);
  };
}
