import type { Person } from '../domain/model';
import type { Reminder } from '../domain/reminders';
import { AdaptiveCard, clip, expand, FALLBACK_LIMIT, ITEM_TEXT_LIMIT } from './cardKit';

/** Today's reminders for one person, in one message: each action, what is due, and a way to act on it. */
export function renderReminderCard(reminders: readonly Reminder[], people: readonly Person[], today: string): AdaptiveCard {
  const nameOf = (id: string): string => people.find((person) => person.id === id)?.name ?? id;
  const items = reminders.map((reminder) => ({
    actionId: reminder.action.id,
    ref: reminder.action.ref,
    title: clip(reminder.action.title, ITEM_TEXT_LIMIT),
    text:
      reminder.kind === 'blocked'
        ? `${nameOf(reminder.action.owner)}'s action ${reminder.text}. As the area's lead, can you help unblock it?`
        : `Your action ${reminder.text}.`,
  }));
  const heading = reminders.length === 1 ? 'A reminder about one action' : `Reminders about ${reminders.length} actions`;
  return expand('reminder', {
    heading,
    items,
    fallbackText: clip([heading, ...items.map((item) => `${item.ref} ${item.text}`)].join('\n'), FALLBACK_LIMIT),
    today,
  });
}
