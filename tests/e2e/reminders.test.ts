import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/bot/adapter';
import { teamsDigestDelivery } from '../../src/bot/digestDelivery';
import type { PlanData } from '../../src/domain/model';
import { runReminders, type ReminderJobDeps } from '../../src/jobs/reminderJob';
import type { RunningTracker } from '../../src/index';
import { createLogger } from '../../src/logger';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { demoData } from '../support/store';
import { ask, baseActivity, cardsOf, cardText, executeActivity, invokeBody, PEOPLE, post, startTestTracker } from '../support/tracker';
import { CARD_VERBS } from '../../src/cards/verbs';

const FIRST_DAY = '2022-02-01';
const LAST_DAY = '2022-04-29';

let connector: LoopbackConnector;
let tracker: RunningTracker;
let data: PlanData;
/** Who got which message on which day: person id → [day, the card's words][]. */
const received = new Map<string, Array<{ day: string; text: string }>>();

function deps(instanceId: string, day: string): ReminderJobDeps {
  return {
    plans: tracker.store.plans,
    state: tracker.store.state,
    planId: 'children-first',
    delivery: teamsDigestDelivery({ adapter: createAdapter(undefined), botAppId: '', state: tracker.store.state, retry: { baseDelayMs: 5, maxDelayMs: 20 } }),
    clock: () => new Date(`${day}T08:00:00Z`),
    logger: createLogger('silent', { pretty: false }),
    instanceId,
  };
}

const personByAad = (aad: string): string => data.people.find((person) => person.aadObjectId === aad)?.id ?? aad;

/** The simulated months: each working day and weekend day, two instances at once, then one restarting. */
beforeAll(async () => {
  connector = await startLoopbackConnector();
  const demo = await demoData();
  // 7.1 (Grace Adeyemi) falls due on the Tuesday after Easter: its "due tomorrow" comes before Good Friday.
  data = { ...demo, actions: demo.actions.map((action) => (action.ref === '7.1' ? { ...action, due: '2022-04-19' } : action)) };
  tracker = await startTestTracker({}, () => new Date(`${FIRST_DAY}T08:00:00Z`), data);
  // Everyone opens the app once, so the bot can reach them; Helen Marsh turns her reminders off.
  for (const person of data.people) {
    if (!person.aadObjectId) continue;
    await post(tracker, {
      ...baseActivity({ from: person.aadObjectId, conversationId: `a:personal-${person.aadObjectId}`, serviceUrl: connector.serviceUrl }),
      type: 'installationUpdate',
      action: 'add',
    });
  }
  const off = cardsOf(
    await ask(tracker, 'reminders off', { from: PEOPLE.helen, conversationId: `a:personal-${PEOPLE.helen}`, serviceUrl: connector.serviceUrl }),
  )[0];
  expect(cardText(off)).toContain('Your reminders are off.');
  const sooner = cardsOf(
    await ask(tracker, 'remind me 3 days before', { from: PEOPLE.priya, conversationId: `a:personal-${PEOPLE.priya}`, serviceUrl: connector.serviceUrl }),
  )[0];
  expect(cardText(sooner)).toContain("You'll be reminded 3 days before each of your actions is due.");
  connector.calls.length = 0;

  for (let day = DateTime.fromISO(FIRST_DAY); day.toISODate() !== DateTime.fromISO(LAST_DAY).plus({ days: 1 }).toISODate(); day = day.plus({ days: 1 })) {
    const iso = day.toISODate() ?? '';
    const before = connector.calls.length;
    await Promise.all([runReminders(deps('instance-a', iso), { today: iso }), runReminders(deps('instance-b', iso), { today: iso })]);
    // A restart later the same day sends nothing again.
    await runReminders(deps('instance-a-restarted', iso), { today: iso });
    for (const call of connector.calls.slice(before)) {
      if (call.method !== 'POST' || !call.conversationId.startsWith('a:personal-')) continue;
      const person = personByAad(call.conversationId.replace('a:personal-', ''));
      const card = (call.body as { attachments?: Array<{ content: unknown }> }).attachments?.[0]?.content;
      received.set(person, [...(received.get(person) ?? []), { day: iso, text: cardText(card) }]);
    }
  }
}, 300_000);
afterAll(async () => {
  await tracker?.stop();
  await connector?.stop();
});

