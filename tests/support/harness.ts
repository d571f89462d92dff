import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { RunningTracker } from '../../src/index';
import { startLoopbackConnector, type LoopbackConnector } from './loopbackConnector';
import { startTestTracker } from './tracker';

export type E2eEnvironment = { connector: LoopbackConnector; tracker: RunningTracker };

/**
 * A loopback connector standing in for Teams for the whole file, and for each test a fresh
 * tracker on its own database, with the connector's record cleared.
 */
export function trackerWithConnector(): E2eEnvironment {
  const env = {} as E2eEnvironment;
  beforeAll(async () => {
    env.connector = await startLoopbackConnector();
  });
  afterAll(() => env.connector.stop());
  beforeEach(async () => {
    env.connector.calls.length = 0;
    env.tracker = await startTestTracker();
    return () => env.tracker.stop();
  });
  return env;
}
