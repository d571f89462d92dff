import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DATA_FILE, startStore } from '../../src/store/bootstrap';
import { FOLD_AFTER_WRITES } from '../../src/store/snapshot';

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

  it('keeps a change from the moment it is acknowledged: stopped without a flush and started again, the change is there', async () => {
    const snapshotFile = join(dir, 'crash-snapshot.json');
    const running = await startStore({ target: { kind: 'embedded', database: 'local' }, seed: demo(snapshotFile) });
    const action = await running.plans.getAction('children-first', 'act-9-1');
    if (!action) throw new Error('demo action missing');
    await running.plans.replaceAction('children-first', { ...action.value, title: 'Saved before any shutdown' }, action.etag);
    // A crash: the server goes away without a final flush or snapshot.
    await running.embedded?.stop();
    running.store.client.dispose();
    expect(await readFile(snapshotFile, 'utf8')).not.toContain('Saved before any shutdown');
    const again = await startStore({ target: { kind: 'embedded', database: 'local' }, seed: demo(snapshotFile) });
    try {
      expect((await again.plans.getAction('children-first', 'act-9-1'))?.value.title).toBe('Saved before any shutdown');
    } finally {
      await again.close();
    }
    // Folded at that start and shutdown: the snapshot holds it now.
    expect(await readFile(snapshotFile, 'utf8')).toContain('Saved before any shutdown');
  });

  it('folds the journal into the snapshot after many writes, without waiting for shutdown', async () => {
    const snapshotFile = join(dir, 'fold-snapshot.json');
    const running = await startStore({ target: { kind: 'embedded', database: 'local' }, seed: demo(snapshotFile) });
    try {
      const before = (await stat(snapshotFile)).mtimeMs;
      for (let i = 0; i <= FOLD_AFTER_WRITES; i += 1) await running.state.put(`fold-${i}`, 'test', { i });
      await expect.poll(async () => (await readFile(snapshotFile, 'utf8')).includes(`fold-${FOLD_AFTER_WRITES}`), { timeout: 10_000 }).toBe(true);
      expect((await stat(snapshotFile)).mtimeMs).toBeGreaterThan(before);
    } finally {
      await running.close();
    }
  }, 60_000);
});
