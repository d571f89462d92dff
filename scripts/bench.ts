/**
 * npm run bench [-- --sizes 50,5000,50000 --users 1,10,50,200 --seconds 6 --think 0,1000 --saves 1000 --profile DIR]
 *
 * For each plan size: writes a synthetic plan, starts the bot on it through `npm start -- --data`
 * (as a council would try its own plan), times start-up to /healthz, then for each number of
 * simulated users posts a mix of turns to POST /api/messages for a fixed time (70% questions, 20%
 * opening an action, 10% saves). Cosmos requests, bytes read and cross-partition queries per turn
 * come from the bot's own per-turn log lines; CPU and peak memory from /proc. The same work done
 * straight against the store, in this process, shows the bot's own overhead. Prints a table and
 * writes bench/results.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerWithCard } from '../src/cards/askCards';
import { todayIn } from '../src/domain/dates';
import type { PlanData } from '../src/domain/model';
import { openStore } from '../src/store/cosmosClient';
import { EMBEDDED_COSMOS_KEY } from '../src/store/embeddedCosmos';
import { PlanCache } from '../src/store/planCache';
import { PlanRepository } from '../src/store/planRepository';
import { readPlanDataFile } from '../src/store/seed';
import { syntheticPlan } from './bench/syntheticPlan';
import { processTree } from './support/processTree';

const ROOT = join(__dirname, '..');
const TENANT = 'cc8e62c6-ac50-5768-afb3-feec6b8286af';
type Kind = 'question' | 'open' | 'save';
type Sample = { kind: Kind; ms: number; ok: boolean };
type TurnLine = {
  route?: string;
  cosmosRequests?: number;
  cosmosBytesRead?: number;
  crossPartitionQueries?: number;
  type?: string;
  msg?: string;
};

const QUESTIONS = readFileSync(join(ROOT, 'tests', 'ask', 'evaluation.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Which kind of turn a logged route was. */
function kindOfRoute(route: string | undefined): Kind | undefined {
  if (route?.startsWith('ask')) return 'question';
  if (route === 'card:viewAction') return 'open';
  if (route === 'card:saveAction') return 'save';
  return undefined;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (value: number, places = 1): number => Math.round(value * 10 ** places) / 10 ** places;

/** CPU seconds and peak resident memory of the bot's processes. */
function usage(root: number): { cpuSeconds: number; peakRssMb: number } {
  let ticks = 0;
  let peak = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').slice(0).split(') ')[1]?.split(' ') ?? [];
      ticks += Number(stat[11]) + Number(stat[12]);
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Number(hwm ?? 0) / 1024);
    } catch {
      // Gone.
    }
  }
  return { cpuSeconds: ticks / 100, peakRssMb: Math.round(peak) };
}

type Bot = {
  child: ChildProcess;
  url: string;
  cosmos: string;
  lines: TurnLine[];
  startupMs: number;
};

async function startBot(file: string, profileDir?: string): Promise<Bot> {
  const started = Date.now();
  // With --profile, the same start-up under node's CPU profiler (written when the bot stops).
  const [command, args] = profileDir
    ? ['node', ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', 'tsx', join('src', 'cli', 'start.ts'), '--no-client', '--data', file]]
    : ['npm', ['start', '--', '--no-client', '--data', file]];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'info',
      DIGEST_ENABLED: 'false',
      COSMOS_ENDPOINT: '',
      DATA_DIR: join(tmpdir(), `bench-${process.pid}`),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: TurnLine[] = [];
  let pending = '';
  let url = '';
  let cosmos = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) {
      try {
        const line = JSON.parse(part) as TurnLine;
        if (line.msg === 'turn') lines.push(line);
        url ||= /Bot endpoint: (\S+)\/api\/messages/.exec(line.msg ?? '')?.[1] ?? '';
        cosmos ||= /Embedded Cosmos DB at (\S+)/.exec(line.msg ?? '')?.[1] ?? '';
      } catch {
        // npm's banner.
      }
    }
  });
  child.stderr?.on('data', () => undefined);
  for (;;) {
    if (
      url &&
      (await fetch(`${url}/healthz`)
        .then((response) => response.ok)
        .catch(() => false))
    )
      break;
    if (child.exitCode !== null || Date.now() - started > 240_000) throw new Error('the bot did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url, cosmos, lines, startupMs: Date.now() - started };
}

function activity(from: Person, body: Record<string, unknown>) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: {
      id: `a:${from.aad}`,
      conversationType: 'personal',
      tenantId: TENANT,
    },
    from: { id: `29:${from.aad}`, aadObjectId: from.aad },
    recipient: {
      id: '28:improvement-tracker-bot',
      name: 'Improvement Tracker',
    },
    ...body,
  };
}

