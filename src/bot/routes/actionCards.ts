import type { TurnContext } from 'botbuilder';
import { factsOf } from '../../store/planRepository';
import { viewAction } from '../../ask/answer';
import type { Action } from '../../domain/model';
import { areaLeadOf, describeUpdate, howLongAgo, type ChangeContext, type ChangeRequest } from '../../domain/changes';
import { canUndo } from '../../domain/undo';
import { renderActionDetailCard, renderMessageCard, type AdaptiveCard } from '../../cards/render';
import { CARD_VERBS, RefreshActionDataSchema, SaveActionDataSchema, UndoChangeDataSchema, ViewActionDataSchema, type SaveActionData } from '../../cards/verbs';
import { undoUpdate, updateAction, type UpdateOutcome } from '../../updates/updateAction';
import { loadTurnPlan, type BotDeps, type TrackerApp, type TurnPlan } from '../turn';
import { answerInvoke, requestIdOf, STALE_BUTTON } from './invokes';
import { teamsUserIdsOf } from '../references';
import { actionAddress } from '../../web/links';

const PROMPT_COMPLETE = 'Done? Give the evidence (or why there is none yet), then press Mark complete.';
const PROMPT_MOVE = 'Need more time? Choose the new due date, say why in the reason, and press Save.';

const GONE = renderMessageCard({ heading: 'That action is no longer in the plan.', paragraphs: ['Ask your question again for an up-to-date list.'] });

type DetailExtras = Pick<Parameters<typeof renderActionDetailCard>[1], 'back' | 'banner' | 'draft' | 'audience' | 'refreshUserIds' | 'undo'>;

export function detailCard(turn: TurnPlan, action: Action, extra: DetailExtras = {}): AdaptiveCard {
  const facts = factsOf(turn.view);
  return renderActionDetailCard(viewAction(action, facts, turn.today), {
    viewer: turn.person,
    people: facts.people,
    areas: facts.areas,
    today: turn.today,
    address: turn.base ? actionAddress(turn.base, action.ref) : undefined,
    ...extra,
  });
}

/** The card to show after an update was tried: the current action, with what happened on top. */
export function outcomeCard(turn: TurnPlan, outcome: UpdateOutcome, extra: Pick<DetailExtras, 'draft' | 'back' | 'refreshUserIds'> = {}): AdaptiveCard {
  const { draft, ...rest } = extra;
  switch (outcome.kind) {
    case 'not_found':
      return GONE;
    case 'saved':
      return detailCard(turn, outcome.action, {
        ...rest,
        banner: {
          text: `Saved. ${outcome.action.ref} is up to date.${outcome.notice ? ` ${outcome.notice}` : ''}`,
          tone: outcome.notice ? 'attention' : 'good',
        },
      });
    case 'duplicate':
      // A second press of the same button (or Teams retrying) gets the answer the first one got.
      return detailCard(turn, outcome.action, { ...rest, banner: { text: `Saved. ${outcome.action.ref} is up to date.`, tone: 'good' } });
    case 'refused':
      // Keep what they typed when the fix is theirs to make; a stale card starts afresh.
      return detailCard(turn, outcome.action, {
        ...rest,
        banner: { text: outcome.refusal.message, tone: 'attention' },
        draft: outcome.refusal.code === 'STALE' ? undefined : draft,
      });
  }
}

/** Who sees their own copy of an action's card (Teams refreshes it for them): its owner and its area's lead. */
export function refreshPeopleOf(turn: TurnPlan, action: Action): string[] {
  const lead = areaLeadOf(action, turn.view.plan.areas);
  return lead ? [action.owner, lead] : [action.owner];
}

/** Their Teams user ids, for the card's refresh list. */
export function refreshUsersFor(context: TurnContext, deps: BotDeps, turn: TurnPlan, action: Action | undefined): Promise<string[]> {
  if (!action) return Promise.resolve([]);
  return teamsUserIdsOf(deps.state, turn.view.people, refreshPeopleOf(turn, action), context.activity.from);
}

/** Who is changing what, when: the same for every change a turn makes. */
export function changeContextOf(deps: BotDeps, turn: TurnPlan): ChangeContext {
  return { actor: turn.person, people: turn.view.people, areas: turn.view.plan.areas, today: turn.today, now: deps.clock().toISOString() };
}

/** A press of one button on one drawing of a card is one request, however often it arrives. */
function cardRequestId(context: TurnContext, data: SaveActionData, verb: string): string {
  return data.renderId ? `card:${data.renderId}:${verb}` : requestIdOf(context);
}

function changeRequestOf(data: SaveActionData, requestId: string, verb: string, today: string): ChangeRequest {
  const due = data.due || undefined;
  const figure = data.figure === undefined || data.figure === '' ? undefined : { value: Number(data.figure), asOf: data.figureAsOf || today };
  return {
    requestId,
    basis: data.basis,
    note: data.note,
    reason: data.reason,
    status: verb === CARD_VERBS.completeAction ? 'complete' : data.status || undefined,
    due,
    verify: verb === CARD_VERBS.verifyAction,
    confidential: data.confidential === 'true',
    evidence: data.evidence,
    noEvidenceReason: data.noEvidenceReason,
    ...(figure ? { figure } : {}),
  };
}