const messagesOf = (person: string) => received.get(person) ?? [];
const daysWith = (person: string, words: string) =>
  messagesOf(person)
    .filter((message) => message.text.includes(words))
    .map((message) => message.day);

describe("owners' reminders over three simulated months (Feb to Apr 2022, Easter included)", () => {
  it('sends each person one message a day at most, only on working days', () => {
    const bankHolidays = ['2022-04-15', '2022-04-18'];
    for (const [person, messages] of received) {
      const days = messages.map((message) => message.day);
      expect(new Set(days).size, `${person} got two messages on one day`).toBe(days.length);
      for (const day of days) {
        expect(DateTime.fromISO(day).weekday, `${person} on ${day}`).toBeLessThan(6);
        expect(bankHolidays).not.toContain(day);
      }
    }
    const most = Math.max(...[...received.values()].map((messages) => messages.length));
    const perMonth = new Map<string, number>();
    for (const [person, messages] of received)
      for (const message of messages) perMonth.set(`${person} ${message.day.slice(0, 7)}`, (perMonth.get(`${person} ${message.day.slice(0, 7)}`) ?? 0) + 1);
    console.log(`Most messages to one person in one calendar month: ${Math.max(...perMonth.values())}`);
    console.log(
      `Most messages to one person in the simulated three months: ${most}; per person: ${JSON.stringify(Object.fromEntries([...received].map(([id, messages]) => [id, messages.length])))}`,
    );
    expect(most).toBeLessThan(40);
  });

  it('reminds the owner once 7 days before, once on the working day before, then when overdue, weekly', () => {
    // 10.4 (Sam Whitfield) is due on Monday 28 Feb 2022.
    expect(daysWith('sam-whitfield', 'Your action is due in 7 days, on 28 Feb 2022.')).toEqual(['2022-02-21']);
    expect(daysWith('sam-whitfield', 'Your action is due on 28 Feb 2022.')).toEqual(['2022-02-25']);
    const overdue = daysWith('sam-whitfield', 'Your action is overdue by').filter((day) =>
      messagesOf('sam-whitfield').some((m) => m.day === day && m.text.includes('10.4')),
    );
    expect(overdue.slice(0, 3)).toEqual(['2022-03-01', '2022-03-08', '2022-03-15']);
  });

  it('moves a reminder off bank holidays: the day before the Tuesday after Easter is the Thursday before Good Friday', () => {
    expect(daysWith('grace-adeyemi', 'Your action is due in 7 days, on 19 Apr 2022.')).toEqual(['2022-04-12']);
    expect(daysWith('grace-adeyemi', 'Your action is due on 19 Apr 2022.')).toEqual(['2022-04-14']);
  });

  it("respects a person's choice: Helen Marsh hears nothing, Priya Shah hears 3 days before", () => {
    expect(messagesOf('helen-marsh')).toEqual([]);
    // 9.4 (Priya Shah) is due on Thursday 31 Mar 2022.
    expect(daysWith('priya-shah', 'Your action is due in 3 days, on 31 Mar 2022.')).toEqual(['2022-03-28']);
    expect(daysWith('priya-shah', 'Your action is due in 7 days')).toEqual([]);
  });

  it('tells the area lead once when an action has been blocked for 14 days', () => {
    // 6.3 was blocked on 7 Jan 2022; Ruth Okafor leads area 6.
    expect(daysWith('ruth-okafor', "Ruth Okafor's action has been blocked since 7 Jan 2022")).toEqual(['2022-02-01']);
  });

  it('a reminder\'s "Done" and "Need more time" open the action\'s card saying what to do next', async () => {
    const open = async (prompt: string): Promise<string> => {
      const { body } = await post(tracker, executeActivity(CARD_VERBS.viewAction, { actionId: 'act-10-4', prompt }, { from: PEOPLE.ruth }));
      return cardText(invokeBody(body).value);
    };
    expect(await open('move')).toContain('Need more time? Choose the new due date, say why in the reason, and press Save.');
    expect(await open('complete')).toContain('Done? Give the evidence (or why there is none yet), then press Mark complete.');
  });
});
