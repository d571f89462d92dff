import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGuard } from '../../scripts/evalGuard';

const staffNames = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'children-first.json'), 'utf8')) as { people: Array<{ name: string }> }
).people.map((person) => person.name);

// Both sets were written without sight of the guard; both have since been used to improve it, so
// these are development scores (first runs: README "Reliability").
describe.each([
  ['tests/guard/notes.jsonl', 171],
  ['tests/guard/holdout.jsonl', 133],
])('the personal-data guard on the labelled set %s', (file, size) => {
  const score = scoreGuard(join(__dirname, '..', '..', file), 2022, staffNames);

  it(`has its ${size} notes, about half to refuse`, () => {
    expect(score.notes).toBe(size);
    expect(score.refuse / score.notes).toBeGreaterThan(0.45);
  });

  it('misses no note that names a child', () => {
    expect(score.misses).toEqual([]);
  });

  it('refuses almost no ordinary work note', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
  });
});
