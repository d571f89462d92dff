import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, todayIn } from '../domain/dates';
import { buildActionLog, ReportInputError } from '../reports/actionLog';
import { actionLogDocument } from '../reports/documents';
import { runCli, UsageError, withCliPlan } from './cliSupport';

const USAGE = 'usage: npm run action-log -- [--committee ID] [--meeting YYYY-MM-DD] [--public] [--out FILE.docx] [--data FILE] [--today YYYY-MM-DD]';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      committee: { type: 'string' },
      meeting: { type: 'string' },
      public: { type: 'boolean', default: false },
      out: { type: 'string' },
      data: { type: 'string' },
      today: { type: 'string' },
    },
  });
  for (const name of ['meeting', 'today'] as const) {
    const value = values[name];
    if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${name} must be a date as YYYY-MM-DD\n${USAGE}`);
  }
  await withCliPlan(values.data, async ({ view }) => {
    const today = values.today ?? todayIn(view.plan.timeZone);
    let log;
    try {
      log = buildActionLog(view, { committeeId: values.committee, meetingDate: values.meeting, today, public: values.public });
    } catch (error) {
      if (error instanceof ReportInputError) throw new UsageError(`${error.message}\n${USAGE}`);
      throw error;
    }
    const file = values.out ?? join('exports', `action-log-${log.committee.id}-${values.meeting ?? today}${values.public ? '-public' : ''}.docx`);
    await mkdir(dirname(file) || '.', { recursive: true });
    await writeFile(file, await actionLogDocument(log));
    const { totals } = log;
    process.stdout.write(
      `Wrote ${file}: the ${log.committee.name}'s action log for ${log.forMeeting}${log.public ? ' (public version)' : ''}: ${totals.actions} actions, ${totals.open} open, ${totals.overdue} overdue, ${totals.proposedForClosure} proposed for closure, ${totals.new} new.\n`,
    );
  });
}, USAGE);
