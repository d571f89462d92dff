import { createServer, connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/store/cosmosClient';
import { PlanRepository } from '../../src/store/planRepository';
import { AppError } from '../../src/errors';
import { seedPlan } from '../../src/store/seed';
import { answerFromView } from '../../src/ask/askService';
import type { Action } from '../../src/domain/model';
import { demoData, openTestStore, type TestStore } from '../support/store';

let db: TestStore;
const PLAN = 'children-first';

beforeAll(async () => {
  db = await openTestStore('plan-repo');
  await seedPlan(db.plans, await demoData());
});
afterAll(() => db.drop());

function action(overrides: Partial<Action> & Pick<Action, 'id' | 'ref'>): Action {
  return {
    area: 1,
    title: 'A test action',
    owner: 'priya-shah',
    due: '2022-03-31',
    status: 'not_started',
    source: { kind: 'plan' },
    updates: [],
    ...overrides,
  };
}

describe('plan repository against the embedded Cosmos server', () => {
  it('loads the whole demo plan for a turn with a handful of requests', async () => {
    const view = await db.plans.loadPlanView(PLAN);
    expect(view?.plan.name).toBe('Children First Practice Improvement Plan');
    expect(view?.plan.id).toBe(PLAN);
    expect(view?.plan.areas).toHaveLength(12);
    expect(view?.actions).toHaveLength(50);
    expect(view?.people).toHaveLength(12);
    expect(view?.meetings.map((m) => m.date)).toEqual(['2019-06-19', '2019-10-09', '2021-11-10', '2022-01-12']);
    // plan order: 1.1 ... 1.5, 2.1 ... 12.4 (numeric, not string order)
    expect(view?.actions.slice(0, 6).map((a) => a.ref)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1']);
  });

  it('returns null for a plan or an action that does not exist, without throwing', async () => {
    expect(await db.plans.loadPlanView('no-such-plan')).toBeNull();
    expect(await db.plans.getAction(PLAN, 'act-99-1')).toBeNull();
  });

  it('creates, reads, replaces with the current ETag, and refuses a stale one', async () => {
    await db.plans.create(PLAN, 'action', action({ id: 'act-t-1', ref: '1.90' }));
    const first = await db.plans.getAction(PLAN, 'act-t-1');
    expect(first?.value.title).toBe('A test action');
    if (!first) throw new Error('not created');

    const saved = await db.plans.replaceAction(PLAN, { ...first.value, status: 'in_progress' }, first.etag);
    expect(saved.value.status).toBe('in_progress');
    expect(saved.etag).not.toBe(first.etag);

    const stale = db.plans.replaceAction(PLAN, { ...first.value, status: 'blocked' }, first.etag);
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({ code: 'STALE' });
    expect((await db.plans.getAction(PLAN, 'act-t-1'))?.value.status).toBe('in_progress');
  });

  it('refuses to create a document twice (CONFLICT)', async () => {
    await db.plans.create(PLAN, 'action', action({ id: 'act-t-2', ref: '1.91' }));
    await expect(db.plans.create(PLAN, 'action', action({ id: 'act-t-2', ref: '1.91' }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('pages a large partition with continuation tokens and never mixes plans', async () => {
    const other = 'paging-plan';
    await db.plans.savePlan(other, {
      name: 'Paging',
      council: 'Test',
      areas: [{ number: 1, shortTitle: 'One', title: 'One', lead: 'x', keywords: [] }],
      timeZone: 'Europe/London',
    });
    for (let start = 0; start < 230; start += 23) {
      await Promise.all(Array.from({ length: 23 }, (_, i) => db.plans.upsert(other, 'action', action({ id: `p-${start + i}`, ref: `1.${start + i}` }))));
    }
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await db.plans.listPage(other, 'action', token, 100);
      seen.push(...page.items.map((item) => String(item.id)));
      token = page.continuationToken;
      pages += 1;
    } while (token);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(230);
    expect((await db.plans.loadPlanView(other))?.actions).toHaveLength(230);
    // The demo plan is untouched by the other partition.
    expect((await db.plans.loadPlanView(PLAN))?.actions.filter((a) => a.id.startsWith('p-'))).toHaveLength(0);
  });

  it('finds a person by their Teams (AAD) object id', async () => {
    const ruth = await db.plans.findPersonByAadObjectId(PLAN, 'a9d8d167-8c69-5192-b24c-387185ad8fdb');
    expect(ruth?.name).toBe('Ruth Okafor');
    expect(await db.plans.findPersonByAadObjectId(PLAN, '00000000-0000-0000-0000-000000000000')).toBeNull();
  });

  it('rejects a malformed stored document instead of passing it on', async () => {
    await db.store.containers.plan.items.upsert({ id: 'act-bad', planId: 'bad-plan', type: 'action', ref: 'x' });
    await db.plans.savePlan('bad-plan', {
      name: 'Bad',
      council: 'Test',
      areas: [{ number: 1, shortTitle: 'One', title: 'One', lead: 'x', keywords: [] }],
      timeZone: 'Europe/London',
    });
    await expect(db.plans.loadPlanView('bad-plan')).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('loading a live plan again', () => {
  it('adds what is missing and keeps what people changed', async () => {
    const db2 = await openTestStore('load-plan');
    try {
      const data = await demoData();
      expect(await seedPlan(db2.plans, data, 'keep')).toEqual({ written: 67, kept: 0 });
      const stored = await db2.plans.getAction(PLAN, 'act-7-2');
      if (!stored) throw new Error('missing');
      await db2.plans.replaceAction(PLAN, { ...stored.value, status: 'blocked' }, stored.etag);
      const withNew = { ...data, actions: [...data.actions, action({ id: 'act-new-1', ref: '1.99' })] };
      expect(await seedPlan(db2.plans, withNew, 'keep')).toEqual({ written: 1, kept: 67 });
      expect((await db2.plans.getAction(PLAN, 'act-7-2'))?.value.status).toBe('blocked');
      expect((await db2.plans.getAction(PLAN, 'act-new-1'))?.value.ref).toBe('1.99');
    } finally {
      await db2.drop();
    }
  });
});

describe("a council's school calendar", () => {
  it('is stored with the plan and read back, so a question about half-term uses its dates', async () => {
    const db3 = await openTestStore('school-calendar');
    try {
      const data = { ...(await demoData()), schoolCalendar: [{ name: 'February half-term' as const, from: '2022-02-14', to: '2022-02-18' }] };
      await seedPlan(db3.plans, data);
      const view = await db3.plans.loadPlanView(PLAN);
      if (!view) throw new Error('no plan');
      expect(view.plan.schoolCalendar).toEqual(data.schoolCalendar);
      const answer = answerFromView(view, { text: "what's due by half-term?", asker: undefined, today: '2022-02-01' });
      expect(answer.text.split('\n')[0]).toContain('February half-term (14 to 18 February 2022)');
    } finally {
      await db3.drop();
    }
  });
});

describe('loading a plan over a connection that drops', () => {
  it('tries a dropped write again, so the load finishes and every document is there', async () => {
    // A proxy in front of the embedded server that cuts the first connections opened once armed, mid-request.
    const target = new URL(inject('cosmosEndpoint'));
    let armed = false;
    let cut = 0;
    const proxy = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      const cutThis = armed && cut < 2;
      client.on('error', () => undefined);
      upstream.on('error', () => undefined);
      client.once('data', () => {
        if (!cutThis) return;
        cut += 1;
        setTimeout(() => {
          client.destroy();
          upstream.destroy();
        }, 2);
      });
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as AddressInfo).port;
    const database = `drop-${Date.now()}`;
    const store = await openStore({ endpoint: `http://127.0.0.1:${port}/`, key: inject('cosmosKey'), database, embedded: true });
    try {
      const plans = new PlanRepository(store.containers.plan);
      armed = true;
      const data = await demoData();
      expect(await seedPlan(plans, data)).toEqual({ written: 67, kept: 0 });
      expect(cut).toBeGreaterThan(0);
      const view = await plans.loadPlanView(PLAN);
      expect(view?.actions).toHaveLength(data.actions.length);
      expect(view?.people).toHaveLength(data.people.length);
    } finally {
      await store.database.delete().catch(() => undefined);
      store.client.dispose();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});
