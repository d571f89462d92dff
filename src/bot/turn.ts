import { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { Person } from '../domain/model';
import { todayIn, type IsoDate } from '../domain/dates';
import { appError, type AppError } from '../errors';
import type { PlanRepository, PlanView } from '../store/planRepository';
import type { PlanCache } from '../store/planCache';
import type { StateRepository } from '../store/stateRepository';
import { renderMessageCard, type AdaptiveCard } from '../cards/render';
import type { TrackerAdapter } from './adapter';
import type { ReportLinks } from '../web/reportLinks';

/**
 * What every route shares: the turn's state and dependencies, the plan as this turn sees it,
 * and how a failure is answered. Routes import this, never the application that registers them.
 */
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
export class ConversationOnlyTurnState extends TurnState<ConversationMemory> {
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
  /** Where the product is reached (`https://<BOT_DOMAIN>`, or `http://localhost:<port>` locally): action addresses start here. */
  publicBase: () => string;
  /** Signs the expiring links to documents given outside a personal chat. */
  reportLinks: ReportLinks;
}>;

/** Everything a route needs about this turn: the plan, today, and who is asking. */
export type TurnPlan = Readonly<{ view: PlanView; today: IsoDate; person: Person | undefined; base: string }>;

export async function loadTurnPlan(context: TurnContext, deps: BotDeps): Promise<TurnPlan> {
  const view = await deps.planCache.view(deps.planId);
  if (!view) throw appError('UNAVAILABLE', 'The improvement plan has not been loaded yet. Please ask an administrator to load it.');
  const aadObjectId = context.activity.from?.aadObjectId;
  const person = aadObjectId ? view.people.find((candidate) => candidate.aadObjectId === aadObjectId) : undefined;
  return { view, today: todayIn(view.plan.timeZone, deps.clock()), person, base: deps.publicBase() };
}

/** A polite card for a failure; the details go to the log, never to the person. */
export function errorCard(error: AppError): AdaptiveCard {
  return renderMessageCard({ heading: error.userMessage, paragraphs: [] });
}

export function logFailure(deps: BotDeps, context: TurnContext, error: AppError): void {
  const level = error.code === 'INTERNAL' || error.code === 'UNAVAILABLE' ? 'error' : 'info';
  deps.logger[level]({ code: error.code, err: error.cause ?? error, activityId: context.activity.id }, 'turn failed');
}

/** Set before routing, from the conversation's state: this person's next message is the minutes. */
const AWAITING_MINUTES = Symbol('awaiting minutes');

export function noteAwaitingMinutes(context: TurnContext, state: TrackerTurnState): void {
  context.turnState.set(
    AWAITING_MINUTES,
    Boolean(state.conversation.awaitingMinutesFrom && state.conversation.awaitingMinutesFrom === context.activity.from?.id),
  );
}

export function isAwaitingMinutes(context: TurnContext): boolean {
  return context.turnState.get(AWAITING_MINUTES) === true;
}

export function isMessage(context: TurnContext): boolean {
  return context.activity.type === (ActivityTypes.Message as string);
}

/** Our "ask this" buttons submit the question as data. */
const AskButtonSchema = z.object({ question: z.string().trim().min(1).max(1000) });

/**
 * What a message says: the words typed, else the question an "ask this" button carries, else
 * (a file sent when the bot asked for the minutes) "post outcomes". Every message route reads it.
 */
export function messageTextOf(context: TurnContext): string {
  const typed = (context.activity.text ?? '').trim();
  const button = AskButtonSchema.safeParse(context.activity.value);
  return (
    typed ||
    (button.success ? button.data.question : '') ||
    (isAwaitingMinutes(context) && (context.activity.attachments ?? []).length > 0 ? 'post outcomes' : '')
  );
}
