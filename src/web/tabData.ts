/** What the tabs and action pages show, worked out on the server from the plan (pure). */
import { summarise, viewAction, type ActionView } from '../ask/answer';
import { canVerify, describeUpdate, slippage, standingUpdates, undoneIds, whoMayUpdate } from '../domain/changes';
import { formatDate, type IsoDate } from '../domain/dates';
import { ACTION_STATUSES, type Action, type Person } from '../domain/model';
import { canUpdateAction, isOutstanding, ragInWords, STATUS_LABELS } from '../domain/rules';
import { factsOf, type PlanView } from '../store/planRepository';
import { actionAddress } from './links';
import { buildActionLog } from '../reports/actionLog';

export type ActionRow = Readonly<{
  id: string;
  ref: string;
  title: string;
  area: number;
  owner: string;
  due: IsoDate;
  dueText: string;
  status: string;
  statusText: string;
  rag: string;
  ragText: string;
  /** The action's page. */
  path: string;
}>;

export type Viewer = Readonly<{ name: string; onPlan: boolean }>;

function rowOf(view: ActionView): ActionRow {
  const { action } = view;
  return {
    id: action.id,
    ref: action.ref,
    title: action.title,
    area: action.area,
    owner: view.ownerName,
    due: action.due,
    dueText: `${formatDate(action.due)}${view.overdue ? ` (overdue by ${view.daysOverdue} day${view.daysOverdue === 1 ? '' : 's'})` : ''}`,
    status: action.status,
    statusText: STATUS_LABELS[action.status],
    rag: view.rag,
    ragText: ragInWords(view.rag, view.ragReason),
    path: actionAddress('', action.ref),
  };
}

function viewer(person: Person | undefined): Viewer {
  return person ? { name: person.name, onPlan: true } : { name: '', onPlan: false };
}

/** The personal tab, "Plan": my actions, the plan by area with RAG counts, what is overdue, and how far due dates have slipped. */
export function planTab(view: PlanView, person: Person | undefined, today: IsoDate) {
  const facts = factsOf(view);
  const views = view.actions.map((action) => viewAction(action, facts, today));
  const { areas, totals } = summarise(facts, today);
  const slipped = view.actions
    .map((action) => ({ action, slip: slippage(action) }))
    .filter(({ slip }) => slip.moves > 0)
    .sort((a, b) => b.slip.daysLater - a.slip.daysLater)
    .map(({ action, slip }) => {
      const lastMove = standingUpdates(action)
        .reverse()
        .find((update) => update.changes?.some((change) => change.field === 'due'));
      return {
        ref: action.ref,
        title: action.title,
        path: actionAddress('', action.ref),
        moves: slip.moves,
        daysLater: slip.daysLater,
        firstDue: formatDate(slip.originalDue),
        due: formatDate(action.due),
        reason: lastMove?.reason ?? '',
      };
    });
  return {
    planName: view.plan.name,
    today: formatDate(today),
    viewer: viewer(person),
    mine: person ? views.filter((one) => one.action.owner === person.id && isOutstanding(one.action)).map(rowOf) : [],
    areas: areas.map((area) => ({
      number: area.area.number,
      title: area.area.shortTitle,
      red: area.red,
      amber: area.amber,
      green: area.green,
      complete: area.complete,
      overdue: area.overdue,
      total: area.total,
    })),
    totals,
    overdue: views.filter((one) => one.overdue).map(rowOf),
    slipped,
  };
}

/** The committee's channel tab, "Action log": the same log as the agenda pack's, by meeting, oldest first. */
export function logTab(view: PlanView, person: Person | undefined, today: IsoDate) {
  const log = view.committees.length > 0 ? buildActionLog(view, { today, public: false }) : undefined;
  const facts = factsOf(view);
  const byId = new Map(view.actions.map((action) => [action.id, action]));
  return {
    planName: view.plan.name,
    today: formatDate(today),
    viewer: viewer(person),
    forMeeting: log?.forMeeting ?? '',
    totals: log?.totals,
    meetings: (log?.groups ?? []).map((group) => ({
      id: group.meeting.id,
      title: `Arising from ${group.title}`,
      // Every row is one of the plan's actions: drawn as the other tabs draw them, with the log's status words.
      actions: group.rows.flatMap((row) => {
        const action = byId.get(row.actionId);
        if (!action) return [];
        return [
          {
            ...rowOf(viewAction(action, facts, today)),
            minute: row.minute,
            statusText: `${row.status}${row.proposedForClosure ? ' · proposed for closure' : ''}${row.isNew ? ' · new' : ''}`,
          },
        ];
      }),
    })),
  };
}

/** One action's page: its facts, history (newest first) and, for whoever may, the update form. */
export function actionPage(view: PlanView, action: Action, person: Person | undefined, today: IsoDate) {
  const facts = factsOf(view);
  const one = viewAction(action, facts, today);
  const undone = undoneIds(action);
  const nameOf = (id: string): string => view.people.find((candidate) => candidate.id === id)?.name ?? id;
  const slip = slippage(action);
  const canEdit = canUpdateAction(person, action, view.plan.areas);
  return {
    planName: view.plan.name,
    today: formatDate(today),
    todayIso: today,
    viewer: viewer(person),
    action: {
      ...rowOf(one),
      areaTitle: one.areaTitle,
      measure: action.measure ?? '',
      source:
        action.source.kind === 'plan'
          ? 'In the improvement plan'
          : `Committee meeting${one.meeting ? `, ${formatDate(one.meeting.date)}` : ''}${action.source.minute ? `, minute ${action.source.minute}` : ''}`,
      slippage:
        slip.moves > 0
          ? `Due date moved ${slip.moves === 1 ? 'once' : `${slip.moves} times`}: first planned for ${formatDate(slip.originalDue)}, now ${Math.abs(slip.daysLater)} days ${slip.daysLater >= 0 ? 'later' : 'earlier'}.`
          : '',
    },
    history: [...action.updates]
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((update) => ({
        who: nameOf(update.by),
        at: update.at,
        what: describeUpdate(update, view.people, { undone: update.id !== undefined && undone.has(update.id) }) || 'Updated.',
      })),
    canEdit,
    canVerify: canVerify(person, action, view.plan.areas),
    whoMayUpdate: whoMayUpdate(action, view.people, view.plan.areas),
    basis: { status: action.status, due: action.due, owner: action.owner },
    statusChoices: ACTION_STATUSES.map((status) => ({ value: status, title: STATUS_LABELS[status] })),
  };
}
