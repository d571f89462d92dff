import {
  ActivityTypes,
  CardFactory,
  INVOKE_RESPONSE_KEY,
  type MessagingExtensionAttachment,
  type MessagingExtensionResult,
  type TurnContext,
} from 'botbuilder';
import type { TaskModuleTaskInfo } from 'botbuilder';
import { answerFromView } from '../../ask/askService';
import { viewAction } from '../../ask/answer';
import { ragInWords } from '../../domain/rules';
import { renderNewActionCard, type AdaptiveCard } from '../../cards/render';
import { AddAsActionDataSchema } from '../../cards/verbs';
import { formatDate } from '../../domain/dates';
import type { Action } from '../../domain/model';
import { suggestArea } from '../../minutes/matchOwner';
import { textFromHtml } from '../../minutes/fromHtml';
import { factsOf } from '../../store/planRepository';
import { toAppError } from '../../errors';
import { canCreateActions, createAction } from '../../updates/createAction';
import { refOfAddress } from '../../web/links';
import { loadTurnPlan, logFailure, type BotDeps, type TrackerApp, type TurnPlan } from '../turn';
import { setRoute } from '../turnLog';
import { detailCard, refreshPeopleOf } from './actionCards';
import { teamsUserIdMap } from '../references';
import { requestIdOf } from './invokes';

/** The search command's id and parameter (contracts in the manifest and the design). */
export const SEARCH_COMMAND = 'searchActions';
export const SEARCH_PARAMETER = 'query';
/** The action command on a message: "Add as action". */
export const ADD_ACTION_COMMAND = 'addAsAction';

/** Teams shows at most 25 results a page. */
const MAX_RESULTS = 25;
const PREVIEW_TEXT_LIMIT = 200;

const message = (text: string): MessagingExtensionResult => ({ type: 'message', text });

/** Runs a message extension handler, turning any failure into a polite, true message (never a stack trace). */
async function safely<T>(context: TurnContext, deps: BotDeps, route: string, work: () => Promise<T>, onFailure: (text: string) => T): Promise<T> {
  setRoute(route);
  try {
    return await work();
  } catch (error) {
    const failure = toAppError(error);
    logFailure(deps, context, failure);
    return onFailure(failure.userMessage);
  }
}

/** Actions as search results: the live card to insert, and a short preview for the list. Each person's Teams id is read once. */
async function resultsFor(context: TurnContext, deps: BotDeps, turn: TurnPlan, actions: readonly Action[]): Promise<MessagingExtensionAttachment[]> {
  const ids = await teamsUserIdMap(
    deps.state,
    turn.view.people,
    actions.flatMap((action) => refreshPeopleOf(turn, action)),
    context.activity.from,
  );
  const facts = factsOf(turn.view);
  return actions.map((action) => {
    const view = viewAction(action, facts, turn.today);
    const refreshUserIds = refreshPeopleOf(turn, action).flatMap((personId) => ids.get(personId) ?? []);
    // The card goes into a conversation many people see: the copy for everyone, which opens each viewer's own.
    const card = detailCard({ ...turn, person: undefined }, action, { audience: 'everyone', refreshUserIds });
    const preview = CardFactory.thumbnailCard(
      `${action.ref} ${action.title}`.slice(0, PREVIEW_TEXT_LIMIT),
      `${view.ownerName} · due ${formatDate(action.due)} · ${ragInWords(view.rag, view.ragReason)}`.slice(0, PREVIEW_TEXT_LIMIT),
    );
    return { ...CardFactory.adaptiveCard(card), preview };
  });
}

function cardResult(attachments: MessagingExtensionAttachment[]): MessagingExtensionResult {
  return { type: 'result', attachmentLayout: 'list', attachments };
}

/** The actions a search names, in the same plain English as the bot; an empty search is the person's own outstanding actions. */
function searchedActions(turn: TurnPlan, text: string): { actions: Action[]; said?: string } {
  const question = text.trim() || 'my outstanding actions';
  if (!text.trim() && !turn.person)
    return {
      actions: [],
      said: "You're not on the plan's people list, so there are no actions of yours to show. Search for any action by its words or number.",
    };
  const result = answerFromView(turn.view, { text: question.slice(0, 500), asker: turn.person, today: turn.today });
  if (result.answer.intent !== 'list_actions' && result.answer.intent !== 'action_detail') {
    return {
      actions: [],
      said:
        result.answer.intent === 'unknown'
          ? result.text.split('\n')[0]
          : 'Search for actions by their words, number, owner or status, such as "overdue life story" or "7.2".',
    };
  }
  const byId = new Map(turn.view.actions.map((action) => [action.id, action]));
  const actions = result.actionIds.flatMap((id) => byId.get(id) ?? []);
  return actions.length > 0 ? { actions } : { actions, said: `Nothing matches. ${result.text.split('\n')[0] ?? ''}`.trim() };
}

/** The words of the message "Add as action" was chosen on: its plain text, or its HTML read as text. */
function messageWords(context: TurnContext): string {
  const value = context.activity.value as { messagePayload?: { body?: { content?: unknown; contentType?: unknown } } } | undefined;
  const body = value?.messagePayload?.body;
  const content = typeof body?.content === 'string' ? body.content.slice(0, 100_000) : '';
  const text = body?.contentType === 'html' ? textFromHtml(content) : content;
  return text.replace(/\s+/g, ' ').trim();
}

