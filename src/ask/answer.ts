import type { Action, Area, Meeting, PlanFacts } from '../domain/model';
import { actionIndex } from '../domain/actionIndex';
import { daysOverdue, isOutstanding, isOverdue, ragOf, ragReason, STATUS_LABELS, type Rag } from '../domain/rules';
import { formatDate, type IsoDate } from '../domain/dates';
import { standingUpdates } from '../domain/changes';
import type { StatusWord } from './lexicon';
import { anyActionFilter, oneActionFilter, type ActionFilter, type AskQuery, type ListQuery } from './query';

/** An action with what a reader needs next to it, derived for one day. */
export type ActionView = Readonly<{
  action: Action;
  areaTitle: string;
  ownerName: string;
  rag: Rag;
  ragReason: string;
  overdue: boolean;
  daysOverdue: number;
  meeting: Meeting | undefined;
}>;

export type { PlanFacts };

export type AreaSummary = Readonly<{ area: Area; red: number; amber: number; green: number; complete: number; overdue: number; total: number }>;

export type Answer =
  | Readonly<{
      intent: 'list_actions';
      query: ListQuery;
      reading: string;
      matched: readonly Action[];
      facts: PlanFacts;
      today: IsoDate;
      count: boolean;
      fact?: string;
    }>
  | Readonly<{ intent: 'action_detail'; reading: string; action: ActionView; fact?: string }>
  | Readonly<{ intent: 'summary'; reading: string; areas: AreaSummary[]; totals: Omit<AreaSummary, 'area'> }>
  | Readonly<{ intent: 'help'; reading: string }>
  | Readonly<{ intent: 'clarify_person'; reading: string; phrase: string; candidates: Array<{ id: string; name: string; jobTitle: string; question: string }> }>
  | Readonly<{ intent: 'unknown'; reading: string; reason: Extract<AskQuery, { intent: 'unknown' }>['reason']; unmatched: string; suggestedAreas: Area[] }>;

// A list can hold thousands of actions: find each owner by id, not by scanning the people list.
const peopleById = new WeakMap<PlanFacts['people'], ReadonlyMap<string, PlanFacts['people'][number]>>();

function personById(people: PlanFacts['people'], id: string): PlanFacts['people'][number] | undefined {
  let index = peopleById.get(people);
  if (!index) {
    index = new Map(people.map((person) => [person.id, person]));
    peopleById.set(people, index);
  }
  return index.get(id);
}

export function viewAction(action: Action, facts: PlanFacts, today: IsoDate): ActionView {
  const meetingId = action.source.kind === 'meeting' ? action.source.meeting : undefined;
  return {
    action,
    areaTitle: facts.areas.find((area) => area.number === action.area)?.shortTitle ?? `Area ${action.area}`,
    ownerName: personById(facts.people, action.owner)?.name ?? action.owner,
    rag: ragOf(action, today),
    ragReason: ragReason(action, today),
    overdue: isOverdue(action, today),
    daysOverdue: isOverdue(action, today) ? daysOverdue(action, today) : 0,
    meeting: meetingId ? facts.meetings.find((meeting) => meeting.id === meetingId) : undefined,
  };
}

function matchesStatus(action: Action, status: StatusWord, today: IsoDate): boolean {
  switch (status) {
    case 'outstanding':
      return isOutstanding(action);
    case 'overdue':
      return isOverdue(action, today);
    case 'red':
    case 'amber':
    case 'green':
      return ragOf(action, today) === status;
    case 'any':
      return true;
    default:
      return action.status === status;
  }
}

/**
 * Where to look for what a filter selects: the positions of the actions it names, or of its
 * topics' actions, area, owner or meeting, whichever is fewest; undefined when only the whole
 * plan will do ("what's overdue?"). Each position is then checked against the whole filter.
 */
