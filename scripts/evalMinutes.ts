/** Precision, recall and F1 of the minutes parser on resolutions and actions over every fixture. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from '../src/minutes/parseMinutes';
import { MinutesOutcomeSchema } from '../src/minutes/outcome';
import { score } from '../tests/minutes/similarity';

for (const set of ['fixtures', 'blind']) {
const FIXTURES = join(__dirname, '..', 'tests', 'minutes', set);
const totals = { resolutions: { tp: 0, expected: 0, found: 0 }, actions: { tp: 0, expected: 0, found: 0 } };
console.log(`\n${set === 'blind' ? 'blind set (written without sight of the parser)' : 'development fixtures'}`);
console.log('file                                   resolutions (tp/exp/found)   actions (tp/exp/found)');
for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'))) {
  const expected = MinutesOutcomeSchema.parse(JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.expected.json')), 'utf8')));
  const found = parseMinutes(readFileSync(join(FIXTURES, file), 'utf8'));
  const r = score(expected.resolutions.map((x) => x.text), found.resolutions.map((x) => x.text));
  const a = score(expected.actions.map((x) => x.text), found.actions.map((x) => x.text));
  for (const [key, s] of [['resolutions', r], ['actions', a]] as const) {
    totals[key].tp += s.truePositives;
    totals[key].expected += s.expected;
    totals[key].found += s.found;
  }
  console.log(`${file.padEnd(38)} ${`${r.truePositives}/${r.expected}/${r.found}`.padEnd(28)} ${a.truePositives}/${a.expected}/${a.found}`);
}
for (const [key, t] of Object.entries(totals)) {
  const precision = t.found ? t.tp / t.found : 1;
  const recall = t.expected ? t.tp / t.expected : 1;
  console.log(`${key}: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}, F1 ${((2 * precision * recall) / (precision + recall || 1)).toFixed(2)}`);
}
}
