import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import type { PlanData } from '../../src/domain/model';
import type { RunningTracker } from '../../src/index';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { demoData } from '../support/store';
import { buttonData, cardText, DEMO_NOW, executeActivity, inputValues, messageActivity, PEOPLE, startTestTracker } from '../support/tracker';
import { fuzzInputs, KNOWN_BREAKERS, type FuzzInput } from './support/fuzzActivities';
import { display, hostileString, serialise } from './support/hostile';
import { watchOutboundHosts } from './support/outbound';
import {
  expectedReplies,
  exportPlan,
  getHealth,
  invokeCard,
  leaksIn,
  PLAN_ID,
  planVersions,
  postBody,
  readableText,
  watchHealth,
  type Answer,
} from './support/probe';

/** Requests in flight at once: enough to overlap turns, few enough for a 2-core machine. */
const BATCH = 8;
/** A request the bot has not answered in this long counts as a failure (the bot is stuck). */
const ANSWER_TIMEOUT_MS = 10_000;
/** Shrinking stops this long after the first failure, keeping the smallest failing batch found by then. */
const SHRINK_LIMIT_MS = 8_000;

type Stats = { posted: number; generated: number; statuses: Map<number, number>; slowestMs: number; slowest: string; largestBytes: number; kinds: Set<string> };
const totals = { posted: 0, generated: 0, ms: 0 };

