import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/store/cosmosClient';
import { PlanRepository } from '../../src/store/planRepository';
import { StateRepository } from '../../src/store/stateRepository';
import { readPlanDataFile } from '../../src/store/seed';
import type { PlanData } from '../../src/domain/model';
import { DEMO_DATA_FILE } from '../../src/store/bootstrap';

export type TestStore = { store: Store; plans: PlanRepository; state: StateRepository; database: string; drop(): Promise<void> };

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A fresh database on the shared embedded server, for one test file or test. */
export async function openTestStore(prefix = 'test'): Promise<TestStore> {
  const database = uniqueName(prefix);
  const store = await openStore({ endpoint: inject('cosmosEndpoint'), key: inject('cosmosKey'), database, embedded: true });
  return {
    store,
    database,
    plans: new PlanRepository(store.containers.plan),
    state: new StateRepository(store.containers.state),
    async drop() {
      await store.database.delete();
      store.client.dispose();
    },
  };
}

export function demoData(): Promise<PlanData> {
  return readPlanDataFile(DEMO_DATA_FILE);
}