function candidatePositions(actions: readonly Action[], filter: ActionFilter): readonly number[] | undefined {
  const index = actionIndex(actions);
  const positionsOf = (ids: Iterable<string>): number[] => [...new Set([...ids].flatMap((id) => index.positionById.get(id) ?? []))].sort((a, b) => a - b);
  const areaPositions = (): number[] => filter.areas.flatMap((area) => index.byArea.get(area) ?? []).sort((a, b) => a - b);
  const lists: Array<readonly number[]> = [];
  if (filter.actionIds.length > 0) lists.push(positionsOf(filter.actionIds));
  else if (filter.topics.length > 0) {
    const topics = filter.topics.flatMap((topic) => topic.actionIds);
    lists.push(
      filter.areas.length > 0 && !filter.topicsWithinAreas
        ? [...new Set([...positionsOf(topics), ...areaPositions()])].sort((a, b) => a - b)
        : positionsOf(topics),
    );
  } else if (filter.areas.length > 0) lists.push(areaPositions());
  if (filter.owners.length > 0) lists.push(filter.owners.flatMap((owner) => index.byOwner.get(owner.id) ?? []).sort((a, b) => a - b));
  if (filter.meeting) {
    const ids = [...new Set([filter.meeting.id, ...(filter.alsoMeetings ?? []).map((meeting) => meeting.id)])];
    lists.push(ids.flatMap((id) => index.byMeeting.get(id) ?? []).sort((a, b) => a - b));
  }
  return lists.reduce<readonly number[] | undefined>((fewest, list) => (fewest === undefined || list.length < fewest.length ? list : fewest), undefined);
}

/** "at the committee meeting of 12 January 2022", "under minutes 39.5 and 39.6 of ...", "at ... or at ...". */
function meetingsSaid(meetings: ReadonlyArray<{ id: string; label: string; minute?: string }>): string {
  const first = meetings[0];
  if (!first) return '';
  const sameMeeting = meetings.every((meeting) => meeting.id === first.id);
  if (sameMeeting && meetings.every((meeting) => meeting.minute)) {
    const minutes = meetings.map((meeting) => meeting.minute ?? '');
    return `under ${minutes.length > 1 ? 'minutes' : 'minute'} ${joinWords(minutes, 'and')} of ${first.label}`;
  }
  return joinWords(
    meetings.map((meeting) => `${meeting.minute ? `under minute ${meeting.minute} of` : 'at'} ${meeting.label}`),
    'or',
  );
}

/** Whether an action was agreed at a meeting, and under its minute when one is given (a minute holds the minutes numbered under it). */
function fromMeeting(action: Action, meeting: { id: string; minute?: string }): boolean {
  if (action.source.kind !== 'meeting' || action.source.meeting !== meeting.id) return false;
  const { minute } = meeting;
  return !minute || action.source.minute === minute || action.source.minute?.startsWith(`${minute}.`) === true;
}

/** The actions a filter selects, in plan order. Pure. */
export function selectActions(actions: readonly Action[], filter: ActionFilter, today: IsoDate, areas: readonly Area[] = []): Action[] {
  const leadOf = new Map(areas.map((area) => [area.number, area.lead]));
  const topicIds = new Set(filter.topics.flatMap((topic) => topic.actionIds));
  const explicitIds = new Set(filter.actionIds);
  const ownerIds = new Set(filter.owners.map((owner) => owner.id));
  const selects = (action: Action): boolean => {
    if (explicitIds.size > 0) {
      if (!explicitIds.has(action.id)) return false;
    } else if (filter.topics.length > 0 || filter.areas.length > 0) {
      const inTopic = topicIds.has(action.id);
      const inArea = filter.areas.includes(action.area);
      const selected =
        filter.topics.length > 0 && filter.areas.length > 0
          ? filter.topicsWithinAreas
            ? inTopic && inArea
            : inTopic || inArea
          : filter.topics.length > 0
            ? inTopic
            : inArea;
      if (!selected) return false;
    }
    if (ownerIds.size > 0 && !ownerIds.has(action.owner)) return false;
    if (filter.excludedAreas?.includes(action.area)) return false;
    if (filter.excludedTopics?.some((topic) => topic.actionIds.includes(action.id))) return false;
    if (filter.excludedOwners?.some((owner) => owner.id === action.owner)) return false;
    if (filter.excludedStatuses.some((status) => matchesStatus(action, status, today))) return false;
    if (filter.meeting && ![filter.meeting, ...(filter.alsoMeetings ?? [])].some((meeting) => fromMeeting(action, meeting))) return false;
    if (filter.source === 'plan' && action.source.kind !== 'plan') return false;
    if (filter.areaLead && (leadOf.get(action.area) === action.owner) !== (filter.areaLead === 'owns')) return false;
    if (filter.source === 'committee' && action.source.kind !== 'meeting') return false;
    if (filter.due?.outside) {
      if ((!filter.due.from || action.due >= filter.due.from) && (!filter.due.to || action.due <= filter.due.to)) return false;
    } else {
      if (filter.due?.from && action.due < filter.due.from) return false;
      if (filter.due?.to && action.due > filter.due.to) return false;
    }
    return filter.statuses.some((status) => matchesStatus(action, status, today));
  };
  const candidates = candidatePositions(actions, filter);
  if (candidates === undefined) return actions.filter(selects);
  return candidates.flatMap((position) => {
    const action = actions[position];
    return action && selects(action) ? [action] : [];
  });
}

