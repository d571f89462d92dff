import { formatDate } from '../domain/dates';
import { type Action, type Meeting, type Person } from '../domain/model';
import { AdaptiveCard, FALLBACK_LIMIT, LIST_TEXT_LIMIT, clip, expand, fitted, meetingLines } from './cardKit';

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
      ...meetingLines(meeting),
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
