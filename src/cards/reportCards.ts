import type { ActionLog } from '../reports/actionLog';
import type { ProgressReport } from '../reports/progressReport';
import { AdaptiveCard, CHOICE_TITLE_LIMIT, clip, expand, FALLBACK_LIMIT } from './cardKit';

export type Delivery = Readonly<{ link?: string; fileName: string; text: string }>;

function lines(items: readonly string[]): Array<{ text: string }> {
  return items.map((text) => ({ text: clip(text, 400) }));
}

/** The action log in brief, with where its document is. */
export function renderActionLogCard(log: ActionLog, delivery: Delivery, canClose: boolean): AdaptiveCard {
  const { totals } = log;
  const heading = `Action log for ${log.forMeeting}`;
  const summary = [
    `${totals.actions} action${totals.actions === 1 ? '' : 's'} arising from ${log.groups.length} earlier meeting${log.groups.length === 1 ? '' : 's'}.`,
    `${totals.open} open, ${totals.overdue} of them overdue.`,
    `${totals.proposedForClosure} proposed for closure${totals.awaitingVerification > 0 ? `; ${totals.awaitingVerification} complete but awaiting verification` : ''}.`,
    `${totals.new} new since the last meeting${log.lastMeeting ? ` (${log.groups.find((group) => group.meeting.id === log.lastMeeting?.id)?.title ?? ''})` : ''}.`,
  ];
  return expand('report', {
    heading,
    scope: `${log.committee.name}${log.public ? ' · public version' : ''}`,
    lines: lines(summary),
    deliveryText: delivery.text,
    link: delivery.link ?? '',
    fileName: clip(delivery.fileName, CHOICE_TITLE_LIMIT),
    showClosures: canClose && totals.proposedForClosure > 0,
    fallbackText: clip([heading, ...summary].join('\n'), FALLBACK_LIMIT),
  });
}

/** The progress report in brief, with where its document is. */
export function renderProgressReportCard(report: ProgressReport, delivery: Delivery): AdaptiveCard {
  const heading = `Progress report, ${report.since} to ${report.asOf}`;
  const summary = report.areas.map((area) => {
    const c = area.counts;
    return `${area.number} ${area.shortTitle}: ${area.completed.length} completed, ${c.overdue} overdue, ${area.slipped.length} due date${area.slipped.length === 1 ? '' : 's'} moved; RAG ${c.red} red, ${c.amber} amber, ${c.green} green.`;
  });
  return expand('report', {
    heading,
    scope: `${report.planName}${report.public ? ' · public version' : ''}`,
    lines: lines(summary),
    deliveryText: delivery.text,
    link: delivery.link ?? '',
    fileName: clip(delivery.fileName, CHOICE_TITLE_LIMIT),
    showClosures: false,
    fallbackText: clip([heading, ...summary].join('\n'), FALLBACK_LIMIT),
  });
}

/** "Which did the committee agree to close?": one toggle per action proposed for closure. */
export function renderClosuresCard(
  log: ActionLog,
  options: { meetingDate: string; requestId: string; banner?: { text: string; tone: 'good' | 'attention' } },
): AdaptiveCard {
  const rows = log.groups
    .flatMap((group) => group.rows)
    .filter((row) => row.proposedForClosure)
    .map((row) => ({
      inputId: `close_${row.actionId}`,
      label: `Close ${row.ref}`,
      title: clip(`${row.ref}${row.minute ? ` (minute ${row.minute})` : ''} ${row.title} · ${row.owner}`, 200),
    }));
  const heading = rows.length > 0 ? 'Which of these did the committee agree to close?' : 'No actions are proposed for closure.';
  return expand('closures', {
    heading,
    banner: options.banner?.text ?? '',
    bannerStyle: options.banner?.tone ?? 'default',
    rows,
    meetingDate: options.meetingDate,
    committeeId: log.committee.id,
    requestId: options.requestId,
    fallbackText: clip([heading, ...rows.map((row) => row.title)].join('\n'), FALLBACK_LIMIT),
  });
}