function clip(text: string, max = 400): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length.toLocaleString('en-GB')} chars)`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with one answer: a 5xx or no answer, a 2xx that is not a polite card or reply, any leak of internals. */
function judge(input: FuzzInput, body: string, answer: Answer): string[] {
  const problems: string[] = [];
  const activity = isRecord(input.activity) ? input.activity : {};
  if (answer.status === 0) problems.push(answer.text);
  else if (answer.status >= 500) problems.push(`answered ${answer.status}`);
  else if (answer.status >= 200 && answer.status < 300) {
    if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
      const message =
        isRecord(answer.json) &&
        answer.json.type === 'application/vnd.microsoft.activity.message' &&
        typeof answer.json.value === 'string' &&
        answer.json.value.trim() !== '';
      if (!invokeCard(answer.json) && !message) problems.push('a card button was answered without a card or a message');
    } else if (activity.type === 'message' && activity.deliveryMode === 'expectReplies') {
      const replies = expectedReplies(answer.json);
      if (!replies || replies.length === 0 || readableText(replies).trim() === '') problems.push('a message was answered with no reply');
    }
  } else if (answer.status < 400) problems.push(`answered ${answer.status}`);
  const leaks = leaksIn(answer.text, body);
  if (leaks.length > 0) problems.push(`the answer shows ${leaks.join(', ')}`);
  return problems.map(
    (problem) =>
      `${input.kind}: ${problem}\n  request (${body.length.toLocaleString('en-GB')} chars): ${clip(display(input.activity), 2000)}\n  answer ${answer.status} in ${Math.round(answer.ms)} ms: ${clip(answer.text, 600)}`,
  );
}

/**
 * Posts batches of generated inputs at once and checks every answer; the plan's document
 * versions must be the same after each batch as before it, so shrinking finds the smallest
 * input that changed something.
 */
async function fuzz(name: string, tracker: RunningTracker, arbitrary: fc.Arbitrary<FuzzInput>, inputs: number, timeLimitMs: number): Promise<Stats> {
  const stats: Stats = { posted: 0, generated: 0, statuses: new Map(), slowestMs: 0, slowest: '', largestBytes: 0, kinds: new Set() };
  const started = performance.now();
  const seed = Date.now() ^ (Math.random() * 0x7fffffff);
  // Past the deadline every run is skipped: generation then ends as a failure (too slow), shrinking ends with what it has.
  let deadline = started + timeLimitMs;
  let shrinking = false;
  const fail = (message: string): never => {
    if (!shrinking) deadline = Math.min(deadline, performance.now() + SHRINK_LIMIT_MS);
    shrinking = true;
    throw new Error(message);
  };
  try {
    const details = await fc.check(
      fc.asyncProperty(fc.array(arbitrary, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        fc.pre(performance.now() < deadline);
        const before = await planVersions(tracker);
        const results = await Promise.all(
          batch.map(async (input) => {
            const body = serialise(input.activity);
            const answer = await postBody(tracker.url, body, { timeoutMs: ANSWER_TIMEOUT_MS });
            stats.posted += 1;
            stats.statuses.set(answer.status, (stats.statuses.get(answer.status) ?? 0) + 1);
            if (answer.ms > stats.slowestMs) {
              stats.slowestMs = answer.ms;
              stats.slowest = clip(display(input.activity), 300);
            }
            stats.largestBytes = Math.max(stats.largestBytes, Buffer.byteLength(body));
            stats.kinds.add(input.kind);
            return judge(input, body, answer);
          }),
        );
        const after = await planVersions(tracker);
        const problems = results.flat();
        if (problems.length > 0) fail(problems.join('\n'));
        if (after.join('\n') !== before.join('\n')) {
          const changed = after.filter((version) => !before.includes(version));
          fail(`the plan changed (${changed.join(', ')}) after one of:\n${batch.map((input) => clip(display(input.activity), 2000)).join('\n')}`);
        }
      }),
      { numRuns: Math.ceil(inputs / BATCH), seed, maxSkipsPerRun: 0.01 },
    );
    stats.generated = details.numRuns * BATCH;
    // A busy machine may not post them all in time: what was posted was still all judged, and a fair share must have been.
    const onlyOutOfTime = details.failed && !(details.errorInstance instanceof Error);
    if (onlyOutOfTime && stats.posted >= inputs / 4) {
      process.stdout.write(
        `fuzz ${name}: the time limit (${timeLimitMs / 1000} s) came after ${stats.posted} of ${inputs} inputs; every one posted was judged\n`,
      );
      return stats;
    }
    // The shrunk batch's own report names only the inputs that failed; the whole batch would bury them.
    if (details.failed) {
      const why =
        details.errorInstance instanceof Error
          ? details.errorInstance.message
          : `not done within ${timeLimitMs / 1000} s: ${details.numRuns} of ${Math.ceil(inputs / BATCH)} batches run`;
      throw new Error(`${why}\n(seed ${details.seed}, path ${details.counterexamplePath ?? '-'}, shrunk ${details.numShrinks} times)`);
    }
  } finally {
    const seconds = (performance.now() - started) / 1000;
    totals.posted += stats.posted;
    totals.generated += stats.generated;
    totals.ms += seconds * 1000;
    const statuses = [...stats.statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    console.log(
      `fuzz ${name}: ${stats.posted.toLocaleString('en-GB')} requests in ${seconds.toFixed(1)} s (${Math.round(stats.posted / Math.max(seconds, 0.001))}/s; seed ${seed}); ` +
        `statuses {${statuses}}; slowest ${Math.round(stats.slowestMs)} ms; largest body ${Math.round(stats.largestBytes / 1024)} KB; ${stats.kinds.size} kinds of input`,
    );
    if (stats.slowestMs > 1000) console.log(`fuzz ${name}: the slowest answer (${Math.round(stats.slowestMs)} ms) was to ${stats.slowest}`);
  }
  return stats;
}

let plan: PlanData;
let connector: LoopbackConnector;
let inputs: ReturnType<typeof fuzzInputs>;
beforeAll(async () => {
  plan = await demoData();
  connector = await startLoopbackConnector();
  inputs = fuzzInputs(plan, connector.serviceUrl);
});
afterAll(async () => {
  await connector.stop();
  console.log(
    `fuzz total: ${totals.generated.toLocaleString('en-GB')} generated inputs, ${totals.posted.toLocaleString('en-GB')} requests with shrinking, ${(totals.ms / 1000).toFixed(1)} s`,
  );
});

let tracker: RunningTracker;
beforeEach(async () => {
  connector.calls.length = 0;
  // A clock that moves a millisecond a reading, so that each saved note has its own time (cards list the latest).
  let readings = 0;
  tracker = await startTestTracker({}, () => new Date(DEMO_NOW.getTime() + (readings += 1)));
});
afterEach(() => tracker.stop());

/**
 * Runs one fuzz of invalid inputs and checks what a person (and the plan) would notice: the
 * process answered throughout, nothing changed, nothing was sent anywhere but loopback.
 */
async function expectInvalidChangeNothing(name: string, arbitrary: fc.Arbitrary<FuzzInput>, count: number, timeLimitMs: number): Promise<void> {
  const before = await exportPlan(tracker);
  const health = watchHealth(tracker.url);
  const outbound = watchOutboundHosts();
  try {
    await fuzz(name, tracker, arbitrary, count, timeLimitMs);
  } finally {
    outbound.stop();
    const during = await health.stop();
    expect(during.failures, `/healthz while fuzzing (${during.checks} checks)`).toEqual([]);
  }
  expect((await getHealth(tracker.url)).status).toBe(200);
  expect(await exportPlan(tracker)).toEqual(before);
  expect(outbound.foreign(), 'hosts the bot called').toEqual([]);
  // Replies that went out by the connector (normal delivery) hold no internals either.
  const sent = connector.calls.map((call) => JSON.stringify(call.body));
  expect(sent.filter((body) => /Something went wrong|Error:|\.(?:ts|js):\d+:\d+/.test(body)).map((body) => clip(body))).toEqual([]);
}

// Each of these broke the bot when the fuzz found it (shrunk to its smallest form); kept as cases of their own so every one is reported.
describe('inputs the fuzz has broken the bot with before', () => {
  it.each(KNOWN_BREAKERS)('%s: a 4xx or a polite answer, and nothing changes', async (kind) => {
    const input = inputs.known.find((candidate) => candidate.kind === kind);
    if (!input) throw new Error(`no known input ${kind}`);
    const before = await exportPlan(tracker);
    const body = serialise(input.activity);
    const answer = await postBody(tracker.url, body, { timeoutMs: ANSWER_TIMEOUT_MS });
    expect(judge(input, body, answer)).toEqual([]);
    expect(await exportPlan(tracker)).toEqual(before);
    expect((await getHealth(tracker.url)).status).toBe(200);
  });
});

describe('fuzzing POST /api/messages: every invalid input gets a 4xx or a polite answer, and changes nothing', () => {
  it('whole activities with wrong types, missing fields and unknown shapes (2,500 generated)', async () => {
    await expectInvalidChangeNothing('activities', inputs.envelopes, 2_500, 45_000);
  }, 90_000);

  it(`card data for every verb (${Object.keys(CARD_VERBS).length}), broken or junk, and verbs no card sends (3,500 generated)`, async () => {
    await expectInvalidChangeNothing('card payloads', inputs.cardPayloads, 3_500, 60_000);
  }, 90_000);

  it("forged card data: another person's action, forged basis, owner and role fields, renderId garbage (2,500 generated)", async () => {
    await expectInvalidChangeNothing('forged cards', inputs.forgedCards, 2_500, 60_000);
  }, 90_000);

  it('hostile words, markup, ${…}, __proto__ keys, unicode, huge strings and deep JSON from people who may change nothing (1,500 generated)', async () => {
    // Each of these is answered in full (questions, previews), so fewer of them in the same time.
    await expectInvalidChangeNothing('hostile messages', inputs.hostileMessages, 1_500, 80_000);
  }, 120_000);

  it('refuses bodies over 1 MB with 413 or 400 within a second each', async () => {
    const before = await exportPlan(tracker);
    const basis = { status: 'in_progress', due: '2022-06-30', owner: 'ruth-okafor' };
    const envelope = JSON.stringify(messageActivity('x', { from: PEOPLE.ruth })).slice(0, -1);
    const bodies: Array<[string, string]> = [
      ['a 1.1 MB question', JSON.stringify(messageActivity('x'.repeat(1_100_000), { from: PEOPLE.ruth }))],
      [
        'a 2 MB note on Save',
        JSON.stringify(executeActivity(CARD_VERBS.saveAction, { actionId: 'act-7-4', basis, note: 'n'.repeat(2_000_000) }, { from: PEOPLE.ruth })),
      ],
      ['5 MB of nested arrays', `${envelope},"value":${'['.repeat(2_500_000)}${']'.repeat(2_500_000)}}`],
      ['1.5 MB that is not JSON', '{'.repeat(1_500_000)],
      ['3 MB of "__proto__" keys', `${envelope},"value":{${Array.from({ length: 150_000 }, (_, index) => `"__proto__${index % 10}":1`).join(',')}}}`],
    ];
    for (const [what, body] of bodies) {
      const answer = await postBody(tracker.url, body, { timeoutMs: 10_000 });
      expect([413, 400], `${what}: ${answer.status} ${clip(answer.text, 200)}`).toContain(answer.status);
      expect(answer.ms, what).toBeLessThan(1000);
      expect(leaksIn(answer.text, body), what).toEqual([]);
    }
    expect((await getHealth(tracker.url)).status).toBe(200);
    expect(await exportPlan(tracker)).toEqual(before);
  });

  it('keeps valid but hostile notes exactly as typed, and shows them literally, never expanded or mangled (120 generated)', async () => {
    const before = await exportPlan(tracker);
    const press = async (verb: string, data: unknown): Promise<{ answer: Answer; card: Record<string, unknown> }> => {
      const activity = executeActivity(verb, data, { from: PEOPLE.ruth, serviceUrl: connector.serviceUrl });
      const answer = await postBody(tracker.url, JSON.stringify(activity));
      const card = invokeCard(answer.json);
      if (!card) throw new Error(`no card: ${answer.status} ${clip(answer.text)}`);
      return { answer, card };
    };
    let card = (await press(CARD_VERBS.viewAction, { actionId: 'act-7-4' })).card;
    let saves = 0;
    let refusals = 0;
    // The card lists earlier notes too: what they held may be echoed honestly.
    let typedSoFar = '';
    const note = fc.oneof(
      hostileString.filter((text) => text.length <= 1000),
      fc.tuple(hostileString, hostileString).map(([a, b]) => `${a} ${b}`.slice(0, 1000)),
    );
    await fc.assert(
      fc.asyncProperty(note, async (typed) => {
        const data = { ...buttonData(card, 'Save'), ...inputValues(card), note: typed };
        const body = JSON.stringify(executeActivity(CARD_VERBS.saveAction, data, { from: PEOPLE.ruth }));
        typedSoFar += `\n${JSON.stringify(typed)}`;
        const { answer, card: next } = await press(CARD_VERBS.saveAction, data);
        // The next press needs this drawing of the card, even after a failure (an old one would be a repeat).
        card = next;
        expect(answer.status).toBe(200);
        expect(leaksIn(answer.text, `${body}${typedSoFar}`)).toEqual([]);
        const shown = cardText(next);
        const stored = await tracker.store.plans.getAction(PLAN_ID, 'act-7-4');
        const last = stored?.value.updates.at(-1);
        if (shown.includes('Saved. 7.4 is up to date.')) {
          saves += 1;
          expect(last?.note).toBe(typed.trim());
          expect(shown).toContain(typed.trim());
        } else {
          // Only the reasons a person can act on: empty, too long, or looks like a child's personal details.
          refusals += 1;
          expect(shown).toMatch(/nothing to save|the limit is 1,000|looks like it contains/i);
        }
        expect(stored?.value).toMatchObject({ status: 'in_progress', due: '2022-06-30', owner: 'ruth-okafor' });
      }),
      { numRuns: 120, plugins: [fc.interruptAfterTimeLimit(30_000, { failOnInterrupt: true })] },
    );
    console.log(`fuzz valid hostile notes: ${saves} saved exactly as typed, ${refusals} refused politely`);
    const after = await exportPlan(tracker);
    // Only 7.4 changed, and only by gaining notes.
    expect(after.view?.actions.filter((action) => action.id !== 'act-7-4')).toEqual(before.view?.actions.filter((action) => action.id !== 'act-7-4'));
    expect(after.view?.people).toEqual(before.view?.people);
    expect(after.view?.meetings).toEqual(before.view?.meetings);
    expect(saves).toBeGreaterThan(0);
  }, 60_000);
});
