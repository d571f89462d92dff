import { STATUS_LABELS } from '../domain/rules';
import { formatDate } from '../domain/dates';
import { isAwaitingVerification } from '../domain/changes';
import { answerText, viewsOf, type Answer } from '../ask/answer';
import type { TemplateData } from './templateData';
import { AdaptiveCard, FALLBACK_LIMIT, LIST_TEXT_LIMIT, PAGE_SIZE, RAG_COLORS, RAG_LABELS, clip, expand } from './cardKit';

export type ListCardData = TemplateData<'actionList'>;

const HEADING_STATUS: Record<string, string> = {
  outstanding: 'outstanding',
  overdue: 'overdue',
  blocked: 'blocked',
  not_started: 'not started',
  in_progress: 'in progress',
  complete: 'completed',
  cancelled: 'cancelled',
  red: 'red-rated',
  amber: 'amber-rated',
  green: 'green-rated',
  any: '',
};

/** "4 outstanding actions", "No overdue actions". */
function listHeading(answer: Extract<Answer, { intent: 'list_actions' }>): string {
  const n = answer.matched.length;
  const statuses = answer.query.filter.statuses;
  const word = statuses.length === 1 ? (HEADING_STATUS[statuses[0] ?? 'any'] ?? '') : '';
  const noun = `${word ? `${word} ` : ''}action${n === 1 ? '' : 's'}`;
  return n === 0 ? `No ${word ? `${word} ` : ''}actions` : `${n} ${noun}`;
}

export function renderActionListCard(answer: Extract<Answer, { intent: 'list_actions' }>, question: string, requestedPage = 1): AdaptiveCard {
  const pages = Math.max(1, Math.ceil(answer.matched.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const shown = viewsOf(answer, (page - 1) * PAGE_SIZE, page * PAGE_SIZE);
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
      title: clip(view.action.title, LIST_TEXT_LIMIT),
      meta: `${view.ownerName} · due ${formatDate(view.action.due)} · ${isAwaitingVerification(view.action) ? 'Complete, awaiting verification' : STATUS_LABELS[view.action.status]}`,
      ragText: view.ragReason ? `${RAG_LABELS[view.rag]}: ${view.ragReason}` : '',
      ragColor: RAG_COLORS[view.rag],
    });
  }
  const areaCount = new Set(answer.matched.map((action) => action.area)).size;
  const first = (page - 1) * PAGE_SIZE + 1;
  const data: ListCardData = {
    // A fact asked about the list ("who leads on life story work?") is its heading; the count is still shown below.
    heading: answer.fact ?? listHeading(answer),
    reading: answer.reading,
    question,
    page,
    pages,
    pageText: `Showing ${first}–${first + shown.length - 1} of ${answer.matched.length}`,
    showAreaHeadings: areaCount > 1,
    empty: answer.matched.length === 0,
    emptyText: 'Nothing matches that just now. Try widening it, for example without the date or the status.',
    fallbackText: clip(answerText(answer), FALLBACK_LIMIT),
    speak: `${listHeading(answer)}. ${answer.reading}.`,
    groups,
  };
  return expand('actionList', data);
}
