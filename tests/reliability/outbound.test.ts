import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import type { RunningTracker } from '../../src/index';
import { CHANNELS, startLoopbackConnector, type ConnectorCall, type LoopbackConnector } from '../support/loopbackConnector';
import { demoData } from '../support/store';
import {
  ask,
  baseActivity,
  buttonData,
  cardsOf,
  cardText,
  executeActivity,
  inputValues,
  invokeBody,
  PEOPLE,
  post,
  startTestTracker,
  type ActivityOptions,
} from '../support/tracker';
import { extraPeople, minutesWithActions, withPeople } from './support/crowdedPlan';
import { settledDigests, startScheduledTracker } from './support/scheduledTracker';
import { busiestConversationSecond, busiestSecond, gapsBetween } from './support/sendRates';

/** Teams' limits: about 7 messages a second to one conversation, 50 requests a second per tenant. */
const PER_CONVERSATION = 7;
const PER_TENANT = 50;
/**
 * Each send reaches the connector some milliseconds after its slot (a reference read, the SDK),
 * and that varies: a sender paced at exactly the limit shows 51 calls in about 985 ms. A second
 * here is 975 ms, so that noise is not counted while an unpaced burst still is.
 */
const SECOND_MS = 975;
/** The bot's own limit on tries of one send (src/bot/proactive.ts). */
const NEW_MEETING = readFileSync(join(__dirname, '..', 'e2e', 'fixtures', 'minutes-2022-01-26.txt'), 'utf8');
const NEW_MEETING_CHOICES = { due_0: '2022-02-28', area_0: '9', due_1: '2022-03-09', area_1: '2', owner_2: 'helen-marsh', due_2: '2022-04-30', area_2: '2' };
const DEMO_MANAGERS = {
  'morgan-hale': PEOPLE.morgan,
  'priya-shah': PEOPLE.priya,
  'ruth-okafor': PEOPLE.ruth,
  'tom-brennan': '0ca05024-8557-5ed7-857f-e63810db5d9c',
  'daniel-cross': 'a6e325ac-f78f-54fd-a9b5-7c5d23546031',
} as const;

let connector: LoopbackConnector;

/** A fresh connector for each test: failures queued in one test must not reach the next. */
async function freshConnector(): Promise<void> {
  connector = await startLoopbackConnector();
  onTestFinished(() => connector.stop());
}

function stopAfterTest(tracker: RunningTracker): RunningTracker {
  onTestFinished(() => tracker.stop());
  return tracker;
}

const personalChat = (aad: string): ActivityOptions => ({ from: aad, conversationId: `a:personal-${aad}`, serviceUrl: connector.serviceUrl });
const conversationOf = (aad: string): string => `a:personal-${aad}`;

/** Each person opens the app in their personal chat, so the bot may reach them later. */
async function openTheApp(tracker: RunningTracker, aads: readonly string[]): Promise<void> {
  for (let start = 0; start < aads.length; start += 25) {
    await Promise.all(
      aads.slice(start, start + 25).map((aad) => post(tracker, { ...baseActivity(personalChat(aad)), type: 'installationUpdate', action: 'add' })),
    );
  }
}

/** An admin picks the committee's channel, as on the card posted at install. */
async function chooseCommitteeChannel(tracker: RunningTracker): Promise<void> {
  const { body } = await post(
    tracker,
    executeActivity(
      CARD_VERBS.setCommitteeChannel,
      { channelId: CHANNELS.committee, channel: 'Improvement Plan' },
      { from: PEOPLE.morgan, conversationId: CHANNELS.general, conversationType: 'channel', serviceUrl: connector.serviceUrl },
    ),
  );
  expect(cardText(invokeBody(body).value)).toContain('Committee summaries will be posted to Improvement Plan.');
}

type Preview = Readonly<{ card: unknown; shown: number }>;

