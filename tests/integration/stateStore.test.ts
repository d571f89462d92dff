import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CosmosTurnStateStorage } from '../../src/bot/turnStateStorage';
import { openTestStore, type TestStore } from '../support/store';

let db: TestStore;
beforeAll(async () => {
  db = await openTestStore('state');
});
afterAll(() => db.drop());

describe('state repository and turn-state storage', () => {
  it('creates once, then replaces only the version it read', async () => {
    const etag = await db.state.put('lease-digest', 'lease', { holder: 'a' }, { ifNoneExists: true });
    await expect(db.state.put('lease-digest', 'lease', { holder: 'b' }, { ifNoneExists: true })).rejects.toMatchObject({ code: 'CONFLICT' });
    const next = await db.state.put('lease-digest', 'lease', { holder: 'b' }, { ifMatch: etag });
    await expect(db.state.put('lease-digest', 'lease', { holder: 'c' }, { ifMatch: etag })).rejects.toMatchObject({ code: 'STALE' });
    expect((await db.state.get('lease-digest'))?.value).toEqual({ holder: 'b' });
    expect((await db.state.get('lease-digest'))?.etag).toBe(next);
    await db.state.delete('lease-digest');
    await db.state.delete('lease-digest');
    expect(await db.state.get('lease-digest')).toBeNull();
  });

  it('keeps teams-ai turn state in Cosmos under keys with slashes', async () => {
    const storage = new CosmosTurnStateStorage(db.state);
    const key = 'msteams/conversations/19:abc@thread.tacv2;messageid=1/';
    await storage.write({ [key]: { welcomedAt: '2022-02-01T09:00:00.000Z' } });
    const read = await storage.read([key, 'missing/key']);
    expect(read[key]).toMatchObject({ welcomedAt: '2022-02-01T09:00:00.000Z' });
    expect(read['missing/key']).toBeUndefined();

    // A second instance that read the same version cannot overwrite a newer one.
    const first = read[key] as { eTag: string };
    await storage.write({ [key]: { ...first, welcomedAt: 'second' } });
    await expect(storage.write({ [key]: { ...first, welcomedAt: 'third' } })).rejects.toMatchObject({ code: 'STALE' });

    await storage.delete([key]);
    expect(await storage.read([key])).toEqual({});
  });
});
