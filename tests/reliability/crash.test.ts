import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionSchema, type Action } from '../../src/domain/model';
import { EMBEDDED_COSMOS_KEY } from '../../src/store/embeddedCosmos';
import { openStore } from '../../src/store/cosmosClient';
import { PlanRepository } from '../../src/store/planRepository';
import { freePort } from '../browser/support/product';
import { invoke, postActivity, ROOT, spawnBot, type SpawnedBot } from './support/bot';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';

/** The demo's managers: each may update any action. Four sessions each make 20 users. */
const MANAGERS = [
  'adeed9d4-cdc1-592c-87a0-d1c206a51d6c',
  '2facd17d-b650-51ce-81e7-8347b02abd5d',
  'a9d8d167-8c69-5192-b24c-387185ad8fdb',
  '0ca05024-8557-5ed7-857f-e63810db5d9c',
  'a6e325ac-f78f-54fd-a9b5-7c5d23546031',
];
const ACTIONS = ['act-7-1', 'act-7-2', 'act-7-3', 'act-7-4', 'act-9-1', 'act-9-3', 'act-10-4', 'act-11-3', 'act-6-3', 'act-5-3'];
const USERS = 20;
const SAVES_PER_USER = 5;

type Basis = { status: string; due: string; owner: string };

function basisOf(card: unknown): Basis | undefined {
  let found: Basis | undefined;
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.verb === 'saveAction' && record.data && typeof record.data === 'object') found = (record.data as { basis?: Basis }).basis;
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

/**
 * 20 users save notes at once, 100 saves in all; the bot is killed (SIGKILL, no chance to flush)
 * once some have been acknowledged. Returns the notes that were acknowledged with "Saved." and
 * every note that was sent.
 */
async function saveUntilKilled(bot: SpawnedBot, run: string): Promise<{ acknowledged: string[]; sent: string[] }> {
  const bases = new Map<string, Basis>();
  for (const actionId of ACTIONS) {
    const { text } = await postActivity(bot.url, invoke('viewAction', { actionId }, MANAGERS[0] ?? ''));
    const basis = basisOf(JSON.parse(text));
    if (!basis) throw new Error(`no Save button on ${actionId}`);
    bases.set(actionId, basis);
  }
  const acknowledged: string[] = [];
  const sent: string[] = [];
  let killed: Promise<void> | undefined;
  const killAfter = Math.floor((USERS * SAVES_PER_USER) / 3);
  await Promise.all(
    Array.from({ length: USERS }, async (_, user) => {
      const aad = MANAGERS[user % MANAGERS.length] ?? '';
      for (let i = 0; i < SAVES_PER_USER && !killed; i += 1) {
        const actionId = ACTIONS[(user * SAVES_PER_USER + i) % ACTIONS.length] ?? '';
        const note = `Crash check ${run}: user ${user}, save ${i}`;
        sent.push(note);
        try {
          const { status, text } = await postActivity(
            bot.url,
            invoke('saveAction', { actionId, basis: bases.get(actionId), note }, aad, `a:user-${user}`, connector.serviceUrl),
          );
          if (status === 200 && text.includes('Saved.')) acknowledged.push(note);
        } catch {
          // The connection died with the bot: not acknowledged.
        }
        if (acknowledged.length >= killAfter && !killed) killed = bot.kill('SIGKILL');
      }
    }),
  );
  await (killed ?? bot.kill('SIGKILL'));
  return { acknowledged, sent };
}

/** Every acknowledged note is there exactly once; nothing is there that was never sent; every action is whole. */
function expectKept(actions: readonly unknown[], run: string, result: { acknowledged: string[]; sent: string[] }): void {
  const parsed: Action[] = actions.map((document) => ActionSchema.parse(document));
  const notes = parsed.flatMap((action) => action.updates.flatMap((update) => (update.note?.startsWith(`Crash check ${run}:`) ? [update.note] : [])));
  expect(result.acknowledged.length).toBeGreaterThan(0);
  for (const note of result.acknowledged)
    expect(
      notes.filter((stored) => stored === note),
      note,
    ).toHaveLength(1);
  expect(new Set(notes).size).toBe(notes.length);
  for (const note of notes) expect(result.sent).toContain(note);
}

let dir: string;
// Teams' connector answers the bot's card updates at once, so a save is acknowledged at once.
let connector: LoopbackConnector;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-crash-'));
  connector = await startLoopbackConnector();
});
afterAll(async () => {
  await connector.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('crash safety: a save acknowledged is a save kept', () => {
  it('in local mode (the embedded database), after SIGKILL mid-run and a restart', async () => {
    const dataDir = join(dir, 'local');
    const result = await saveUntilKilled(await spawnBot({ DATA_DIR: dataDir, COSMOS_ENDPOINT: '' }), 'local');
    const restarted = await spawnBot({ DATA_DIR: dataDir, COSMOS_ENDPOINT: '' });
    try {
      // The restarted bot has replayed its journal and folded it into the snapshot on disk.
      const snapshot = JSON.parse(readFileSync(join(dataDir, 'cosmos-snapshot.json'), 'utf8')) as { containers: { plan: Array<{ type?: string }> } };
      expectKept(
        snapshot.containers.plan.filter((document) => document.type === 'action'),
        'local',
        result,
      );
      // And the bot itself shows them (a card lists an action's five latest updates).
      const shown = (
        await Promise.all(ACTIONS.map(async (actionId) => (await postActivity(restarted.url, invoke('viewAction', { actionId }, MANAGERS[0] ?? ''))).text))
      ).join('\n');
      expect(result.acknowledged.filter((note) => shown.includes(note)).length).toBeGreaterThan(0);
    } finally {
      await restarted.kill('SIGTERM');
    }
  }, 180_000);

  it('against a separately started Cosmos-compatible server, after SIGKILL mid-run and a restart', async () => {
    const port = await freePort();
    const server = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', '@vercel', 'cosmosdb-server', 'lib', 'cli.js'), '--no-ssl', '--host', '127.0.0.1', '-p', String(port)],
      { stdio: 'ignore' },
    );
    const endpoint = `http://127.0.0.1:${port}`;
    const env = { COSMOS_ENDPOINT: endpoint, COSMOS_KEY: EMBEDDED_COSMOS_KEY, COSMOS_DATABASE: 'crash-check', DATA_DIR: join(dir, 'server') };
    try {
      await expect
        .poll(
          async () =>
            (await fetch(endpoint)
              .then((response) => response.status)
              .catch(() => 0)) > 0,
          { timeout: 20_000 },
        )
        .toBe(true);
      const load = spawn('npm', ['run', '-s', 'load-plan', '--', 'data/children-first.json'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
      expect(await new Promise((resolve) => load.once('exit', resolve))).toBe(0);
      const result = await saveUntilKilled(await spawnBot(env), 'server');
      const restarted = await spawnBot(env);
      await restarted.kill('SIGTERM');
      const store = await openStore({ endpoint, key: EMBEDDED_COSMOS_KEY, database: 'crash-check', embedded: true });
      try {
        const view = await new PlanRepository(store.containers.plan).loadPlanView('children-first');
        expectKept(view?.actions ?? [], 'server', result);
      } finally {
        store.client.dispose();
      }
    } finally {
      server.kill('SIGKILL');
    }
  }, 180_000);
});
