import type { Action, ActionUpdate, Person } from './model';
import { describeUpdate, undoneIds } from './changes';

/** What a person follows: whole areas, and single actions (by id). */
export type Follows = Readonly<{ areas: readonly number[]; actionIds: readonly string[] }>;

export type FollowedChange = Readonly<{ action: Action; update: ActionUpdate; what: string; by: string }>;

/** A change a follower hears of: a status, a due date or a note (not a verification or a closure alone). */
function isFollowedKind(update: ActionUpdate): boolean {
  return Boolean(update.note) || update.status !== undefined || (update.changes ?? []).some((change) => change.field === 'status' || change.field === 'due');
}

export function follows(follow: Follows, action: Pick<Action, 'id' | 'area'>): boolean {
  return follow.areas.includes(action.area) || follow.actionIds.includes(action.id);
}

/**
 * The changes to what a person follows, made after `since` and up to `until`, by anyone but them:
 * a follower never hears of their own changes. A change taken back (Undo) and its undoing are left out.
 */
export function followedChanges(
  follow: Follows,
  actions: readonly Action[],
  people: readonly Person[],
  personId: string,
  since: string,
  until: string,
): FollowedChange[] {
  const nameOf = (id: string): string => people.find((person) => person.id === id)?.name ?? id;
  const found: FollowedChange[] = [];
  for (const action of actions) {
    if (!follows(follow, action)) continue;
    const undone = undoneIds(action);
    for (const update of action.updates) {
      if (update.at <= since || update.at > until || update.by === personId) continue;
      if (update.undoes || (update.id !== undefined && undone.has(update.id)) || !isFollowedKind(update)) continue;
      found.push({ action, update, what: describeUpdate(update, people), by: nameOf(update.by) });
    }
  }
  return found.sort((a, b) => a.update.at.localeCompare(b.update.at));
}
