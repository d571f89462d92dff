import type { Storage, StoreItems } from 'botbuilder';
import { AppError } from '../errors';
import { stateId, type StateRepository } from '../store/stateRepository';

const KIND = 'turnState';

const documentId = (key: string): string => stateId('turn', key);

/** Bot Framework storage for teams-ai turn state, kept in the state container (never in memory). */
export class CosmosTurnStateStorage implements Storage {
  constructor(private readonly state: StateRepository) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const record = await this.state.get(documentId(key));
        if (record && typeof record.value === 'object' && record.value !== null) items[key] = { ...record.value, eTag: record.etag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]: [string, unknown]) => {
        const { eTag, ...value } = (typeof item === 'object' && item !== null ? item : {}) as { eTag?: unknown };
        const condition = typeof eTag === 'string' && eTag !== '*' ? { ifMatch: eTag } : undefined;
        try {
          await this.state.put(documentId(key), KIND, value, condition);
        } catch (error) {
          // The record was deleted since it was read: write it afresh.
          if (error instanceof AppError && error.code === 'NOT_FOUND') {
            await this.state.put(documentId(key), KIND, value);
            return;
          }
          throw error;
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.state.delete(documentId(key))));
  }
}
