/**
 * Measures a save turn end to end: an Action.Execute invoke posted to the real HTTP endpoint,
 * through the teams-ai routes, to the embedded Cosmos server and back with the updated card.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startTracker } from '../src/index';
import { DEMO_DATA_FILE } from '../src/store/bootstrap';
import { readPlanDataFile } from '../src/store/seed';

const RUTH = 'a9d8d167-8c69-5192-b24c-387185ad8fdb';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const data = await readPlanDataFile(DEMO_DATA_FILE);
  const managers = Array.from({ length: 50 }, (_, i) => ({
    id: `m-${i}`,
    name: `Manager ${i}`,
    jobTitle: 'Service Manager',
    roles: ['manager' as const],
    aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  }));
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
  const tracker = await startTracker({
    config,
    seed: { kind: 'data', data: { ...data, people: [...data.people, ...managers] } },
    clock: () => new Date('2022-02-01T10:00:00Z'),
    logger: createLogger('silent', { pretty: false }),
  });
  const save = async (actionId: string, from: string, note: string): Promise<number> => {
    const current = await tracker.store.plans.getAction('children-first', actionId);
    if (!current) throw new Error(actionId);
    const { status, due, owner } = current.value;
    const body = {
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      conversation: { id: `a:${from}` },
      from: { id: `29:${from}`, aadObjectId: from },
      recipient: { id: '28:bot' },
      value: { action: { type: 'Action.Execute', verb: 'saveAction', data: { actionId, basis: { status, due, owner }, note } } },
    };
    const started = performance.now();
    const response = await fetch(`${tracker.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (!text.includes('Saved.')) throw new Error(`save failed: ${text.slice(0, 200)}`);
    return elapsed;
  };
  try {
    const owned = data.actions.filter(
      (action) => action.owner === 'ruth-okafor' || data.plan.areas.some((area) => area.number === action.area && area.lead === 'ruth-okafor'),
    );
    for (let i = 0; i < 20; i += 1) await save(owned[i % owned.length]?.id ?? '', RUTH, `warm-up ${i}`);
    const times: number[] = [];
    for (let i = 0; i < 300; i += 1) times.push(await save(owned[i % owned.length]?.id ?? '', RUTH, `Progress note ${i}`));
    times.sort((a, b) => a - b);
    console.log(
      `save turn (HTTP invoke -> Cosmos -> card), ${times.length} sequential saves: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${percentile(times, 100).toFixed(1)} ms`,
    );

    const started = performance.now();
    const concurrent = await Promise.all(managers.map((manager, i) => save('act-7-4', manager.aadObjectId, `Concurrent note ${i}`)));
    concurrent.sort((a, b) => a - b);
    console.log(
      `50 people saving notes to one action at once: all saved in ${(performance.now() - started).toFixed(0)} ms; slowest turn ${percentile(concurrent, 100).toFixed(0)} ms, p95 ${percentile(concurrent, 95).toFixed(0)} ms`,
    );
  } finally {
    await tracker.stop();
  }
}

void main();