/** The clerk pastes minutes in a personal chat; `shown` is how many actions the preview offers. */
async function preview(tracker: RunningTracker, minutes: string): Promise<Preview> {
  const [card] = cardsOf(await ask(tracker, `post outcomes\n${minutes}`, personalChat(PEOPLE.chris)));
  return { card, shown: Object.keys(inputValues(card)).filter((id) => id.startsWith('text_')).length };
}

/** The clerk confirms, each shown action given an owner (in turn from `owners`), a date and an area. */
async function confirm(tracker: RunningTracker, { card, shown }: Preview, owners: readonly string[], choices: Record<string, string> = {}): Promise<string> {
  const chosen = Object.fromEntries(
    Array.from({ length: shown }, (_, index) => [
      [`owner_${index}`, owners[index % owners.length] ?? ''],
      [`due_${index}`, '2022-06-30'],
      [`area_${index}`, '10'],
    ]).flat(),
  );
  const data = { ...buttonData(card, 'Confirm and post'), ...(inputValues(card) as Record<string, string>), ...(owners.length > 0 ? chosen : {}), ...choices };
  const { body } = await post(tracker, executeActivity(CARD_VERBS.confirmOutcomes, data, { ...personalChat(PEOPLE.chris), replyToId: 'preview-message' }));
  return cardText(invokeBody(body).value);
}

function expectWithinLimits(calls: readonly ConnectorCall[]): void {
  const tenant = busiestSecond(calls, SECOND_MS);
  const conversation = busiestConversationSecond(calls, SECOND_MS);
  expect(tenant.count, `${tenant.count} requests to Teams within ${tenant.spanMs} ms`).toBeLessThanOrEqual(PER_TENANT);
  expect(conversation.count, `${conversation.count} requests to ${conversation.conversationId ?? ''} within ${conversation.spanMs} ms`).toBeLessThanOrEqual(
    PER_CONVERSATION,
  );
}

const callsTo = (conversationId: string): ConnectorCall[] => connector.calls.filter((call) => call.conversationId === conversationId);
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

