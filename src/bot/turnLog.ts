import { AsyncLocalStorage } from 'node:async_hooks';

type TurnLog = { route: string };
const storage = new AsyncLocalStorage<TurnLog>();

/** Runs a turn with a slot the route fills in, for the one log line per turn. */
export function withTurnLog<T>(work: (log: TurnLog) => Promise<T>): Promise<T> {
  const log: TurnLog = { route: 'none' };
  return storage.run(log, () => work(log));
}

export function setRoute(route: string): void {
  const log = storage.getStore();
  if (log) log.route = route;
}
