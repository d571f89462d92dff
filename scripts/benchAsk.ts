/**
 * Measures the ask pipeline: in-process time per question over the evaluation sets (through the
 * real store), and `npm run ask -- --batch` end to end for 100 questions including start-up.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askQuestion } from '../src/cards/askCards';
import { DEMO_DATA_FILE, startStore } from '../src/store/bootstrap';
import { readPlanDataFile } from '../src/store/seed';

const ROOT = join(__dirname, '..');
const questions = ['evaluation.jsonl', 'evaluation-holdout.jsonl', 'evaluation-blind.jsonl']
  .flatMap((file) => readFileSync(join(ROOT, 'tests', 'ask', file), 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { text: string; as?: string });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const data = await readPlanDataFile(DEMO_DATA_FILE);
  const running = await startStore({ target: { kind: 'embedded', database: 'bench' }, seed: { kind: 'data', data } });
  try {
    const rounds = 5;
    const times: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const question of questions) {
        const asker = data.people.find((person) => person.id === question.as);
        const started = performance.now();
        await askQuestion(running.plans, data.plan.id, { text: question.text, asker, today: data.asOf });
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `in-process, through the embedded Cosmos server: ${times.length} questions, p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${percentile(times, 100).toFixed(1)} ms`,
    );
  } finally {
    await running.close();
  }

  const dir = mkdtempSync(join(tmpdir(), 'bench-ask-'));
  const batch = join(dir, 'batch.jsonl');
  writeFileSync(
    batch,
    questions
      .slice(0, 100)
      .map((q) => JSON.stringify(q))
      .join('\n'),
  );
  const started = performance.now();
  const output = execFileSync('npm', ['run', '-s', 'ask', '--', '--json', '--today', data.asOf, '--data', DEMO_DATA_FILE, '--batch', batch], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`npm run ask -- --batch: ${output.trim().split('\n').length} answers in ${seconds.toFixed(2)} s including start-up`);
}

void main();