describe('sends to Teams stay within its rate limits in a burst, measured at the connector', () => {
  it('the weekly digest to 125 managers', async () => {
    await freshConnector();
    const managers = extraPeople(120, 'manager', 1000);
    const everyone = [...Object.entries(DEMO_MANAGERS), ...managers.map((manager) => [manager.id, manager.aadObjectId ?? ''] as const)];
    const tracker = stopAfterTest(
      await startScheduledTracker(withPeople(await demoData(), managers), (first) =>
        openTheApp(
          first,
          everyone.map(([, aad]) => aad),
        ),
      ),
    );

    const outcomes = await settledDigests(
      tracker,
      everyone.map(([id]) => id),
      15_000,
    );
    expect(Object.values(outcomes).filter((status) => status === 'sent')).toHaveLength(125);
    expect(connector.calls.length).toBeGreaterThanOrEqual(125);
    expectWithinLimits(connector.calls);
  });

  it("eight meetings' outcomes confirmed in a burst, each telling its new owners and the committee's channel", async () => {
    await freshConnector();
    const owners = extraPeople(25, 'officer', 2000);
    const tracker = stopAfterTest(await startTestTracker({}, undefined, withPeople(await demoData(), owners)));
    await openTheApp(
      tracker,
      owners.map((owner) => owner.aadObjectId ?? ''),
    );
    await chooseCommitteeChannel(tracker);
    // Every preview first, so that no meeting's actions read as repeats of another's.
    const previews: Preview[] = [];
    for (const day of [2, 3, 4, 7, 8, 9, 10, 11]) previews.push(await preview(tracker, minutesWithActions(day, 25)));
    connector.calls.length = 0;

    const answers = await Promise.all(
      previews.map((drafted) =>
        confirm(
          tracker,
          drafted,
          owners.map((owner) => owner.id),
        ),
      ),
    );
    for (const answer of answers) expect(answer).toContain('Told each new owner in their personal chat.');
    const notices = previews.reduce((sum, drafted) => sum + Math.min(drafted.shown, owners.length), 0);
    expect(notices, 'enough notices to pass the tenant limit if sent unpaced').toBeGreaterThan(PER_TENANT);
    expect(callsTo(CHANNELS.committee).filter((call) => call.method === 'POST')).toHaveLength(previews.length);
    expectWithinLimits(connector.calls);
  });

  it('confirmations during the weekly digest share the one tenant limit with it', async () => {
    await freshConnector();
    const managers = extraPeople(100, 'manager', 3000);
    const owners = extraPeople(25, 'officer', 4000);
    const previews: Preview[] = [];
    const tracker = stopAfterTest(
      await startScheduledTracker(withPeople(await demoData(), [...managers, ...owners]), async (first) => {
        await openTheApp(first, [...Object.values(DEMO_MANAGERS), ...[...managers, ...owners].map((person) => person.aadObjectId ?? '')]);
        // With this many people a preview has room for only a few actions: several meetings, then.
        for (const day of [2, 3, 4, 7]) previews.push(await preview(first, minutesWithActions(day, 25)));
      }),
    );

    // Once the digest is sending at its pace, the clerk confirms them.
    const started = Date.now();
    while (connector.calls.length < 20 && Date.now() - started < 10_000) await sleep(10);
    for (const answer of await Promise.all(
      previews.map((drafted) =>
        confirm(
          tracker,
          drafted,
          owners.map((owner) => owner.id),
        ),
      ),
    )) {
      expect(answer).toContain('Told each new owner in their personal chat.');
    }
    const outcomes = await settledDigests(
      tracker,
      managers.map((manager) => manager.id),
      15_000,
    );
    expect(Object.values(outcomes).filter((status) => status === 'sent')).toHaveLength(100);
    expect(
      previews.reduce((sum, drafted) => sum + drafted.shown, 0),
      'owner notices sent during the digest',
    ).toBeGreaterThanOrEqual(8);
    expectWithinLimits(connector.calls);
  });

  it('ten saves at once on cards in the committee channel update that one conversation within its limit', async () => {
    await freshConnector();
    const tracker = stopAfterTest(await startTestTracker());
    const actions = ['act-9-1', 'act-9-2', 'act-7-1', 'act-7-3', 'act-11-5', 'act-5-3', 'act-4-2', 'act-2-2', 'act-3-3', 'act-10-2'];
    const managers = Object.values(DEMO_MANAGERS);
    await Promise.all(
      actions.map(async (actionId, index) => {
        const found = await tracker.store.plans.getAction('children-first', actionId);
        if (!found) throw new Error(`${actionId} is not in the plan`);
        const { status, due, owner } = found.value;
        const options: ActivityOptions = {
          from: managers[index % managers.length] ?? PEOPLE.morgan,
          conversationId: CHANNELS.committee,
          conversationType: 'channel',
          serviceUrl: connector.serviceUrl,
          replyToId: `card-${actionId}`,
        };
        const { body } = await post(
          tracker,
          executeActivity(CARD_VERBS.saveAction, { actionId, basis: { status, due, owner }, note: `Reviewed at the committee (${index})` }, options),
        );
        expect(cardText(invokeBody(body).value)).toContain('Saved.');
      }),
    );
    // Each save updates the card in the channel for everyone.
    expect(callsTo(CHANNELS.committee).filter((call) => call.method === 'PUT')).toHaveLength(actions.length);
    expectWithinLimits(connector.calls);
  });
});

