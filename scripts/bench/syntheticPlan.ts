import { randomUUID } from 'node:crypto';
import type { Action, ActionStatus, PlanData, Person } from '../../src/domain/model';
import { addDays } from '../../src/domain/dates';

const FIRST = ['Amina', 'Ben', 'Chloe', 'Dev', 'Ellen', 'Farid', 'Gemma', 'Hugo', 'Isla', 'Jon', 'Kira', 'Liam', 'Maya', 'Noor', 'Owen', 'Petra', 'Quinn', 'Rosa', 'Sami', 'Tess'];
const LAST = ['Ashby', 'Bell', 'Carver', 'Dale', 'Evans', 'Frost', 'Grant', 'Hale', 'Irwin', 'Jones', 'Khan', 'Lowe', 'Marsh', 'Nash', 'Okoro', 'Price', 'Quayle', 'Reid', 'Shaw', 'Tran', 'Usher', 'Vance', 'Wade', 'Young', 'Zeller'];
const TITLES = ['Social Worker', 'Senior Practitioner', 'Team Manager', 'Head of Service', 'Practice Lead', 'QA Officer', 'Performance Analyst', 'Service Manager'];
const STATUSES: ActionStatus[] = ['not_started', 'in_progress', 'in_progress', 'in_progress', 'blocked', 'complete', 'complete', 'cancelled'];
const FOCUS = ['in the north', 'in the south', 'for care leavers', 'for adolescents', 'in the MASH', 'for disabled children', 'with health partners', 'with schools', 'across localities', 'for foster carers'];

/** A deterministic sequence, so every run benches the same plan. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * A plan of `size` actions built from the demo plan: its 12 areas and meetings, 500 people, and
 * actions whose wording, statuses, dates and histories are the demo's, varied.
 */
export function syntheticPlan(demo: PlanData, size: number): PlanData {
  if (size <= demo.actions.length) return demo;
  const random = sequence(size);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const people: Person[] = [...demo.people];
  for (let i = people.length; i < 500; i += 1) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    people.push({ id: `person-${i}`, name, jobTitle: pick(TITLES), roles: i % 12 === 0 ? ['manager'] : ['officer'], aadObjectId: randomUUID(), email: `person-${i}@example.gov.uk` });
  }
  const counters = new Map<number, number>();
  const actions: Action[] = [];
  for (let i = 0; i < size; i += 1) {
    const template = demo.actions[i % demo.actions.length] as Action;
    const area = template.area;
    const n = (counters.get(area) ?? 0) + 1;
    counters.set(area, n);
    const owner = pick(people);
    const updates = template.updates.map((update, index) => ({ ...update, id: `u-${i}-${index}`, by: owner.id }));
    const status = i < demo.actions.length ? template.status : pick(STATUSES);
    const { completion, ...rest } = template;
    actions.push({
      ...rest,
      id: `act-${area}-${n}`,
      ref: `${area}.${n}`,
      title: i < demo.actions.length ? template.title : `${template.title} ${pick(FOCUS)}`,
      owner: owner.id,
      due: addDays(demo.asOf, Math.floor(random() * 400) - 150),
      status,
      source: { kind: 'plan' },
      updates,
      ...(status === 'complete' && completion ? { completion: { ...completion, by: owner.id } } : {}),
    });
  }
  return { ...demo, people, actions };
}
