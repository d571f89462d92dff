import { formatDate } from '../domain/dates';
import { type Action, type Area, type Person } from '../domain/model';
import type { OutcomeDraft } from '../meetings/outcomeDraft';
import { AdaptiveCard, CHOICE_TITLE_LIMIT, clip, expand, fitted, meetingLines } from './cardKit';

export const MAX_PREVIEW_ACTIONS = 25;

export type PreviewInput = Readonly<{
  draft: OutcomeDraft;
  /** The recorded actions, to link those the minutes repeat. */
  actions?: readonly Action[];
  people: readonly Person[];
  areas: readonly Area[];
  canConfirm: boolean;
  /** `items`: what to fix, shown as a short list under the text. */
  banner?: { text: string; tone: 'good' | 'attention'; items?: readonly string[] };
}>;

const MAX_BANNER_ITEMS = 6;
// Minutes can run long: a card shows the first items and resolutions, each cut to a paragraph.

/** What the clerk checks before anything is saved: every proposed action with owner, due date and area pickers. */
export function renderOutcomePreviewCard(input: PreviewInput): AdaptiveCard {
  const { draft } = input;
  const existing = draft.existingMeetingId !== undefined;
  const shown = draft.proposals.slice(0, MAX_PREVIEW_ACTIONS);
  const heading = existing
    ? `This meeting is already recorded${draft.meetingDate ? ` (${formatDate(draft.meetingDate)})` : ''}`
    : `Outcomes of the meeting${draft.meetingDate ? ` of ${formatDate(draft.meetingDate)}` : ''}`;
  const proposals = shown.map((proposal, index) => {
    const hints = [
      proposal.minute ? `Minute ${proposal.minute}` : '',
      proposal.ownerPhrase ? `owner in the minutes: ${proposal.ownerPhrase}` : 'no owner named in the minutes',
      proposal.duePhrase ? `due: ${proposal.duePhrase}${proposal.due ? '' : ' (choose a date)'}` : '',
    ].filter(Boolean);
    const recorded = proposal.alreadyRecordedAs ? (input.actions ?? []).find((action) => action.ref === proposal.alreadyRecordedAs) : undefined;
    const similar = proposal.looksLike ? (input.actions ?? []).find((action) => action.ref === proposal.looksLike?.ref) : undefined;
    const similarText = similar
      ? `This looks like ${similar.ref}, already recorded${proposal.looksLike?.meetingDate ? ` from the meeting of ${formatDate(proposal.looksLike.meetingDate)}` : ''}: "${similar.title}". It will not be recorded again unless you tick the box below.`
      : '';
    return {
      index: String(index),
      number: String(index + 1),
      text: proposal.text,
      hint: hints.join(' · ').replace(/^./, (first) => first.toUpperCase()),
      recorded: proposal.alreadyRecordedAs ?? '',
      recordedId: recorded?.id ?? '',
      similarText,
      similarRef: similar?.ref ?? '',
      similarId: similar?.id ?? '',
      // A likely repeat is left out unless the clerk ticks it.
      includeTitle: similar ? `Record as a new action anyway` : 'Record this action',
      includeValue: similar ? 'false' : 'true',
      ownerId: proposal.ownerId ?? '',
      due: proposal.due ?? '',
      area: proposal.area === undefined ? '' : String(proposal.area),
    };
  });
  const newCount = draft.proposals.filter((proposal) => !proposal.alreadyRecordedAs).length;
  const bannerItems = input.banner?.items ?? [];
  // Every proposal repeats the owner and area pickers: a long draft shows as many as fit in one message.
  return fitted(proposals.length, (count) =>
    expand('outcomePreview', {
      draftId: draft.id,
      heading,
      actionsHeading: existing
        ? `Actions (${newCount} new, ${draft.proposals.length - newCount} already recorded)`
        : `Actions to record (${draft.proposals.length})`,
      banner:
        input.banner?.text ??
        (existing ? `Confirming updates the recorded meeting: it adds ${newCount} action${newCount === 1 ? '' : 's'} not yet recorded and nothing twice.` : ''),
      bannerStyle: input.banner?.tone ?? (existing ? 'warning' : 'default'),
      bannerItems: [
        ...bannerItems.slice(0, MAX_BANNER_ITEMS).map((item) => ({ text: `• ${clip(item, 160)}` })),
        ...(bannerItems.length > MAX_BANNER_ITEMS ? [{ text: `And ${bannerItems.length - MAX_BANNER_ITEMS} more to fix.` }] : []),
      ],
      committeeName: draft.committeeName,
      meetingDate: draft.meetingDate ?? '',
      ...meetingLines(draft),
      resolutionCount: String(draft.resolutions.length),
      proposals: proposals.slice(0, count),
      peopleChoices: input.people.map((person) => ({
        title: clip(person.jobTitle ? `${person.name} (${person.jobTitle})` : person.name, CHOICE_TITLE_LIMIT),
        value: person.id,
      })),
      areaChoices: input.areas.map((area) => ({ title: clip(`${area.number} · ${area.shortTitle}`, CHOICE_TITLE_LIMIT), value: String(area.number) })),
      moreText: draft.proposals.length > count ? `And ${draft.proposals.length - count} more actions, too many for one card: record them afterwards.` : '',
      canConfirm: input.canConfirm,
      confirmTitle: existing ? 'Update the recorded meeting' : 'Confirm and post',
      fallbackText: `${heading}. ${draft.resolutions.length} resolutions, ${draft.proposals.length} actions to confirm.`,
    }),
  );
}
