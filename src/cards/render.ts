import * as ACData from 'adaptivecards-templating';
import actionListTemplate from './templates/actionList.json';
import actionDetailTemplate from './templates/actionDetail.json';
import summaryTemplate from './templates/summary.json';
import messageTemplate from './templates/message.json';
import { canUpdateAction, STATUS_LABELS, type Rag } from '../domain/rules';
import { formatDate, type IsoDate } from '../domain/dates';
import { ACTION_STATUSES, type Area, type Person } from '../domain/model';
import { areaLeadOf, canVerify, describeUpdate, isAwaitingVerification, slippage, whoMayUpdate } from '../domain/changes';
import { MAX_QUESTION_LENGTH } from '../ask/parseQuestion';
import { actionLine, answerText, HELP_EXAMPLES, MORE_EXAMPLES, type ActionView, type Answer, type AreaSummary, type PlanFacts } from '../ask/answer';

export type AdaptiveCard = { type: 'AdaptiveCard'; version: string } & Record<string, unknown>;

/** Teams refuses messages over ~100 KB; cards are kept well under 80 KB. */
export const MAX_CARD_BYTES = 80 * 1024;
export const PAGE_SIZE = 10;

export const TEMPLATES = {
  actionList: actionListTemplate,
  actionDetail: actionDetailTemplate,
  summary: summaryTemplate,
  message: messageTemplate,
} as const;
export type TemplateName = keyof typeof TEMPLATES;

// One compiled Template per card, reused for every expansion.
const compiled = new Map<TemplateName, ACData.Template>();

function expand<T extends object>(name: TemplateName, data: T): AdaptiveCard {
  let template = compiled.get(name);
  if (!template) {
    template = new ACData.Template(TEMPLATES[name]);
    compiled.set(name, template);
  }
  const card: unknown = template.expand({ $root: data });
  if (!isAdaptiveCard(card)) throw new Error(`template ${name} did not expand to an Adaptive Card`);
  return card;
}

export function isAdaptiveCard(value: unknown): value is AdaptiveCard {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'AdaptiveCard' && typeof (value as { version?: unknown }).version === 'string';
}

const RAG_COLORS: Record<Rag, string> = { red: 'Attention', amber: 'Warning', green: 'Good', complete: 'Accent', cancelled: 'Default' };
const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete', cancelled: 'Cancelled' };

export type ListCardData = {
  heading: string;
  reading: string;
  question: string;
  page: number;
  pages: number;
  pageText: string;
  showAreaHeadings: boolean;
  empty: boolean;
  emptyText: string;
  fallbackText: string;
  speak: string;
  groups: Array<{
    heading: string;
    items: Array<{ id: string; ref: string; title: string; meta: string; ragText: string; ragColor: string }>;
  }>;
};

const HEADING_STATUS: Record<string, string> = {
  outstanding: 'outstanding', overdue: 'overdue', blocked: 'blocked', not_started: 'not started', in_progress: 'in progress',
  complete: 'completed', cancelled: 'cancelled', red: 'red-rated', amber: 'amber-rated', green: 'green-rated', any: '',
};

/** "4 outstanding actions", "No overdue actions". */
function listHeading(answer: Extract<Answer, { intent: 'list_actions' }>): string {
  const n = answer.actions.length;
  const statuses = answer.query.filter.statuses;
  const word = statuses.length === 1 ? (HEADING_STATUS[statuses[0] ?? 'any'] ?? '') : '';
  const noun = `${word ? `${word} ` : ''}action${n === 1 ? '' : 's'}`;
  return n === 0 ? `No ${word ? `${word} ` : ''}actions` : `${n} ${noun}`;
}

