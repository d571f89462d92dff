import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyChange } from '../../src/domain/changes';
import { applyClose } from '../../src/domain/closure';
import type { Action, PlanData } from '../../src/domain/model';
import { buildActionLog } from '../../src/reports/actionLog';
import { actionLogDocument, progressReportDocument } from '../../src/reports/documents';
import { buildProgressReport } from '../../src/reports/progressReport';
import type { PlanView } from '../../src/store/planRepository';
import { buildWorkbook } from '../../src/export/workbook';
import { factsOf } from '../../src/store/planRepository';
import { demoData } from '../support/store';

const TODAY = '2022-02-01';
const NOVEMBER = 'cypssc-2021-11-10';
const SECRET_NOTE = 'Budget figures not yet public: 1.2m for the new system';

let data: PlanData;
let view: PlanView;

/** What a reader of the .docx sees: its text, through a real .docx reader. */
async function textOf(bytes: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\s+/g, ' ');
}

function expectNoLeftovers(text: string): void {
  for (const leftover of ['${', 'undefined', 'null', '[object Object]', 'NaN']) expect(text).not.toContain(leftover);
}

function changed(action: Action, result: ReturnType<typeof applyChange>): Action {
  if (result.kind !== 'applied') throw new Error(`${action.ref} not changed: ${JSON.stringify(result)}`);
  return result.action;
}

beforeAll(async () => {
  const demo = await demoData();
  const people = demo.people;
  const person = (id: string) => people.find((one) => one.id === id);
  const context = (actor: string, now: string) => ({ actor: person(actor), people, areas: demo.plan.areas, today: TODAY, now });
  const actions = demo.actions.map((action) => {
    // 9.4: completed by its area's lead, so verified at once.
    if (action.ref === '9.4')
      return changed(
        action,
        applyChange(
          action,
          { requestId: 't1', status: 'complete', note: 'Dashboard live.', evidence: 'Performance dashboard, January edition' },
          context('daniel-cross', '2022-01-20T10:00:00Z'),
        ),
      );
    // 10.4: its due date moved, with a reason.
    if (action.ref === '10.4')
      return changed(
        action,
        applyChange(
          action,
          { requestId: 't2', due: '2022-06-30', reason: 'Staff survey moved to the spring' },
          context('daniel-cross', '2022-01-25T10:00:00Z'),
        ),
      );
    // 1.5: a confidential note after a public one.
    if (action.ref === '1.5') {
      const noted = changed(action, applyChange(action, { requestId: 't3', note: 'Options paper drafted.' }, context('daniel-cross', '2022-01-18T10:00:00Z')));
      const secret = changed(noted, applyChange(noted, { requestId: 't4', note: SECRET_NOTE }, context('daniel-cross', '2022-01-19T10:00:00Z')));
      return { ...secret, updates: secret.updates.map((update) => (update.note === SECRET_NOTE ? { ...update, confidential: true } : update)) };
    }
    // 12.4: a confidential action.
    if (action.ref === '12.4') return { ...action, confidential: true };
    return action;
  });
  data = { ...demo, actions };
  view = { plan: { ...data.plan, timeZone: data.timeZone }, people: data.people, committees: data.committees, meetings: data.meetings, actions };
});

