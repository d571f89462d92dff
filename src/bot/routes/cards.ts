import type { TurnContext } from 'botbuilder';
import { answerFromView, factsOf } from '../../ask/askService';
import { viewAction } from '../../ask/answer';
import { CARD_VERBS, ShowPageDataSchema, ViewActionDataSchema } from '../../cards/verbs';
import { renderActionDetailCard, renderMessageCard, type AdaptiveCard } from '../../cards/render';
import { toAppError } from '../../errors';
import { errorCard, loadTurnPlan, logFailure, type BotDeps, type TrackerApp } from '../botApp';
import { setRoute } from '../turnLog';

const STALE_BUTTON = renderMessageCard({
  heading: "That button didn't work: the card may be out of date.",
  paragraphs: ['Ask your question again for an up-to-date card.'],
});

/** Runs a card verb, turning any failure into a polite card (an invoke must always answer). */
async function answerInvoke(context: TurnContext, deps: BotDeps, route: string, work: () => Promise<AdaptiveCard>): Promise<AdaptiveCard> {
  setRoute(route);
  try {
    return await work();
  } catch (error) {
    const failure = toAppError(error);
    logFailure(deps, context, failure);
    return errorCard(failure);
  }
}

export function registerCardRoutes(app: TrackerApp, deps: BotDeps): void {
  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.showPage, (context, _state, data) =>
    answerInvoke(context, deps, 'card:showPage', async () => {
      const parsed = ShowPageDataSchema.safeParse(data);
      if (!parsed.success) return STALE_BUTTON;
      const turn = await loadTurnPlan(context, deps);
      const result = answerFromView(turn.view, { text: parsed.data.question, asker: turn.person, today: turn.today, page: parsed.data.page });
      return result.card ?? STALE_BUTTON;
    }),
  );

  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.viewAction, (context, _state, data) =>
    answerInvoke(context, deps, 'card:viewAction', async () => {
      const parsed = ViewActionDataSchema.safeParse(data);
      if (!parsed.success) return STALE_BUTTON;
      const turn = await loadTurnPlan(context, deps);
      const action = turn.view.actions.find((candidate) => candidate.id === parsed.data.actionId);
      if (!action) return renderMessageCard({ heading: 'That action is no longer in the plan.', paragraphs: ['Ask your question again for an up-to-date list.'] });
      const facts = factsOf(turn.view);
      const back = parsed.data.question ? { question: parsed.data.question, page: parsed.data.page ?? 1 } : undefined;
      return renderActionDetailCard(viewAction(action, facts, turn.today), facts, back);
    }),
  );

  // Any other verb comes from a card this version no longer sends.
  app.adaptiveCards.actionExecute<unknown>(/.*/, (context) => answerInvoke(context, deps, 'card:unknown', async () => STALE_BUTTON));
}
