import type { TurnContext } from 'botbuilder';
import { renderMessageCard } from '../../cards/render';
import { saveReminderPreferences } from '../../jobs/reminderJob';
import { cardActivity } from '../activities';
import { isMessage, loadTurnPlan, messageTextOf, type BotDeps, type TrackerApp } from '../turn';
import { setRoute } from '../turnLog';
import { guarded } from './guarded';

type ReminderCommand = { kind: 'switch'; enabled: boolean } | { kind: 'days'; days: number };

const NUMBERS: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, fourteen: 14 };

/** "reminders off", "reminders on", "stop reminding me", "remind me 3 days before"; undefined for anything else. */
export function parseReminderCommand(text: string): ReminderCommand | undefined {
  const said = text
    .trim()
    .toLowerCase()
    .replace(/[?.!]+$/, '')
    .replace(/^please\s+/, '');
  const onOff =
    /^(?:my\s+)?reminders?\s+(on|off)$/.exec(said) ??
    /^(?:turn|switch)\s+(on|off)\s+(?:my\s+)?reminders?$/.exec(said) ??
    /^(?:turn|switch)\s+(?:my\s+)?reminders?\s+(on|off)$/.exec(said);
  if (onOff) return { kind: 'switch', enabled: onOff[1] === 'on' };
  if (/^(?:stop|no more)\s+(?:reminding me|reminders)$/.test(said)) return { kind: 'switch', enabled: false };
  const days = /^remind me\s+(\d{1,2}|[a-z]+)\s+(?:working\s+)?days?\s+(?:before|ahead|in advance)(?:\s+(?:it'?s|they'?re|things are)\s+due)?$/.exec(said);
  if (days?.[1]) {
    const count = /^\d+$/.test(days[1]) ? Number(days[1]) : NUMBERS[days[1]];
    if (count !== undefined) return { kind: 'days', days: count };
  }
  return undefined;
}

async function reply(context: TurnContext, heading: string, paragraphs: string[] = []): Promise<void> {
  await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs }), heading));
}

/** An owner's reminders, switched and timed in words. */
export function registerReminderMessageRoutes(app: TrackerApp, deps: BotDeps): void {
  app.message(
    (context) => Promise.resolve(isMessage(context) && parseReminderCommand(messageTextOf(context)) !== undefined),
    guarded(deps, async (context) => {
      setRoute('reminders');
      const command = parseReminderCommand(messageTextOf(context));
      const turn = await loadTurnPlan(context, deps);
      if (!command) return;
      if (!turn.person) {
        await reply(context, "You're not on the plan's people list, so there are no reminders for you.");
        return;
      }
      if (command.kind === 'switch') {
        await saveReminderPreferences(deps.state, deps.planId, turn.person.id, { enabled: command.enabled });
        await reply(
          context,
          command.enabled ? 'Your reminders are on.' : 'Your reminders are off. Say "reminders on" to have them again.',
          command.enabled ? ['They come at 8am on working days, one message a day at most, in this chat.'] : [],
        );
        return;
      }
      if (command.days < 2 || command.days > 30) {
        await reply(context, 'Reminders can come 2 to 30 days before a due date.', ['You also hear the working day before, and when an action is overdue.']);
        return;
      }
      await saveReminderPreferences(deps.state, deps.planId, turn.person.id, { daysBefore: command.days, enabled: true });
      await reply(context, `You'll be reminded ${command.days} days before each of your actions is due.`, [
        'And on the working day before, and when an action is overdue (then once a week).',
      ]);
    }),
  );
}