const STATUS_READINGS: Record<StatusWord, string> = {
  outstanding: 'Outstanding',
  overdue: 'Overdue',
  blocked: 'Blocked',
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Completed',
  cancelled: 'Cancelled',
  red: 'Red-rated',
  amber: 'Amber-rated',
  green: 'Green-rated',
  any: 'All',
};

function joinWords(parts: readonly string[], last = 'and'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${last} ${parts[parts.length - 1] ?? ''}`;
}

/** How the question was understood, in words a person can check and correct. */
export function describeFilter(filter: ActionFilter, facts: PlanFacts): string {
  const statuses = joinWords(
    filter.statuses.map((status, index) => (index === 0 ? STATUS_READINGS[status] : STATUS_READINGS[status].toLowerCase())),
    'or',
  );
  const parts: string[] = [];
  if (filter.actionIds.length > 0) {
    const refs = filter.actionIds.map((id) => facts.actions.find((action) => action.id === id)?.ref ?? id);
    parts.push(`numbered ${joinWords(refs)}`);
  }
  const areaNames = filter.areas.map((number) => `${number}, ${facts.areas.find((area) => area.number === number)?.shortTitle ?? ''}`);
  if (filter.topics.length > 0) {
    parts.push(
      `about ${joinWords(
        filter.topics.map((topic) => `"${topic.words}"`),
        'or',
      )}`,
    );
    if (areaNames.length > 0) parts.push(`${filter.topicsWithinAreas ? 'within' : 'or in'} area${areaNames.length > 1 ? 's' : ''} ${joinWords(areaNames)}`);
  } else if (areaNames.length > 0) {
    parts.push(`in area${areaNames.length > 1 ? 's' : ''} ${joinWords(areaNames)}`);
  } else if (filter.actionIds.length === 0) {
    parts.push('across the whole plan');
  }
  const outside = (filter.excludedAreas ?? []).map((number) => `${number}, ${facts.areas.find((area) => area.number === number)?.shortTitle ?? ''}`);
  if (outside.length > 0) parts.push(`outside area${outside.length > 1 ? 's' : ''} ${joinWords(outside)}`);
  if (filter.excludedTopics && filter.excludedTopics.length > 0)
    parts.push(
      `not about ${joinWords(
        filter.excludedTopics.map((topic) => `"${topic.words}"`),
        'or',
      )}`,
    );
  if (filter.meeting) parts.push(`agreed ${meetingsSaid([filter.meeting, ...(filter.alsoMeetings ?? [])])}`);
  if (filter.source === 'plan') parts.push('from the plan itself, not set by a committee');
  if (filter.source === 'committee') parts.push('set by a committee');
  parts.push(
    filter.owners.length > 0
      ? `owned by ${joinWords(
          filter.owners.map((owner) => (owner.isAsker ? `you (${owner.name})` : owner.name)),
          'or',
        )}`
      : filter.excludedOwners && filter.excludedOwners.length > 0
        ? `owned by anyone but ${joinWords(
            filter.excludedOwners.map((owner) => owner.name),
            'and',
          )}`
        : filter.areaLead === 'owns'
          ? "owned by their area's lead"
          : filter.areaLead === 'does_not_own'
            ? "owned by someone other than their area's lead"
            : 'owned by anyone',
  );
  if (filter.due) parts.push(filter.due.label);
  // Overdue with two of the three open states ruled out is overdue and in the third: "Overdue and blocked".
  const openStates = ['not_started', 'in_progress', 'blocked'] as const;
  const left = openStates.filter((status) => !filter.excludedStatuses.includes(status));
  if (filter.statuses.length === 1 && filter.statuses[0] === 'overdue' && left.length === 1 && filter.excludedStatuses.length === 2 && left[0])
    return `Overdue and ${STATUS_READINGS[left[0]].toLowerCase()} actions ${parts.join(', ')}`;
  const excluded =
    filter.excludedStatuses.length > 0
      ? ` (not ${joinWords(
          filter.excludedStatuses.map((status) => STATUS_READINGS[status].toLowerCase()),
          'or',
        )})`
      : '';
  return `${statuses}${excluded} actions ${parts.join(', ')}`;
}

export function summarise(facts: PlanFacts, today: IsoDate, areaNumbers: readonly number[] = []): { areas: AreaSummary[]; totals: Omit<AreaSummary, 'area'> } {
  const counted = new Map(
    facts.areas
      .filter((area) => areaNumbers.length === 0 || areaNumbers.includes(area.number))
      .map((area) => [area.number, { area, red: 0, amber: 0, green: 0, complete: 0, overdue: 0, total: 0 }]),
  );
  // One pass over the actions, however many areas.
  for (const action of facts.actions) {
    const counts = counted.get(action.area);
    if (!counts || action.status === 'cancelled') continue;
    counts.total += 1;
    const rag = ragOf(action, today);
    if (rag === 'red' || rag === 'amber' || rag === 'green' || rag === 'complete') counts[rag] += 1;
    if (isOverdue(action, today)) counts.overdue += 1;
  }
  const areas = [...counted.values()];
  const totals = areas.reduce(
    (sum, area) => ({
      red: sum.red + area.red,
      amber: sum.amber + area.amber,
      green: sum.green + area.green,
      complete: sum.complete + area.complete,
      overdue: sum.overdue + area.overdue,
      total: sum.total + area.total,
    }),
    { red: 0, amber: 0, green: 0, complete: 0, overdue: 0, total: 0 },
  );
  return { areas, totals };
}

const UNKNOWN_READINGS: Record<Extract<AskQuery, { intent: 'unknown' }>['reason'], (unmatched: string) => string> = {
  no_words: () => "I couldn't find a question in that.",
  too_long: () => 'That message is too long for me to read as a question.',
  no_topic_match: (unmatched) => `Nothing in the plan matches "${unmatched}".`,
  no_meeting: (unmatched) => `I couldn't find a committee meeting ${unmatched}.`,
  no_such_action: (unmatched) => `There is no action ${unmatched} in the plan.`,
  not_on_plan: () => "You're not on the plan's people list, so I can't tell which actions are yours.",
  // (`unmatched` says whether the message thanked: a sign-off alone gets no "you're welcome".)
  small_talk: (unmatched) =>
    unmatched === 'goodbye' ? 'Bye for now. Ask me about the plan whenever you need to.' : "You're welcome. Ask me about the plan whenever you need to.",
  no_question: () => 'Noted. I keep the improvement plan: ask me about it whenever you need to.',
};

