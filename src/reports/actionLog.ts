/** The committee's action log ("schedule of outstanding actions"): what the agenda pack needs, from the tracker's own facts (pure). */
import { viewAction } from '../ask/answer';
import { actionIndex } from '../domain/actionIndex';
import { isAwaitingVerification, slippage, standingUpdates } from '../domain/changes';
import { isProposedForClosure } from '../domain/closure';
import { formatDate, type IsoDate } from '../domain/dates';
import type { Action, Committee, Meeting } from '../domain/model';
import { isOverdue, ragInWords, STATUS_LABELS } from '../domain/rules';
import { factsOf, type PlanView } from '../store/planRepository';

export type DueMove = Readonly<{ from: string; to: string; reason: string; on: string }>;

export type LogRow = Readonly<{
  actionId: string;
  ref: string;
  title: string;
  minute: string;
  owner: string;
  due: string;
  firstDue: string;
  moves: readonly DueMove[];
  status: string;
  rag: string;
  latestNote: string;
  latestNoteOn: string;
  overdue: boolean;
  proposedForClosure: boolean;
  /** Agreed at the last meeting: on the log for the first time. */
  isNew: boolean;
  confidential: boolean;
}>;

export type ActionLog = Readonly<{
  council: string;
  committee: Committee;
  /** The meeting the log is for: a date, or "the next meeting" when none is recorded yet. */
  forMeeting: string;
  lastMeeting: Meeting | undefined;
  asOf: string;
  groups: ReadonlyArray<{ meeting: Meeting; title: string; rows: readonly LogRow[] }>;
  totals: Readonly<{ actions: number; open: number; overdue: number; proposedForClosure: number; awaitingVerification: number; new: number }>;
  public: boolean;
}>;

export type LogOptions = Readonly<{ committeeId?: string; meetingDate?: IsoDate; today: IsoDate; public: boolean }>;

export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
}

/** The latest standing note, the public one only for a public report. */
export function latestNoteOf(action: Action, publicOnly: boolean): { note: string; on: string } {
  const note = standingUpdates(action)
    .reverse()
    .find((update) => update.note && !(publicOnly && update.confidential));
  return { note: note?.note ?? '', on: note ? formatDate(note.at.slice(0, 10)) : '' };
}

/** Each move of the due date, oldest first, with its reason. */
export function dueMovesOf(action: Action): DueMove[] {
  return standingUpdates(action).flatMap((update) =>
    (update.changes ?? [])
      .filter((change) => change.field === 'due' && change.from && change.to)
      .map((change) => ({
        from: formatDate(change.from ?? ''),
        to: formatDate(change.to ?? ''),
        reason: update.reason ?? '',
        on: formatDate(update.at.slice(0, 10)),
      })),
  );
}

/**
 * For a committee and the meeting it is for (by default its next): every action arising from its
 * earlier meetings that was still open at the last one, oldest meeting first, with the new ones
 * agreed at the last meeting; completed and verified actions are proposed for closure.
 */
export function buildActionLog(view: PlanView, options: LogOptions): ActionLog {
  const committee = options.committeeId ? view.committees.find((one) => one.id === options.committeeId) : view.committees[0];
  if (!committee)
    throw new ReportInputError(options.committeeId ? `There is no committee "${options.committeeId}" in the plan.` : 'The plan has no committee.');
  const meetings = view.meetings.filter((meeting) => meeting.committee === committee.id).sort((a, b) => a.date.localeCompare(b.date));
  const forDate = options.meetingDate ?? meetings.find((meeting) => meeting.date > options.today)?.date;
  const before = meetings.filter((meeting) => (forDate ? meeting.date < forDate : meeting.date <= options.today));
  const lastMeeting = before[before.length - 1];
  const facts = factsOf(view);
  // Each meeting's actions from the held index, not a scan of the whole plan per meeting.
  const index = actionIndex(view.actions);
  // Closed by the committee before this log is for: off the log (its history stays with the action).
  const closedBefore = (action: Action): boolean => action.closed !== undefined && action.closed.at.slice(0, 10) <= (forDate ?? options.today);
  const groups = before
    .map((meeting) => {
      const rows = (index.byMeeting.get(meeting.id) ?? [])
        .flatMap((position) => view.actions[position] ?? [])
        .filter((action) => !closedBefore(action) && action.status !== 'cancelled')
        .filter((action) => !(options.public && action.confidential))
        .map((action): LogRow => {
          const one = viewAction(action, facts, options.today);
          const slip = slippage(action);
          const latest = latestNoteOf(action, options.public);
          return {
            actionId: action.id,
            ref: action.ref,
            title: action.title,
            minute: action.source.kind === 'meeting' ? (action.source.minute ?? '') : '',
            owner: one.ownerName,
            due: formatDate(action.due),
            firstDue: formatDate(slip.originalDue),
            moves: dueMovesOf(action),
            status: isAwaitingVerification(action) ? 'Complete, awaiting verification' : STATUS_LABELS[action.status],
            rag: ragInWords(one.rag, one.ragReason),
            latestNote: latest.note,
            latestNoteOn: latest.on,
            overdue: isOverdue(action, options.today),
            proposedForClosure: isProposedForClosure(action),
            isNew: meeting.id === lastMeeting?.id,
            confidential: action.confidential === true,
          };
        });
      return { meeting, title: `${meeting.title}, ${formatDate(meeting.date)}`, rows };
    })
    .filter((group) => group.rows.length > 0);
  const rows = groups.flatMap((group) => group.rows);
  return {
    council: committee.council ?? view.plan.council,
    committee,
    forMeeting: forDate ? formatDate(forDate) : 'the next meeting',
    lastMeeting,
    asOf: formatDate(options.today),
    groups,
    totals: {
      actions: rows.length,
      open: rows.filter((row) => !row.proposedForClosure && row.status !== 'Complete, awaiting verification').length,
      overdue: rows.filter((row) => row.overdue).length,
      proposedForClosure: rows.filter((row) => row.proposedForClosure).length,
      awaitingVerification: rows.filter((row) => row.status === 'Complete, awaiting verification').length,
      new: rows.filter((row) => row.isNew).length,
    },
    public: options.public,
  };
}
