/**
 * npm run eval:ask [-- FILE.jsonl ...] [--failures]
 *
 * Scores the question understanding on labelled sets (lines of {"text", "as"?, "intent",
 * "actionIds", "kind", "fact"?}) against the demo plan as of 2022-02-01: a question is exact when
 * its intent and actions match and, for a fact question, the answer's first line states the fact.
 * Prints the score per set and per kind; --failures lists the misses (for development sets only).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPlanDataFile } from '../src/store/seed';
import { readQuestionSet, scoreQuestion, type QuestionCase } from '../tests/support/questionSets';

const ROOT = join(__dirname, '..');
const DEFAULT_SETS = ['tests/ask/officers-dev.jsonl', 'tests/ask/officers-holdout.jsonl'];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { failures: { type: 'boolean', default: false } }, allowPositionals: true });
  const data = await readPlanDataFile(join(ROOT, 'data', 'children-first.json'));
  for (const file of positionals.length > 0 ? positionals : DEFAULT_SETS) {
    const cases: QuestionCase[] = readQuestionSet(join(ROOT, file));
    const byKind = new Map<string, { exact: number; total: number }>();
    const misses: string[] = [];
    for (const question of cases) {
      const { exact, got } = scoreQuestion(data, question);
      const tally = byKind.get(question.kind) ?? { exact: 0, total: 0 };
      tally.total += 1;
      if (exact) tally.exact += 1;
      else
        misses.push(
          `[${question.kind}] ${question.text}\n    expected ${question.intent} [${question.actionIds.join(', ')}]${question.fact ? ` ${JSON.stringify(question.fact)}` : ''}\n    got      ${got}`,
        );
      byKind.set(question.kind, tally);
    }
    const exact = [...byKind.values()].reduce((sum, tally) => sum + tally.exact, 0);
    process.stdout.write(`${file}: ${exact}/${cases.length} exact (${((100 * exact) / cases.length).toFixed(1)}%)\n`);
    for (const [kind, tally] of [...byKind.entries()].sort()) process.stdout.write(`  ${kind.padEnd(18)} ${tally.exact}/${tally.total}\n`);
    if (values.failures) process.stdout.write(`${misses.join('\n')}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
