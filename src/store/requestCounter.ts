import { AsyncLocalStorage } from 'node:async_hooks';

type Counter = { requests: number; bytesRead: number; crossPartitionQueries: number };
const storage = new AsyncLocalStorage<Counter>();

/** Runs `work` counting the Cosmos requests it makes, the bytes they read and any cross-partition query (for the per-turn log line). */
export async function countingCosmosRequests<T>(work: () => Promise<T>): Promise<{ result: T } & Counter> {
  const counter: Counter = { requests: 0, bytesRead: 0, crossPartitionQueries: 0 };
  const result = await storage.run(counter, work);
  return { result, ...counter };
}

export function recordCosmosRequest(request: Readonly<{ query: boolean; partitionKey: boolean }>): void {
  const counter = storage.getStore();
  if (!counter) return;
  counter.requests += 1;
  if (request.query && !request.partitionKey) counter.crossPartitionQueries += 1;
}

export function recordCosmosBytes(bytes: number): void {
  const counter = storage.getStore();
  if (counter) counter.bytesRead += bytes;
}
