import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/bot/adapter';
import { teamsDigestDelivery } from '../../src/bot/digestDelivery';
import { runFollowUpdates, type FollowJobDeps } from '../../src/jobs/followJob';
import type { RunningTracker } from '../../src/index';
import { createLogger } from '../../src/logger';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { ask, baseActivity, cardsOf, cardText, PEOPLE, post, startTestTracker } from '../support/tracker';

const DANIEL = 'a6e325ac-f78f-54fd-a9b5-7c5d23546031';
let connector: LoopbackConnector;
let tracker: RunningTracker;
let now = new Date('2022-02-01T09:00:00Z');

beforeAll(async () => {
  connector = await startLoopbackConnector();
  tracker = await startTestTracker({}, () => now);
  await post(tracker, {
    ...baseActivity({ from: PEOPLE.ruth, conversationId: `a:personal-${PEOPLE.ruth}`, serviceUrl: connector.serviceUrl }),
    type: 'installationUpdate',
    action: 'add',
  });
});
afterAll(async () => {
  await tracker?.stop();
  await connector?.stop();
});

const at = (time: string): void => {
  now = new Date(`2022-02-01T${time}:00Z`);
};
const say = async (text: string, from: string): Promise<string> => {
  const options = from === PEOPLE.ruth ? { from, conversationId: `a:personal-${PEOPLE.ruth}`, serviceUrl: connector.serviceUrl } : { from };
  return cardText(cardsOf(await ask(tracker, text, options))[0]);
};
function job(instanceId: string): FollowJobDeps {
  return {
    plans: tracker.store.plans,
    state: tracker.store.state,
    planId: 'children-first',
    delivery: teamsDigestDelivery({ adapter: createAdapter(undefined), botAppId: '', state: tracker.store.state, retry: { baseDelayMs: 5, maxDelayMs: 20 } }),
    clock: () => now,
    logger: createLogger('silent', { pretty: false }),
    instanceId,
  };
}
/** The cards sent to Ruth's personal chat since the mark. */
const cardsToRuth = (from: number): string[] =>
  connector.calls
    .slice(from)
    .filter((call) => call.method === 'POST' && call.conversationId === `a:personal-${PEOPLE.ruth}`)
    .map((call) => cardText((call.body as { attachments?: Array<{ content: unknown }> }).attachments?.[0]?.content));

describe('following an area', () => {
  it("Ruth follows area 7: others' changes reach her in one card an hour at most, never her own", async () => {
    expect(await say('follow area 7', PEOPLE.ruth)).toContain('You now follow Area 7, Life story work.');
    at('10:00');
    await say('add a note to 7.1: foster carer sessions booked for March', PEOPLE.grace);
    at('10:20');
    await say('7.2 is blocked - waiting on the IT release', DANIEL);
    at('10:30');
    await say('add a note to 7.4: adoption panel met', PEOPLE.ruth);

    at('10:40');
    let mark = connector.calls.length;
    await Promise.all([runFollowUpdates(job('instance-a')), runFollowUpdates(job('instance-b'))]);
    let cards = cardsToRuth(mark);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('2 changes to 2 actions you follow');
    expect(cards[0]).toContain('Grace Adeyemi: foster carer sessions booked for March');
    expect(cards[0]).toContain('Daniel Cross: Status: in progress → blocked. waiting on the IT release');
    expect(cards[0]).not.toContain('adoption panel met');

    at('10:50');
    await say('add a note to 7.3: audit scheduled for March', PEOPLE.helen);
    at('11:00');
    mark = connector.calls.length;
    await runFollowUpdates(job('instance-a'));
    expect(cardsToRuth(mark)).toEqual([]);
    at('11:45');
    await runFollowUpdates(job('instance-a'));
    cards = cardsToRuth(mark);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Helen Marsh: audit scheduled for March');
    expect(cards[0]).not.toContain('foster carer sessions');
    // A restart just after sends nothing again.
    await runFollowUpdates(job('instance-restarted'));
    expect(cardsToRuth(mark)).toHaveLength(1);
  });

  it('"what do I follow?" lists it; after "unfollow area 7" nothing more comes', async () => {
    expect(await say('what do I follow?', PEOPLE.ruth)).toContain('Area 7, Life story work');
    expect(await say('unfollow area 7', PEOPLE.ruth)).toContain('You no longer follow Area 7, Life story work.');
    at('12:00');
    await say('add a note to 7.1: residential workers booked', PEOPLE.grace);
    at('13:30');
    const mark = connector.calls.length;
    await runFollowUpdates(job('instance-a'));
    expect(cardsToRuth(mark)).toEqual([]);
    expect(await say('follow 99.9', PEOPLE.ruth)).toContain('There is no action 99.9 in the plan. Nothing was changed.');
    // In words: an area by its name, one action by its deliverable; words that name neither change nothing.
    expect(await say('follow life story work', PEOPLE.ruth)).toContain('You now follow Area 7, Life story work.');
    expect(await say('follow the QA framework', PEOPLE.ruth)).toContain('You now follow 9.1 Establish a quality assurance framework.');
    expect(await say('follow zebra crossings', PEOPLE.ruth)).toContain(`I couldn't tell which area or action "zebra crossings" means. Nothing was changed.`);
    expect(await say('what do I follow?', PEOPLE.ruth)).toContain('9.1 Establish a quality assurance framework');
  });
});