/** "Ruth Okafor (Assistant Director – Corporate Parenting) leads area 7, Life story work." */
function leadFact(areaNumbers: readonly number[], facts: PlanFacts): string | undefined {
  const sentences = facts.areas
    .filter((area) => areaNumbers.includes(area.number))
    .map((area) => {
      const lead = area.lead ? personById(facts.people, area.lead) : undefined;
      return lead
        ? `${lead.name} (${lead.jobTitle}) leads area ${area.number}, ${area.shortTitle}.`
        : `Area ${area.number}, ${area.shortTitle}, has no lead recorded.`;
    });
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** The area's own words from the plan: the outcomes it aims for, or the evidence of impact it will show. */
function areaTextFact(kind: 'evidence' | 'outcomes', areaNumbers: readonly number[], facts: PlanFacts): string | undefined {
  const sentences = facts.areas
    .filter((area) => areaNumbers.includes(area.number))
    .map((area) => {
      const text = kind === 'evidence' ? area.evidence : area.outcomes;
      const what = kind === 'evidence' ? 'Evidence of impact' : 'Intended outcomes';
      return text
        ? `${what} for area ${area.number}, ${area.shortTitle}: ${text}`
        : `The plan gives no ${what.toLowerCase()} for area ${area.number}, ${area.shortTitle}.`;
    });
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/**
 * The one fact a question about a list asks, said first: who leads the areas asked about, who owns
 * the one action it comes to (or the one person who owns them all), when that action is due, an
 * area's evidence or outcomes.
 */
function listFact(
  fact: NonNullable<ListQuery['fact']>,
  filter: ActionFilter,
  matched: readonly Action[],
  facts: PlanFacts,
  today: IsoDate,
): string | undefined {
  const only = matched.length === 1 ? matched[0] : undefined;
  switch (fact) {
    case 'evidence':
    case 'outcomes':
      return areaTextFact(fact, filter.areas, facts);
    case 'source':
      return undefined;
    case 'when':
      return only ? detailFact('due', viewAction(only, facts, today)) : undefined;
    case 'lead':
    case 'who': {
      if (fact === 'who' && only) return detailFact('owner', viewAction(only, facts, today));
      if (filter.areas.length > 0 && filter.topics.length === 0) return leadFact(filter.areas, facts);
      const owners = new Set(matched.map((action) => action.owner));
      const [owner] = owners;
      return owners.size === 1 && owner
        ? `${personById(facts.people, owner)?.name ?? owner} owns ${matched.length === 1 ? 'it' : `all ${matched.length}`}.`
        : undefined;
    }
  }
}

function detailFact(fact: 'owner' | 'due' | 'status', view: ActionView): string {
  const ref = view.action.ref;
  switch (fact) {
    case 'owner':
      return `${ref} is owned by ${view.ownerName}.`;
    case 'due':
      return `${ref} is due on ${formatDate(view.action.due)}${view.overdue ? `, and is overdue by ${view.daysOverdue} day${view.daysOverdue === 1 ? '' : 's'}` : ''}.`;
    case 'status':
      return `${ref} is ${statusLabel(view.action).toLowerCase()}${view.overdue ? `, overdue by ${view.daysOverdue} day${view.daysOverdue === 1 ? '' : 's'}` : ''}.`;
  }
}

/** Runs a typed query against the plan's data. Pure. */
export function answerQuery(query: AskQuery, facts: PlanFacts, today: IsoDate): Answer {
  switch (query.intent) {
    case 'list_actions': {
      // Only what is shown is viewed (owner, RAG, meeting): "what's overdue?" on a big plan matches thousands.
      let listQuery = query;
      let matched = selectActions(facts.actions, query.filter, today, facts.areas);
      let reading = describeFilter(query.filter, facts);
      // Naming a thing ("the supervision policy") finds it whatever its status, when nothing open fits.
      if (matched.length === 0 && query.filter.statusAssumed && query.filter.topics.length > 0) {
        const anyStatus: ActionFilter = { ...query.filter, statuses: ['any'], statusAssumed: false };
        const found = selectActions(facts.actions, anyStatus, today, facts.areas);
        if (found.length > 0) {
          matched = found;
          reading = `Nothing open fits, so any status: ${describeFilter(anyStatus, facts).replace(/^All a/, 'a')}`;
          listQuery = { ...query, filter: anyStatus };
        }
      }
      // "Did the awareness drive with schools ever happen?": the one thing described, when the filter does not pick it out.
      const fit = query.bestFit && query.fact !== 'lead' ? facts.actions.find((action) => action.id === query.bestFit?.actionId) : undefined;
      if (fit && query.bestFit && !(matched.length === 1 && matched[0]?.id === fit.id && query.filter.actionIds.length === 0)) {
        matched = [fit];
        reading = `The action that best fits "${query.bestFit.words}"`;
        listQuery = { ...query, filter: oneActionFilter(fit.id) };
      }
      // "Who owns the return home interview template?": a fact about the one action the words name is that action's answer.
      const only = matched.length === 1 ? matched[0] : undefined;
      // "Who's responsible for the PEP audit?": the one thing's owner, even asked as who leads.
      if (
        only &&
        (query.fact === 'who' || query.fact === 'when' || query.fact === 'lead') &&
        (listQuery.filter.topics.length > 0 ||
          listQuery.filter.meeting?.minute !== undefined ||
          fit !== undefined ||
          (query.fact === 'when' && listQuery.filter.areas.length > 0)) &&
        // "Is my update on X still due?": when it is due, whoever's it is.
        (listQuery.filter.owners.length === 0 || query.fact === 'when')
      ) {
        const view = viewAction(only, facts, today);
        return {
          intent: 'action_detail',
          reading: `Action ${only.ref}, the one that fits ${reading.charAt(0).toLowerCase()}${reading.slice(1)}`,
          action: view,
          fact: detailFact(query.fact === 'when' ? 'due' : 'owner', view),
        };
      }
      // "What evidence will show the drift training has worked?", "which meeting added the IHA action?": the one
      // thing's measure or where it came from, shown with it.
      if (
        only &&
        (query.fact === 'evidence' || query.fact === 'source') &&
        // ("The evidence for my online procedures action": the one thing named, whoever's it is said to be.)
        (listQuery.filter.topics.length > 0 || fit !== undefined)
      ) {
        return {
          intent: 'action_detail',
          reading: `Action ${only.ref}, the one that fits ${reading.charAt(0).toLowerCase()}${reading.slice(1)}`,
          action: viewAction(only, facts, today),
        };
      }
      // "Resolution 23.3.4 - where's that at?": a minute that set one action names that action.
      const meeting = listQuery.filter.meeting;
      if (
        only &&
        meeting?.minute !== undefined &&
        query.fact === undefined &&
        !query.count &&
        listQuery.filter.owners.length === 0 &&
        selectActions(facts.actions, anyActionFilter({ meeting }), today, facts.areas).length === 1
      ) {
        return { intent: 'action_detail', reading: `Action ${only.ref}, the one minute ${meeting.minute} set`, action: viewAction(only, facts, today) };
      }
      const fact = query.fact ? listFact(query.fact, listQuery.filter, matched, facts, today) : undefined;
      return {
        intent: 'list_actions',
        query: listQuery,
        reading,
        matched,
        facts,
        today,
        count: query.count,
        ...(fact ? { fact } : {}),
      };
    }
    case 'action_detail': {
      const action = facts.actions.find((candidate) => candidate.id === query.actionId);
      if (!action)
        return {
          intent: 'unknown',
          reading: UNKNOWN_READINGS.no_such_action(query.actionId),
          reason: 'no_such_action',
          unmatched: query.actionId,
          suggestedAreas: [],
        };
      const view = viewAction(action, facts, today);
      const fact = query.fact ? detailFact(query.fact, view) : undefined;
      return { intent: 'action_detail', reading: `Action ${action.ref}`, action: view, ...(fact ? { fact } : {}) };
    }
    case 'summary': {
      const { areas, totals } = summarise(facts, today, query.areas);
      return { intent: 'summary', reading: 'RAG by area across the whole plan', areas, totals };
    }
    case 'help':
      return { intent: 'help', reading: 'What I can answer' };
    case 'clarify_person':
      return { intent: 'clarify_person', reading: `Which person did you mean by "${query.phrase}"?`, phrase: query.phrase, candidates: query.candidates };
    case 'unknown':
      return {
        intent: 'unknown',
        reading: UNKNOWN_READINGS[query.reason](query.unmatched),
        reason: query.reason,
        unmatched: query.unmatched,
        suggestedAreas: query.suggestedAreas.flatMap((number) => facts.areas.filter((area) => area.number === number)),
      };
  }
}

export function statusLabel(action: Pick<Action, 'status'>): string {
  return STATUS_LABELS[action.status];
}

export function actionLine(view: ActionView): string {
  const overdue = view.overdue ? `, overdue by ${view.daysOverdue} day${view.daysOverdue === 1 ? '' : 's'}` : '';
  return `${view.action.ref} ${view.action.title} (${view.ownerName}, due ${formatDate(view.action.due)}, ${statusLabel(view.action).toLowerCase()}${overdue})`;
}

type ListAnswer = Extract<Answer, { intent: 'list_actions' }>;

/** The matched actions from `start` up to `end`, each with what a reader needs beside it. */
export function viewsOf(answer: ListAnswer, start = 0, end = answer.matched.length): ActionView[] {
  return answer.matched.slice(start, end).map((action) => viewAction(action, answer.facts, answer.today));
}

/** A plain-text list stops here, with a count of the rest: nobody reads ten thousand lines. */
export const TEXT_LIST_LIMIT = 100;

/** The plain-text answer: the card's fallback, the notification text and the CLI's output. */
export function answerText(answer: Answer): string {
  switch (answer.intent) {
    case 'list_actions': {
      const n = answer.matched.length;
      const head = `${answer.reading}: ${n === 0 ? 'none' : `${n} action${n === 1 ? '' : 's'}`}.`;
      const first = answer.fact ? `${answer.fact}\n${head}` : head;
      if (n === 0) return first;
      const lines = viewsOf(answer, 0, TEXT_LIST_LIMIT).map((view) => `- ${actionLine(view)}`);
      if (n > TEXT_LIST_LIMIT) lines.push(`And ${n - TEXT_LIST_LIMIT} more.`);
      return `${first}\n${lines.join('\n')}`;
    }
    case 'action_detail': {
      const { action } = answer;
      const lines = [
        ...(answer.fact ? [answer.fact] : []),
        `${action.action.ref} ${action.action.title}`,
        `Area ${action.action.area}, ${action.areaTitle}. Owner: ${action.ownerName}. Due ${formatDate(action.action.due)}. Status: ${statusLabel(action.action)}${action.overdue ? ` (overdue by ${action.daysOverdue} day${action.daysOverdue === 1 ? '' : 's'})` : ''}.`,
      ];
      if (action.action.measure) lines.push(`Measure: ${action.action.measure}`);
      // "Was that the November committee or January's?": where the action came from, as the card shows it.
      const { source } = action.action;
      const minute = source.kind === 'meeting' && source.minute ? `, minute ${source.minute}` : '';
      lines.push(
        source.kind === 'plan'
          ? 'From: the improvement plan.'
          : `From: the committee meeting${action.meeting ? ` of ${formatDate(action.meeting.date)}` : ''}${minute}.`,
      );
      const latest = standingUpdates(action.action)
        .reverse()
        .find((update) => update.note);
      if (latest?.note) lines.push(`Latest update (${latest.at.slice(0, 10)}): ${latest.note}`);
      return lines.join('\n');
    }
    case 'summary':
      return [
        `Plan summary: ${answer.totals.total} actions; ${answer.totals.red} red, ${answer.totals.amber} amber, ${answer.totals.green} green, ${answer.totals.complete} complete; ${answer.totals.overdue} overdue.`,
        ...answer.areas.map((a) => `- ${a.area.number} ${a.area.shortTitle}: ${a.red} red, ${a.amber} amber, ${a.green} green, ${a.complete} complete`),
      ].join('\n');
    case 'help':
      return `I answer questions about the improvement plan. Try: ${[...HELP_EXAMPLES, ...MORE_EXAMPLES].map((q) => `"${q}"`).join(', ')}.`;
    case 'clarify_person':
      return `${answer.reading} ${answer.candidates.map((c) => `${c.name} (${c.jobTitle})`).join(', ')}.`;
    case 'unknown': {
      const suggestions =
        answer.suggestedAreas.length > 0
          ? ` Did you mean ${joinWords(
              answer.suggestedAreas.map((a) => `area ${a.number}, ${a.shortTitle}`),
              'or',
            )}?`
          : '';
      return `${answer.reading}${suggestions}`;
    }
  }
}

/** Teams shows at most five buttons in a row of actions. */
export const HELP_EXAMPLES = [
  "What's outstanding on life story work?",
  "What's overdue?",
  'My actions',
  'What came out of the last committee meeting?',
  'How are we doing?',
] as const;

export const MORE_EXAMPLES = [
  'Tell me about action 7.2',
  "Helen's actions due by the end of March",
  'How many actions are blocked?',
  'Anything on Mosaic?',
] as const;

export { formatDate };
