import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { appError } from '../errors';
import { cosmosCall } from './cosmosErrors';

/**
 * The id of a state record for any key (a conversation id, a turn-state key): Cosmos ids may not
 * hold / \\ ? # and are at most 255 characters, so the key is hashed.
 */
export function stateId(prefix: string, key: string): string {
  return `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

export type StateRecord = Readonly<{ id: string; kind: string; value: unknown; etag: string }>;

/**
 * Small documents keyed by id (turn state, conversation references, digest records, leases),
 * each in its own partition so every access is a point operation.
 */
export class StateRepository {
  constructor(private readonly container: Container) {}

  async get(id: string): Promise<StateRecord | null> {
    const { resource } = await cosmosCall(() => this.container.item(id, id).read<Record<string, unknown>>());
    if (!resource) return null;
    const etag = resource._etag;
    const kind = resource.kind;
    if (typeof etag !== 'string' || typeof kind !== 'string') throw appError('INTERNAL', undefined, new Error(`state ${id} is malformed`));
    return { id, kind, value: resource.value, etag };
  }

  /**
   * Writes a record. With `ifMatch` it replaces only that version (STALE otherwise); with
   * `ifNoneExists` it creates only (CONFLICT otherwise); with neither it upserts.
   */
  async put(id: string, kind: string, value: unknown, condition?: { ifMatch: string } | { ifNoneExists: true }): Promise<string> {
    const document = { id, kind, value };
    const { resource } = await cosmosCall(() => {
      if (condition && 'ifMatch' in condition) {
        return this.container.item(id, id).replace(document, { accessCondition: { type: 'IfMatch', condition: condition.ifMatch } });
      }
      if (condition && 'ifNoneExists' in condition) return this.container.items.create(document);
      return this.container.items.upsert(document);
    });
    const etag = resource?._etag;
    if (typeof etag !== 'string') throw appError('INTERNAL', undefined, new Error('write returned no etag'));
    return etag;
  }

  async delete(id: string): Promise<void> {
    try {
      await cosmosCall(() => this.container.item(id, id).delete());
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'NOT_FOUND') return;
      throw error;
    }
  }
}