export function renderActionListCard(answer: Extract<Answer, { intent: 'list_actions' }>, question: string, requestedPage = 1): AdaptiveCard {
  const pages = Math.max(1, Math.ceil(answer.actions.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const shown = answer.actions.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const groups: ListCardData['groups'] = [];
  for (const view of shown) {
    const heading = `${view.action.area} · ${view.areaTitle}`;
    let group = groups[groups.length - 1];
    if (!group || group.heading !== heading) {
      group = { heading, items: [] };
      groups.push(group);
    }
    group.items.push({
      id: view.action.id,
      ref: view.action.ref,
      title: view.action.title,
      meta: `${view.ownerName} · due ${formatDate(view.action.due)} · ${isAwaitingVerification(view.action) ? 'Complete, awaiting verification' : STATUS_LABELS[view.action.status]}`,
      ragText: view.ragReason ? `${RAG_LABELS[view.rag]}: ${view.ragReason}` : '',
      ragColor: RAG_COLORS[view.rag],
    });
  }
  const areaCount = new Set(answer.actions.map((view) => view.action.area)).size;
  const first = (page - 1) * PAGE_SIZE + 1;
  const data: ListCardData = {
    heading: listHeading(answer),
    reading: answer.reading,
    question,
    page,
    pages,
    pageText: `Showing ${first}–${first + shown.length - 1} of ${answer.actions.length}`,
    showAreaHeadings: areaCount > 1,
    empty: answer.actions.length === 0,
    emptyText: 'Nothing matches that just now. Try widening it, for example without the date or the status.',
    fallbackText: answerText(answer),
    speak: `${listHeading(answer)}. ${answer.reading}.`,
    groups,
  };
  return expand('actionList', data);
}

export type DetailCardData = {
  actionId: string;
  ref: string;
  title: string;
  ragLabel: string;
  ragColor: string;
  areaLabel: string;
  ownerName: string;
  dueText: string;
  statusText: string;
  sourceText: string;
  slippageText: string;
  measure: string;
  updates: Array<{ who: string; when: string; what: string }>;
  banner: string;
  bannerStyle: 'good' | 'attention' | 'default';
  canEdit: boolean;
  showComplete: boolean;
  canVerifyNow: boolean;
  notAllowedText: string;
  statusChoices: Array<{ title: string; value: string }>;
  draft: { status: string; note: string; due: string; reason: string };
  minDue: string;
  basis: { status: string; due: string; owner: string };
  refreshUserIds: string[];
  question: string;
  page: number;
  fallbackText: string;
  speak: string;
};

export type DetailCardOptions = Readonly<{
  viewer: Person | undefined;
  people: readonly Person[];
  areas: readonly Area[];
  today: IsoDate;
  back?: { question: string; page: number };
  banner?: { text: string; tone: 'good' | 'attention' };
  /** What the person had typed, kept when their save could not be made. */
  draft?: Partial<{ status: string; note: string; due: string; reason: string }>;
  /** 'everyone': the copy in the message that all members see; 'viewer' (default): one person's copy. */
  audience?: 'viewer' | 'everyone';
}>;

const MAX_UPDATES_SHOWN = 5;
/** Teams refreshes a card automatically for at most 60 listed users. */
const MAX_REFRESH_USERS = 60;

export function renderActionDetailCard(view: ActionView, options: DetailCardOptions): AdaptiveCard {
  const { action } = view;
  const { people, areas, viewer } = options;
  const nameOf = (id: string): string => people.find((person) => person.id === id)?.name ?? id;
  const sourceText =
    action.source.kind === 'plan'
      ? 'In the improvement plan'
      : view.meeting
        ? `Committee meeting, ${formatDate(view.meeting.date)}${action.source.minute ? `, minute ${action.source.minute}` : ''}`
        : `Committee meeting${action.source.minute ? `, minute ${action.source.minute}` : ''}`;
  const updates = [...action.updates]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, MAX_UPDATES_SHOWN)
    .map((update) => ({ who: nameOf(update.by), when: formatDateTime(update.at), what: describeUpdate(update, people) || 'Updated.' }));
  const awaiting = isAwaitingVerification(action);
  const canEdit = canUpdateAction(viewer, action, areas);
  const slip = slippage(action);
  const lead = areaLeadOf(action, areas);
  const refreshUserIds = [...new Set([action.owner, lead].flatMap((id) => people.filter((person) => person.id === id).flatMap((person) => (person.aadObjectId ? [person.aadObjectId] : []))))].slice(0, MAX_REFRESH_USERS);
  const statusText = awaiting
    ? `Complete, awaiting verification by ${lead && lead !== action.completion?.by ? `${nameOf(lead)} or ` : ''}a manager`
    : action.status === 'complete' && action.completion?.verifiedBy
      ? `Complete, verified by ${nameOf(action.completion.verifiedBy)}`
      : STATUS_LABELS[action.status];
  const data: DetailCardData = {
    actionId: action.id,
    ref: action.ref,
    title: action.title,
    ragLabel: RAG_LABELS[view.rag],
    ragColor: RAG_COLORS[view.rag],
    areaLabel: `${action.area} · ${view.areaTitle}`,
    ownerName: view.ownerName,
    dueText: `${formatDate(action.due)}${view.overdue ? ` (overdue by ${view.daysOverdue} day${view.daysOverdue === 1 ? '' : 's'})` : ''}`,
    statusText,
    sourceText,
    slippageText:
      slip.moves > 0
        ? `Due date moved ${slip.moves === 1 ? 'once' : `${slip.moves} times`}: first planned for ${formatDate(slip.originalDue)}, now ${Math.abs(slip.daysLater)} day${Math.abs(slip.daysLater) === 1 ? '' : 's'} ${slip.daysLater >= 0 ? 'later' : 'earlier'}.`
        : '',
    measure: action.measure ?? '',
    updates,
    banner: options.banner?.text ?? '',
    bannerStyle: options.banner?.tone ?? 'default',
    canEdit,
    showComplete: action.status !== 'complete',
    canVerifyNow: awaiting && canVerify(viewer, action, areas),
    notAllowedText: canEdit
      ? ''
      : viewer || options.audience === 'everyone'
        ? `Only ${whoMayUpdate(action, people, areas)} can update ${action.ref}.`
        : "You're not on the plan's people list, so you can read this action but not update it.",
    statusChoices: ACTION_STATUSES.map((status) => ({ title: STATUS_LABELS[status], value: status })),
    draft: {
      status: options.draft?.status || action.status,
      note: options.draft?.note ?? '',
      due: options.draft?.due || action.due,
      reason: options.draft?.reason ?? '',
    },
    minDue: options.today,
    basis: { status: action.status, due: action.due, owner: action.owner },
    refreshUserIds,
    question: options.back?.question ?? '',
    page: options.back?.page ?? 1,
    fallbackText: `${options.banner ? `${options.banner.text}\n` : ''}${actionLine(view)}`,
    speak: `Action ${action.ref}: ${action.title}. ${statusText}.`,
  };
  return expand('actionDetail', data);
}

function formatDateTime(timestamp: string): string {
  return new Date(timestamp).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}

export function renderSummaryCard(answer: Extract<Answer, { intent: 'summary' }>, planName: string, asOf: string): AdaptiveCard {
  const label = (summary: AreaSummary): string => `${summary.area.number} · ${summary.area.shortTitle}`;
  return expand('summary', {
    planName,
    asOf: formatDate(asOf),
    // Numbers are bound as text: the renderer drops a TextBlock whose text is a number.
    totals: Object.fromEntries(Object.entries(answer.totals).map(([key, value]) => [key, String(value)])),
    totalsText: `${answer.totals.total} actions, ${answer.totals.overdue} overdue.`,
    areas: answer.areas.map((summary) => ({
      label: label(summary),
      question: `What's outstanding in area ${summary.area.number}?`,
      red: String(summary.red),
      amber: String(summary.amber),
      green: String(summary.green),
      complete: String(summary.complete),
    })),
    fallbackText: answerText(answer),
    speak: `${answer.totals.red} red, ${answer.totals.amber} amber, ${answer.totals.green} green.`,
  });
}

export type MessageCardData = {
  heading: string;
  paragraphs: string[];
  buttonsIntro?: string;
  buttons?: Array<{ title: string; question: string }>;
};

/** A short message with optional buttons that ask a question for the person. */
export function renderMessageCard(message: MessageCardData): AdaptiveCard {
  const text = [message.heading, ...message.paragraphs].join('\n');
  return expand('message', {
    heading: message.heading,
    paragraphs: message.paragraphs.map((paragraph) => ({ text: paragraph })),
    buttonsIntro: message.buttonsIntro ?? '',
    buttons: message.buttons ?? [],
    fallbackText: text,
    speak: message.heading,
  });
}

export function renderHelpCard(heading = 'What I can answer'): AdaptiveCard {
  return renderMessageCard({
    heading,
    paragraphs: [
      'Ask about the improvement plan in your own words: an area, a topic, a person, a status, a date or a committee meeting.',
      'Every answer says how I read your question, so you can check it.',
      `You can also ask: ${MORE_EXAMPLES.map((question) => `"${question}"`).join(', ')}.`,
    ],
    buttonsIntro: 'Try one of these:',
    buttons: HELP_EXAMPLES.map((question) => ({ title: question, question })),
  });
}

export function renderAnswerCard(answer: Answer, context: { question: string; page?: number; facts: PlanFacts; planName: string; asOf: string; viewer: Person | undefined }): AdaptiveCard {
  switch (answer.intent) {
    case 'list_actions':
      return renderActionListCard(answer, context.question, context.page);
    case 'action_detail':
      return renderActionDetailCard(answer.action, { viewer: context.viewer, people: context.facts.people, areas: context.facts.areas, today: context.asOf });
    case 'summary':
      return renderSummaryCard(answer, context.planName, context.asOf);
    case 'help':
      return renderHelpCard();
    case 'clarify_person':
      return renderMessageCard({
        heading: answer.reading,
        paragraphs: [],
        buttonsIntro: 'Choose one:',
        buttons: answer.candidates.map((candidate) => ({ title: `${candidate.name}, ${candidate.jobTitle}`, question: candidate.question })),
      });
    case 'unknown':
      return renderMessageCard({
        heading: answer.reading,
        paragraphs:
          answer.reason === 'no_topic_match'
            ? ["I haven't listed anything rather than guess."]
            : answer.reason === 'too_long'
              ? [`Questions can be up to ${MAX_QUESTION_LENGTH.toLocaleString('en-GB')} characters. Ask me a short question about the plan, for example "what's overdue?".`]
              : answer.reason === 'no_words'
                ? ['Ask me a short question about the plan, for example "what\'s overdue?".']
                : [],
        buttonsIntro: answer.suggestedAreas.length > 0 ? 'The closest areas of the plan:' : 'You could try:',
        buttons: [
          ...answer.suggestedAreas.map((area) => ({ title: `${area.number} · ${area.shortTitle}`, question: `What's outstanding in area ${area.number}?` })),
          { title: 'Summary of the plan', question: 'Summary' },
          { title: 'Help', question: 'Help' },
        ].slice(0, 5),
      });
  }
}
