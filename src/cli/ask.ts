import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { answerFromView, type AskResult } from '../ask/askService';
import { loadConfig } from '../config';
import { isIsoDate, todayIn } from '../domain/dates';
import { AppError } from '../errors';
import { DEMO_DATA_FILE, startStore } from '../store/bootstrap';
import { readPlanDataFile } from '../store/seed';
import { loadEnvFile, runCli, UsageError } from './cliSupport';

const USAGE = 'usage: npm run ask -- [--json] [--as PERSON_ID] [--today YYYY-MM-DD] [--data FILE] [--batch FILE.jsonl] ["question"]';

const BatchLineSchema = z.object({ text: z.string(), as: z.string().optional() });

function output(result: AskResult): { intent: string; actionIds: string[]; text: string; card: object | null } {
  return { intent: result.intent, actionIds: result.actionIds, text: result.text, card: result.card };
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      as: { type: 'string' },
      today: { type: 'string' },
      data: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${values.today}")\n${USAGE}`);
  const question = positionals.join(' ');
  if (!values.batch && !question.trim()) throw new UsageError(`Give a question or --batch FILE.\n${USAGE}`);

  loadEnvFile();
  const config = loadConfig(process.env);
  const data = values.data ? await readPlanDataFile(values.data) : undefined;
  const running = await startStore({
    target: config.cosmos,
    seed: data
      ? { kind: 'data', data }
      : config.cosmos.kind === 'embedded'
        ? { kind: 'demo', path: DEMO_DATA_FILE, today: todayIn(config.timeZone), snapshotFile: join(config.dataDir, 'cosmos-snapshot.json') }
        : { kind: 'none' },
  });
  try {
    const planId = data?.plan.id ?? config.planId;
    // One read of the plan serves every question of a batch.
    const view = await running.plans.loadPlanView(planId);
    if (!view) throw new AppError('NOT_FOUND', `No plan "${planId}" in the store.`);
    const personById = (id: string | undefined) => {
      if (id === undefined) return undefined;
      const person = view.people.find((p) => p.id === id);
      if (!person) throw new UsageError(`--as: no person "${id}" in the plan (known: ${view.people.map((p) => p.id).join(', ')})`);
      return person;
    };
    const today = values.today;
    const answer = (text: string, as: string | undefined): AskResult => answerFromView(view, { text, asker: personById(as), today });

    if (values.batch) {
      const lines = (await readFile(values.batch, 'utf8')).split(/\r?\n/).filter((line) => line.trim());
      for (const [index, line] of lines.entries()) {
        const parsed = BatchLineSchema.safeParse(safeJson(line));
        if (!parsed.success) throw new UsageError(`${values.batch}:${index + 1}: each line must be {"text": string, "as"?: string}`);
        const result = answer(parsed.data.text, parsed.data.as ?? values.as);
        process.stdout.write(values.json ? `${JSON.stringify(output(result))}\n` : `${result.text}\n\n`);
      }
    } else {
      const result = answer(question, values.as);
      process.stdout.write(values.json ? `${JSON.stringify(output(result))}\n` : `${result.text}\n`);
    }
  } finally {
    await running.close();
  }
}, USAGE);

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

