import type { TurnContext } from 'botbuilder';
import { toAppError } from '../../errors';
import { cardActivity } from '../activities';
import { errorCard, logFailure, type BotDeps, type TrackerTurnState } from '../turn';

/** A message route whose failure is answered with a polite card in the conversation, and logged. */
export function guarded(
  deps: BotDeps,
  handler: (context: TurnContext, state: TrackerTurnState) => Promise<void>,
): (context: TurnContext, state: TrackerTurnState) => Promise<void> {
  return async (context, state) => {
    try {
      await handler(context, state);
    } catch (error) {
      const failure = toAppError(error);
      logFailure(deps, context, failure);
      await context.sendActivity(cardActivity(errorCard(failure), failure.userMessage));
    }
  };
}
