import { ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { resolvePersonPhrase } from '../../ask/askService';
import { answerWithCard } from '../../cards/askCards';
import { parseUpdateCommand, type UpdateCommand } from '../../ask/parseCommand';
import { renderMessageCard } from '../../cards/render';
import { toAppError } from '../../errors';
import { updateAction } from '../../updates/updateAction';
import { errorCard, loadTurnPlan, logFailure, type BotDeps, type TrackerApp, type TrackerTurnState, type TurnPlan } from '../turn';
import { cardActivity } from '../activities';
import { setRoute } from '../turnLog';
import { outcomeCard, refreshUsersFor } from './actionCards';
import { handleDigestCommand } from './digest';
import { captureMeetingChatActions, handlePostOutcomes, messageTextWithLines, afterPostOutcomes, previewOutcomes } from './outcomes';
import { requestIdOf } from './invokes';

const NOT_ON_LIST = "You're not on the plan's people list yet, so you can read everything but can't update actions. An administrator can add you.";

/** Our "ask this" buttons submit the question as data. */
const AskButtonSchema = z.object({ question: z.string().trim().min(1).max(1000) });

async function runCommand(context: TurnContext, deps: BotDeps, turn: TurnPlan, command: UpdateCommand): Promise<void> {
  setRoute('update:words');
  const action = turn.view.actions.find((candidate) => candidate.ref === command.ref);
  if (!action) {
    await context.sendActivity(
      cardActivity(
        renderMessageCard({ heading: `There is no action ${command.ref} in the plan.`, paragraphs: ['Nothing was changed.'] }),
        `There is no action ${command.ref}.`,
      ),
    );
    return;
  }
  if (command.problem) {
    const heading =
      command.problem === 'unreadable_date'
        ? `I couldn't read "${command.problemText ?? ''}" as a date. Try "move ${command.ref} to 30 April because ...". Nothing was changed.`
        : command.problem === 'ambiguous_person'
          ? `"${command.problemText ?? ''}" fits more than one person. Use their full name. Nothing was changed.`
          : `I couldn't find "${command.problemText ?? ''}" on the plan's people list. Nothing was changed.`;
    await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs: [] }), heading));
    return;
  }
  const outcome = await updateAction(
    deps.plans,
    deps.planId,
    action.id,
    {
      requestId: requestIdOf(context),
      status: command.status,
      note: command.note,
      due: command.due,
      reason: command.reason,
      owner: command.owner,
      verify: command.verify,
    },
    { actor: turn.person, people: turn.view.people, areas: turn.view.plan.areas, today: turn.today, now: deps.clock().toISOString() },
  );
  const summary =
    outcome.kind === 'refused' ? outcome.refusal.message : outcome.kind === 'not_found' ? 'That action is no longer in the plan.' : `Saved: ${action.ref}.`;
  const refreshUserIds = await refreshUsersFor(context, deps, turn, outcome.kind === 'not_found' ? undefined : outcome.action);
  await context.sendActivity(cardActivity(outcomeCard(turn, outcome, { refreshUserIds }), summary));
}

async function answer(context: TurnContext, state: TrackerTurnState, deps: BotDeps, text: string): Promise<void> {
  const turn = await loadTurnPlan(context, deps);
  if (state.conversation.awaitingMinutesFrom && state.conversation.awaitingMinutesFrom === context.activity.from?.id) {
    delete state.conversation.awaitingMinutesFrom;
    await previewOutcomes(context, deps, turn, messageTextWithLines(context) || text);
    return;
  }
  if (afterPostOutcomes(text) !== undefined) {
    await handlePostOutcomes(context, state, deps, turn, text);
    return;
  }
  if (await captureMeetingChatActions(context, deps, text)) return;
  if (await handleDigestCommand(context, deps, turn, text)) return;
  const command = parseUpdateCommand(text, turn.today, (phrase) => resolvePersonPhrase(turn.view, phrase));
  if (command) {
    await runCommand(context, deps, turn, command);
    return;
  }
  setRoute('ask');
  const result = answerWithCard(turn.view, { text, asker: turn.person, today: turn.today });
  setRoute(`ask:${result.intent}`);
  if (!turn.person && !state.conversation.toldNotOnListAt) {
    state.conversation.toldNotOnListAt = deps.clock().toISOString();
    await context.sendActivity(NOT_ON_LIST);
  }
  if (result.card) await context.sendActivity(cardActivity(result.card, result.text));
  else await context.sendActivity(result.text);
}

export function registerMessageRoutes(app: TrackerApp, deps: BotDeps): void {
  app.activity(ActivityTypes.Message, async (context, state) => {
    const typed = (context.activity.text ?? '').trim();
    const button = AskButtonSchema.safeParse(context.activity.value);
    const text =
      typed ||
      (button.success ? button.data.question : '') ||
      (state.conversation.awaitingMinutesFrom && (context.activity.attachments ?? []).length > 0 ? 'post outcomes' : '');
    if (!text) {
      setRoute('submit');
      const heading =
        context.activity.value !== undefined
          ? "That button isn't one I recognise. It may be from an older card."
          : 'Ask me a question about the improvement plan.';
      await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs: ['Type "help" to see what I can answer.'] }), heading));
      return;
    }
    try {
      await answer(context, state, deps, text);
    } catch (error) {
      const failure = toAppError(error);
      logFailure(deps, context, failure);
      await context.sendActivity(cardActivity(errorCard(failure), failure.userMessage));
    }
  });
}
