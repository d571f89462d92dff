import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startTracker } from '../../src/index';
import { ask, cardsOf, cardText, DEMO_NOW } from '../support/tracker';
import { demoData } from '../support/store';

describe('when the database stops answering', () => {
  it('reports 503 on /healthz with a reason, and answers a question politely with nothing technical', async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
    const tracker = await startTracker({
      config,
      seed: { kind: 'data', data: await demoData() },
      clock: () => DEMO_NOW,
      logger: createLogger('silent', { pretty: false }),
    });
    try {
      expect((await fetch(`${tracker.url}/healthz`)).status).toBe(200);
      await tracker.store.embedded?.stop();

      const health = await fetch(`${tracker.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });

      const replies = await ask(tracker, "what's overdue?");
      const text = cardText(cardsOf(replies)[0]);
      expect(text).toMatch(/database isn't answering/);
      expect(JSON.stringify(replies)).not.toMatch(/ECONNREFUSED|Error:|at .*\.ts/);
    } finally {
      await tracker.stop();
    }
  });
});
