import { CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';

/** A message carrying one card, with a short summary for notifications and screen readers. */
export function cardActivity(card: AdaptiveCard, summary: string) {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.summary = summary.slice(0, 200);
  return activity;
}
