import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningTracker } from '../../src/index';
import { ask, baseActivity, cardsOf, cardText, listedActionIds, messageActivity, PEOPLE, post, startTestTracker } from '../support/tracker';

let tracker: RunningTracker;
beforeAll(async () => {
  tracker = await startTestTracker();
});
afterAll(() => tracker.stop());

describe('the bot endpoint, driven over HTTP with expectReplies', () => {
  it('answers "what\'s outstanding on life story work?" with a card listing 7.1-7.4 and not the completed 7.5', async () => {
    const replies = await ask(tracker, "what's outstanding on life story work?");
    const [card] = cardsOf(replies);
    expect(listedActionIds(card)).toEqual(['act-7-1', 'act-7-2', 'act-7-3', 'act-7-4']);
    const text = cardText(card);
    expect(text).toContain('Record life story work in Mosaic');
    expect(text).toContain('Daniel Cross');
    expect(text).toContain('31 Dec 2021');
    expect(text).toContain('In progress');
    expect(text).toMatch(/Red: overdue by 32 days/);
    expect(text).not.toContain('7.5');
    expect(text).toContain('Outstanding actions in area 7, Life story work, owned by anyone');
  });

  it('welcomes once on install with three example questions, even when Teams also sends conversationUpdate', async () => {
    const conversationId = 'a:welcome-test';
    const install = await post(tracker, { ...baseActivity({ conversationId }), type: 'installationUpdate', action: 'add' });
    const [welcome] = cardsOf((install.body as { activities: [] }).activities);
    expect(cardText(welcome)).toContain('Welcome to Improvement Tracker');
    expect(JSON.stringify(welcome).match(/"type":"Action.Submit"/g)).toHaveLength(3);
    expect(JSON.stringify(welcome)).toContain('{"question":"What\'s overdue?"}');

    const update = await post(tracker, {
      ...baseActivity({ conversationId }),
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:improvement-tracker-bot' }],
    });
    expect((update.body as { activities: [] }).activities).toHaveLength(0);
  });

  it('lets someone not on the people list read, and tells them politely once', async () => {
    const conversationId = 'a:stranger';
    const first = await ask(tracker, "what's overdue?", { from: PEOPLE.stranger, conversationId });
    expect(first[0]?.text).toMatch(/not on the plan's people list/);
    expect(listedActionIds(cardsOf(first)[0])).toHaveLength(7);
    const second = await ask(tracker, "what's overdue?", { from: PEOPLE.stranger, conversationId });
    expect(second.filter((reply) => reply.text)).toHaveLength(0);
    expect(cardsOf(second)).toHaveLength(1);
  });

  it('answers a 10 KB message, markup and an empty message politely, echoing nothing as markup', async () => {
    const long = await ask(tracker, 'overdue '.repeat(1300));
    expect(cardText(cardsOf(long)[0])).toMatch(/too long/);

    const markup = await ask(tracker, '<b>school transport</b> **now** ${x}');
    const text = cardText(cardsOf(markup)[0]);
    expect(text).toContain('Nothing in the plan matches');
    expect(listedActionIds(cardsOf(markup)[0])).toHaveLength(0);

    const empty = await ask(tracker, '   ');
    expect(cardText(cardsOf(empty)[0])).toMatch(/Ask me a question/);
  });

  it('refuses a request body that is not an activity with 400', async () => {
    const { status } = await post(tracker, { hello: 'world' });
    expect(status).toBe(400);
  });

  it('answers an invoke with an unknown card verb with a polite card, not an error', async () => {
    const { status, body } = await post(tracker, {
      ...baseActivity(),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'deleteEverything', data: {} } },
    });
    expect(status).toBe(200);
    expect(JSON.stringify(body)).toContain('card may be out of date');
  });

  it('reports health', async () => {
    const response = await fetch(`${tracker.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('security', () => {
  it('refuses activities from a tenant that is not allowed, and serves one that is', async () => {
    const guarded = await startTestTracker({ ALLOWED_TENANT_IDS: 'cc8e62c6-ac50-5768-afb3-feec6b8286af' });
    try {
      const foreign = await post(guarded, messageActivity("what's overdue?", { tenantId: '11111111-2222-4333-8444-555555555555' }));
      expect(foreign.status).toBe(403);
      expect(JSON.stringify(foreign.body)).not.toContain('act-');
      const none = await post(guarded, messageActivity("what's overdue?", { tenantId: null }));
      expect(none.status).toBe(403);
      const own = await post(guarded, messageActivity("what's overdue?"));
      expect(own.status).toBe(200);
    } finally {
      await guarded.stop();
    }
  });

  it('with bot credentials, refuses a request without a token or with a forged one (401)', async () => {
    const secured = await startTestTracker({
      BOT_ID: '5f0b3c1e-7a0d-4c8e-9d35-2b7a51e1c0aa',
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TENANT_ID: 'cc8e62c6-ac50-5768-afb3-feec6b8286af',
      HOST: '127.0.0.1',
    });
    try {
      const anonymous = await post(secured, messageActivity("what's overdue?"));
      expect(anonymous.status).toBe(401);
      expect(JSON.stringify(anonymous.body)).not.toContain('act-');
      const forged = await post(secured, messageActivity("what's overdue?"), { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
      expect(forged.status).toBe(401);
    } finally {
      await secured.stop();
    }
  });

  it('listens on loopback only when anonymous', async () => {
    expect(tracker.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});
