import { answerWithCard } from '../../cards/askCards';
import { CARD_VERBS, ShowPageDataSchema } from '../../cards/verbs';
import { loadTurnPlan, type BotDeps, type TrackerApp } from '../turn';
import { answerInvoke, STALE_BUTTON } from './invokes';
import { ActivityTypes } from 'botbuilder';
import { setRoute } from '../turnLog';

export function registerCardRoutes(app: TrackerApp, deps: BotDeps): void {
  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.showPage, (context, _state, data) =>
    answerInvoke(context, deps, 'card:showPage', async () => {
      const parsed = ShowPageDataSchema.safeParse(data);
      if (!parsed.success) return STALE_BUTTON;
      const turn = await loadTurnPlan(context, deps);
      const result = answerWithCard(turn.view, { text: parsed.data.question, asker: turn.person, today: turn.today, page: parsed.data.page });
      return result.card ?? STALE_BUTTON;
    }),
  );
}

/** Registered after every feature's verbs: what no route took. */
export function registerUnknownCardRoutes(app: TrackerApp, deps: BotDeps): void {
  // Any other verb comes from a card this version no longer sends.
  app.adaptiveCards.actionExecute<unknown>(/.*/, (context) => answerInvoke(context, deps, 'card:unknown', () => Promise.resolve(STALE_BUTTON)));

  // Any other invoke (a card action that is not Action.Execute, a kind this app does not offer): a true answer, never an empty 501.
  app.activity(ActivityTypes.Invoke, async (context) => {
    if (context.activity.name === 'adaptiveCard/action') {
      await answerInvoke(context, deps, 'card:unknown', () => Promise.resolve(STALE_BUTTON));
      return;
    }
    setRoute('invoke:unsupported');
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'This app does not handle that request.' } } });
  });
}