describe('in the running bot, failed sends are retried with backoff and jitter a bounded number of times; a 403 is recorded and not retried', () => {
  const managerIds = Object.keys(DEMO_MANAGERS);
  const managerAads = Object.values(DEMO_MANAGERS);
  const ruth = conversationOf(PEOPLE.ruth);
  const tom = conversationOf(DEMO_MANAGERS['tom-brennan']);

  /** The scheduled digest in the running bot, after the demo managers opened the app and `fail` queued failures. */
  async function digestWith(fail: () => void): Promise<RunningTracker> {
    await freshConnector();
    return stopAfterTest(
      await startScheduledTracker(await demoData(), async (first) => {
        await openTheApp(first, managerAads);
        connector.calls.length = 0;
        fail();
      }),
    );
  }

  it.each([502, 504])('%i twice, then success: the digest arrives, after growing, jittered waits', async (status) => {
    const tracker = await digestWith(() => {
      connector.failNext(ruth, status, 2);
      connector.failNext(tom, status, 2);
    });
    const outcomes = await settledDigests(tracker, managerIds, 15_000);
    expect(outcomes).toEqual(Object.fromEntries(managerIds.map((id) => [id, 'sent'])));
    expect(callsTo(ruth)).toHaveLength(3);
    expect(callsTo(tom)).toHaveLength(3);
    const [ruthGaps, tomGaps] = [gapsBetween(callsTo(ruth)), gapsBetween(callsTo(tom))];
    const first = [ruthGaps[0] ?? 0, tomGaps[0] ?? 0];
    const second = [ruthGaps[1] ?? 0, tomGaps[1] ?? 0];
    // Backoff: it waits before trying again, and longer the second time; jitter: the waits differ.
    expect(mean(first), `first waits ${first.join(', ')} ms`).toBeGreaterThanOrEqual(20);
    expect(mean(second), `second waits ${second.join(', ')} ms, first ${first.join(', ')} ms`).toBeGreaterThan(mean(first));
    expect(
      Math.abs((first[0] ?? 0) - (first[1] ?? 0)) + Math.abs((second[0] ?? 0) - (second[1] ?? 0)),
      `waits ${first.join(', ')} then ${second.join(', ')} ms`,
    ).toBeGreaterThanOrEqual(2);
  });

  it('429 with Retry-After: the digest waits at least as long as Teams asks, then arrives', async () => {
    const tracker = await digestWith(() => connector.failNext(ruth, 429, 1, 1));
    const outcomes = await settledDigests(tracker, managerIds, 15_000);
    expect(outcomes).toEqual(Object.fromEntries(managerIds.map((id) => [id, 'sent'])));
    expect(callsTo(ruth)).toHaveLength(2);
    expect(gapsBetween(callsTo(ruth))[0] ?? 0).toBeGreaterThanOrEqual(950);
  });

  it('a 403 on a digest is tried once, recorded as blocked, and shown to an admin', async () => {
    const tracker = await digestWith(() => connector.failNext(tom, 403, 5));
    const outcomes = await settledDigests(tracker, managerIds, 15_000);
    expect(outcomes).toEqual({ ...Object.fromEntries(managerIds.map((id) => [id, 'sent'])), 'tom-brennan': 'blocked' });
    expect(callsTo(tom)).toHaveLength(1);
    const [card] = cardsOf(await ask(tracker, "who can't get digests?", personalChat(PEOPLE.morgan)));
    expect(cardText(card)).toContain('Tom Brennan has blocked or removed the app.');
  });

  it("a new owner's notice is retried after 502s and delivered; a blocked owner's is tried once and reported", async () => {
    await freshConnector();
    const tracker = stopAfterTest(await startTestTracker());
    await openTheApp(tracker, [PEOPLE.helen, PEOPLE.grace]);
    const drafted = await preview(tracker, NEW_MEETING);
    connector.calls.length = 0;
    connector.failNext(conversationOf(PEOPLE.helen), 502, 2);
    connector.failNext(conversationOf(PEOPLE.grace), 403, 5);

    const answer = await confirm(tracker, drafted, [], NEW_MEETING_CHOICES);
    expect(answer).toContain('Recorded 3 actions.');
    expect(callsTo(conversationOf(PEOPLE.helen))).toHaveLength(3);
    expect(callsTo(conversationOf(PEOPLE.grace))).toHaveLength(1);
    expect(answer).toContain("Couldn't reach Grace Adeyemi in Teams yet");
    expect(answer).not.toContain('Told each new owner');
  });
});
