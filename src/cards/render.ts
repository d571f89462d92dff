import * as ACData from 'adaptivecards-templating';
import actionListTemplate from './templates/actionList.json';
import actionDetailTemplate from './templates/actionDetail.json';
import summaryTemplate from './templates/summary.json';
import messageTemplate from './templates/message.json';
import type { Rag } from '../domain/rules';
import { formatDate } from '../domain/dates';
import { STATUS_LABELS } from '../domain/rules';
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
    items: Array<{ id: string; ref: string; title: string; meta: string; overdueText: string; ragColor: string }>;
  }>;
};

function listHeading(answer: Extract<Answer, { intent: 'list_actions' }>): string {
  const n = answer.actions.length;
  const noun = `action${n === 1 ? '' : 's'}`;
  return answer.count ? `${n} ${noun}` : n === 0 ? 'No matching actions' : `${n} ${noun}`;
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
      meta: `${view.ownerName} · due ${formatDate(view.action.due)} · ${STATUS_LABELS[view.action.status]} · ${RAG_LABELS[view.rag]}`,
      overdueText: view.overdue ? ` · Overdue by ${view.daysOverdue} day${view.daysOverdue === 1 ? '' : 's'}` : '',
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
  ref: string;
  title: string;
  ragLabel: string;
  ragColor: string;
  areaLabel: string;
  ownerName: string;
  dueText: string;
  statusText: string;
  sourceText: string;
  measure: string;
  updates: Array<{ who: string; when: string; what: string }>;
  question: string;
  page: number;
  fallbackText: string;
  speak: string;
};

const MAX_UPDATES_SHOWN = 5;

export function renderActionDetailCard(view: ActionView, facts: Pick<PlanFacts, 'people'>, back?: { question: string; page: number }): AdaptiveCard {
  const { action } = view;
  const nameOf = (id: string): string => facts.people.find((person) => person.id === id)?.name ?? id;
  const sourceText =
    action.source.kind === 'plan'
      ? 'In the improvement plan'
      : view.meeting
        ? `Committee meeting, ${formatDate(view.meeting.date)}${action.source.minute ? `, minute ${action.source.minute}` : ''}`
        : `Committee meeting${action.source.minute ? `, minute ${action.source.minute}` : ''}`;
  const updates = [...action.updates]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, MAX_UPDATES_SHOWN)
    .map((update) => ({
      who: nameOf(update.by),
      when: formatDate(update.at.slice(0, 10)),
      what: [update.status ? `Status set to ${STATUS_LABELS[update.status].toLowerCase()}.` : '', update.note ?? ''].filter(Boolean).join(' '),
    }));
  const data: DetailCardData = {
    ref: action.ref,
    title: action.title,
    ragLabel: RAG_LABELS[view.rag],
    ragColor: RAG_COLORS[view.rag],
    areaLabel: `${action.area} · ${view.areaTitle}`,
    ownerName: view.ownerName,
    dueText: `${formatDate(action.due)}${view.overdue ? ` (overdue by ${view.daysOverdue} day${view.daysOverdue === 1 ? '' : 's'})` : ''}`,
    statusText: STATUS_LABELS[action.status],
    sourceText,
    measure: action.measure ?? '',
    updates,
    question: back?.question ?? '',
    page: back?.page ?? 1,
    fallbackText: actionLine(view),
    speak: `Action ${action.ref}: ${action.title}. ${STATUS_LABELS[action.status]}.`,
  };
  return expand('actionDetail', data);
}

export function renderSummaryCard(answer: Extract<Answer, { intent: 'summary' }>, planName: string, asOf: string): AdaptiveCard {
  const label = (summary: AreaSummary): string => `${summary.area.number} · ${summary.area.shortTitle}`;
  return expand('summary', {
    planName,
    asOf: formatDate(asOf),
    totals: answer.totals,
    totalsText: `${answer.totals.total} actions, ${answer.totals.overdue} overdue.`,
    areas: answer.areas.map((summary) => ({
      label: label(summary),
      question: `What's outstanding in area ${summary.area.number}?`,
      red: summary.red,
      amber: summary.amber,
      green: summary.green,
      complete: summary.complete,
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

export function renderAnswerCard(answer: Answer, context: { question: string; page?: number; facts: PlanFacts; planName: string; asOf: string }): AdaptiveCard {
  switch (answer.intent) {
    case 'list_actions':
      return renderActionListCard(answer, context.question, context.page);
    case 'action_detail':
      return renderActionDetailCard(answer.action, context.facts);
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
        paragraphs: answer.reason === 'no_topic_match' ? ["I haven't listed anything rather than guess."] : answer.reason === 'too_long' || answer.reason === 'no_words' ? ['Ask me a short question about the plan, for example "what\'s overdue?".'] : [],
        buttonsIntro: answer.suggestedAreas.length > 0 ? 'The closest areas of the plan:' : '',
        buttons: answer.suggestedAreas.map((area) => ({ title: `${area.number} · ${area.shortTitle}`, question: `What's outstanding in area ${area.number}?` })),
      });
  }
}
