import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import type { PlanData } from '../../src/domain/model';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { ask, cardsOf, cardText, executeActivity, invokeBody, PEOPLE, post, startTestTracker } from '../support/tracker';
import { demoData } from '../support/store';

type Operation = 'note' | 'status' | 'due' | 'verify' | 'reassign';
const OPERATIONS: Operation[] = ['note', 'status', 'due', 'verify', 'reassign'];

// Action 7.1 is owned by Grace Adeyemi (officer); area 7 is led by Ruth Okafor (manager).
const MATRIX: Array<{ role: string; who: string; allowed: Operation[]; data?: (data: PlanData) => PlanData }> = [
  { role: 'owner (officer)', who: PEOPLE.grace, allowed: ['note', 'status', 'due'] },
  { role: 'another officer', who: PEOPLE.helen, allowed: [] },
  { role: 'area lead (manager)', who: PEOPLE.ruth, allowed: ['note', 'status', 'due', 'verify', 'reassign'] },
  {
    role: 'area lead (officer)',
    who: PEOPLE.helen,
    allowed: ['note', 'status', 'due', 'verify'],
    data: (data) => ({ ...data, plan: { ...data.plan, areas: data.plan.areas.map((area) => (area.number === 7 ? { ...area, lead: 'helen-marsh' } : area)) } }),
  },
  { role: 'another manager', who: PEOPLE.priya, allowed: ['note', 'status', 'due', 'verify', 'reassign'] },
  { role: 'admin', who: PEOPLE.morgan, allowed: ['note', 'status', 'due', 'verify', 'reassign'] },
  { role: 'clerk', who: PEOPLE.chris, allowed: [] },
  { role: 'member', who: PEOPLE.jo, allowed: [] },
  { role: 'not on the people list', who: PEOPLE.stranger, allowed: [] },
];

let connector: LoopbackConnector;
beforeAll(async () => {
  connector = await startLoopbackConnector();
});
afterAll(() => connector.stop());

describe('who may change an action, checked on the server for every change', () => {
  it.each(MATRIX)('$role', async ({ who, allowed, data }) => {
    const tracker = await startTestTracker({}, undefined, data ? data(await demoData()) : undefined);
    try {
      const stored = async () => {
        const found = await tracker.store.plans.getAction('children-first', 'act-7-1');
        if (!found) throw new Error('missing');
        return found.value;
      };
      const save = async (fields: Record<string, string>) => {
        const action = await stored();
        const { body } = await post(
          tracker,
          executeActivity(
            CARD_VERBS.saveAction,
            { actionId: 'act-7-1', basis: { status: action.status, due: action.due, owner: action.owner }, ...fields },
            { from: who, serviceUrl: connector.serviceUrl },
          ),
        );
        return cardText(invokeBody(body).value);
      };
      const outcome: Record<Operation, boolean> = { note: false, status: false, due: false, verify: false, reassign: false };

      outcome.note = (await save({ note: 'Progress noted' })).includes('Saved.');
      outcome.status = (await save({ status: 'blocked' })).includes('Saved.');
      outcome.due = (await save({ due: '2022-05-31', reason: 'Trainer unavailable' })).includes('Saved.');

      // Grace, the owner, completes 7.1 so that there is something to verify.
      await ask(tracker, 'mark 7.1 complete - evidence: training register', { from: PEOPLE.grace });
      const verify = cardText(cardsOf(await ask(tracker, 'verify 7.1', { from: who }))[0]);
      outcome.verify = verify.includes('Saved.');
      const reassign = cardText(cardsOf(await ask(tracker, 'reassign 7.1 to Sam Whitfield', { from: who }))[0]);
      outcome.reassign = reassign.includes('Saved.');

      expect(OPERATIONS.filter((operation) => outcome[operation])).toEqual(allowed);
      const action = await stored();
      const byActor = action.updates.filter((update) => update.note === 'Progress noted');
      expect(byActor).toHaveLength(allowed.includes('note') ? 1 : 0);
      expect(action.owner).toBe(allowed.includes('reassign') ? 'sam-whitfield' : 'grace-adeyemi');
    } finally {
      await tracker.stop();
    }
  });
});
