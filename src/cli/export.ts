import { factsOf } from '../store/planRepository';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, todayIn } from '../domain/dates';
import { buildWorkbook, neutraliseFormulas } from '../export/workbook';
import { runCli, UsageError, withCliPlan } from './cliSupport';

const USAGE = 'usage: npm run export -- --format xlsx|csv [--out PATH] [--data FILE] [--today YYYY-MM-DD]';

runCli(async () => {
  const { values } = parseArgs({
    options: { format: { type: 'string', default: 'xlsx' }, out: { type: 'string' }, data: { type: 'string' }, today: { type: 'string' } },
  });
  const format = values.format;
  if (format !== 'xlsx' && format !== 'csv') throw new UsageError(`--format must be xlsx or csv\n${USAGE}`);
  if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError(`--today must be a date as YYYY-MM-DD\n${USAGE}`);
  await withCliPlan(values.data, async ({ view }) => {
    const today = values.today ?? todayIn(view.plan.timeZone);
    const workbook = buildWorkbook({
      ...factsOf(view),
      planName: view.plan.name,
      today,
    });
    const base = values.out ?? join('exports', `improvement-tracker-${today}`);
    await mkdir(dirname(base) || '.', { recursive: true });
    if (format === 'xlsx') {
      const file = base.endsWith('.xlsx') ? base : `${base}.xlsx`;
      await workbook.xlsx.writeFile(file);
      process.stdout.write(`Wrote ${file}: ${view.actions.length} actions and their history.\n`);
    } else {
      neutraliseFormulas(workbook);
      const stem = base.replace(/\.csv$/, '');
      for (const [sheet, suffix] of [
        ['Actions', 'actions'],
        ['Change history', 'history'],
      ] as const) {
        const file = `${stem}-${suffix}.csv`;
        await workbook.csv.writeFile(file, { sheetName: sheet });
        process.stdout.write(`Wrote ${file}\n`);
      }
    }
  });
}, USAGE);
