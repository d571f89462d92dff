import { answerWithCard } from '../../cards/askCards';
import { renderMessageCard } from '../../cards/render';
import { cardActivity } from '../activities';
import { isMessage, loadTurnPlan, messageTextOf, type BotDeps, type TrackerApp } from '../turn';
import { setRoute } from '../turnLog';
import { guarded } from './guarded';

const NOT_ON_LIST = "You're not on the plan's people list yet, so you can read everything but can't update actions. An administrator can add you.";

/** The last message routes: a message with nothing to read, then everything else, answered as a question. */
export function registerQuestionRoutes(app: TrackerApp, deps: BotDeps): void {
  app.message(
    (context) => Promise.resolve(isMessage(context) && !messageTextOf(context)),
    async (context) => {
      setRoute('submit');
      const heading =
        context.activity.value !== undefined
          ? "That button isn't one I recognise. It may be from an older card."
          : 'Ask me a question about the improvement plan.';
      await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs: ['Type "help" to see what I can answer.'] }), heading));
    },
  );

  app.message(
    (context) => Promise.resolve(isMessage(context)),
    guarded(deps, async (context, state) => {
      const turn = await loadTurnPlan(context, deps);
      setRoute('ask');
      const result = answerWithCard(turn.view, { text: messageTextOf(context), asker: turn.person, today: turn.today });
      setRoute(`ask:${result.intent}`);
      if (!turn.person && !state.conversation.toldNotOnListAt) {
        state.conversation.toldNotOnListAt = deps.clock().toISOString();
        await context.sendActivity(NOT_ON_LIST);
      }
      if (result.card) await context.sendActivity(cardActivity(result.card, result.text));
      else await context.sendActivity(result.text);
    }),
  );
}
