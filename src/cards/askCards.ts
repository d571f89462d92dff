import { answerFromView, type AskInput, type AskResult } from '../ask/askService';
import { appError } from '../errors';
import type { PlanRepository, PlanView } from '../store/planRepository';
import { renderAnswerCard, type AdaptiveCard } from './render';

export type AnsweredWithCard = AskResult & Readonly<{ card: AdaptiveCard | null }>;

/** A question answered from a held plan, and the card that shows the answer (the bot's and the CLI's). */
export function answerWithCard(view: PlanView, input: AskInput): AnsweredWithCard {
  const result = answerFromView(view, input);
  const card = renderAnswerCard(result.answer, {
    question: input.text,
    page: input.page,
    facts: result.facts,
    planName: view.plan.name,
    asOf: result.today,
    viewer: input.asker,
  });
  return { ...result, card };
}

/** The whole ask pipeline: load the plan from Cosmos, understand the question, answer with a card. */
export async function askQuestion(repository: PlanRepository, planId: string, input: AskInput): Promise<AnsweredWithCard> {
  const view = await repository.loadPlanView(planId);
  if (!view) throw appError('NOT_FOUND', 'The improvement plan has not been loaded yet. Ask an administrator to load it.');
  return answerWithCard(view, input);
}
