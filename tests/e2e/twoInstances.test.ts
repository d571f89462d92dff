import { afterEach, describe, expect, it } from 'vitest';
import type { RunningTracker } from '../../src/index';
import { uniqueName } from '../support/store';
import { ask, cardsOf, cardText, PEOPLE, startTestTracker } from '../support/tracker';

const running: RunningTracker[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((tracker) => tracker.stop()));
});

describe('several instances behind one endpoint, sharing one database', () => {
  it('a change made through one instance is seen by the next turn on the other, though each holds the plan in memory', async () => {
    const database = uniqueName('shared');
    const first = await startTestTracker({ COSMOS_DATABASE: database });
    const second = await startTestTracker({ COSMOS_DATABASE: database });
    running.push(first, second);

    // Both instances have read and now hold the plan.
    expect(cardText(cardsOf(await ask(second, '7.4', { from: PEOPLE.ruth }))[0])).toContain('In progress');
    expect(cardText(cardsOf(await ask(first, '7.4', { from: PEOPLE.ruth }))[0])).toContain('In progress');

    expect(cardText(cardsOf(await ask(first, '7.4 is blocked - waiting on the adoption agency', { from: PEOPLE.ruth }))[0])).toContain('Saved.');
    const seen = cardText(cardsOf(await ask(second, '7.4', { from: PEOPLE.grace }))[0]);
    expect(seen).toContain('Blocked');
    expect(seen).toContain('waiting on the adoption agency');

    // And the other way round, for a new note in words.
    await ask(second, 'add a note to 7.4: agency replied today', { from: PEOPLE.ruth });
    expect(cardText(cardsOf(await ask(first, '7.4', { from: PEOPLE.grace }))[0])).toContain('agency replied today');
  });
});