type Person = { aad: string };

async function post(url: string, body: unknown): Promise<{ ok: boolean; text: string }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  return { ok: response.ok, text: await response.text() };
}

function basisIn(text: string): unknown {
  const match = /"basis":(\{[^}]*\})/.exec(text);
  return match?.[1] ? JSON.parse(match[1]) : undefined;
}

/**
 * K users, each sending turns one after another for `seconds`: with `thinkMs` 0, each sends its
 * next turn the moment the last is answered (the bot's capacity); otherwise each pauses a random
 * time averaging `thinkMs` first, as a person reading the answer does (the latency people see).
 */
async function drive(url: string, data: PlanData, users: number, seconds: number, thinkMs: number): Promise<Sample[]> {
  const managers = data.people.filter((person) => person.roles.includes('manager') && person.aadObjectId).map((person) => ({ aad: person.aadObjectId ?? '' }));
  const samples: Sample[] = [];
  const until = Date.now() + seconds * 1000;
  let seed = users;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      const me = managers[user % managers.length] ?? { aad: '' };
      const bases = new Map<string, unknown>();
      while (Date.now() < until) {
        if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, -Math.log(1 - random()) * thinkMs));
        if (Date.now() >= until) break;
        const roll = random();
        // A save is made from a card the person opened before, as in Teams.
        const opened = [...bases.keys()];
        const kind: Kind = roll < 0.7 ? 'question' : roll < 0.9 || opened.length === 0 ? 'open' : 'save';
        const action =
          kind === 'save'
            ? data.actions.find((candidate) => candidate.id === opened[Math.floor(random() * opened.length)])
            : data.actions[Math.floor(random() * data.actions.length)];
        if (!action) break;
        const body =
          kind === 'question'
            ? activity(me, {
                type: 'message',
                deliveryMode: 'expectReplies',
                text: QUESTIONS[Math.floor(random() * QUESTIONS.length)],
              })
            : activity(me, {
                type: 'invoke',
                name: 'adaptiveCard/action',
                value: {
                  action: {
                    type: 'Action.Execute',
                    verb: kind === 'open' ? 'viewAction' : 'saveAction',
                    data:
                      kind === 'open'
                        ? { actionId: action.id }
                        : {
                            actionId: action.id,
                            basis: bases.get(action.id),
                            note: `Bench note ${randomUUID().slice(0, 8)}`,
                          },
                  },
                },
              });
        const started = performance.now();
        try {
          const { ok, text } = await post(url, body);
          if (kind === 'open') bases.set(action.id, basisIn(text));
          if (kind === 'save') bases.delete(action.id);
          samples.push({
            kind,
            ms: performance.now() - started,
            ok: ok && !text.includes('went wrong'),
          });
        } catch {
          samples.push({ kind, ms: performance.now() - started, ok: false });
        }
      }
    }),
  );
  return samples;
}

/** Turns/s and p95 of one user's mix before and after `saves` saves: a plan's history must not slow it. */
async function slowdownAfterSaves(url: string, data: PlanData, saves: number, seconds: number): Promise<Record<string, number>> {
  const measure = async (): Promise<{ turnsPerSecond: number; p95Ms: number }> => {
    const started = performance.now();
    const samples = await drive(url, data, 1, seconds, 0);
    return {
      turnsPerSecond: round(samples.length / ((performance.now() - started) / 1000)),
      p95Ms: round(
        percentile(
          samples.map((sample) => sample.ms),
          95,
        ),
      ),
    };
  };
  const before = await measure();
  const manager = data.people.find((person) => person.roles.includes('manager') && person.aadObjectId);
  const me = { aad: manager?.aadObjectId ?? '' };
  for (let i = 0; i < saves; i += 1) {
    const action = data.actions[(i * 7919) % data.actions.length];
    if (!action) break;
    const opened = await post(
      url,
      activity(me, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'viewAction', data: { actionId: action.id } } },
      }),
    );
    await post(
      url,
      activity(me, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: { type: 'Action.Execute', verb: 'saveAction', data: { actionId: action.id, basis: basisIn(opened.text), note: `History note ${i}` } },
        },
      }),
    );
  }
  const after = await measure();
  return { saves, turnsPerSecondBefore: before.turnsPerSecond, turnsPerSecondAfter: after.turnsPerSecond, p95MsBefore: before.p95Ms, p95MsAfter: after.p95Ms };
}

