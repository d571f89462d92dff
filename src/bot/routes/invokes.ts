import { createHash } from 'node:crypto';
import { ActivityTypes, CardFactory, INVOKE_RESPONSE_KEY, MessageFactory, type TurnContext } from 'botbuilder';
import { renderMessageCard, type AdaptiveCard } from '../../cards/render';
import { toAppError } from '../../errors';
import { errorCard, logFailure, type BotDeps } from '../turn';
import { setRoute } from '../turnLog';
import { OUTBOUND_TIMEOUT_MS, paceOutbound, withTimeout } from '../outboundPace';

export const STALE_BUTTON = renderMessageCard({
  heading: "That button didn't work: the card may be out of date.",
  paragraphs: ['Ask your question again for an up-to-date card.'],
});

/** The card to answer with, and optionally a card to put in the message for everyone. */
export type InvokeAnswer = AdaptiveCard | Readonly<{ type: 'shared'; card: AdaptiveCard; forEveryone: AdaptiveCard }>;

/**
 * Runs a card verb and answers the invoke itself, turning any failure into a polite card (an
 * invoke must always answer). The answer replaces the card for the person who pressed the button;
 * `forEveryone` also updates the message for the whole conversation (after a save), so the
 * owner's and lead's copies can refresh. Failing to update the message never undoes a save.
 */
export async function answerInvoke(context: TurnContext, deps: BotDeps, route: string, work: () => Promise<InvokeAnswer>): Promise<AdaptiveCard> {
  setRoute(route);
  let answer: InvokeAnswer;
  try {
    answer = await work();
  } catch (error) {
    const failure = toAppError(error);
    logFailure(deps, context, failure);
    answer = errorCard(failure);
  }
  const card = answer.type === 'shared' ? answer.card : answer;
  // In a personal chat the only other viewer is the same person: updating the message as well
  // would race the invoke's answer, and the client may draw the shared copy over their own.
  const shared = answer.type === 'shared' && context.activity.conversation?.conversationType !== 'personal';
  if (answer.type === 'shared' && shared && context.activity.replyToId) {
    try {
      const message = MessageFactory.attachment(CardFactory.adaptiveCard(answer.forEveryone));
      message.summary = typeof answer.forEveryone.fallbackText === 'string' ? answer.forEveryone.fallbackText.slice(0, 200) : 'Updated';
      // Paced with every other send to Teams, and bounded: a slow connector must not hold back the answer.
      await paceOutbound(context.activity.conversation?.id);
      await withTimeout(context.updateActivity({ ...message, id: context.activity.replyToId }), OUTBOUND_TIMEOUT_MS);
    } catch (error) {
      deps.logger.warn({ err: error, activityId: context.activity.id }, 'could not update the card for everyone');
    }
  }
  // Answering here stops teams-ai from choosing for us (it would update the message for everyone whenever a card can refresh).
  if (!context.turnState.get(INVOKE_RESPONSE_KEY)) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
    });
  }
  return card;
}

/**
 * Identifies a request so that Teams delivering it twice changes the action once: the activity
 * id when there is one, else a digest of who sent what.
 */
export function requestIdOf(context: TurnContext): string {
  const { id, from, text } = context.activity;
  const value: unknown = context.activity.value;
  if (id) return `activity:${id}`;
  return `digest:${createHash('sha256')
    .update(JSON.stringify([from?.id, value, text]))
    .digest('hex')
    .slice(0, 32)}`;
}
