import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { answerWithCard, type AnsweredWithCard } from '../cards/askCards';
import { isIsoDate } from '../domain/dates';
import { runCli, UsageError, withCliPlan } from './cliSupport';

const USAGE = 'usage: npm run ask -- [--json] [--as PERSON_ID] [--today YYYY-MM-DD] [--data FILE] [--batch FILE.jsonl] ["question"]';

const BatchLineSchema = z.object({ text: z.string(), as: z.string().optional() });

function output(result: AnsweredWithCard): { intent: string; actionIds: string[]; text: string; card: object | null } {
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

  await withCliPlan(values.data, async ({ view }) => {
    const personById = (id: string | undefined) => {
      if (id === undefined) return undefined;
      const person = view.people.find((p) => p.id === id);
      if (!person) throw new UsageError(`--as: no person "${id}" in the plan (known: ${view.people.map((p) => p.id).join(', ')})`);
      return person;
    };
    const today = values.today;
    const answer = (text: string, as: string | undefined): AnsweredWithCard => answerWithCard(view, { text, asker: personById(as), today });

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
  });
}, USAGE);

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
