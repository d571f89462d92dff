import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import type { RunningTracker } from '../../src/index';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { buttonData, executeActivity, inputValues, messageActivity, PEOPLE, startTestTracker } from '../support/tracker';
import { startCosmosProxy, type CosmosProxy } from './support/cosmosProxy';
import { expectedReplies, getHealth, invokeCard, leaksIn, PLAN_ID, postActivity, readableText, type Answer } from './support/probe';

/** How soon a person must hear back, whatever the database is doing. */
const ANSWER_WITHIN_MS = 5000;
/** How long a test waits before calling a request unanswered (longer, so a slow answer is still seen and reported). */
const GIVE_UP_MS = 12_000;
/** A polite and true answer about the database: it is not answering, or a save could not be confirmed. */
const OUTAGE = /database (?:isn't|is not|didn't|did not) answer|couldn't (?:reach|confirm)|can't tell whether/i;
/** What may not be said of a save whose write reached the database. */
const NOTHING_CHANGED = /nothing was changed|nothing was saved|nothing of yours was saved|nothing was recorded/i;

let connector: LoopbackConnector;
let proxy: CosmosProxy | undefined;
let tracker: RunningTracker | undefined;
beforeAll(async () => {
  connector = await startLoopbackConnector();
});
afterAll(() => connector.stop());
afterEach(async () => {
  // Let any turn still waiting on the database fail now, so that shutdown is quick.
  await proxy?.pass();
  await tracker?.stop();
  await proxy?.stop();
  tracker = undefined;
  proxy = undefined;
  connector.calls.length = 0;
});

/** A tracker whose database sits behind a proxy the test controls. */
async function trackerBehindProxy(): Promise<{ tracker: RunningTracker; proxy: CosmosProxy }> {
  const started = await startCosmosProxy(inject('cosmosEndpoint'));
  proxy = started;
  tracker = await startTestTracker({ COSMOS_ENDPOINT: started.endpoint });
  return { tracker, proxy: started };
}

async function openCard(running: RunningTracker, actionId: string): Promise<Record<string, unknown>> {
  const answer = await postActivity(running.url, executeActivity(CARD_VERBS.viewAction, { actionId }, { from: PEOPLE.ruth, serviceUrl: connector.serviceUrl }));
  const card = invokeCard(answer.json);
  if (!card) throw new Error(`no card for ${actionId}: ${answer.status} ${answer.text.slice(0, 200)}`);
  return card;
}

type Probe = Readonly<{ what: string; activity: unknown; kind: 'message' | 'invoke' }>;

/** A message and a press of every card button a person could make, each as its card would send it. */
function everyRequest(card: Record<string, unknown>, note: string): Probe[] {
  const save = { ...buttonData(card, 'Save'), ...inputValues(card), note };
  const options = { from: PEOPLE.ruth, serviceUrl: connector.serviceUrl, replyToId: 'card-1' };
  const invoke = (verb: string, data: unknown, from: string = PEOPLE.ruth): Probe => ({
    what: `card button ${verb}`,
    kind: 'invoke',
    activity: executeActivity(verb, data, { ...options, from }),
  });
  const draftId = randomUUID();
  const buttons: Record<keyof typeof CARD_VERBS, Probe> = {
    showPage: invoke(CARD_VERBS.showPage, { question: "what's overdue?", page: 2 }),
    viewAction: invoke(CARD_VERBS.viewAction, { actionId: 'act-7-4' }),
    refreshAction: invoke(CARD_VERBS.refreshAction, { actionId: 'act-7-4' }),
    saveAction: invoke(CARD_VERBS.saveAction, save),
    completeAction: invoke(CARD_VERBS.completeAction, save),
    verifyAction: invoke(CARD_VERBS.verifyAction, save),
    confirmOutcomes: invoke(CARD_VERBS.confirmOutcomes, { draftId, meetingDate: '2022-02-09' }, PEOPLE.chris),
    cancelOutcomes: invoke(CARD_VERBS.cancelOutcomes, { draftId }, PEOPLE.chris),
    setCommitteeChannel: invoke(CARD_VERBS.setCommitteeChannel, { channelId: '19:committee@thread.tacv2', channel: 'Committee' }, PEOPLE.morgan),
    readMinutes: invoke(
      CARD_VERBS.readMinutes,
      { minutes: 'Resolved - That the Committee notes the report.\nAction: Helen Marsh to circulate the audit by 28 February 2022.' },
      PEOPLE.chris,
    ),
    undoChange: invoke(CARD_VERBS.undoChange, { actionId: 'act-7-4', updateId: 'activity:undo-probe' }),
    confirmClosures: invoke(
      CARD_VERBS.confirmClosures,
      { committeeId: 'cypssc', requestId: randomUUID(), meetingDate: '2022-02-09', 'close_act-7-5': 'true' },
      PEOPLE.chris,
    ),
  };
  return [
    { what: 'a question', kind: 'message', activity: messageActivity("what's overdue?", { from: PEOPLE.ruth }) },
    { what: 'a change in words', kind: 'message', activity: messageActivity(`add a note to 7.4: ${note}`, { from: PEOPLE.ruth }) },
    ...Object.values(buttons),
  ];
}

