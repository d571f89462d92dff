import type { RunningTracker } from '../../../src/index';

/** One document as the database holds it, with its container and what kind of thing it is. */
export type StoredDocument = Readonly<{ key: string; container: 'plan' | 'state'; id: string; kind: string; json: string }>;

/** Every document in the tracker's database, both containers, read straight from Cosmos. */
export async function storedDocuments(tracker: RunningTracker): Promise<StoredDocument[]> {
  const documents: StoredDocument[] = [];
  for (const container of ['plan', 'state'] as const) {
    const { resources } = await tracker.store.store.containers[container].items.readAll().fetchAll();
    for (const resource of resources) {
      const record = resource as Record<string, unknown>;
      const id = typeof record.id === 'string' ? record.id : '';
      const kind = typeof record.type === 'string' ? record.type : typeof record.kind === 'string' ? record.kind : '';
      const partition = typeof record.planId === 'string' ? record.planId : id;
      documents.push({ key: `${container}/${partition}/${id}`, container, id, kind, json: JSON.stringify(record) });
    }
  }
  return documents;
}

/** The keys of documents added, removed or rewritten between two reads (a rewrite changes the etag). */
export function changedKeys(before: readonly StoredDocument[], after: readonly StoredDocument[]): string[] {
  const old = new Map(before.map((document) => [document.key, document.json]));
  const now = new Map(after.map((document) => [document.key, document.json]));
  const keys = new Set([...old.keys(), ...now.keys()]);
  return [...keys].filter((key) => old.get(key) !== now.get(key)).sort();
}

/** The documents holding any of these strings (case-insensitive), as "key: marker". */
export function documentsHolding(documents: readonly StoredDocument[], markers: readonly string[]): string[] {
  return documents.flatMap((document) => {
    const json = document.json.toLowerCase();
    return markers.filter((marker) => json.includes(marker.toLowerCase())).map((marker) => `${document.key} (${document.kind}): ${marker}`);
  });
}
