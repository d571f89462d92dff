import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/bot/adapter';
import { teamsDigestDelivery } from '../../src/bot/digestDelivery';
import { runWeeklyDigest, weeklyRecordId, type DigestDelivery, type DigestJobDeps } from '../../src/jobs/digestJob';
import { createLogger } from '../../src/logger';

import { ask, baseActivity, cardsOf, cardText, DEMO_NOW, listedActionIds, PEOPLE, post } from '../support/tracker';
import { trackerWithConnector } from '../support/harness';

const MANAGERS = {
  'morgan-hale': PEOPLE.morgan,
  'priya-shah': PEOPLE.priya,
  'ruth-okafor': PEOPLE.ruth,
  'tom-brennan': '0ca05024-8557-5ed7-857f-e63810db5d9c',
  'daniel-cross': 'a6e325ac-f78f-54fd-a9b5-7c5d23546031',
} as const;

const env = trackerWithConnector();

/** Each manager opens the app once in their personal chat, so the bot can reach them later. */
async function managersOpenTheApp(ids: readonly string[] = Object.values(MANAGERS)): Promise<void> {
  for (const aad of ids) {
    await post(env.tracker, {
      ...baseActivity({ from: aad, conversationId: `a:personal-${aad}`, serviceUrl: env.connector.serviceUrl }),
      type: 'installationUpdate',
      action: 'add',
    });
  }
  env.connector.calls.length = 0;
}

function jobDeps(overrides: Partial<DigestJobDeps> = {}): DigestJobDeps {
  const delivery = teamsDigestDelivery({
    adapter: createAdapter(undefined),
    botAppId: '',
    state: env.tracker.store.state,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  });
  return {
    plans: env.tracker.store.plans,
    state: env.tracker.store.state,
    planId: 'children-first',
    delivery,
    clock: () => DEMO_NOW,
    logger: createLogger('silent', { pretty: false }),
    instanceId: 'instance-a',
    ...overrides,
  };
}

const sentTo = (): string[] =>
  env.connector.calls
    .filter((call) => call.method === 'POST' && call.conversationId.startsWith('a:personal-'))
    .map((call) => call.conversationId.replace('a:personal-', ''));

describe("a manager's digest", () => {
  it('"digest" shows Ruth Okafor her digest: overdue 6.3, 7.2 and 9.5, oldest first, recent changes and RAG for her areas', async () => {
    const [card] = cardsOf(await ask(env.tracker, 'digest'));
    const text = cardText(card);
    expect(text).toContain('Your weekly digest, 1 Feb 2022');
    expect(text).toContain('Areas you lead: 6 Permanence planning, 7 Life story work, 11 Corporate parenting; and actions you own.');
    expect(text).toContain('Overdue (3)');
    expect(text.indexOf('6.3')).toBeLessThan(text.indexOf('9.5'));
    expect(listedActionIds(card)).toEqual(['act-6-3', 'act-7-2', 'act-9-5']);
    expect(text).toContain('32 days overdue (due 31 Dec 2021)');
    expect(text).toContain('What changed since your last digest');
    expect(text).toContain('Grace Adeyemi: ');
    expect(text).toContain('7 · Life story work');
    expect(text).not.toContain('All on track');
  });

  it('gives a manager with nothing needing them a short "all on track" card', async () => {
    // Nothing in Priya Shah's areas (1, 2, 4, 8) or of hers is overdue, due within two weeks or waiting for her.
    const [card] = cardsOf(await ask(env.tracker, 'digest', { from: PEOPLE.priya }));
    expect(cardText(card)).toContain('All on track');
    expect(cardText(card)).not.toContain('Overdue (');
    const officer = cardsOf(await ask(env.tracker, 'digest', { from: PEOPLE.grace }))[0];
    expect(cardText(officer)).toContain('Weekly digests are for managers and admins.');
  });

  it('lets a manager turn the digest off and on, and choose Friday', async () => {
    expect(cardText(cardsOf(await ask(env.tracker, 'digest off'))[0])).toContain('Your weekly digest is off.');
    expect(cardText(cardsOf(await ask(env.tracker, 'send my digest on Fridays'))[0])).toContain('Your weekly digest will come on Fridays at 8am.');
    expect(cardText(cardsOf(await ask(env.tracker, 'digest on'))[0])).toContain('Your weekly digest is on.');
  });
});

