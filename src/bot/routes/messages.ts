import { ActivityTypes } from 'botbuilder';
import { answerFromView } from '../../ask/askService';
import { renderMessageCard } from '../../cards/render';
import { toAppError } from '../../errors';
import { cardActivity, errorCard, loadTurnPlan, logFailure, type BotDeps, type TrackerApp } from '../botApp';
import { setRoute } from '../turnLog';

const NOT_ON_LIST =
  "You're not on the plan's people list yet, so you can read everything but can't update actions. An administrator can add you.";

export function registerMessageRoutes(app: TrackerApp, deps: BotDeps): void {
  app.activity(ActivityTypes.Message, async (context, state) => {
    const text = (context.activity.text ?? '').trim();
    if (!text) {
      setRoute('submit');
      // Our buttons ask questions as text; a bare form submit is from a card we no longer send.
      const heading = context.activity.value !== undefined ? "That button isn't one I recognise. It may be from an older card." : 'Ask me a question about the improvement plan.';
      await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs: ['Type "help" to see what I can answer.'] }), heading));
      return;
    }
    setRoute('ask');
    try {
      const turn = await loadTurnPlan(context, deps);
      const result = answerFromView(turn.view, { text, asker: turn.person, today: turn.today });
      setRoute(`ask:${result.intent}`);
      if (!turn.person && !state.conversation.toldNotOnListAt) {
        state.conversation.toldNotOnListAt = deps.clock().toISOString();
        await context.sendActivity(NOT_ON_LIST);
      }
      if (result.card) await context.sendActivity(cardActivity(result.card, result.text));
      else await context.sendActivity(result.text);
    } catch (error) {
      const failure = toAppError(error);
      logFailure(deps, context, failure);
      await context.sendActivity(cardActivity(errorCard(failure), failure.userMessage));
    }
  });
}
