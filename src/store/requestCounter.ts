import { AsyncLocalStorage } from 'node:async_hooks';

type Counter = { requests: number };
const storage = new AsyncLocalStorage<Counter>();

/** Runs `work` counting the Cosmos requests it makes (for the per-turn log line). */
export async function countingCosmosRequests<T>(work: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const counter: Counter = { requests: 0 };
  const result = await storage.run(counter, work);
  return { result, requests: counter.requests };
}

export function recordCosmosRequest(): void {
  const counter = storage.getStore();
  if (counter) counter.requests += 1;
}
