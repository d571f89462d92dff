import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { minutesFileText } from '../minutes/fileText';
import { z } from 'zod';
import { MinutesOutcomeSchema, type MinutesOutcome } from '../minutes/outcome';
import { parseMinutes } from '../minutes/parseMinutes';
import { runCli, UsageError } from './cliSupport';

const USAGE = 'usage: npm run minutes -- [--json] FILE...   (plain text or .docx minutes; --json prints one object per file, one per line)';

const ArgsSchema = z.object({
  json: z.boolean(),
  help: z.boolean(),
  files: z.array(z.string().min(1)),
});

function readArgs(argv: readonly string[]): z.infer<typeof ArgsSchema> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
    return ArgsSchema.parse({ json: values.json, help: values.help, files: positionals });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

/** Text of a file: .docx through mammoth, anything else as text (UTF-8, or UTF-16 when it starts with a byte-order mark). */
async function textOf(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new UsageError(`minutes: no such file: ${file}`);
  if (!info.isFile()) throw new UsageError(`minutes: not a file: ${file}`);
  const docx = extname(file).toLowerCase() === '.docx';
  try {
    return await minutesFileText(await readFile(file), docx ? 'docx' : 'text');
  } catch {
    throw new UsageError(`minutes: ${file} is not a readable ${docx ? '.docx' : 'text'} file`);
  }
}

function summary(file: string, outcome: MinutesOutcome): string {
  const lines = [file, `  Committee: ${outcome.committee ?? '(not named)'}    Meeting date: ${outcome.meetingDate ?? '(not found)'}`];
  for (const item of outcome.items) lines.push(`  Item ${item.ref}: ${item.title || '(untitled)'}`);
  lines.push(`  Resolutions (${outcome.resolutions.length}):`);
  for (const resolution of outcome.resolutions) lines.push(`    ${resolution.ref.padEnd(8)} ${resolution.text}`);
  lines.push(`  Actions (${outcome.actions.length}):`);
  for (const action of outcome.actions) {
    const details = [action.owner ? `owner: ${action.owner}` : 'owner: (to choose)', action.due ? `due: ${action.due}` : 'due: (none given)'];
    lines.push(`    - ${action.text}  [${details.join('; ')}]`);
  }
  return lines.join('\n');
}

runCli(async () => {
  const args = readArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.files.length === 0) throw new UsageError(`Give one or more minutes files.\n${USAGE}`);
  // Every file is read before anything is printed: a missing file fails the run without half an answer.
  const texts: string[] = [];
  for (const file of args.files) texts.push(await textOf(file));
  args.files.forEach((file, index) => {
    // The schema fixes the contract's keys and their order.
    const outcome = MinutesOutcomeSchema.parse(parseMinutes(texts[index] ?? ''));
    process.stdout.write(args.json ? `${JSON.stringify(outcome)}\n` : `${summary(file, outcome)}\n\n`);
  });
}, USAGE);
