import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import type { Action } from '../../src/domain/model';
import type { RunningTracker } from '../../src/index';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { ask, buttonData, buttonTitles, cardsOf, cardText, DEMO_NOW, executeActivity, invokeBody, PEOPLE, post, startTestTracker } from '../support/tracker';

const DANIEL = 'a6e325ac-f78f-54fd-a9b5-7c5d23546031';

let connector: LoopbackConnector;
let tracker: RunningTracker;
/** The tracker's clock, moved by the tests: Undo lasts a while, not for ever. */
let now = DEMO_NOW;

beforeAll(async () => {
  connector = await startLoopbackConnector();
});
afterAll(() => connector.stop());
beforeEach(async () => {
  now = DEMO_NOW;
  tracker = await startTestTracker({}, () => now);
  return () => tracker.stop();
});

function later(minutes: number): void {
  now = new Date(now.getTime() + minutes * 60_000);
}

async function stored(actionId: string): Promise<Action> {
  const found = await tracker.store.plans.getAction('children-first', actionId);
  if (!found) throw new Error(`${actionId} missing`);
  return found.value;
}

async function say(text: string, from: string): Promise<unknown> {
  const [card] = cardsOf(await ask(tracker, text, { from }));
  return card;
}

/** Presses a button on a card as its card would send it. */
async function press(card: unknown, title: string, from: string, verb: string = CARD_VERBS.undoChange): Promise<unknown> {
  const { status, body } = await post(tracker, executeActivity(verb, buttonData(card, title), { from, serviceUrl: connector.serviceUrl, replyToId: 'card-1' }));
  expect(status).toBe(200);
  return invokeBody(body).value;
}

describe('a change made in words can be taken back', () => {
  it('a polite request with a question mark is a change: it says what changed, and Undo puts 7.2 back as it was', async () => {
    const before = (await stored('act-7-2')).updates.length;
    const saved = await say('can you mark 7.2 as finished? evidence is the Mosaic release note', DANIEL);
    expect(cardText(saved)).toContain('Saved. 7.2 is up to date. Status: in progress → complete.');
    expect(buttonTitles(saved)).toContain('Undo');
    expect(cardText(saved)).toContain('Undo is here for 15 minutes after the change, for you only.');
    expect(await stored('act-7-2')).toMatchObject({ status: 'complete', completion: { by: 'daniel-cross' } });

    later(2);
    const undone = await press(saved, 'Undo', DANIEL);
    expect(cardText(undone)).toContain('Undone. 7.2 is back as it was: Status: complete → in progress.');
    expect(buttonTitles(undone)).not.toContain('Undo');
    // The history keeps both: the change, marked as undone, and its undoing.
    expect(cardText(undone)).toContain('(Undone.)');
    expect(cardText(undone)).toContain('Undid an earlier change.');
    const after = await stored('act-7-2');
    expect(after.status).toBe('in_progress');
    expect(after.completion).toBeUndefined();
    expect(after.updates).toHaveLength(before + 2);

    // A second press of the old card's Undo changes nothing more, and says so.
    const again = await press(saved, 'Undo', DANIEL);
    expect(cardText(again)).toContain('That change to 7.2 was already undone. Nothing more was changed.');
    expect((await stored('act-7-2')).updates).toHaveLength(before + 2);
  });

  it('undoing a due date moved in words restores the date and leaves no slippage behind', async () => {
    const saved = await say('move 7.2 to 30 April because the release slipped', DANIEL);
    expect(cardText(saved)).toContain('Due date moved once');
    const undone = await press(saved, 'Undo', DANIEL);
    expect(cardText(undone)).toContain('Due date: 30 Apr 2022 → 31 Dec 2021.');
    expect(cardText(undone)).not.toContain('Due date moved');
    expect((await stored('act-7-2')).due).toBe('2021-12-31');
  });

  it('only the person who made the change can undo it: the area lead pressing it is refused and nothing changes', async () => {
    const saved = await say('7.2 is blocked - waiting on the Mosaic release', DANIEL);
    const refused = await press(saved, 'Undo', PEOPLE.ruth);
    expect(cardText(refused)).toContain('Only Daniel Cross, who made this change, can undo it. Nothing was changed.');
    expect((await stored('act-7-2')).status).toBe('blocked');
  });

  it('after 15 minutes Undo is refused, says why, and changes nothing', async () => {
    const saved = await say('mark 7.2 blocked', DANIEL);
    later(16);
    const refused = await press(saved, 'Undo', DANIEL);
    expect(cardText(refused)).toContain('Undo lasts 15 minutes, and this change was made 16 minutes ago. Nothing was changed');
    expect((await stored('act-7-2')).status).toBe('blocked');
  });

  it("never overwrites someone else's later change to the same field", async () => {
    const saved = await say('mark 7.2 blocked', DANIEL);
    later(1);
    await say('mark 7.2 in progress', PEOPLE.ruth);
    const refused = await press(saved, 'Undo', DANIEL);
    expect(cardText(refused)).toContain(
      'Ruth Okafor changed the status of 7.2 just now, after your change, so undoing it would overwrite theirs. Nothing was changed.',
    );
    expect((await stored('act-7-2')).status).toBe('in_progress');
  });

  it('a refreshed card keeps Undo for its maker while it stands, and not for anyone else or after the time is up', async () => {
    const saved = await say('mark 7.2 blocked', DANIEL);
    const refresh = (from: string): Promise<unknown> => press(saved, 'Refresh', from, CARD_VERBS.refreshAction);
    expect(buttonTitles(await refresh(DANIEL))).toContain('Undo');
    expect(cardText(await refresh(DANIEL))).toContain('You changed 7.2 just now. Status: in progress → blocked.');
    expect(buttonTitles(await refresh(PEOPLE.ruth))).not.toContain('Undo');
    later(16);
    expect(buttonTitles(await refresh(DANIEL))).not.toContain('Undo');
  });

  it('refuses an Undo for a change that is not in the history, and a malformed one, changing nothing', async () => {
    const card = await say('mark 7.2 blocked', DANIEL);
    const forged = { actionId: 'act-7-2', updateId: 'activity:never-happened' };
    const { body } = await post(tracker, executeActivity(CARD_VERBS.undoChange, forged, { from: DANIEL, serviceUrl: connector.serviceUrl }));
    expect(cardText(invokeBody(body).value)).toContain("I can't find that change in 7.2's history, so nothing was changed.");
    const malformed = await post(tracker, executeActivity(CARD_VERBS.undoChange, { actionId: 'act-7-2', updateId: '<script>' }, { from: DANIEL }));
    expect(cardText(invokeBody(malformed.body).value)).toContain("That button didn't work");
    expect((await stored('act-7-2')).status).toBe('blocked');
    expect(buttonTitles(card)).toContain('Undo');
  });
});
