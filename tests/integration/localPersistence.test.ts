import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DATA_FILE, startStore } from '../../src/store/bootstrap';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-persist-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const demo = (snapshotFile: string) => ({ kind: 'demo' as const, path: DEMO_DATA_FILE, today: '2026-11-22', snapshotFile });

describe('the embedded database on a developer machine', () => {
  it('moves the demo plan to today, keeps what is written across a restart, and starts over when the snapshot is removed', async () => {
    const snapshotFile = join(dir, 'cosmos-snapshot.json');
    const first = await startStore({ target: { kind: 'embedded', database: 'local' }, seed: demo(snapshotFile) });
    expect(first.loaded).toBe('demo');
    const action = await first.plans.getAction('children-first', 'act-7-2');
    if (!action) throw new Error('demo action missing');
    // Every date moved with asOf (2022-02-01 -> 2026-11-22): 7.2 is still 32 days overdue.
    expect(action.value.due).toBe('2026-10-21');
    await first.plans.replaceAction('children-first', { ...action.value, status: 'blocked' }, action.etag);
    await first.close();

    const second = await startStore({ target: { kind: 'embedded', database: 'local' }, seed: demo(snapshotFile) });
    expect(second.loaded).toBe('snapshot');
    expect((await second.plans.getAction('children-first', 'act-7-2'))?.value.status).toBe('blocked');
    await second.close();

    await rm(snapshotFile);
    const third = await startStore({ target: { kind: 'embedded', database: 'local' }, seed: demo(snapshotFile) });
    expect(third.loaded).toBe('demo');
    expect((await third.plans.getAction('children-first', 'act-7-2'))?.value.status).toBe('in_progress');
    await third.close();
  });

  it('saves a change to disk shortly after it is written, without waiting for shutdown', async () => {
    const snapshotFile = join(dir, 'crash-snapshot.json');
    const running = await startStore({ target: { kind: 'embedded', database: 'local' }, seed: demo(snapshotFile) });
    const action = await running.plans.getAction('children-first', 'act-9-1');
    if (!action) throw new Error('demo action missing');
    await running.plans.replaceAction('children-first', { ...action.value, title: 'Saved before any shutdown' }, action.etag);
    await expect.poll(async () => (await readFile(snapshotFile, 'utf8')).includes('Saved before any shutdown'), { timeout: 5000 }).toBe(true);
    // Simulate a crash: the server goes away without a final flush.
    await running.embedded?.stop();
    running.store.client.dispose();
  });
});
