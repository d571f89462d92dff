import { carryActionIndex } from '../domain/actionIndex';
import type { Action, Committee, Meeting, Person } from '../domain/model';
import { compareActionRefs, VERSION_DOCUMENT_ID, type PlanRepository, type PlanVersion, type PlanView } from './planRepository';

type Held = { version: number; view: PlanView };

/**
 * Each plan held in memory between turns and revalidated on every turn with one point read of
 * its version record, which every write bumps: unchanged, the held view serves the turn; a few
 * changes, only those documents are read; more than the record remembers, the plan is read
 * again. So a turn costs the same at 50 actions or 50,000, and several instances stay correct:
 * a write on one is seen by the next turn on another.
 */
export class PlanCache {
  private readonly held = new Map<string, Held>();
  private readonly loading = new Map<string, Promise<PlanView | null>>();

  constructor(private readonly plans: PlanRepository) {}

  async view(planId: string): Promise<PlanView | null> {
    const version = await this.plans.getVersion(planId);
    const held = this.held.get(planId);
    if (held && held.version === version.version) return held.view;
    const changed = held ? changedSince(held.version, version) : undefined;
    if (held && changed && !changed.includes('plan')) return this.catchUp(planId, held, version.version, changed);
    return this.loadAll(planId, version.version);
  }

  /** Reads the whole plan once, however many turns ask for it at the same moment. */
  private loadAll(planId: string, version: number): Promise<PlanView | null> {
    const running = this.loading.get(planId);
    if (running) return running;
    const load = this.plans
      .loadPlanView(planId)
      .then((view) => {
        if (view) this.hold(planId, { version, view });
        return view;
      })
      .finally(() => this.loading.delete(planId));
    this.loading.set(planId, load);
    return load;
  }

  private async catchUp(planId: string, held: Held, version: number, changed: readonly string[]): Promise<PlanView> {
    const documents = await Promise.all(
      [...new Set(changed)].filter((id) => id !== VERSION_DOCUMENT_ID).map(async (id) => ({ id, document: await this.plans.getDocument(planId, id) })),
    );
    let { people, committees, meetings, actions } = held.view;
    for (const { id, document } of documents) {
      const parsed = document ? this.plans.parseViewDocument(document) : undefined;
      switch (parsed?.type) {
        case 'person':
          people = replaced(people, parsed.value);
          break;
        case 'committee':
          committees = replaced(committees, parsed.value);
          break;
        case 'meeting':
          meetings = replaced(meetings, parsed.value, (a, b) => a.date.localeCompare(b.date));
          break;
        case 'action':
          actions = replaced(actions, parsed.value, compareActionRefs);
          break;
        default:
          // Deleted (or not a kind a view holds): drop it wherever it was.
          people = people.filter((item) => item.id !== id);
          committees = committees.filter((item) => item.id !== id);
          meetings = meetings.filter((item) => item.id !== id);
          actions = actions.filter((item) => item.id !== id);
      }
    }
    // A new view object: whatever was derived from the old one (lexicon, index) is derived again if
    // needed; the action index is kept when no action moved or changed hands.
    const view: PlanView = { plan: held.view.plan, people, committees, meetings, actions };
    carryActionIndex(held.view.actions, actions);
    // Another turn may have caught up further meanwhile: never step back.
    const current = this.held.get(planId);
    if (!current || current.version < version) this.hold(planId, { version, view });
    return view;
  }

  private hold(planId: string, held: Held): void {
    const current = this.held.get(planId);
    if (!current || current.version <= held.version) this.held.set(planId, held);
  }
}

/** The ids written after `version`, if the record still remembers them all. */
export function changedSince(version: number, current: PlanVersion): string[] | undefined {
  const first = current.version - current.changes.length + 1;
  if (version < current.version && first <= version + 1) return current.changes.slice(version + 1 - first);
  return undefined;
}

function replaced<T extends Person | Committee | Meeting | Action>(items: readonly T[], item: T, order?: (a: T, b: T) => number): readonly T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index >= 0) {
    const copy = [...items];
    copy[index] = item;
    // An edit that moves it in the order (a new ref) needs a sort; most edits do not.
    return order && !inOrder(copy, index, order) ? copy.sort(order) : copy;
  }
  const added = [...items, item];
  return order ? added.sort(order) : added;
}

function inOrder<T>(items: readonly T[], index: number, order: (a: T, b: T) => number): boolean {
  const before = items[index - 1];
  const after = items[index + 1];
  const item = items[index];
  if (item === undefined) return true;
  return (before === undefined || order(before, item) <= 0) && (after === undefined || order(item, after) <= 0);
}