function dialog(card: AdaptiveCard): TaskModuleTaskInfo {
  return { title: 'Add as action', width: 'medium', height: 'medium', card: CardFactory.adaptiveCard(card) };
}

/** A dialog that only says why (Teams shows the words as a message): "Add as action" always answers. */
const notice = (text: string): string => text;

/**
 * The message extension: search and share any action into any conversation, unfurl the bot's own
 * action addresses into their live cards, and "Add as action" on a message. Every answer is
 * computed on the server with the same rules as the bot's chat.
 */
export function registerMessageExtensionRoutes(app: TrackerApp, deps: BotDeps): void {
  app.messageExtensions.query(SEARCH_COMMAND, (context, _state, query) =>
    safely(
      context,
      deps,
      'extension:search',
      async () => {
        const said: unknown = query.parameters[SEARCH_PARAMETER];
        const text = typeof said === 'string' ? said : '';
        const turn = await loadTurnPlan(context, deps);
        const found = searchedActions(turn, text);
        if (found.actions.length === 0) return message(found.said ?? 'Nothing matches.');
        const skip = Math.max(0, Math.min(Number(query.skip) || 0, found.actions.length));
        const count = Math.max(1, Math.min(Number(query.count) || MAX_RESULTS, MAX_RESULTS));
        const page = found.actions.slice(skip, skip + count);
        return cardResult(await resultsFor(context, deps, turn, page));
      },
      message,
    ),
  );

  // A pasted address of one of our actions becomes its live card.
  app.messageExtensions.queryLink((context, _state, url) =>
    safely(
      context,
      deps,
      'extension:link',
      async () => {
        const turn = await loadTurnPlan(context, deps);
        const ref = typeof url === 'string' ? refOfAddress(url, turn.base) : undefined;
        const action = ref ? turn.view.actions.find((candidate) => candidate.ref === ref) : undefined;
        if (!action) return message(ref ? `There is no action ${ref} in the plan.` : "That isn't an address of an action in the plan.");
        return cardResult(await resultsFor(context, deps, turn, [action]));
      },
      message,
    ),
  );

  app.messageExtensions.fetchTask(ADD_ACTION_COMMAND, (context) =>
    safely(
      context,
      deps,
      'extension:addForm',
      async () => {
        const turn = await loadTurnPlan(context, deps);
        if (!canCreateActions(turn.person)) return notice('Only managers, clerks and admins can add actions to the plan.');
        const title = messageWords(context);
        const area = suggestArea(title, turn.view.plan.areas);
        return dialog(
          renderNewActionCard(
            { title, ...(area !== undefined ? { area } : {}), requestId: requestIdOf(context), today: turn.today },
            turn.view.people,
            turn.view.plan.areas,
          ),
        );
      },
      notice,
    ),
  );

  app.messageExtensions.submitAction<Record<string, unknown>>(ADD_ACTION_COMMAND, (context, _state, data) =>
    safely<MessagingExtensionResult | TaskModuleTaskInfo | string>(
      context,
      deps,
      'extension:add',
      async () => {
        const parsed = AddAsActionDataSchema.safeParse(data);
        if (!parsed.success) return notice("That form didn't come through as expected. Nothing was added; please try again.");
        const turn = await loadTurnPlan(context, deps);
        const input = parsed.data;
        const outcome = await createAction(
          deps.plans,
          turn.view,
          {
            requestId: `add:${input.requestId}`,
            title: input.title,
            owner: input.owner,
            due: input.due,
            area: input.area ?? 0,
            origin: 'from a message in Teams',
          },
          { actor: turn.person, today: turn.today, now: deps.clock().toISOString() },
        );
        if (outcome.kind === 'refused') {
          if (!canCreateActions(turn.person)) return notice(outcome.problems.join(' '));
          // The form again, with what they typed and what to fix.
          return dialog(
            renderNewActionCard(
              {
                title: input.title,
                owner: input.owner,
                due: input.due,
                ...(input.area ? { area: input.area } : {}),
                problems: [...outcome.problems, 'Nothing was added.'],
                requestId: input.requestId,
                today: turn.today,
              },
              turn.view.people,
              turn.view.plan.areas,
            ),
          );
        }
        const view = { ...turn.view, actions: [...turn.view.actions.filter((action) => action.id !== outcome.action.id), outcome.action] };
        return cardResult(await resultsFor(context, deps, { ...turn, view }, [outcome.action]));
      },
      notice,
    ),
  );
}

/** Whether this activity is a message extension invoke (its failures are answered in its own shape). */
export function isExtensionInvoke(context: TurnContext): boolean {
  return context.activity.type === (ActivityTypes.Invoke as string) && (context.activity.name ?? '').startsWith('composeExtension/');
}

/** A failure before any route ran (the turn state unreadable), answered as the message extension expects. */
export async function answerExtensionFailure(context: TurnContext, text: string): Promise<void> {
  if (context.turnState.get(INVOKE_RESPONSE_KEY)) return;
  const task = /fetchTask|submitAction/.test(context.activity.name ?? '');
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: task ? { task: { type: 'message', value: text } } : { composeExtension: message(text) } },
  });
}
