import { ActivityTypes, type TurnContext } from 'botbuilder';
import { renderMessageCard } from '../../cards/render';
import { AppError } from '../../errors';
import { stateId } from '../../store/stateRepository';
import { type BotDeps, type TrackerApp } from '../turn';
import { cardActivity } from '../activities';
import { setRoute } from '../turnLog';
import { captureCommitteeChannel } from './outcomes';

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

/**
 * Teams sends an installationUpdate and a conversationUpdate on install, milliseconds apart and
 * perhaps to different instances: a create-only record claims the welcome, so it is sent once.
 */
async function welcomeOnce(context: TurnContext, deps: BotDeps): Promise<void> {
  setRoute('welcome');
  const conversationId = context.activity.conversation?.id ?? '';
  const id = stateId('welcome', conversationId);
  try {
    await deps.state.put(id, 'welcome', { at: deps.clock().toISOString() }, { ifNoneExists: true });
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return;
    throw error;
  }
  await context.sendActivity(cardActivity(renderWelcomeCard(), 'Welcome to Improvement Tracker'));
}

export function registerWelcomeRoutes(app: TrackerApp, deps: BotDeps): void {
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = context.activity.action ?? 'add';
    if (action.startsWith('add')) await welcomeOnce(context, deps);
    else setRoute('uninstall');
  });
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
    if (botAdded) {
      await welcomeOnce(context, deps);
      await captureCommitteeChannel(context, deps);
    } else setRoute('membersAdded');
  });
}
