import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningTracker } from '../../src/index';
import { CARD_VERBS } from '../../src/cards/verbs';
import { ask, cardsOf, cardText, executeActivity, listedActionIds, PEOPLE, post, startTestTracker } from '../support/tracker';

let tracker: RunningTracker;
beforeAll(async () => {
  tracker = await startTestTracker();
});
afterAll(() => tracker.stop());

type InvokeBody = { statusCode: number; type: string; value: unknown };

async function execute(verb: string, data: unknown, from: string = PEOPLE.ruth): Promise<InvokeBody> {
  const { status, body } = await post(tracker, executeActivity(verb, data, { from }));
  expect(status).toBe(200);
  return body as InvokeBody;
}

describe('answer cards in a conversation', () => {
  it('"View / update" replaces the list with the action\'s detail card, with a way back to the list', async () => {
    const [list] = cardsOf(await ask(tracker, "what's outstanding on life story work?"));
    expect(listedActionIds(list)).toContain('act-7-4');
    const detail = await execute(CARD_VERBS.viewAction, { actionId: 'act-7-4', question: "what's outstanding on life story work?", page: 1 });
    expect(detail.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = cardText(detail.value);
    expect(text).toContain('Every child with an adoption plan has a life story book before the adoption order');
    expect(text).toContain('Ruth Okafor');
    expect(text).toContain('Committee meeting, 9 Oct 2019, minute 39.5');
    expect(text).toContain('Back to the list');

    const back = await execute(CARD_VERBS.showPage, { question: "what's outstanding on life story work?", page: 1 });
    expect(listedActionIds(back.value)).toEqual(['act-7-1', 'act-7-2', 'act-7-3', 'act-7-4']);
  });

  it('"Show more" pages through a long answer with fresh data', async () => {
    const [first] = cardsOf(await ask(tracker, 'show all actions'));
    expect(listedActionIds(first)).toHaveLength(10);
    const second = await execute(CARD_VERBS.showPage, { question: 'show all actions', page: 2 });
    const ids = listedActionIds(second.value);
    expect(ids).toHaveLength(10);
    expect(ids).not.toContain(listedActionIds(first)[0]);
    expect(cardText(second.value)).toContain('Showing 11–20 of 50');
  });

  it('answers a malformed or stale button payload with a polite card', async () => {
    for (const data of [{}, { actionId: 42 }, { question: '', page: 'x' }, null]) {
      const body = await execute(CARD_VERBS.viewAction, data);
      expect(cardText(body.value)).toMatch(/out of date/);
    }
    const gone = await execute(CARD_VERBS.viewAction, { actionId: 'act-99-9' });
    expect(cardText(gone.value)).toContain('no longer in the plan');
  });

  it('asks which person was meant when a title fits several, with buttons that ask again', async () => {
    const [card] = cardsOf(await ask(tracker, 'what does the assistant director have outstanding?'));
    const text = cardText(card);
    expect(text).toContain('Which person did you mean');
    expect(text).toContain('Ruth Okafor, Assistant Director – Corporate Parenting');
    expect(text).toContain('Tom Brennan, Assistant Director – Early Help');
    expect(JSON.stringify(card)).toContain('what does Ruth Okafor have outstanding?');
  });

  it('"my actions" are the asker\'s own', async () => {
    const [card] = cardsOf(await ask(tracker, 'my actions', { from: PEOPLE.grace }));
    expect(listedActionIds(card)).toEqual(['act-1-4', 'act-4-3', 'act-7-1']);
    expect(cardText(card)).toContain('owned by you (Grace Adeyemi)');
  });

  it('a long message is answered for its question, with the reading on the card; thanks alone is thanked', async () => {
    const [card] = cardsOf(
      await ask(
        tracker,
        "Hi all, sorry it's been a mad week. I'm covering for Leo Fitzgerald while he's on leave - could you let me know what he's got outstanding? Thanks, Sam",
        { from: PEOPLE.grace },
      ),
    );
    expect(listedActionIds(card)).toEqual(['act-11-6']);
    expect(cardText(card)).toContain('owned by Leo Fitzgerald');

    const [thanks] = cardsOf(await ask(tracker, 'brilliant, thanks so much!', { from: PEOPLE.grace }));
    expect(cardText(thanks)).toContain("You're welcome");
    expect(listedActionIds(thanks)).toEqual([]);
  });

  it('a summary card gives RAG counts per area and the plan totals', async () => {
    const [card] = cardsOf(await ask(tracker, 'how are we doing?'));
    const text = cardText(card);
    expect(text).toContain('RAG by area');
    expect(text).toContain('7 · Life story work');
    expect(text).toMatch(/50 actions, 7 overdue/);
  });
});