/** The words a person would read in the answer to a probe ('' when there is no card or reply). */
function answerWords(probe: Probe, answer: Answer): string {
  if (probe.kind === 'invoke') return readableText(invokeCard(answer.json));
  return readableText(expectedReplies(answer.json));
}

/** Sends every probe at once during an outage: each must be a polite, true answer within 5 s. */
async function expectPoliteOutageAnswers(running: RunningTracker, probes: Probe[]): Promise<void> {
  const answers = await Promise.all(
    probes.map(async (probe) => ({ probe, answer: await postActivity(running.url, probe.activity, { timeoutMs: GIVE_UP_MS }) })),
  );
  const wrong = answers.flatMap(({ probe, answer }) => {
    const words = answerWords(probe, answer);
    const problems: string[] = [];
    if (answer.status !== 200) problems.push(`HTTP ${answer.status}${answer.text ? ` ${answer.text.slice(0, 160)}` : ' with an empty body'}`);
    if (answer.ms > ANSWER_WITHIN_MS) problems.push(`took ${Math.round(answer.ms)} ms`);
    if (!OUTAGE.test(words)) problems.push(`does not say the database isn't answering: "${words.replace(/\s+/g, ' ').slice(0, 200)}"`);
    const leaks = leaksIn(answer.text, JSON.stringify(probe.activity));
    if (leaks.length > 0) problems.push(`shows ${leaks.join(', ')}`);
    return problems.length > 0 ? [`${probe.what}: ${problems.join('; ')}`] : [];
  });
  expect(wrong).toEqual([]);
}

async function expectHealth(running: RunningTracker, status: number): Promise<void> {
  const health = await getHealth(running.url, GIVE_UP_MS);
  expect(
    { status: health.status, inTime: health.ms <= ANSWER_WITHIN_MS },
    `/healthz answered ${health.status} in ${Math.round(health.ms)} ms: ${health.text}`,
  ).toEqual({ status, inTime: true });
}

/** Once the database is back, the same bot (no restart) answers questions, opens cards and saves. */
async function expectWorkingAgain(running: RunningTracker, note: string): Promise<void> {
  await expect.poll(async () => (await getHealth(running.url, 3000)).status, { timeout: 10_000, interval: 250 }).toBe(200);
  const question = await postActivity(running.url, messageActivity("what's overdue?", { from: PEOPLE.ruth }));
  expect(question.status).toBe(200);
  expect(readableText(expectedReplies(question.json))).not.toMatch(OUTAGE);
  expect(readableText(expectedReplies(question.json))).toMatch(/overdue/i);
  const card = await openCard(running, 'act-7-4');
  const saved = await postActivity(
    running.url,
    executeActivity(
      CARD_VERBS.saveAction,
      { ...buttonData(card, 'Save'), ...inputValues(card), note },
      { from: PEOPLE.ruth, serviceUrl: connector.serviceUrl, replyToId: 'card-1' },
    ),
  );
  expect(readableText(invokeCard(saved.json))).toContain('Saved. 7.4 is up to date.');
  const stored = await running.store.plans.getAction(PLAN_ID, 'act-7-4');
  expect(stored?.value.updates.filter((update) => update.note === note)).toHaveLength(1);
}

