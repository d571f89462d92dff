import type { IsoDate } from '../domain/dates';
import type { PlanView } from '../store/planRepository';
import type { ReportRequest } from './request';
import { buildActionLog, type ActionLog } from './actionLog';
import { actionLogDocument, progressReportDocument } from './documents';
import { buildProgressReport, type ProgressReport } from './progressReport';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type BuiltReport = Readonly<
  { kind: 'actionLog'; log: ActionLog; fileName: string; bytes: Buffer } | { kind: 'progressReport'; report: ProgressReport; fileName: string; bytes: Buffer }
>;

/** One document, from the live plan, as asked for in Teams or by a link. */
export async function buildReport(view: PlanView, request: ReportRequest, today: IsoDate): Promise<BuiltReport> {
  const suffix = request.public ? '-public' : '';
  if (request.kind === 'actionLog') {
    const log = buildActionLog(view, { committeeId: request.committeeId, today, public: request.public });
    return { kind: 'actionLog', log, fileName: `action-log-${log.committee.id}-${today}${suffix}.docx`, bytes: await actionLogDocument(log) };
  }
  const report = buildProgressReport(view, { areas: request.areas, today, public: request.public });
  return { kind: 'progressReport', report, fileName: `progress-report-${today}${suffix}.docx`, bytes: await progressReportDocument(report) };
}
