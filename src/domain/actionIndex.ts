import type { Action } from './model';

/**
 * Where each action sits in a plan-ordered list of actions, and which positions share an area,
 * an owner or a meeting: so a question about one person or one area looks at those actions only,
 * not at every action of the plan. Built once per list; a list that differs only in notes,
 * statuses or dates (a save) keeps the same index, carried forward by `carryActionIndex`.
 */
export type ActionIndex = Readonly<{
  positionById: ReadonlyMap<string, number>;
  idByRef: ReadonlyMap<string, string>;
  byArea: ReadonlyMap<number, readonly number[]>;
  byOwner: ReadonlyMap<string, readonly number[]>;
  byMeeting: ReadonlyMap<string, readonly number[]>;
}>;

const indexes = new WeakMap<readonly Action[], ActionIndex>();

function push<K>(map: Map<K, number[]>, key: K, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

const meetingOf = (action: Action): string | undefined => (action.source.kind === 'meeting' ? action.source.meeting : undefined);

function build(actions: readonly Action[]): ActionIndex {
  const positionById = new Map<string, number>();
  const idByRef = new Map<string, string>();
  const byArea = new Map<number, number[]>();
  const byOwner = new Map<string, number[]>();
  const byMeeting = new Map<string, number[]>();
  actions.forEach((action, position) => {
    positionById.set(action.id, position);
    idByRef.set(action.ref, action.id);
    push(byArea, action.area, position);
    push(byOwner, action.owner, position);
    const meeting = meetingOf(action);
    if (meeting) push(byMeeting, meeting, position);
  });
  return { positionById, idByRef, byArea, byOwner, byMeeting };
}

export function actionIndex(actions: readonly Action[]): ActionIndex {
  let index = indexes.get(actions);
  if (!index) {
    index = build(actions);
    indexes.set(actions, index);
  }
  return index;
}

/**
 * Gives `after` the index of `before` when every action keeps its position, id, ref, area, owner
 * and meeting (true of almost every save), so a save on a big plan does not rebuild it.
 */
export function carryActionIndex(before: readonly Action[], after: readonly Action[]): void {
  const index = indexes.get(before);
  if (!index || indexes.has(after) || before.length !== after.length) return;
  for (let position = 0; position < after.length; position += 1) {
    const a = before[position];
    const b = after[position];
    if (a === b) continue;
    if (!a || !b || a.id !== b.id || a.ref !== b.ref || a.area !== b.area || a.owner !== b.owner || meetingOf(a) !== meetingOf(b)) return;
  }
  indexes.set(after, index);
}
