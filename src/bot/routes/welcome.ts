import { ActivityTypes, type TurnContext } from 'botbuilder';
import { renderMessageCard } from '../../cards/render';
import { cardActivity, type BotDeps, type TrackerApp, type TrackerTurnState } from '../botApp';
import { setRoute } from '../turnLog';

export const WELCOME_QUESTIONS = ["What's outstanding on life story work?", "What's overdue?", 'My actions'] as const;

export function renderWelcomeCard() {
  return renderMessageCard({
    heading: 'Welcome to Improvement Tracker',
    paragraphs: [
      "I keep the children's services improvement plan and the committee's actions in one place. Ask me about any area, person, status, date or meeting in your own words.",
      'Every answer shows how I read your question, and you can open any action to see its history.',
    ],
    buttonsIntro: 'Try asking:',
    buttons: WELCOME_QUESTIONS.map((question) => ({ title: question, question })),
  });
}

/** Teams sends both an installationUpdate and a conversationUpdate on install: welcome once. */
async function welcomeOnce(context: TurnContext, state: TrackerTurnState, deps: BotDeps): Promise<void> {
  setRoute('welcome');
  if (state.conversation.welcomedAt) return;
  state.conversation.welcomedAt = deps.clock().toISOString();
  await context.sendActivity(cardActivity(renderWelcomeCard(), 'Welcome to Improvement Tracker'));
}

export function registerWelcomeRoutes(app: TrackerApp, deps: BotDeps): void {
  app.activity(ActivityTypes.InstallationUpdate, async (context, state) => {
    const action = context.activity.action ?? 'add';
    if (action.startsWith('add')) await welcomeOnce(context, state, deps);
    else setRoute('uninstall');
  });
  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
    if (botAdded) await welcomeOnce(context, state, deps);
    else setRoute('membersAdded');
  });
}
