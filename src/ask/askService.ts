import type { Person } from '../domain/model';
import { todayIn, type IsoDate } from '../domain/dates';
import { factsOf, type PlanView } from '../store/planRepository';
import { answerQuery, answerText, type Answer, type PlanFacts } from './answer';
import { buildLexicon, type Lexicon } from './lexicon';
import { parseQuestion } from './parseQuestion';
import { tokens } from './normalise';
import type { AskQuery } from './query';

export type AskResult = Readonly<{
  intent: AskQuery['intent'];
  actionIds: string[];
  text: string;
  answer: Answer;
  query: AskQuery;
  /** What the answer was drawn from, for whoever renders it. */
  facts: PlanFacts;
  today: IsoDate;
}>;

export type AskInput = Readonly<{
  text: string;
  /** The person asking, when known (for "my actions"). */
  asker: Person | undefined;
  /** Fixes "today"; defaults to today in the plan's time zone. */
  today?: IsoDate;
  page?: number;
}>;

// The lexicon is derived from the plan's words; it is rebuilt only when they change.
const lexiconCache = new Map<string, { source: PlanView; lexicon: Lexicon }>();

// The same view object (held between turns) has the same lexicon: no need to look at its words again.
const lexiconByView = new WeakMap<PlanView, Lexicon>();

function lexiconFor(view: PlanView): Lexicon {
  const known = lexiconByView.get(view);
  if (known) return known;
  const cached = lexiconCache.get(view.plan.id);
  const lexicon =
    cached && sameWords(cached.source, view) ? cached.lexicon : buildLexicon({ ...factsOf(view), planName: view.plan.name, council: view.plan.council });
  lexiconCache.set(view.plan.id, { source: view, lexicon });
  lexiconByView.set(view, lexicon);
  return lexicon;
}

/**
 * Whether two views of a plan have the same words for the lexicon. A held view caught up after a
 * save keeps every unchanged document by reference, so this is a pointer comparison per action
 * and a field comparison for the few that changed: a note saved on a 50,000-action plan does not
 * rebuild the lexicon, and a retitled action does.
 */
function sameWords(before: PlanView, after: PlanView): boolean {
  const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
  if (before.plan.name !== after.plan.name || before.plan.council !== after.plan.council || !same(before.plan.areas, after.plan.areas)) return false;
  if (!same(before.people, after.people) || !same(before.meetings, after.meetings)) return false;
  if (before.actions.length !== after.actions.length) return false;
  return before.actions.every((action, index) => {
    const other = after.actions[index];
    return other === action || (other !== undefined && other.id === action.id && other.title === action.title && other.measure === action.measure);
  });
}

/** Answers a question from an already-loaded plan. Pure apart from the lexicon cache. */
export function answerFromView(view: PlanView, input: AskInput): AskResult {
  const today = input.today ?? todayIn(view.plan.timeZone);
  const lexicon = lexiconFor(view);
  const query = parseQuestion(input.text, lexicon, { today, asker: input.asker, actions: view.actions, schoolCalendar: view.plan.schoolCalendar });
  const facts = factsOf(view);
  const answer = answerQuery(query, facts, today);
  const actionIds =
    answer.intent === 'list_actions' ? answer.matched.map((action) => action.id) : answer.intent === 'action_detail' ? [answer.action.action.id] : [];
  // A question that found one action by its words and asked a fact about it is answered as that action.
  const intent = answer.intent === 'unknown' && query.intent !== 'unknown' ? 'unknown' : answer.intent === 'action_detail' ? 'action_detail' : query.intent;
  return { intent, actionIds, text: answerText(answer), answer, query, facts, today };
}

/** The one person a phrase names ("Helen Marsh", "the PSW"), or why not. */
export function resolvePersonPhrase(view: PlanView, phrase: string): { kind: 'one'; person: Person } | { kind: 'many' } | { kind: 'none' } {
  const words = tokens(phrase);
  const match = lexiconFor(view).match(words, words[0] === 'the' ? 1 : 0);
  if (!match || match.slot.kind !== 'person' || match.end < words.length) return { kind: 'none' };
  const ids = match.slot.ids;
  const person = ids.length === 1 ? view.people.find((candidate) => candidate.id === ids[0]) : undefined;
  return person ? { kind: 'one', person } : ids.length > 1 ? { kind: 'many' } : { kind: 'none' };
}