describe("the committee's action log, read back from the .docx", () => {
  it('lists every action still open from the November 2021 meeting with its owner and minute reference', async () => {
    const text = await textOf(await actionLogDocument(buildActionLog(view, { today: TODAY, public: false })));
    const open = view.actions.filter((action) => action.source.kind === 'meeting' && action.source.meeting === NOVEMBER && action.status !== 'complete');
    expect(open.length).toBeGreaterThan(3);
    for (const action of open) {
      const owner = view.people.find((person) => person.id === action.owner)?.name ?? '?';
      const minute = action.source.kind === 'meeting' ? (action.source.minute ?? '') : '';
      expect(text).toContain(`${action.ref} ${minute} ${action.title} ${owner}`);
    }
    expect(text).toContain('action log for the next meeting');
    expectNoLeftovers(text);
  });

  it('proposes a completed and verified action for closure, and groups meetings oldest first with totals', async () => {
    const log = buildActionLog(view, { today: TODAY, public: false });
    const text = await textOf(await actionLogDocument(log));
    expect(text).toMatch(/9\.4 23\.3\.2 .*?Complete Proposed for closure/);
    const arising = (date: string): number => text.indexOf(`Arising from Children and Young People's Services Select Committee, ${date}`);
    expect(arising('9 Oct 2019')).toBeGreaterThan(0);
    expect(arising('9 Oct 2019')).toBeLessThan(arising('10 Nov 2021'));
    expect(arising('10 Nov 2021')).toBeLessThan(arising('12 Jan 2022'));
    expect(text).toContain(`${log.totals.actions} actions: ${log.totals.open} open`);
    expect(text).toContain('New since the last meeting');
  });

  it('shows a moved due date with both dates and the reason', async () => {
    const text = await textOf(await actionLogDocument(buildActionLog(view, { today: TODAY, public: false })));
    expect(text).toContain('30 Jun 2022 First due 28 Feb 2022. Moved 28 Feb 2022 → 30 Jun 2022 on 25 Jan 2022: Staff survey moved to the spring.');
  });

  it('the public version leaves out confidential actions and notes, and the full version has them', async () => {
    const full = await textOf(await actionLogDocument(buildActionLog(view, { today: TODAY, public: false })));
    const open = await textOf(await actionLogDocument(buildActionLog(view, { today: TODAY, public: true })));
    const confidentialTitle = view.actions.find((action) => action.ref === '12.4')?.title ?? '';
    expect(confidentialTitle.length).toBeGreaterThan(10);
    expect(full).toContain(SECRET_NOTE);
    expect(full).toContain(confidentialTitle);
    expect(open).not.toContain(SECRET_NOTE);
    expect(open).not.toContain(confidentialTitle);
    // The public note before the confidential one is the latest the public sees.
    expect(open).toContain('Options paper drafted.');
    expect(open).toContain('Public version');
    expectNoLeftovers(open);
  });

  it('an action closed at a meeting leaves the next log, and keeps its history and its place in the export', async () => {
    const clerk = view.people.find((person) => person.id === 'chris-dunn');
    const target = view.actions.find((action) => action.ref === '11.3') as Action;
    const closed = applyClose(
      target,
      { requestId: 'c1', meeting: 'cypssc-2022-02-09', label: 'meeting of 9 Feb 2022, minute 45.2', minute: '45.2' },
      {
        actor: clerk,
        people: view.people,
        areas: view.plan.areas,
        today: '2022-02-09',
        now: '2022-02-09T11:00:00.000Z',
      },
    );
    if (closed.kind !== 'applied') throw new Error('not closed');
    const after: PlanView = { ...view, actions: view.actions.map((action) => (action.id === target.id ? closed.action : action)) };
    const before = await textOf(await actionLogDocument(buildActionLog(view, { today: TODAY, public: false })));
    const next = await textOf(await actionLogDocument(buildActionLog(after, { today: '2022-02-10', public: false })));
    expect(before).toContain(target.title);
    expect(next).not.toContain(target.title);
    const workbook = buildWorkbook({ ...factsOf(after), planName: after.plan.name, today: '2022-02-10' });
    const history = workbook.getWorksheet('Change history');
    const rows: string[] = [];
    history?.eachRow((row) => rows.push(JSON.stringify(row.values)));
    expect(rows.some((row) => row.includes('11.3') && row.includes('Closed by the committee, meeting of 9 Feb 2022, minute 45.2.'))).toBe(true);
    // The evidence an owner gave at completion is in the export too.
    const actionsSheet: string[] = [];
    workbook.getWorksheet('Actions')?.eachRow((row) => actionsSheet.push(JSON.stringify(row.values)));
    expect(actionsSheet[0]).toContain('Evidence of completion');
    expect(actionsSheet.some((row) => row.includes('"9.4"') && row.includes('Performance dashboard, January edition'))).toBe(true);
  });
});

describe('the progress report, read back from the .docx', () => {
  it('gives each area its Ofsted wording, lead, outcomes and evidence, RAG counts, what was completed, what is overdue and why, slippage and notes', async () => {
    const report = buildProgressReport(view, { areas: [9, 10], today: TODAY, public: false });
    const text = await textOf(await progressReportDocument(report));
    const area9 = view.plan.areas.find((area) => area.number === 9);
    expect(text).toContain(`9. Quality assurance Ofsted: ${area9?.title ?? '?'} Lead: Daniel Cross`);
    expect(text).toContain('Progress from 12 Jan 2022 to 1 Feb 2022');
    expect(text).toMatch(/Completed in the period Ref Action Owner Evidence 9\.4 .* Priya Shah Performance dashboard, January edition/);
    expect(text).toContain('9.1 Establish a quality assurance framework Helen Marsh 31 Dec 2021 Overdue by 32 days.');
    expect(text).toContain('28 Feb 2022 → 30 Jun 2022 (on 25 Jan 2022) Staff survey moved to the spring');
    expect(text).toContain('Dashboard live.');
    expect(text).not.toContain('1. Practice infrastructure');
    expectNoLeftovers(text);
  });

  it('the public version leaves out confidential notes', async () => {
    const full = await textOf(await progressReportDocument(buildProgressReport(view, { areas: [1], today: TODAY, public: false })));
    const open = await textOf(await progressReportDocument(buildProgressReport(view, { areas: [1], today: TODAY, public: true })));
    expect(full).toContain(SECRET_NOTE);
    expect(open).not.toContain(SECRET_NOTE);
    expect(open).toContain('Options paper drafted.');
  });
});

describe('the command-line contracts', () => {
  const run = promisify(execFile);
  it('npm run action-log and npm run progress-report write .docx files from a data file, as of a given day', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reports-'));
    const file = join(folder, 'plan.json');
    writeFileSync(file, JSON.stringify(data));
    const log = join(folder, 'log.docx');
    const report = join(folder, 'report.docx');
    const tsx = join('node_modules', '.bin', 'tsx');
    const logRun = await run(tsx, ['src/cli/actionLog.ts', '--data', file, '--today', TODAY, '--public', '--out', log]);
    expect(logRun.stdout).toContain('(public version)');
    const reportRun = await run(tsx, ['src/cli/progressReport.ts', '--data', file, '--today', TODAY, '--areas', '7,11', '--out', report]);
    expect(reportRun.stdout).toContain('in 2 areas');
    const logText = (await mammoth.extractRawText({ path: log })).value;
    expect(logText).not.toContain(SECRET_NOTE);
    expect((await mammoth.extractRawText({ path: report })).value).toContain('7. Life story work');
    await expect(run(tsx, ['src/cli/progressReport.ts', '--data', file, '--areas', '99'])).rejects.toMatchObject({
      stderr: expect.stringContaining('The plan has no area 99.') as unknown,
    });
  });
});
