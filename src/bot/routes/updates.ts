import type { TurnContext } from 'botbuilder';
import { resolvePersonPhrase } from '../../ask/askService';
import { renderMessageCard } from '../../cards/render';
import { parseUpdateCommand, type UpdateCommand } from '../../updates/parseUpdateCommand';
import { reopenAction, updateAction } from '../../updates/updateAction';
import { cardActivity } from '../activities';
import { isMessage, loadTurnPlan, messageTextOf, type BotDeps, type TrackerApp, type TurnPlan } from '../turn';
import { setRoute } from '../turnLog';
import { changeContextOf, detailCard, outcomeCard, refreshUsersFor } from './actionCards';
import { describeUpdate } from '../../domain/changes';
import { requestIdOf } from './invokes';
import { guarded } from './guarded';

/** Any day will do: the day changes what a date in the words means, not whether they ask for a change. */
const ANY_DAY = '2000-01-01';

/** Whether the words ask for a change ("mark 7.2 complete"); who or what date they name is read later, against the plan. */
function isUpdateCommand(text: string): boolean {
  return parseUpdateCommand(text, ANY_DAY, () => ({ kind: 'none' })) !== undefined;
}

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
  const outcome =
    command.reopen !== undefined
      ? await reopenAction(deps.plans, deps.planId, action.id, { requestId: requestIdOf(context), reason: command.reopen }, changeContextOf(deps, turn))
      : await updateAction(
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
            evidence: command.evidence,
            noEvidenceReason: command.noEvidenceReason,
            figure: command.figure,
          },
          changeContextOf(deps, turn),
        );
  const refreshUserIds = await refreshUsersFor(context, deps, turn, outcome.kind === 'not_found' ? undefined : outcome.action);
  // A reopening is the committee's decision, recorded by the clerk: it is changed back by closing again, not by Undo.
  if (outcome.kind === 'saved' && outcome.update.id && command.reopen === undefined) {
    // Words are easily misread: say what changed, and offer a way back.
    const what = describeUpdate(outcome.update, turn.view.people);
    const card = detailCard(turn, outcome.action, {
      refreshUserIds,
      banner: { text: `Saved. ${action.ref} is up to date. ${what}${outcome.notice ? ` ${outcome.notice}` : ''}`, tone: 'good' },
      undo: { updateId: outcome.update.id },
    });
    await context.sendActivity(cardActivity(card, `Saved. ${action.ref} is up to date. ${what}`));
    return;
  }
  const summary =
    outcome.kind === 'refused' ? outcome.refusal.message : outcome.kind === 'not_found' ? 'That action is no longer in the plan.' : `Saved: ${action.ref}.`;
  await context.sendActivity(cardActivity(outcomeCard(turn, outcome, { refreshUserIds }), summary));
}

/** Changes said in words: "mark 7.2 complete", "7.2 is blocked – waiting on health", "move 7.2 to 30 April because ...". */
export function registerUpdateMessageRoutes(app: TrackerApp, deps: BotDeps): void {
  app.message(
    (context) => Promise.resolve(isMessage(context) && isUpdateCommand(messageTextOf(context))),
    guarded(deps, async (context) => {
      const turn = await loadTurnPlan(context, deps);
      const command = parseUpdateCommand(messageTextOf(context), turn.today, (phrase) => resolvePersonPhrase(turn.view, phrase));
      if (command) await runCommand(context, deps, turn, command);
    }),
  );
}
