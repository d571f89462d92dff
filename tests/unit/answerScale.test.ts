import { beforeAll, describe, expect, it } from 'vitest';
import { answerWithCard } from '../../src/cards/askCards';
import { TEXT_LIST_LIMIT } from '../../src/ask/answer';
import { carryActionIndex } from '../../src/domain/actionIndex';
import type { PlanView } from '../../src/store/planRepository';
import { syntheticPlan } from '../../scripts/bench/syntheticPlan';
import { demoData } from '../support/store';

let demo: PlanView;
let big: PlanView;
beforeAll(async () => {
  const data = await demoData();
  demo = { plan: { ...data.plan, timeZone: data.timeZone }, people: data.people, committees: data.committees, meetings: data.meetings, actions: data.actions };
  const large = syntheticPlan(data, 20_000);
  big = {
    plan: { ...large.plan, timeZone: large.timeZone },
    people: large.people,
    committees: large.committees,
    meetings: large.meetings,
    actions: [...large.actions].sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true })),
  };
});

describe('answers over a big plan', () => {
  it('a broad question counts every match, shows one page and lists a bounded text', () => {
    const result = answerWithCard(big, { text: 'show all actions', asker: undefined, today: '2022-02-01' });
    expect(result.actionIds).toHaveLength(20_000);
    const card = JSON.stringify(result.card);
    expect(card).toContain('Showing 1–10 of 20000');
    expect(result.text.split('\n')).toHaveLength(TEXT_LIST_LIMIT + 2);
    expect(result.text).toMatch(/And 19900 more\.$/);
  });

  it('a later page shows the actions of that page', () => {
    const result = answerWithCard(big, { text: 'show all actions', asker: undefined, today: '2022-02-01', page: 3 });
    const third = big.actions.slice(20, 30).map((action) => action.ref);
    const card = JSON.stringify(result.card);
    for (const ref of third) expect(card).toContain(`"View / update ${ref}"`);
    expect(card).not.toContain(`"View / update ${big.actions[30]?.ref}"`);
    expect(card).toContain('Showing 21–30 of 20000');
  });
});

describe('a save seen through the held index', () => {
  it("an action handed to someone else is in their list at once, and no longer in the old owner's", () => {
    const owner = (id: string) => demo.people.find((person) => person.id === id);
    const moved = demo.actions.find((action) => action.owner === 'ruth-okafor' && action.status !== 'complete' && action.status !== 'cancelled');
    if (!moved) throw new Error('no open action of Ruth');
    const helensBefore = answerWithCard(demo, { text: "Helen's actions", asker: undefined, today: '2022-02-01' }).actionIds;
    expect(helensBefore).not.toContain(moved.id);
    const after: PlanView = { ...demo, actions: demo.actions.map((action) => (action === moved ? { ...action, owner: 'helen-marsh' } : action)) };
    carryActionIndex(demo.actions, after.actions);
    expect(answerWithCard(after, { text: "Helen's actions", asker: undefined, today: '2022-02-01' }).actionIds).toContain(moved.id);
    expect(answerWithCard(after, { text: 'show all actions', asker: owner('ruth-okafor'), today: '2022-02-01' }).actionIds).toContain(moved.id);
    expect(answerWithCard(after, { text: 'my actions', asker: owner('ruth-okafor'), today: '2022-02-01' }).actionIds).not.toContain(moved.id);
  });

  it('a status change keeps the index and is still seen', () => {
    const target = demo.actions.find((action) => action.status === 'in_progress');
    if (!target) throw new Error('no action in progress');
    const after: PlanView = { ...demo, actions: demo.actions.map((action) => (action === target ? { ...action, status: 'blocked' as const } : action)) };
    carryActionIndex(demo.actions, after.actions);
    const blocked = answerWithCard(after, { text: `blocked actions in area ${target.area}`, asker: undefined, today: '2022-02-01' }).actionIds;
    expect(blocked).toContain(target.id);
  });
});

describe('the words a question is read with follow the plan', () => {
  it('a retitled action is found by its new words, and a note alone changes nothing', () => {
    const before = answerWithCard(demo, { text: "what's outstanding on zebra crossings?", asker: undefined, today: '2022-02-01' });
    expect(before.actionIds).toEqual([]);
    const target = demo.actions.find((action) => action.status !== 'complete' && action.status !== 'cancelled');
    if (!target) throw new Error('no open action');
    const retitled: PlanView = {
      ...demo,
      actions: demo.actions.map((action) => (action === target ? { ...action, title: 'Audit the zebra crossings outside schools' } : action)),
    };
    const after = answerWithCard(retitled, { text: "what's outstanding on zebra crossings?", asker: undefined, today: '2022-02-01' });
    expect(after.actionIds).toEqual([target.id]);
    // A note on another action: a new view, the same words; the retitled action is still found.
    const other = retitled.actions.find((action) => action.id !== target.id);
    const noted: PlanView = {
      ...retitled,
      actions: retitled.actions.map((action) => (action === other ? { ...action, updates: [...action.updates] } : action)),
    };
    expect(answerWithCard(noted, { text: "what's outstanding on zebra crossings?", asker: undefined, today: '2022-02-01' }).actionIds).toEqual([target.id]);
  });
});
