import { describe, expect, it } from 'vitest';
import { applyChange, type ChangeContext } from '../../src/domain/changes';
import type { Action, Person } from '../../src/domain/model';
import { applyUndo } from '../../src/domain/undo';

const owner: Person = { id: 'owner', name: 'Olu Owner', jobTitle: 'Team manager', roles: [] };
const lead: Person = { id: 'lead', name: 'Lee Lead', jobTitle: 'Head of service', roles: [] };
const context = (actor: Person, now = '2022-02-01T10:00:00.000Z'): ChangeContext => ({
  actor,
  people: [owner, lead],
  areas: [{ number: 1, title: 'Area one', shortTitle: 'One', lead: 'lead', keywords: [] }],
  today: '2022-02-01',
  now,
});
const base: Action = {
  id: 'a-1',
  ref: '1.1',
  area: 1,
  title: 'Write the framework',
  owner: 'owner',
  due: '2022-03-31',
  status: 'in_progress',
  source: { kind: 'plan' },
  updates: [],
};

function applied(result: ReturnType<typeof applyChange>): Action {
  if (result.kind !== 'applied') throw new Error(`not applied: ${JSON.stringify(result)}`);
  return result.action;
}

describe('undo restores exactly what the change replaced', () => {
  it('an owner marking complete, then verified by the lead: undoing the verification leaves it complete and awaiting verification', () => {
    const completed = applied(applyChange(base, { requestId: 'r1', status: 'complete', evidence: 'Board minutes, 20 Jan' }, context(owner)));
    expect(completed.completion).toMatchObject({ by: 'owner' });
    const verified = applied(applyChange(completed, { requestId: 'r2', verify: true }, context(lead)));
    expect(verified.completion?.verifiedBy).toBe('lead');
    const undone = applied(applyUndo(verified, { requestId: 'u1', updateId: 'r2' }, context(lead)));
    expect(undone.status).toBe('complete');
    expect(undone.completion).toEqual({ by: 'owner', at: completed.completion?.at });
  });

  it('moving a verified completion back to in progress, then undoing it, brings back the verified completion it cleared', () => {
    const done = applied(applyChange(base, { requestId: 'r1', status: 'complete', evidence: 'Board minutes, 20 Jan' }, context(lead)));
    const verifiedCompletion = done.completion;
    expect(verifiedCompletion?.verifiedBy).toBe('lead');
    const reopened = applied(applyChange(done, { requestId: 'r2', status: 'in_progress' }, context(lead)));
    expect(reopened.completion).toBeUndefined();
    const undone = applied(applyUndo(reopened, { requestId: 'u1', updateId: 'r2' }, context(lead)));
    expect(undone.status).toBe('complete');
    expect(undone.completion).toEqual(verifiedCompletion);
  });

  it('a note-only change is taken back by marking it undone; the note stays in the history', () => {
    const noted = applied(applyChange(base, { requestId: 'r1', note: 'Draft with the board' }, context(owner)));
    const undone = applied(applyUndo(noted, { requestId: 'u1', updateId: 'r1' }, context(owner)));
    expect(undone.updates.map((update) => update.note ?? update.undoes)).toEqual(['Draft with the board', 'r1']);
    expect(undone.status).toBe('in_progress');
  });

  it('a note by someone else after the change does not block undoing it; an undo cannot itself be undone', () => {
    const blocked = applied(applyChange(base, { requestId: 'r1', status: 'blocked' }, context(owner)));
    const noted = applied(applyChange(blocked, { requestId: 'r2', note: 'Chasing health' }, context(lead, '2022-02-01T10:01:00.000Z')));
    const undone = applied(applyUndo(noted, { requestId: 'u1', updateId: 'r1' }, context(owner, '2022-02-01T10:02:00.000Z')));
    expect(undone.status).toBe('in_progress');
    const again = applyUndo(undone, { requestId: 'u2', updateId: 'u1' }, context(owner, '2022-02-01T10:03:00.000Z'));
    expect(again).toMatchObject({ kind: 'refused', refusal: { code: 'INVALID_INPUT' } });
  });

  it('an entry written before field changes were recorded cannot be undone, and says so', () => {
    const legacy: Action = { ...base, status: 'blocked', updates: [{ id: 'old', at: '2022-02-01T09:59:00.000Z', by: 'owner', status: 'blocked' }] };
    const result = applyUndo(legacy, { requestId: 'u1', updateId: 'old' }, context(owner));
    expect(result).toMatchObject({ kind: 'refused', refusal: { message: expect.stringContaining("can't be undone") as unknown } });
  });
});
