/**
 * Scores the personal-data guard on a labelled set of notes: `npm run eval:guard [-- FILE.jsonl]`.
 * Precision and recall are for "refuse"; a miss is a note that should have been refused and was not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findPersonalData } from '../src/domain/safeguarding';

const NoteSchema = z.object({ id: z.string(), text: z.string(), label: z.enum(['refuse', 'allow']), kind: z.string() });
export type GuardScore = {
  notes: number;
  refuse: number;
  allow: number;
  truePositives: number;
  misses: string[];
  overRefused: string[];
  precision: number;
  recall: number;
};

export function scoreGuard(file: string, currentYear: number, staffNames: readonly string[] = []): GuardScore {
  const notes = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => NoteSchema.parse(JSON.parse(line)));
  const misses: string[] = [];
  const overRefused: string[] = [];
  let truePositives = 0;
  for (const note of notes) {
    const refused = findPersonalData(note.text, currentYear, { staffNames }) !== undefined;
    if (note.label === 'refuse' && refused) truePositives += 1;
    if (note.label === 'refuse' && !refused) misses.push(note.id);
    if (note.label === 'allow' && refused) overRefused.push(note.id);
  }
  const refuse = notes.filter((note) => note.label === 'refuse').length;
  const flagged = truePositives + overRefused.length;
  return {
    notes: notes.length,
    refuse,
    allow: notes.length - refuse,
    truePositives,
    misses,
    overRefused,
    precision: flagged === 0 ? 1 : truePositives / flagged,
    recall: refuse === 0 ? 1 : truePositives / refuse,
  };
}

if (require.main === module) {
  const file = process.argv[2] ?? join(__dirname, '..', 'tests', 'guard', 'notes.jsonl');
  // The staff on the demo plan's people list, as the product passes them.
  const people = z
    .object({ people: z.array(z.object({ name: z.string() })) })
    .parse(JSON.parse(readFileSync(join(__dirname, '..', 'data', 'children-first.json'), 'utf8'))).people;
  const score = scoreGuard(
    file,
    2022,
    people.map((person) => person.name),
  );
  process.stdout.write(
    `${score.notes} notes (${score.refuse} to refuse, ${score.allow} to allow)\nprecision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}\nmissed: ${score.misses.join(' ') || 'none'}\nover-refused: ${score.overRefused.join(' ') || 'none'}\n`,
  );
}
