import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import mammoth from 'mammoth';
import { parseMinutes } from '../minutes/parseMinutes';
import type { MinutesOutcome } from '../minutes/outcome';
import { runCli, UsageError } from './cliSupport';

const USAGE = 'usage: npm run minutes -- [--json] FILE...';

async function textOf(file: string): Promise<string> {
  try {
    if (extname(file).toLowerCase() === '.docx') return (await mammoth.extractRawText({ path: file })).value;
    return await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
}

function summary(file: string, outcome: MinutesOutcome): string {
  const lines = [`${file}: ${outcome.committee ?? 'committee not named'}, ${outcome.meetingDate ?? 'date not found'}`];
  for (const item of outcome.items) lines.push(`  item ${item.ref}: ${item.title}`);
  lines.push(`  ${outcome.resolutions.length} resolution${outcome.resolutions.length === 1 ? '' : 's'}`);
  for (const resolution of outcome.resolutions) lines.push(`    ${resolution.ref} ${resolution.text}`);
  lines.push(`  ${outcome.actions.length} action${outcome.actions.length === 1 ? '' : 's'}`);
  for (const action of outcome.actions) lines.push(`    - ${action.text}${action.owner ? ` (owner: ${action.owner})` : ''}${action.due ? ` (due: ${action.due})` : ''}`);
  return lines.join('\n');
}

runCli(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length === 0) throw new UsageError(`Give one or more minutes files.\n${USAGE}`);
  for (const file of positionals) {
    const outcome = parseMinutes(await textOf(file));
    const contract = { committee: outcome.committee, meetingDate: outcome.meetingDate, items: outcome.items, resolutions: outcome.resolutions, actions: outcome.actions };
    process.stdout.write(values.json ? `${JSON.stringify(contract)}\n` : `${summary(file, outcome)}\n\n`);
  }
}, USAGE);