describe('the weekly run', () => {
  it('sends each demo manager one card in their personal chat, once a week', async () => {
    await managersOpenTheApp();
    const summary = await runWeeklyDigest(jobDeps(), { today: '2022-01-31' });
    expect(summary.ran).toBe(true);
    expect(summary.sent.sort()).toEqual(Object.keys(MANAGERS).sort());
    expect(sentTo().sort()).toEqual(Object.values(MANAGERS).sort());
    const again = await runWeeklyDigest(jobDeps(), { today: '2022-02-01' });
    expect(again.sent).toEqual([]);
    expect(sentTo()).toHaveLength(5);
  });

  it('does not run on a bank holiday, and a Monday holiday moves digests to Tuesday', async () => {
    await managersOpenTheApp();
    // Easter Monday 2022.
    expect((await runWeeklyDigest(jobDeps(), { today: '2022-04-18' })).reason).toBe('not_a_working_day');
    expect((await runWeeklyDigest(jobDeps(), { today: '2022-04-19' })).sent).toHaveLength(5);
  });

  it('respects opting out and a chosen day', async () => {
    await managersOpenTheApp();
    const personal = (aad: string) => ({ from: aad, conversationId: `a:personal-${aad}`, serviceUrl: env.connector.serviceUrl });
    await ask(env.tracker, 'digest off', personal(MANAGERS['ruth-okafor']));
    await ask(env.tracker, 'send my digest on Fridays', personal(MANAGERS['priya-shah']));
    const monday = await runWeeklyDigest(jobDeps(), { today: '2022-01-31' });
    expect(monday.sent.sort()).toEqual(['daniel-cross', 'morgan-hale', 'tom-brennan']);
    const friday = await runWeeklyDigest(jobDeps(), { today: '2022-02-04' });
    expect(friday.sent).toEqual(['priya-shah']);
  });

  it('sends once when two schedulers race', async () => {
    await managersOpenTheApp();
    const [a, b] = await Promise.all([
      runWeeklyDigest(jobDeps({ instanceId: 'a' }), { today: '2022-01-31' }),
      runWeeklyDigest(jobDeps({ instanceId: 'b' }), { today: '2022-01-31' }),
    ]);
    expect([a.ran, b.ran].filter(Boolean)).toHaveLength(1);
    expect(sentTo().sort()).toEqual(Object.values(MANAGERS).sort());
  });

  it('resumes after a crash part-way: 3 of 5 sent, the other 2 sent by the next run, none twice', async () => {
    await managersOpenTheApp();
    const real = jobDeps().delivery;
    let sends = 0;
    const crashing: DigestDelivery = {
      async send(person, card, summary) {
        if (sends === 3) throw new Error('process killed');
        sends += 1;
        return real.send(person, card, summary);
      },
    };
    await expect(runWeeklyDigest(jobDeps({ delivery: crashing, instanceId: 'crashed', leaseMs: 60_000 }), { today: '2022-01-31' })).rejects.toThrow(
      'process killed',
    );
    expect(sentTo()).toHaveLength(3);
    // Another instance after the dead one's lease ran out.
    const later = new Date(DEMO_NOW.getTime() + 5 * 60_000);
    const resumed = await runWeeklyDigest(jobDeps({ instanceId: 'survivor', clock: () => later }), { today: '2022-01-31' });
    expect(resumed.sent).toHaveLength(2);
    expect(new Set(sentTo()).size).toBe(5);
    expect(sentTo()).toHaveLength(5);
  });

  it('retries when Teams says 429, and records a 403 (app blocked) without retrying', async () => {
    await managersOpenTheApp();
    env.connector.failNext(`a:personal-${MANAGERS['ruth-okafor']}`, 429, 2);
    env.connector.failNext(`a:personal-${MANAGERS['tom-brennan']}`, 403, 5);
    const summary = await runWeeklyDigest(jobDeps(), { today: '2022-01-31' });
    expect(summary.sent).toContain('ruth-okafor');
    expect(summary.blocked).toEqual(['tom-brennan']);
    expect(env.connector.calls.filter((call) => call.conversationId === `a:personal-${MANAGERS['ruth-okafor']}`)).toHaveLength(3);
    expect(env.connector.calls.filter((call) => call.conversationId === `a:personal-${MANAGERS['tom-brennan']}`)).toHaveLength(1);
    const record = await env.tracker.store.state.get(weeklyRecordId('children-first', 'tom-brennan', '2022-W05'));
    expect(record?.value).toMatchObject({ status: 'blocked' });
  });

  it('records managers it cannot reach, and tells an admin who they are', async () => {
    await managersOpenTheApp([MANAGERS['morgan-hale'], MANAGERS['ruth-okafor']]);
    const summary = await runWeeklyDigest(jobDeps(), { today: '2022-01-31' });
    expect(summary.unreachable.sort()).toEqual(['daniel-cross', 'priya-shah', 'tom-brennan']);
    const [card] = cardsOf(await ask(env.tracker, "who can't get digests?", { from: PEOPLE.morgan }));
    const text = cardText(card);
    expect(text).toContain("3 managers can't get digests");
    expect(text).toContain('Priya Shah has not opened the app in Teams yet.');
    // Owners of open actions who have not opened the app cannot get their reminders either.
    expect(text).toContain("Grace Adeyemi can't get reminders: has not opened the app in Teams yet.");
    expect(cardText(cardsOf(await ask(env.tracker, "who can't get digests?", { from: PEOPLE.ruth }))[0])).toContain('Only admins');
  });
});
