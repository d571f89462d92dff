/** What every card's render function shares: the templates, expansion, clipping and fitting in one Teams message. */
import * as ACData from 'adaptivecards-templating';
import actionListTemplate from './templates/actionList.json';
import actionDetailTemplate from './templates/actionDetail.json';
import summaryTemplate from './templates/summary.json';
import messageTemplate from './templates/message.json';
import outcomePreviewTemplate from './templates/outcomePreview.json';
import meetingSummaryTemplate from './templates/meetingSummary.json';
import channelChooserTemplate from './templates/channelChooser.json';
import digestTemplate from './templates/digest.json';
import { MAX_CARD_BYTES, teamsMessageBytes } from './messageSize';
import type { TemplateData, TemplateName } from './templateData';
import minutesInputTemplate from './templates/minutesInput.json';
import newActionTemplate from './templates/newAction.json';
import reportTemplate from './templates/report.json';
import reminderTemplate from './templates/reminder.json';
import followTemplate from './templates/follow.json';
import closuresTemplate from './templates/closures.json';
import { RAG_LABELS, type Rag } from '../domain/rules';

export type AdaptiveCard = { type: 'AdaptiveCard'; version: string } & Record<string, unknown>;

// Teams refuses messages over ~100 KB (UTF-16 of the whole activity); cards are kept under 80 KB by that measure.
export { MAX_CARD_BYTES, teamsMessageBytes };
export const PAGE_SIZE = 10;

export const TEMPLATES = {
  actionList: actionListTemplate,
  actionDetail: actionDetailTemplate,
  summary: summaryTemplate,
  message: messageTemplate,
  outcomePreview: outcomePreviewTemplate,
  meetingSummary: meetingSummaryTemplate,
  channelChooser: channelChooserTemplate,
  digest: digestTemplate,
  minutesInput: minutesInputTemplate,
  newAction: newActionTemplate,
  report: reportTemplate,
  reminder: reminderTemplate,
  follow: followTemplate,
  closures: closuresTemplate,
} as const satisfies Record<TemplateName, unknown>;
export type { TemplateName };

// One compiled Template per card, reused for every expansion.
const compiled = new Map<TemplateName, ACData.Template>();

export function expand<N extends TemplateName>(name: N, data: TemplateData<N>): AdaptiveCard {
  let template = compiled.get(name);
  if (!template) {
    template = new ACData.Template(TEMPLATES[name]);
    compiled.set(name, template);
  }
  const card: unknown = template.expand({ $root: data });
  if (!isAdaptiveCard(card)) throw new Error(`template ${name} did not expand to an Adaptive Card`);
  return card;
}

export function isAdaptiveCard(value: unknown): value is AdaptiveCard {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'AdaptiveCard' &&
    typeof (value as { version?: unknown }).version === 'string'
  );
}

/** At most `max` characters, cut at a word with "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

// Long texts are shown whole on an action's own card; lists show the start of them.
export const LIST_TEXT_LIMIT = 300;
export const CHOICE_TITLE_LIMIT = 60;
// A card's text fallback is read where the card cannot be drawn (and in notifications): a few lines.
export const FALLBACK_LIMIT = 1500;
// What the bot sends beside a card (cardActivity keeps 200 characters of its summary).
const SUMMARY_ALLOWANCE = 'x'.repeat(200);

/**
 * The fullest drawing `draw(shown)`, for `shown` from `most` down to 0, that fits in one Teams
 * message: past the limit Teams refuses the whole message and the person sees nothing.
 */
export function fitted(most: number, draw: (shown: number) => AdaptiveCard): AdaptiveCard {
  const fits = (card: AdaptiveCard): boolean => teamsMessageBytes(card, { summary: SUMMARY_ALLOWANCE }) <= MAX_CARD_BYTES;
  const full = draw(most);
  if (fits(full)) return full;
  let best = draw(0);
  let low = 1;
  let high = most - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const card = draw(middle);
    if (fits(card)) {
      best = card;
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

export const RAG_COLORS: Record<Rag, string> = { red: 'Attention', amber: 'Warning', green: 'Good', complete: 'Accent', cancelled: 'Default' };
export { RAG_LABELS };

export const MAX_ITEMS_SHOWN = 20;
export const ITEM_TEXT_LIMIT = 200;
export const MAX_PREVIEW_RESOLUTIONS = 20;
export const RESOLUTION_TEXT_LIMIT = 400;

/** A meeting's agenda items and resolutions as its cards list them: the first few, clipped, and how many more. */
export function meetingLines(
  meeting: Readonly<{ items: ReadonlyArray<{ ref: string; title: string }>; resolutions: ReadonlyArray<{ ref: string; text: string }> }>,
) {
  return {
    items: meeting.items.slice(0, MAX_ITEMS_SHOWN).map((item) => ({ ref: item.ref, title: clip(item.title, ITEM_TEXT_LIMIT) })),
    moreItems: meeting.items.length > MAX_ITEMS_SHOWN ? `And ${meeting.items.length - MAX_ITEMS_SHOWN} more items.` : '',
    resolutions: meeting.resolutions
      .slice(0, MAX_PREVIEW_RESOLUTIONS)
      .map((resolution) => ({ ref: resolution.ref, text: clip(resolution.text, RESOLUTION_TEXT_LIMIT) })),
    moreResolutions:
      meeting.resolutions.length > MAX_PREVIEW_RESOLUTIONS ? `And ${meeting.resolutions.length - MAX_PREVIEW_RESOLUTIONS} more resolutions.` : '',
  };
}
