/**
 * Precision, recall and F1 of the minutes parser on resolutions and actions, for the development
 * fixtures (tests/minutes/fixtures) and the blind set (tests/minutes/blind): X.txt against
 * X.expected.json, scored with the tests' similar(). `npm run eval:minutes`; `-- --verbose` also
 * lists what was missed and what was extra (use it on development sets only); `-- --set=real/dev`
 * scores one set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MinutesOutcomeSchema, type MinutesOutcome } from '../src/minutes/outcome';
import { parseMinutes } from '../src/minutes/parseMinutes';
import { pair, scoreOf, type Score } from '../tests/minutes/similarity';

const SETS = [
  { name: 'development fixtures', dir: join(__dirname, '..', 'tests', 'minutes', 'fixtures') },
  { name: 'invented set (written without sight of the parser, since used for tuning)', dir: join(__dirname, '..', 'tests', 'minutes', 'blind') },
  { name: 'real minutes from other councils, development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real', 'dev') },
  { name: 'real minutes from other councils, held out (never looked at while tuning)', dir: join(__dirname, '..', 'tests', 'minutes', 'real', 'holdout') },
  { name: 'real minutes, third set (16 more councils), development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real-c', 'dev') },
  { name: 'real minutes, third set, held out (never looked at while tuning)', dir: join(__dirname, '..', 'tests', 'minutes', 'real-c', 'holdout') },
  { name: 'real minutes, fifth set (16 more councils), for tuning after its first run', dir: join(__dirname, '..', 'tests', 'minutes', 'real-e', 'dev') },
  { name: 'real minutes, sixth set (16 more councils), for tuning after its first run', dir: join(__dirname, '..', 'tests', 'minutes', 'real-f', 'dev') },
  {
    name: 'real minutes, eighth set (16 more councils, most of them parish and town), for tuning after its first run',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-h', 'dev'),
  },
  {
    name: 'real minutes, fourth set (16 more councils), all held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-d', 'held-out'),
  },
  {
    name: 'real minutes, seventh set (16 more councils), all held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-g', 'held-out'),
  },
  { name: 'real minutes, ninth set (20 more councils), development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real-i', 'dev') },
  {
    name: 'real minutes, ninth set, held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-i', 'held-out'),
  },
  { name: 'real minutes, tenth set (20 more councils), development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real-j', 'dev') },
  {
    name: 'real minutes, tenth set, held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-j', 'held-out'),
  },
  {
    name: 'real minutes, eleventh set (16 more councils), all held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-k', 'held-out'),
  },
  { name: 'real minutes, twelfth set (20 more councils), development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real-l', 'dev') },
  {
    name: 'real minutes, twelfth set, held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-l', 'held-out'),
  },
  { name: 'real minutes, thirteenth set (20 more councils), development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real-m', 'dev') },
  {
    name: 'real minutes, thirteenth set, held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-m', 'held-out'),
  },
  { name: 'real minutes, fourteenth set (20 more councils), development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real-n', 'dev') },
  {
    name: 'real minutes, fourteenth set, held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-n', 'held-out'),
  },
  { name: 'real minutes, fifteenth set (20 more councils), development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real-o', 'dev') },
  {
    name: 'real minutes, fifteenth set, held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-o', 'held-out'),
  },
  { name: 'real minutes, sixteenth set (8 more councils), development part', dir: join(__dirname, '..', 'tests', 'minutes', 'real-p', 'dev') },
  {
    name: 'real minutes, sixteenth set, held out (never looked at while tuning)',
    dir: join(__dirname, '..', 'tests', 'minutes', 'real-p', 'held-out'),
  },
];
const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
const verbose = process.argv.includes('--verbose');

type Tally = { matched: number; expected: number; found: number; refsRight: number; ownersRight: number; duesRight: number };
const empty = (): Tally => ({ matched: 0, expected: 0, found: 0, refsRight: 0, ownersRight: 0, duesRight: 0 });
let totals = { resolutions: empty(), actions: empty() };

const percent = (value: number): string => `${(100 * value).toFixed(0).padStart(3)}%`;
const cell = (score: Score): string => `${score.matched}/${score.expected}/${score.found}`.padEnd(9) + ` F1 ${score.f1.toFixed(2)}`;
const fold = (text: string | null): string =>
  (text ?? '')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

function compare(expected: MinutesOutcome, found: MinutesOutcome): { resolutions: Score; actions: Score; notes: string[] } {
  const notes: string[] = [];
  const resolutionPairs = pair(
    expected.resolutions.map((r) => r.text),
    found.resolutions.map((r) => r.text),
  );
  const actionPairs = pair(
    expected.actions.map((a) => a.text),
    found.actions.map((a) => a.text),
  );
  totals.resolutions.matched += resolutionPairs.length;
  totals.resolutions.expected += expected.resolutions.length;
  totals.resolutions.found += found.resolutions.length;
  totals.actions.matched += actionPairs.length;
  totals.actions.expected += expected.actions.length;
  totals.actions.found += found.actions.length;
  for (const { expected: i, found: j } of resolutionPairs) {
    if (expected.resolutions[i]?.ref === found.resolutions[j]?.ref) totals.resolutions.refsRight += 1;
    else notes.push(`  ref ${found.resolutions[j]?.ref} should be ${expected.resolutions[i]?.ref}`);
  }
  for (const { expected: i, found: j } of actionPairs) {
    const want = expected.actions[i];
    const got = found.actions[j];
    if (fold(want?.owner ?? null) === fold(got?.owner ?? null)) totals.actions.ownersRight += 1;
    else notes.push(`  owner "${got?.owner}" should be "${want?.owner}" (${want?.text})`);
    if (fold(want?.due ?? null) === fold(got?.due ?? null)) totals.actions.duesRight += 1;
    else notes.push(`  due "${got?.due}" should be "${want?.due}" (${want?.text})`);
  }
  const missed = (kind: string, list: readonly { text: string }[], pairs: readonly { expected: number }[]) =>
    list.filter((_, index) => !pairs.some((p) => p.expected === index)).map((x) => `  missed ${kind}: ${x.text}`);
  const extra = (kind: string, list: readonly { text: string }[], pairs: readonly { found: number }[]) =>
    list.filter((_, index) => !pairs.some((p) => p.found === index)).map((x) => `  extra ${kind}:  ${x.text}`);
  notes.push(
    ...missed('resolution', expected.resolutions, resolutionPairs),
    ...extra('resolution', found.resolutions, resolutionPairs),
    ...missed('action', expected.actions, actionPairs),
    ...extra('action', found.actions, actionPairs),
  );
  return {
    resolutions: scoreOf(resolutionPairs.length, expected.resolutions.length, found.resolutions.length),
    actions: scoreOf(actionPairs.length, expected.actions.length, found.actions.length),
    notes,
  };
}

for (const set of SETS.filter((candidate) => existsSync(candidate.dir) && (!only || candidate.dir.includes(only)))) {
  totals = { resolutions: empty(), actions: empty() };
  console.log(`\n${set.name}`);
  console.log(`${'fixture'.padEnd(42)} ${'resolutions m/e/f'.padEnd(18)} ${'actions m/e/f'.padEnd(18)}`);
  for (const file of readdirSync(set.dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const labelled = JSON.parse(readFileSync(join(set.dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as { items?: Array<{ title: string | null }> };
    // An item whose heading the page lost is labelled with a null title; items are not scored.
    for (const item of labelled.items ?? []) item.title ??= '';
    const expected = MinutesOutcomeSchema.parse(labelled);
    const found = parseMinutes(readFileSync(join(set.dir, file), 'utf8'));
    const result = compare(expected, found);
    console.log(`${file.padEnd(42)} ${cell(result.resolutions).padEnd(18)} ${cell(result.actions).padEnd(18)}`);
    if (verbose) for (const note of result.notes) console.log(note);
  }
  for (const [name, tally] of Object.entries(totals)) {
    const score = scoreOf(tally.matched, tally.expected, tally.found);
    const extra =
      name === 'resolutions'
        ? `refs right ${tally.refsRight}/${tally.matched}`
        : `owners right ${tally.ownersRight}/${tally.matched}, due right ${tally.duesRight}/${tally.matched}`;
    console.log(
      `${name.padEnd(12)} precision ${percent(score.precision)}  recall ${percent(score.recall)}  F1 ${score.f1.toFixed(3)}  (${tally.matched} matched, ${tally.expected} expected, ${tally.found} found; ${extra})`,
    );
  }
}
