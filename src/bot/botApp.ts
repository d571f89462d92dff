import { Application } from '@microsoft/teams-ai';
import { ActivityTypes, DeliveryModes, INVOKE_RESPONSE_KEY } from 'botbuilder';
import { toAppError } from '../errors';
import { cardActivity } from './activities';
import { CosmosTurnStateStorage } from './turnStateStorage';
import { rememberPersonalChat } from './references';
import { paceOutbound, withTimeout } from './outboundPace';
import { setRoute } from './turnLog';
import { ConversationOnlyTurnState, errorCard, logFailure, noteAwaitingMinutes, type BotDeps, type TrackerApp, type TrackerTurnState } from './turn';
import { registerWelcomeRoutes } from './routes/welcome';
import { registerActionCardRoutes } from './routes/actionCards';
import { registerOutcomeMessageRoutes, registerOutcomeRoutes } from './routes/outcomes';
import { registerMeetingChatRoutes } from './routes/meetingChat';
import { registerCardRoutes, registerUnknownCardRoutes } from './routes/cards';
import { registerDigestMessageRoutes } from './routes/digest';
import { registerUpdateMessageRoutes } from './routes/updates';
import { registerQuestionRoutes } from './routes/questions';
import { registerReportMessageRoutes, registerReportRoutes } from './routes/reports';
import { registerReminderMessageRoutes } from './routes/reminders';
import { registerFollowMessageRoutes } from './routes/follow';
import { answerExtensionFailure, isExtensionInvoke, registerMessageExtensionRoutes } from './routes/messageExtensions';

export type { BotDeps, TrackerApp } from './turn';

/** A reply the connector has not taken in this long is given up (its own retries included). */
const REPLY_TIMEOUT_MS = 10_000;

export function createBotApplication(deps: BotDeps): TrackerApp {
  const app = new Application<TrackerTurnState>({
    adapter: deps.adapter,
    storage: new CosmosTurnStateStorage(deps.state),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
    turnStateFactory: () => new ConversationOnlyTurnState(),
  });

  // The first turn in a personal chat stores how to reach the person later (digests, new actions).
  app.turn('beforeTurn', async (context, state) => {
    // The bot's own replies are paced like every other send to Teams, and bounded (the connector client retries them).
    context.onSendActivities(async (turnContext, activities, next) => {
      // Invoke answers and expected replies go back in the HTTP response: nothing is sent to Teams for them.
      if (
        turnContext.activity.deliveryMode === DeliveryModes.ExpectReplies ||
        activities.every((activity) => activity.type === (ActivityTypes.InvokeResponse as string))
      )
        return next();
      await paceOutbound(turnContext.activity.conversation?.id);
      return withTimeout(next(), REPLY_TIMEOUT_MS);
    });
    noteAwaitingMinutes(context, state);
    if (!state.conversation.referenceSavedAt && (await rememberPersonalChat(context, deps.state))) {
      state.conversation.referenceSavedAt = deps.clock().toISOString();
    }
    return true;
  });

  // The route table. Teams' activities are matched in this order and the first match wins; each
  // feature's routes are in its own file under routes/.
  // Lifecycle: installed, added to a chat or team (welcome.ts).
  registerWelcomeRoutes(app, deps);
  // Card buttons, by verb: an action's card (actionCards.ts), a meeting's outcomes and the
  // committee's channel (outcomes.ts), a long answer's pages (cards.ts), then any verb or invoke
  // this version does not send (cards.ts).
  registerActionCardRoutes(app, deps);
  registerOutcomeRoutes(app, deps);
  // The message extension: search and share, link unfurling, "Add as action" (messageExtensions.ts).
  registerMessageExtensionRoutes(app, deps);
  // Confirming which actions the committee closed, and Teams' file consent for a document (reports.ts).
  registerReportRoutes(app, deps);
  registerCardRoutes(app, deps);
  registerUnknownCardRoutes(app, deps);
  // Messages: the minutes the bot asked for, and "post outcomes" (outcomes.ts); "action:" lines in a
  // meeting's chat, and the meeting's end (meetingChat.ts); "digest", "digest off", "send my digest
  // on Fridays" (digest.ts); "mark 7.2 complete", "move 7.2 to ... because ..." (updates.ts); and
  // anything else, a question (questions.ts).
  registerOutcomeMessageRoutes(app, deps);
  registerMeetingChatRoutes(app, deps);
  // "action log", "progress report", "record closures" (reports.ts).
  registerReportMessageRoutes(app, deps);
  registerDigestMessageRoutes(app, deps);
  // "reminders off", "remind me 3 days before" (reminders.ts).
  registerReminderMessageRoutes(app, deps);
  // "follow area 7", "unfollow 7.2", "what do I follow?" (follow.ts).
  registerFollowMessageRoutes(app, deps);
  registerUpdateMessageRoutes(app, deps);
  registerQuestionRoutes(app, deps);

  // Failures outside a route (turn state unreadable: the database down) still get a polite answer;
  // a card button's answer goes in the invoke response, never as an empty 501.
  app.error(async (context, error) => {
    const failure = toAppError(error);
    logFailure(deps, context, failure);
    setRoute('error');
    if (isExtensionInvoke(context)) {
      await answerExtensionFailure(context, failure.userMessage);
    } else if (context.activity.type === (ActivityTypes.Message as string)) {
      await context.sendActivity(cardActivity(errorCard(failure), failure.userMessage));
    } else if (context.activity.type === (ActivityTypes.Invoke as string) && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: errorCard(failure) } },
      });
    }
  });
  return app;
}