/** The same mix done straight against the store (no HTTP, no Teams), one user: the bot's overhead shows beside it. */
async function storeOnly(cosmos: string, data: PlanData, seconds: number): Promise<number[]> {
  const store = await openStore({
    endpoint: cosmos,
    key: EMBEDDED_COSMOS_KEY,
    database: 'improvement-tracker',
    embedded: true,
  });
  const plans = new PlanRepository(store.containers.plan);
  const cache = new PlanCache(plans);
  const times: number[] = [];
  // Held, as the bot holds it: the one full read, and the first question's building of the plan's
  // lexicon (about 3 s at 50,000 actions), are start-up, not turns.
  const held = await cache.view(data.plan.id);
  if (held) answerWithCard(held, { text: 'help', asker: undefined, today: todayIn(held.plan.timeZone) });
  const until = Date.now() + seconds * 1000;
  let i = 0;
  try {
    while (Date.now() < until) {
      i += 1;
      const started = performance.now();
      const view = await cache.view(data.plan.id);
      if (!view) throw new Error('no plan');
      const action = view.actions[(i * 7919) % view.actions.length];
      if (i % 10 < 7)
        answerWithCard(view, {
          text: QUESTIONS[i % QUESTIONS.length] ?? 'help',
          asker: undefined,
          today: todayIn(view.plan.timeZone),
        });
      else if (action) await plans.getAction(data.plan.id, action.id);
      times.push(performance.now() - started);
    }
  } finally {
    store.client.dispose();
  }
  return times;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '50,5000,50000' },
      users: { type: 'string', default: '1,10,50,200' },
      seconds: { type: 'string', default: '6' },
      think: { type: 'string', default: '0,1000' },
      saves: { type: 'string', default: '1000' },
      profile: { type: 'string' },
    },
  });
  const sizes = String(values.sizes).split(',').map(Number);
  const userCounts = String(values.users).split(',').map(Number);
  const seconds = Number(values.seconds);
  const thinks = String(values.think).split(',').map(Number);
  const saves = Number(values.saves);
  const demo = await readPlanDataFile(join(ROOT, 'data', 'children-first.json'));
  const runs: Record<string, unknown>[] = [];
  let afterSaves: Record<string, number> | undefined;
  const loads: number[] = [];
  process.stdout.write(
    'actions users think ms turns/s  p50 ms  p95 ms  p99 ms  q95 o95 s95  req/turn  req q/o/s  KB/turn  xpart  rss MB  cpu%  store p95  start s\n',
  );
  for (const size of sizes) {
    const data = syntheticPlan(demo, size);
    const file = join(tmpdir(), `bench-plan-${size}.json`);
    writeFileSync(file, JSON.stringify(data));
    const bot = await startBot(file, values.profile);
    try {
      const store = await storeOnly(bot.cosmos, data, Math.min(3, seconds));
      // Not measured: the bot's code paths compiled and its caches filled, as after its first minutes of use.
      await drive(bot.url, data, 10, 2, 0);
      for (const thinkMs of thinks)
        for (const users of userCounts) {
          const first = bot.lines.length;
          const before = usage(bot.child.pid ?? -1);
          const started = performance.now();
          const samples = await drive(bot.url, data, users, seconds, thinkMs);
          const elapsed = (performance.now() - started) / 1000;
          const after = usage(bot.child.pid ?? -1);
          loads.push(loadavg()[0] ?? 0);
          const turns = bot.lines.slice(first).filter((line) => line.type === 'message' || line.type === 'invoke');
          const per = (pick: (line: TurnLine) => number): number => (turns.length === 0 ? 0 : turns.reduce((sum, line) => sum + pick(line), 0) / turns.length);
          const ofKind = (kind: Kind): TurnLine[] => turns.filter((line) => kindOfRoute(line.route) === kind);
          const perKind = (kind: Kind, pick: (line: TurnLine) => number): number => {
            const lines = ofKind(kind);
            return lines.length === 0 ? 0 : round(lines.reduce((sum, line) => sum + pick(line), 0) / lines.length, 2);
          };
          const byKind = (kind: Kind): number =>
            percentile(
              samples.filter((sample) => sample.kind === kind).map((sample) => sample.ms),
              95,
            );
          const all = samples.map((sample) => sample.ms);
          const run = {
            actions: size,
            users,
            thinkMs,
            turnsPerSecond: round(samples.length / elapsed),
            p50Ms: round(percentile(all, 50)),
            p95Ms: round(percentile(all, 95)),
            p99Ms: round(percentile(all, 99)),
            p95MsByKind: {
              question: round(byKind('question')),
              open: round(byKind('open')),
              save: round(byKind('save')),
            },
            errors: samples.filter((sample) => !sample.ok).length,
            requestsPerTurn: round(
              per((line) => line.cosmosRequests ?? 0),
              2,
            ),
            bytesReadPerTurn: Math.round(per((line) => line.cosmosBytesRead ?? 0)),
            requestsPerTurnByKind: {
              question: perKind('question', (line) => line.cosmosRequests ?? 0),
              open: perKind('open', (line) => line.cosmosRequests ?? 0),
              save: perKind('save', (line) => line.cosmosRequests ?? 0),
            },
            bytesReadPerTurnByKind: {
              question: perKind('question', (line) => line.cosmosBytesRead ?? 0),
              open: perKind('open', (line) => line.cosmosBytesRead ?? 0),
              save: perKind('save', (line) => line.cosmosBytesRead ?? 0),
            },
            crossPartitionQueries: turns.reduce((sum, line) => sum + (line.crossPartitionQueries ?? 0), 0),
            peakRssMb: after.peakRssMb,
            cpuPercent: Math.round(((after.cpuSeconds - before.cpuSeconds) / elapsed) * 100),
            storeOnlyP95Ms: round(percentile(store, 95), 2),
            startupMs: bot.startupMs,
          };
          runs.push(run);
          process.stdout.write(
            `${String(size).padStart(7)} ${String(users).padStart(5)} ${String(thinkMs).padStart(8)} ${String(run.turnsPerSecond).padStart(7)} ${String(run.p50Ms).padStart(7)} ${String(run.p95Ms).padStart(7)} ${String(run.p99Ms).padStart(7)}  ${run.p95MsByKind.question} ${run.p95MsByKind.open} ${run.p95MsByKind.save}  ${String(run.requestsPerTurn).padStart(8)}  ${`${run.requestsPerTurnByKind.question}/${run.requestsPerTurnByKind.open}/${run.requestsPerTurnByKind.save}`.padStart(9)} ${String(round(run.bytesReadPerTurn / 1024)).padStart(8)} ${String(run.crossPartitionQueries).padStart(6)} ${String(run.peakRssMb).padStart(7)} ${String(run.cpuPercent).padStart(5)} ${String(run.storeOnlyP95Ms).padStart(10)} ${String(round(bot.startupMs / 1000)).padStart(8)}${run.errors ? `  (${run.errors} errors)` : ''}\n`,
          );
        }
      if (size === sizes[0] && saves > 0) {
        afterSaves = { actions: size, ...(await slowdownAfterSaves(bot.url, data, saves, seconds)) };
        process.stdout.write(
          `${size} actions, 1 user: ${afterSaves.turnsPerSecondBefore} turns/s (p95 ${afterSaves.p95MsBefore} ms) before ${saves} saves, ${afterSaves.turnsPerSecondAfter} turns/s (p95 ${afterSaves.p95MsAfter} ms) after\n`,
        );
      }
    } finally {
      if (bot.child.pid) process.kill(-bot.child.pid, 'SIGTERM');
      await new Promise((resolve) => bot.child.once('exit', resolve));
    }
  }
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageDuringRuns: round(loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length), 2),
    date: new Date().toISOString(),
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ machine, runs, afterSaves }, null, 2)}\n`);
  process.stdout.write(`machine: ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}; wrote bench/results.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
