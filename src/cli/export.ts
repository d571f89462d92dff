import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { isIsoDate, todayIn } from '../domain/dates';
import { AppError } from '../errors';
import { buildWorkbook, neutraliseFormulas } from '../export/workbook';
import { DEMO_DATA_FILE, startStore } from '../store/bootstrap';
import { readPlanDataFile } from '../store/seed';
import { loadEnvFile, runCli, UsageError } from './cliSupport';

const USAGE = 'usage: npm run export -- --format xlsx|csv [--out PATH] [--data FILE] [--today YYYY-MM-DD]';

runCli(async () => {
  const { values } = parseArgs({
    options: { format: { type: 'string', default: 'xlsx' }, out: { type: 'string' }, data: { type: 'string' }, today: { type: 'string' } },
  });
  const format = values.format;
  if (format !== 'xlsx' && format !== 'csv') throw new UsageError(`--format must be xlsx or csv\n${USAGE}`);
  if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError(`--today must be a date as YYYY-MM-DD\n${USAGE}`);
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
    const view = await running.plans.loadPlanView(planId);
    if (!view) throw new AppError('NOT_FOUND', `No plan "${planId}" in the store.`);
    const today = values.today ?? todayIn(view.plan.timeZone);
    const workbook = buildWorkbook({ planName: view.plan.name, areas: view.plan.areas, people: view.people, meetings: view.meetings, actions: view.actions, today });
    const base = values.out ?? join('exports', `improvement-tracker-${today}`);
    await mkdir(dirname(base) || '.', { recursive: true });
    if (format === 'xlsx') {
      const file = base.endsWith('.xlsx') ? base : `${base}.xlsx`;
      await workbook.xlsx.writeFile(file);
      process.stdout.write(`Wrote ${file}: ${view.actions.length} actions and their history.\n`);
    } else {
      neutraliseFormulas(workbook);
      const stem = base.replace(/\.csv$/, '');
      for (const [sheet, suffix] of [['Actions', 'actions'], ['Change history', 'history']] as const) {
        const file = `${stem}-${suffix}.csv`;
        await workbook.csv.writeFile(file, { sheetName: sheet });
        process.stdout.write(`Wrote ${file}\n`);
      }
    }
  } finally {
    await running.close();
  }
}, USAGE);
