import { formatDate } from '../domain/dates';
import { type Action, type Meeting, type Person } from '../domain/model';
import {
  AdaptiveCard,
  FALLBACK_LIMIT,
  ITEM_TEXT_LIMIT,
  LIST_TEXT_LIMIT,
  MAX_ITEMS_SHOWN,
  MAX_PREVIEW_RESOLUTIONS,
  RESOLUTION_TEXT_LIMIT,
  clip,
  expand,
  fitted,
} from './cardKit';

const MAX_SUMMARY_ACTIONS = 20;

export function renderMeetingSummaryCard(
  input: Readonly<{ meeting: Meeting; committeeName: string; actions: readonly Action[]; people: readonly Person[] }>,
): AdaptiveCard {
  const { meeting } = input;
  const nameOf = (id: string): string => input.people.find((person) => person.id === id)?.name ?? id;
  const shown = input.actions.slice(0, MAX_SUMMARY_ACTIONS);
  const heading = `Outcomes of the meeting of ${formatDate(meeting.date)}`;
  return fitted(shown.length, (count) =>
    expand('meetingSummary', {
      heading,
      committeeName: input.committeeName,
      items: meeting.items.slice(0, MAX_ITEMS_SHOWN).map((item) => ({ ref: item.ref, title: clip(item.title, ITEM_TEXT_LIMIT) })),
      moreItems: meeting.items.length > MAX_ITEMS_SHOWN ? `And ${meeting.items.length - MAX_ITEMS_SHOWN} more items.` : '',
      resolutions: meeting.resolutions
        .slice(0, MAX_PREVIEW_RESOLUTIONS)
        .map((resolution) => ({ ref: resolution.ref, text: clip(resolution.text, RESOLUTION_TEXT_LIMIT) })),
      moreResolutions:
        meeting.resolutions.length > MAX_PREVIEW_RESOLUTIONS ? `And ${meeting.resolutions.length - MAX_PREVIEW_RESOLUTIONS} more resolutions.` : '',
      actions: shown.slice(0, count).map((action) => ({
        id: action.id,
        ref: action.ref,
        title: clip(action.title, LIST_TEXT_LIMIT),
        meta: `${nameOf(action.owner)} · due ${formatDate(action.due)}`,
      })),
      actionCount: String(input.actions.length),
      moreText: input.actions.length > count ? `And ${input.actions.length - count} more: use View actions.` : '',
      question: `What came out of the committee meeting of ${formatDate(meeting.date)}?`,
      fallbackText: clip(
        `${heading}: ${meeting.resolutions.length} resolutions, ${input.actions.length} actions. ${input.actions.map((action) => `${action.ref} ${action.title} (${nameOf(action.owner)}, due ${formatDate(action.due)})`).join('; ')}`,
        FALLBACK_LIMIT,
      ),
    }),
  );
}
