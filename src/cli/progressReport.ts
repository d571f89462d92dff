import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, todayIn } from '../domain/dates';
import { ReportInputError } from '../reports/actionLog';
import { progressReportDocument } from '../reports/documents';
import { buildProgressReport } from '../reports/progressReport';
import { runCli, UsageError, withCliPlan } from './cliSupport';

const USAGE = 'usage: npm run progress-report -- [--areas 7,11] [--since YYYY-MM-DD] [--public] [--out FILE.docx] [--data FILE] [--today YYYY-MM-DD]';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      areas: { type: 'string' },
      since: { type: 'string' },
      public: { type: 'boolean', default: false },
      out: { type: 'string' },
      data: { type: 'string' },
      today: { type: 'string' },
    },
  });
  for (const name of ['since', 'today'] as const) {
    const value = values[name];
    if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${name} must be a date as YYYY-MM-DD\n${USAGE}`);
  }
  const areas = values.areas?.split(',').map((part) => part.trim());
  if (areas && !areas.every((part) => /^\d{1,3}$/.test(part))) throw new UsageError(`--areas must be area numbers separated by commas, such as 7,11\n${USAGE}`);
  await withCliPlan(values.data, async ({ view }) => {
    const today = values.today ?? todayIn(view.plan.timeZone);
    let report;
    try {
      report = buildProgressReport(view, { areas: areas?.map(Number), since: values.since, today, public: values.public });
    } catch (error) {
      if (error instanceof ReportInputError) throw new UsageError(`${error.message}\n${USAGE}`);
      throw error;
    }
    const file = values.out ?? join('exports', `progress-report-${today}${values.public ? '-public' : ''}.docx`);
    await mkdir(dirname(file) || '.', { recursive: true });
    await writeFile(file, await progressReportDocument(report));
    process.stdout.write(
      `Wrote ${file}: progress from ${report.since} to ${report.asOf} in ${report.areas.length} area${report.areas.length === 1 ? '' : 's'}${report.public ? ' (public version)' : ''}.\n`,
    );
  });
}, USAGE);