describe('when the database fails mid-conversation', () => {
  it('stopped (connections refused): every message and card button is answered politely within 5 s, /healthz says 503, and all works again when it is back', async () => {
    const { tracker: running, proxy: cosmos } = await trackerBehindProxy();
    const card = await openCard(running, 'act-7-4');
    await cosmos.refuse();
    await expectPoliteOutageAnswers(running, everyRequest(card, 'Written while the database was stopped'));
    await expectHealth(running, 503);
    await cosmos.pass();
    await expectWorkingAgain(running, 'Written after the database came back');
  }, 60_000);

  it('hung (connections accepted, never answered): every message and card button is answered politely within 5 s, /healthz says 503 within 5 s, and all works again when it answers', async () => {
    const { tracker: running, proxy: cosmos } = await trackerBehindProxy();
    const card = await openCard(running, 'act-7-4');
    await cosmos.hang();
    await Promise.all([expectPoliteOutageAnswers(running, everyRequest(card, 'Written while the database hung')), expectHealth(running, 503)]);
    await cosmos.pass();
    await expectWorkingAgain(running, 'Written after the database answered again');
  }, 60_000);

  it('a save whose write reached the database but whose answer never came back is reported as unconfirmed, never as "Nothing was changed", and pressing Save again records it once', async () => {
    const { tracker: running, proxy: cosmos } = await trackerBehindProxy();
    const card = await openCard(running, 'act-7-4');
    const note = 'Panel agreed the template (answer lost)';
    const save = executeActivity(
      CARD_VERBS.saveAction,
      { ...buttonData(card, 'Save'), ...inputValues(card), note },
      { from: PEOPLE.ruth, serviceUrl: connector.serviceUrl, replyToId: 'card-1' },
    );
    await cosmos.loseWriteAnswers();
    const answer = await postActivity(running.url, save, { timeoutMs: GIVE_UP_MS });
    const words = readableText(invokeCard(answer.json));
    expect(cosmos.lostWrites(), 'the write reached the proxy').toBeGreaterThan(0);
    expect(
      { status: answer.status, inTime: answer.ms <= ANSWER_WITHIN_MS },
      `answered ${answer.status} in ${Math.round(answer.ms)} ms: ${words.slice(0, 300)}`,
    ).toEqual({ status: 200, inTime: true });
    expect(words).toMatch(/couldn't confirm|can't tell whether/i);
    expect(words).not.toMatch(NOTHING_CHANGED);
    // It was in fact saved: saying "nothing was changed" would have been false.
    const stored = await running.store.plans.getAction(PLAN_ID, 'act-7-4');
    expect(stored?.value.updates.filter((update) => update.note === note)).toHaveLength(1);

    await cosmos.pass();
    await expect.poll(async () => (await getHealth(running.url, 3000)).status, { timeout: 10_000, interval: 250 }).toBe(200);
    const again = await postActivity(running.url, save);
    expect(readableText(invokeCard(again.json))).toContain('Saved. 7.4 is up to date.');
    const after = await running.store.plans.getAction(PLAN_ID, 'act-7-4');
    expect(after?.value.updates.filter((update) => update.note === note)).toHaveLength(1);
  }, 60_000);

  it('throttled (429 with x-ms-retry-after-ms): a short burst is retried and answered normally; a long one is reported politely within 5 s, with a bounded number of retries', async () => {
    const { tracker: running, proxy: cosmos } = await trackerBehindProxy();
    const card = await openCard(running, 'act-7-4');

    await cosmos.throttle({ forMs: 300, retryAfterMs: 100 });
    const burst = await postActivity(running.url, messageActivity("what's overdue?", { from: PEOPLE.ruth }), { timeoutMs: GIVE_UP_MS });
    expect(cosmos.throttled(), 'requests answered 429').toBeGreaterThan(0);
    expect(burst.status).toBe(200);
    expect(burst.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(readableText(expectedReplies(burst.json))).not.toMatch(OUTAGE);
    expect(readableText(expectedReplies(burst.json))).toMatch(/overdue/i);

    await cosmos.throttle({ forMs: 60_000, retryAfterMs: 300 });
    const probes = everyRequest(card, 'Written while the database was throttling');
    await expectPoliteOutageAnswers(running, probes);
    await expectHealth(running, 503);
    // Retried a few times and then given up, not without end: a turn reads a couple of documents at once, each tried about six times.
    expect(cosmos.throttled() / (probes.length + 1), `${cosmos.throttled()} requests answered 429`).toBeLessThanOrEqual(20);

    await cosmos.pass();
    await expectWorkingAgain(running, 'Written after the throttling ended');
  }, 60_000);
});
