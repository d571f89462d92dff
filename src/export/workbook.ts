import ExcelJS from 'exceljs';
import type { Action, PlanFacts } from '../domain/model';
import { describeUpdate, isAwaitingVerification, slippage, standingUpdates, undoneIds } from '../domain/changes';
import { daysOverdue, isOverdue, ragOf, STATUS_LABELS } from '../domain/rules';
import type { IsoDate } from '../domain/dates';

export type ExportInput = PlanFacts & Readonly<{ planName: string; today: IsoDate }>;

const FIELD_LABELS: Record<string, string> = { status: 'Status', due: 'Due date', owner: 'Owner', verified: 'Verified', closed: 'Closed by the committee' };

/** Actions with their derived state on one sheet, every history entry on another. */
export function buildWorkbook(input: ExportInput): ExcelJS.Workbook {
  const nameOf = (id: string | null): string => (id === null ? '' : (input.people.find((person) => person.id === id)?.name ?? id));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Improvement Tracker';
  workbook.title = input.planName;

  const actions = workbook.addWorksheet('Actions', { views: [{ state: 'frozen', ySplit: 1 }] });
  actions.columns = [
    { header: 'Ref', key: 'ref', width: 7 },
    { header: 'Area', key: 'area', width: 6 },
    { header: 'Area title', key: 'areaTitle', width: 26 },
    { header: 'Action', key: 'title', width: 60 },
    { header: 'Owner', key: 'owner', width: 18 },
    { header: 'Due', key: 'due', width: 12 },
    { header: 'First planned due', key: 'originalDue', width: 12 },
    { header: 'Times due date moved', key: 'moves', width: 10 },
    { header: 'Status', key: 'status', width: 14 },
    { header: 'Awaiting verification', key: 'awaiting', width: 12 },
    { header: 'RAG', key: 'rag', width: 10 },
    { header: 'Days overdue', key: 'daysOverdue', width: 10 },
    { header: 'Agreed at', key: 'source', width: 22 },
    { header: 'Minute', key: 'minute', width: 9 },
    { header: 'Measure', key: 'measure', width: 40 },
    { header: 'Latest note', key: 'latest', width: 50 },
    { header: 'Evidence of completion', key: 'evidence', width: 40 },
  ];
  for (const action of input.actions) {
    const slip = slippage(action);
    const meeting =
      action.source.kind === 'meeting' ? input.meetings.find((m) => m.id === (action.source.kind === 'meeting' ? action.source.meeting : '')) : undefined;
    const latestNote =
      standingUpdates(action)
        .reverse()
        .find((update) => update.note)?.note ?? '';
    actions.addRow({
      ref: action.ref,
      area: action.area,
      areaTitle: input.areas.find((area) => area.number === action.area)?.shortTitle ?? '',
      title: action.title,
      owner: nameOf(action.owner),
      due: action.due,
      originalDue: slip.originalDue,
      moves: slip.moves,
      status: STATUS_LABELS[action.status],
      awaiting: isAwaitingVerification(action) ? 'Yes' : '',
      rag: ragOf(action, input.today),
      daysOverdue: isOverdue(action, input.today) ? daysOverdue(action, input.today) : '',
      source: action.source.kind === 'plan' ? 'Improvement plan' : `Committee ${meeting?.date ?? ''}`.trim(),
      minute: action.source.kind === 'meeting' ? (action.source.minute ?? '') : '',
      measure: action.measure ?? '',
      latest: latestNote,
      evidence:
        action.status === 'complete' && action.completion
          ? (action.completion.evidence ?? (action.completion.noEvidenceReason ? `None yet: ${action.completion.noEvidenceReason}` : ''))
          : '',
    });
  }
  actions.getRow(1).font = { bold: true };
  actions.autoFilter = { from: 'A1', to: 'P1' };

  const history = workbook.addWorksheet('Change history', { views: [{ state: 'frozen', ySplit: 1 }] });
  history.columns = [
    { header: 'Ref', key: 'ref', width: 7 },
    { header: 'When', key: 'at', width: 20 },
    { header: 'Who', key: 'by', width: 18 },
    { header: 'Field', key: 'field', width: 12 },
    { header: 'From', key: 'from', width: 16 },
    { header: 'To', key: 'to', width: 16 },
    { header: 'Note', key: 'note', width: 60 },
    { header: 'Reason', key: 'reason', width: 30 },
    { header: 'Summary', key: 'summary', width: 60 },
  ];
  for (const action of input.actions) {
    const undone = undoneIds(action);
    for (const update of action.updates) {
      const changes = update.changes ?? (update.status ? [{ field: 'status' as const, from: null, to: update.status }] : []);
      const rows = changes.length > 0 ? changes : [undefined];
      for (const change of rows) {
        const shown = (value: string | null | undefined): string =>
          value == null
            ? ''
            : change?.field === 'owner' || change?.field === 'verified'
              ? nameOf(value)
              : change?.field === 'status'
                ? (STATUS_LABELS[value as Action['status']] ?? value)
                : value;
        history.addRow({
          ref: action.ref,
          at: update.at,
          by: nameOf(update.by),
          field: change ? FIELD_LABELS[change.field] : '',
          from: shown(change?.from),
          to: shown(change?.to),
          note: update.note ?? '',
          reason: update.reason ?? '',
          summary: describeUpdate(update, input.people, { undone: update.id !== undefined && undone.has(update.id) }),
        });
      }
    }
  }
  history.getRow(1).font = { bold: true };
  return workbook;
}

/** Spreadsheet programs run cells that start with these as formulas: such text is made inert. */
export function neutraliseFormulas(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)) cell.value = `'${cell.value}`;
      }),
    ),
  );
}
