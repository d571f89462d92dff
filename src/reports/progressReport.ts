/** The plan's progress report ("Improvement Update"): per area, what changed in a period, from the tracker's own facts (pure). */
import { summarise, viewAction } from '../ask/answer';
import { standingUpdates } from '../domain/changes';
import { formatDate, type IsoDate } from '../domain/dates';
import type { Action } from '../domain/model';
import { STATUS_LABELS } from '../domain/rules';
import { factsOf, type PlanView } from '../store/planRepository';
import { latestNoteOf, ReportInputError } from './actionLog';

export type ReportAction = Readonly<{ ref: string; title: string; owner: string; due: string; status: string; why: string; evidence: string }>;

export type AreaProgress = Readonly<{
  number: number;
  shortTitle: string;
  ofsted: string;
  lead: string;
  outcomes: string;
  evidence: string;
  counts: Readonly<{ red: number; amber: number; green: number; complete: number; overdue: number; total: number }>;
  completed: readonly ReportAction[];
  overdue: readonly ReportAction[];
  slipped: ReadonlyArray<{ ref: string; title: string; from: string; to: string; reason: string; on: string }>;
  notes: ReadonlyArray<{ ref: string; who: string; on: string; note: string }>;
}>;

export type ProgressReport = Readonly<{
  planName: string;
  council: string;
  since: string;
  asOf: string;
  areas: readonly AreaProgress[];
  public: boolean;
}>;

export type ReportOptions = Readonly<{ areas?: readonly number[]; since?: IsoDate; today: IsoDate; public: boolean }>;

/** When the action was completed, if it was: its recorded completion, or the entry that set it complete. */
function completedOn(action: Action): string | undefined {
  if (action.status !== 'complete') return undefined;
  if (action.completion) return action.completion.at.slice(0, 10);
  const entry = standingUpdates(action)
    .reverse()
    .find((update) => update.status === 'complete' || update.changes?.some((change) => change.field === 'status' && change.to === 'complete'));
  return entry?.at.slice(0, 10);
}

/**
 * For the plan (or chosen areas) and a period (by default since the committee's last meeting):
 * each area's Ofsted wording, lead, intended outcomes and evidence of impact, RAG counts, what was
 * completed in the period, what is overdue and why, how due dates slipped and why, and the notes.
 */
export function buildProgressReport(view: PlanView, options: ReportOptions): ProgressReport {
  const known = new Set(view.plan.areas.map((area) => area.number));
  const unknown = (options.areas ?? []).filter((number) => !known.has(number));
  if (unknown.length > 0) throw new ReportInputError(`The plan has no area ${unknown.join(', ')}.`);
  const lastMeeting = [...view.meetings]
    .filter((meeting) => meeting.date <= options.today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .pop();
  const since = options.since ?? lastMeeting?.date ?? `${options.today.slice(0, 4)}-01-01`;
  const facts = factsOf(view);
  const chosen = view.plan.areas.filter((area) => !options.areas || options.areas.length === 0 || options.areas.includes(area.number));
  const { areas: counts } = summarise(
    facts,
    options.today,
    chosen.map((area) => area.number),
  );
  const nameOf = (id: string): string => view.people.find((person) => person.id === id)?.name ?? id;
  const inPeriod = (date: string): boolean => date >= since && date <= options.today;
  return {
    planName: view.plan.name,
    council: view.plan.council,
    since: formatDate(since),
    asOf: formatDate(options.today),
    public: options.public,
    areas: chosen.map((area) => {
      const actions = view.actions.filter((action) => action.area === area.number && !(options.public && action.confidential));
      const reported = (action: Action, why: string): ReportAction => ({
        ref: action.ref,
        title: action.title,
        owner: nameOf(action.owner),
        due: formatDate(action.due),
        status: STATUS_LABELS[action.status],
        why,
        evidence: action.completion?.evidence ?? (action.completion?.noEvidenceReason ? `None yet: ${action.completion.noEvidenceReason}` : ''),
      });
      const areaCounts = counts.find((one) => one.area.number === area.number);
      return {
        number: area.number,
        shortTitle: area.shortTitle,
        ofsted: area.title,
        lead: nameOf(area.lead),
        outcomes: area.outcomes ?? '',
        evidence: area.evidence ?? '',
        counts: {
          red: areaCounts?.red ?? 0,
          amber: areaCounts?.amber ?? 0,
          green: areaCounts?.green ?? 0,
          complete: areaCounts?.complete ?? 0,
          overdue: areaCounts?.overdue ?? 0,
          total: areaCounts?.total ?? 0,
        },
        completed: actions.filter((action) => inPeriod(completedOn(action) ?? '')).map((action) => reported(action, '')),
        overdue: actions
          .map((action) => ({ action, view: viewAction(action, facts, options.today) }))
          .filter(({ view: one }) => one.overdue)
          .map(({ action, view: one }) => {
            const latest = latestNoteOf(action, options.public);
            const why = `${one.ragReason.replace(/^./, (first) => first.toUpperCase())}.`;
            return reported(action, `${why}${latest.note ? ` Latest (${latest.on}): ${latest.note}` : ''}`);
          }),
        slipped: actions.flatMap((action) =>
          standingUpdates(action)
            .filter((update) => inPeriod(update.at.slice(0, 10)))
            .flatMap((update) =>
              (update.changes ?? [])
                .filter((change) => change.field === 'due' && change.from && change.to)
                .map((change) => ({
                  ref: action.ref,
                  title: action.title,
                  from: formatDate(change.from ?? ''),
                  to: formatDate(change.to ?? ''),
                  reason: update.reason ?? '',
                  on: formatDate(update.at.slice(0, 10)),
                })),
            ),
        ),
        notes: actions.flatMap((action) =>
          standingUpdates(action)
            .filter((update) => update.note && inPeriod(update.at.slice(0, 10)) && !(options.public && update.confidential))
            .map((update) => ({ ref: action.ref, who: nameOf(update.by), on: formatDate(update.at.slice(0, 10)), note: update.note ?? '' })),
        ),
      };
    }),
  };
}
