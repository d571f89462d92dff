import { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, INVOKE_RESPONSE_KEY, type Storage, type TurnContext } from 'botbuilder';
import { cardActivity } from './activities';
import type { Logger } from '../logger';
import type { Person } from '../domain/model';
import { todayIn, type IsoDate } from '../domain/dates';
import { appError, toAppError, type AppError } from '../errors';
import type { PlanRepository, PlanView } from '../store/planRepository';
import type { PlanCache } from '../store/planCache';
import type { StateRepository } from '../store/stateRepository';
import { renderMessageCard, type AdaptiveCard } from '../cards/render';
import type { TrackerAdapter } from './adapter';
import { registerOutcomeRoutes } from './routes/outcomes';
import { CosmosTurnStateStorage } from './turnStateStorage';
import { rememberPersonalChat } from './references';
import { paceOutbound, withTimeout } from './outboundPace';
import { setRoute } from './turnLog';
import { registerWelcomeRoutes } from './routes/welcome';
import { registerCardRoutes } from './routes/cards';
import { registerMessageRoutes } from './routes/messages';

/** A reply the connector has not taken in this long is given up (its own retries included). */
const REPLY_TIMEOUT_MS = 10_000;

/** What the conversation remembers between turns (kept in Cosmos). */
export type ConversationMemory = {
  toldNotOnListAt?: string;
  referenceSavedAt?: string;
  /** After "post outcomes" with nothing attached, this person's next message is the minutes. */
  awaitingMinutesFrom?: string;
};
export type TrackerTurnState = TurnState<ConversationMemory>;
export type TrackerApp = Application<TrackerTurnState>;

/**
 * Turn state whose user scope lives for the turn only: the tracker keeps nothing per user between
 * turns (who someone is comes from the plan's people), so reading a user record on every turn
 * would be a Cosmos request for nothing. The scope itself stays, as the framework reads it.
 */
class ConversationOnlyTurnState extends TurnState<ConversationMemory> {
  private userKey: string | undefined;

  protected override async onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
    const keys = await super.onComputeStorageKeys(context);
    this.userKey = keys.user;
    return keys;
  }

  override load(context: TurnContext, storage?: Storage): Promise<boolean> {
    return super.load(context, storage && this.withoutUser(storage));
  }

  override save(context: TurnContext, storage?: Storage): Promise<void> {
    return super.save(context, storage && this.withoutUser(storage));
  }

  private withoutUser(storage: Storage): Storage {
    const kept = (key: string): boolean => key !== this.userKey;
    return {
      read: (keys) => storage.read(keys.filter(kept)),
      write: (changes) => storage.write(Object.fromEntries(Object.entries(changes).filter(([key]) => kept(key)))),
      delete: (keys) => storage.delete(keys.filter(kept)),
    };
  }
}

export type BotDeps = Readonly<{
  plans: PlanRepository;
  /** The plan held between turns, revalidated with one point read per turn. */
  planCache: PlanCache;
  state: StateRepository;
  planId: string;
  logger: Logger;
  /** The current time; tests fix it. */
  clock: () => Date;
  /** For proactive messages (committee summaries, owners' notices, digests). */
  adapter: TrackerAdapter;
  botAppId: string;
}>;

/** Everything a route needs about this turn: the plan, today, and who is asking. */
export type TurnPlan = Readonly<{ view: PlanView; today: IsoDate; person: Person | undefined }>;

export async function loadTurnPlan(context: TurnContext, deps: BotDeps): Promise<TurnPlan> {
  const view = await deps.planCache.view(deps.planId);
  if (!view) throw appError('UNAVAILABLE', 'The improvement plan has not been loaded yet. Please ask an administrator to load it.');
  const aadObjectId = context.activity.from?.aadObjectId;
  const person = aadObjectId ? view.people.find((candidate) => candidate.aadObjectId === aadObjectId) : undefined;
  return { view, today: todayIn(view.plan.timeZone, deps.clock()), person };
}

export { cardActivity } from './activities';

/** A polite card for a failure; the details go to the log, never to the person. */
export function errorCard(error: AppError): AdaptiveCard {
  return renderMessageCard({ heading: error.userMessage, paragraphs: [] });
}

export function logFailure(deps: BotDeps, context: TurnContext, error: AppError): void {
  const level = error.code === 'INTERNAL' || error.code === 'UNAVAILABLE' ? 'error' : 'info';
  deps.logger[level]({ code: error.code, err: error.cause ?? error, activityId: context.activity.id }, 'turn failed');
}

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
      if (turnContext.activity.deliveryMode === 'expectReplies' || activities.every((activity) => activity.type === ActivityTypes.InvokeResponse)) return next();
      await paceOutbound(turnContext.activity.conversation?.id);
      return withTimeout(next(), REPLY_TIMEOUT_MS);
    });
    if (!state.conversation.referenceSavedAt && (await rememberPersonalChat(context, deps.state))) {
      state.conversation.referenceSavedAt = deps.clock().toISOString();
    }
    return true;
  });

  // First match wins: lifecycle events, then card buttons, then free text.
  registerWelcomeRoutes(app, deps);
  registerOutcomeRoutes(app, deps);
  registerCardRoutes(app, deps);
  registerMessageRoutes(app, deps);

  // Failures outside a route (turn state unreadable: the database down) still get a polite answer;
  // a card button's answer goes in the invoke response, never as an empty 501.
  app.error(async (context, error) => {
    const failure = toAppError(error);
    logFailure(deps, context, failure);
    setRoute('error');
    if (context.activity.type === ActivityTypes.Message) {
      await context.sendActivity(cardActivity(errorCard(failure), failure.userMessage));
    } else if (context.activity.type === ActivityTypes.Invoke && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: errorCard(failure) } } });
    }
  });
  return app;
}