export function registerActionCardRoutes(app: TrackerApp, deps: BotDeps): void {
  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.viewAction, (context, _state, data) =>
    answerInvoke(context, deps, 'card:viewAction', async () => {
      const parsed = ViewActionDataSchema.safeParse(data);
      if (!parsed.success) return STALE_BUTTON;
      const turn = await loadTurnPlan(context, deps);
      const action = turn.view.actions.find((candidate) => candidate.id === parsed.data.actionId);
      if (!action) return GONE;
      const back = parsed.data.question ? { question: parsed.data.question, page: parsed.data.page ?? 1 } : undefined;
      const prompt = parsed.data.prompt === 'complete' ? PROMPT_COMPLETE : parsed.data.prompt === 'move' ? PROMPT_MOVE : undefined;
      return detailCard(turn, action, {
        back,
        refreshUserIds: await refreshUsersFor(context, deps, turn, action),
        ...(prompt ? { banner: { text: prompt, tone: 'good' } } : {}),
      });
    }),
  );

  // Teams asks for the current card when it shows it to someone listed in refresh.userIds.
  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.refreshAction, (context, _state, data) =>
    answerInvoke(context, deps, 'card:refreshAction', async () => {
      const parsed = RefreshActionDataSchema.safeParse(data);
      if (!parsed.success) return STALE_BUTTON;
      const turn = await loadTurnPlan(context, deps);
      const action = turn.view.actions.find((candidate) => candidate.id === parsed.data.actionId);
      if (!action) return GONE;
      const refreshUserIds = await refreshUsersFor(context, deps, turn, action);
      // A card that offered Undo keeps the offer, for its maker, while it still stands.
      const entry = parsed.data.undo ? action.updates.find((update) => update.id === parsed.data.undo) : undefined;
      if (entry?.id && canUndo(action, entry.id, changeContextOf(deps, turn))) {
        const banner = {
          text: `You changed ${action.ref} ${howLongAgo(entry.at, deps.clock().toISOString())}. ${describeUpdate(entry, turn.view.people)}`,
          tone: 'good' as const,
        };
        return detailCard(turn, action, { refreshUserIds, banner, undo: { updateId: entry.id } });
      }
      return detailCard(turn, action, { refreshUserIds });
    }),
  );

  // Undo: the maker of a change takes it back, for a while, if nobody changed the same fields since (checked on the server).
  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.undoChange, (context, _state, data) =>
    answerInvoke(context, deps, 'card:undoChange', async () => {
      const parsed = UndoChangeDataSchema.safeParse(data);
      if (!parsed.success) return STALE_BUTTON;
      const turn = await loadTurnPlan(context, deps);
      const outcome = await undoUpdate(
        deps.plans,
        deps.planId,
        parsed.data.actionId,
        { requestId: requestIdOf(context), updateId: parsed.data.updateId },
        changeContextOf(deps, turn),
      );
      const refreshUserIds = await refreshUsersFor(context, deps, turn, outcome.kind === 'not_found' ? undefined : outcome.action);
      if (outcome.kind !== 'saved' && outcome.kind !== 'duplicate') return outcomeCard(turn, outcome, { refreshUserIds });
      const what = outcome.kind === 'saved' ? describeUpdate(outcome.update, turn.view.people).replace(/^Undid an earlier change\.\s*/, '') : '';
      const card = detailCard(turn, outcome.action, {
        refreshUserIds,
        banner: { text: `Undone. ${outcome.action.ref} ${what ? `is back as it was: ${what}` : 'is back as it was.'}`, tone: 'good' },
      });
      return outcome.kind === 'saved'
        ? { type: 'shared' as const, card, forEveryone: detailCard({ ...turn, person: undefined }, outcome.action, { audience: 'everyone', refreshUserIds }) }
        : card;
    }),
  );

  for (const verb of [CARD_VERBS.saveAction, CARD_VERBS.completeAction, CARD_VERBS.verifyAction]) {
    app.adaptiveCards.actionExecute<unknown>(verb, (context: TurnContext, _state, data) =>
      answerInvoke(context, deps, `card:${verb}`, async () => {
        const parsed = SaveActionDataSchema.safeParse(data);
        if (!parsed.success) {
          const tooLong = typeof data === 'object' && data !== null && 'note' in data && typeof data.note === 'string' && data.note.length > 100_000;
          return tooLong
            ? renderMessageCard({ heading: 'That note is far too long to save. Notes can be up to 1,000 characters.', paragraphs: [] })
            : STALE_BUTTON;
        }
        const turn = await loadTurnPlan(context, deps);
        const outcome = await updateAction(
          deps.plans,
          deps.planId,
          parsed.data.actionId,
          changeRequestOf(parsed.data, cardRequestId(context, parsed.data, verb), verb, turn.today),
          changeContextOf(deps, turn),
        );
        const back = parsed.data.question ? { question: parsed.data.question, page: parsed.data.page ?? 1 } : undefined;
        const refreshUserIds = await refreshUsersFor(context, deps, turn, outcome.kind === 'not_found' ? undefined : outcome.action);
        const draft = {
          status: parsed.data.status,
          note: parsed.data.note,
          due: parsed.data.due,
          reason: parsed.data.reason,
          confidential: parsed.data.confidential,
          evidence: parsed.data.evidence,
          noEvidenceReason: parsed.data.noEvidenceReason,
          figure: parsed.data.figure === undefined ? undefined : String(parsed.data.figure),
          figureAsOf: parsed.data.figureAsOf,
        };
        const card = outcomeCard(turn, outcome, { draft, back, refreshUserIds });
        // After a save, the message itself shows the new state to everyone; the owner and lead get their own copy by refresh.
        return outcome.kind === 'saved'
          ? { type: 'shared' as const, card, forEveryone: detailCard({ ...turn, person: undefined }, outcome.action, { audience: 'everyone', refreshUserIds }) }
          : card;
      }),
    );
  }
}
