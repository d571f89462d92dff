import { factsOf } from '../../store/planRepository';
import { randomUUID } from 'node:crypto';
import { TeamsInfo, TurnContext } from 'botbuilder';
import { hasRole } from '../../domain/rules';
import type { Person } from '../../domain/model';
import { formatDate } from '../../domain/dates';
import { AppError } from '../../errors';
import { stateId } from '../../store/stateRepository';
import { parseMinutes } from '../../minutes/parseMinutes';
import type { MinutesOutcome } from '../../minutes/outcome';
import { findPersonalDataIn } from '../../domain/safeguarding';
import { draftFromMinutes, OutcomeDraftSchema, type OutcomeDraft, type PlanContext } from '../../meetings/outcomeDraft';
import { recordOutcome, type ConfirmedRow } from '../../meetings/recordOutcome';
import {
  renderChannelChooserCard,
  renderMeetingSummaryCard,
  renderMessageCard,
  renderMinutesInputCard,
  renderOutcomePreviewCard,
  type AdaptiveCard,
} from '../../cards/render';
import { CARD_VERBS, ConfirmOutcomesDataSchema, DraftDataSchema, ReadMinutesDataSchema, SetChannelDataSchema } from '../../cards/verbs';
import { hasLostLineBreaks } from '../../minutes/fromHtml';
import { isAwaitingMinutes, isMessage, loadTurnPlan, messageTextOf, type BotDeps, type TrackerApp, type TrackerTurnState, type TurnPlan } from '../turn';
import { announceOutcomes } from '../outcomeNotices';
import { attachmentText, messageTextWithLines } from '../postedMinutes';
import { guarded } from './guarded';
import { cardActivity } from '../activities';
import { committeeChannelId, saveReference } from '../references';
import { setRoute } from '../turnLog';
import { answerInvoke } from './invokes';

/** "post outcomes", "record the minutes", "add meeting decisions" (then the minutes, or an attachment). */
const POST_OUTCOMES =
  /^\s*(?:please\s+)?(?:post|record|add|enter|upload|paste|log)\s+(?:the\s+)?(?:meeting\s+|committee\s+)?(?:outcomes?|minutes|decisions|resolutions)/i;

/**
 * What follows "post outcomes" (empty when nothing does), or undefined when the message is not
 * that request. The minutes may follow straight on, glued: "post outcomesChildren and Young…".
 */
export function afterPostOutcomes(text: string): string | undefined {
  const match = POST_OUTCOMES.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  if (/^[a-z]/.test(rest)) return undefined;
  return rest.replace(/^[\s:.-]+/, '').trim();
}
const draftStateId = (id: string): string => `draft-${id}`;

export function canConfirmOutcomes(person: Person | undefined): boolean {
  return hasRole(person, 'clerk') || hasRole(person, 'admin');
}

/** What a draft of a meeting's outcomes is checked against: this turn's plan. */
export function planContextOf(deps: BotDeps, turn: TurnPlan): PlanContext {
  return { ...factsOf(turn.view), planId: deps.planId, committees: turn.view.committees, today: turn.today };
}

export async function saveDraft(deps: BotDeps, draft: OutcomeDraft): Promise<void> {
  await deps.state.put(draftStateId(draft.id), 'outcomeDraft', draft);
}

async function loadDraft(deps: BotDeps, id: string): Promise<{ draft: OutcomeDraft; etag: string } | undefined> {
  const record = await deps.state.get(draftStateId(id));
  const parsed = OutcomeDraftSchema.safeParse(record?.value);
  return record && parsed.success ? { draft: parsed.data, etag: record.etag } : undefined;
}

export function previewFor(
  turn: TurnPlan,
  draft: OutcomeDraft,
  banner?: { text: string; tone: 'good' | 'attention'; items?: readonly string[] },
): AdaptiveCard {
  return renderOutcomePreviewCard({
    draft,
    actions: turn.view.actions,
    people: turn.view.people,
    areas: turn.view.plan.areas,
    canConfirm: canConfirmOutcomes(turn.person),
    ...(banner ? { banner } : {}),
  });
}

/** The preview of what the minutes say, saved as a draft for the clerk to check and confirm. */
type Preview =
  Readonly<{ kind: 'preview'; card: AdaptiveCard; summary: string }> | Readonly<{ kind: 'nothing' }> | Readonly<{ kind: 'personal'; message: string }>;

/** What the tracker would keep from the minutes, each labelled for the clerk. */
function minutesTexts(outcome: MinutesOutcome): Array<{ where: string; text: string }> {
  return [
    ...outcome.items.map((item) => ({ where: `item ${item.ref}`, text: item.title })),
    ...outcome.resolutions.map((resolution) => ({ where: `resolution ${resolution.ref}`, text: resolution.text })),
    ...outcome.actions.map((action, index) => ({ where: `action ${index + 1}`, text: [action.owner, action.text, action.due].filter(Boolean).join(' ') })),
  ];
}

async function draftPreview(context: TurnContext, deps: BotDeps, turn: TurnPlan, text: string): Promise<Preview> {
  setRoute('outcomes:preview');
  const outcome = parseMinutes(text);
  if (outcome.resolutions.length === 0 && outcome.actions.length === 0) return { kind: 'nothing' };
  const personal = findPersonalDataIn(minutesTexts(outcome), Number(turn.today.slice(0, 4)), { staffNames: turn.view.people.map((person) => person.name) });
  if (personal) {
    setRoute('outcomes:personalData');
    return {
      kind: 'personal',
      message: `In these minutes, ${personal.where} looks like it contains ${personal.what}. The tracker is not a case record, so nothing was saved. Take the child's details out and read the minutes again.`,
    };
  }
  const draft = draftFromMinutes(outcome, planContextOf(deps, turn), {
    id: randomUUID(),
    createdBy: turn.person?.id ?? context.activity.from?.aadObjectId ?? 'unknown',
    createdAt: deps.clock().toISOString(),
    source: 'pasted',
  });
  await saveDraft(deps, draft);
  const banner = canConfirmOutcomes(turn.person)
    ? undefined
    : { text: 'Only clerks and admins can confirm meeting outcomes: ask your clerk to post these.', tone: 'attention' as const };
  return {
    kind: 'preview',
    card: previewFor(turn, draft, banner),
    summary: `Outcomes to confirm: ${draft.resolutions.length} resolutions, ${draft.proposals.length} actions.`,
  };
}

const NOTHING_FOUND = "I couldn't find any resolutions or actions in that.";
const LOST_LINE_BREAKS =
  "Your message reached me without its line breaks, so I can't tell one resolution or action from the next. Paste the minutes into the box below instead: it keeps them.";

/** The "post outcomes" card: a box that keeps the minutes' line breaks whatever the message box does. */
function minutesInputCard(context: TurnContext, banner?: string, minutes?: string): AdaptiveCard {
  const inChannel = context.activity.conversation?.conversationType === 'channel';
  const otherWays = inChannel
    ? 'Or reply to this message with @Improvement Tracker followed by the minutes: in a channel I only see messages that mention me.'
    : 'Or send the minutes as your next message, or attach them as a .txt or .docx file (files work in our personal chat).';
  return renderMinutesInputCard({
    heading: 'Paste the minutes into the box below, then press Read the minutes.',
    paragraphs: [otherWays, 'I will show you the resolutions and actions I find before anything is saved.'],
    ...(banner ? { banner } : {}),
    ...(minutes ? { minutes } : {}),
  });
}

/** Reads pasted minutes into a draft and answers with the preview for the clerk to check. */
export async function previewOutcomes(context: TurnContext, deps: BotDeps, turn: TurnPlan, text: string): Promise<void> {
  if (hasLostLineBreaks(text)) {
    setRoute('outcomes:lostLineBreaks');
    await context.sendActivity(cardActivity(minutesInputCard(context, LOST_LINE_BREAKS), LOST_LINE_BREAKS));
    return;
  }
  const preview = await draftPreview(context, deps, turn, text);
  if (preview.kind === 'nothing') {
    await context.sendActivity(
      cardActivity(minutesInputCard(context, `${NOTHING_FOUND} Paste the decisions part of the minutes (for example from "Resolved" onwards).`), NOTHING_FOUND),
    );
    return;
  }
  if (preview.kind === 'personal') {
    await context.sendActivity(cardActivity(minutesInputCard(context, preview.message), preview.message));
    return;
  }
  await context.sendActivity(cardActivity(preview.card, preview.summary));
}

/** Handles "post outcomes" (with the minutes, an attachment, or neither yet). */
export async function handlePostOutcomes(context: TurnContext, state: TrackerTurnState, deps: BotDeps, turn: TurnPlan, text: string): Promise<void> {
  const withLines = messageTextWithLines(context);
  const rest = afterPostOutcomes(withLines) ?? afterPostOutcomes(text) ?? '';
  let minutes = rest;
  for (const attachment of context.activity.attachments ?? []) {
    if (minutes) break;
    minutes = (await attachmentText(attachment).catch(() => undefined)) ?? '';
  }
  if (!minutes) {
    setRoute('outcomes:waiting');
    state.conversation.awaitingMinutesFrom = context.activity.from?.id;
    await context.sendActivity(cardActivity(minutesInputCard(context), 'Paste the minutes into the box, or send them as your next message.'));
    return;
  }
  await previewOutcomes(context, deps, turn, minutes);
}

function rowsFrom(data: Record<string, unknown>, count: number): ConfirmedRow[] {
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  return Array.from({ length: count }, (_, index) => {
    const area = Number(text(data[`area_${index}`]));
    return {
      // Rows already recorded have no toggle: only a ticked box records a row.
      include: text(data[`include_${index}`]) === 'true',
      text: text(data[`text_${index}`]),
      ownerId: text(data[`owner_${index}`]),
      due: text(data[`due_${index}`]),
      area: Number.isInteger(area) && area > 0 ? area : undefined,
    };
  });
}

export function registerOutcomeRoutes(app: TrackerApp, deps: BotDeps): void {
  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.readMinutes, (context, _state, data) =>
    answerInvoke(context, deps, 'outcomes:readMinutes', async () => {
      const parsed = ReadMinutesDataSchema.safeParse(data);
      const minutes = parsed.success ? parsed.data.minutes.trim() : '';
      if (!minutes) return minutesInputCard(context, 'The box was empty: paste the minutes into it first.');
      const turn = await loadTurnPlan(context, deps);
      const preview = await draftPreview(context, deps, turn, minutes);
      if (preview.kind === 'preview') return preview.card;
      // The minutes stay in the box, for the clerk to correct.
      if (preview.kind === 'personal') return minutesInputCard(context, preview.message, minutes);
      return minutesInputCard(
        context,
        `${NOTHING_FOUND} Check that the box holds the decisions part of the minutes (for example from "Resolved" onwards).`,
        minutes,
      );
    }),
  );

  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.confirmOutcomes, (context, _state, data) =>
    answerInvoke(context, deps, 'outcomes:confirm', async () => {
      const parsed = ConfirmOutcomesDataSchema.safeParse(data);
      if (!parsed.success)
        return renderMessageCard({ heading: "That button didn't work: the card may be out of date.", paragraphs: ['Post the outcomes again.'] });
      const turn = await loadTurnPlan(context, deps);
      const loaded = await loadDraft(deps, parsed.data.draftId);
      if (!loaded)
        return renderMessageCard({
          heading: 'These outcomes are no longer waiting to be confirmed.',
          paragraphs: ['Post them again if they still need recording.'],
        });
      const { draft } = loaded;
      if (!canConfirmOutcomes(turn.person)) {
        return renderOutcomePreviewCard({
          draft,
          actions: turn.view.actions,
          people: turn.view.people,
          areas: turn.view.plan.areas,
          canConfirm: false,
          banner: { text: 'Only clerks and admins can confirm meeting outcomes. Nothing was saved.', tone: 'attention' },
        });
      }
      const meetingDate = (typeof parsed.data.meetingDate === 'string' && parsed.data.meetingDate) || draft.meetingDate || '';
      if (draft.confirmedAt) {
        const meeting = turn.view.meetings.find((m) => m.date === meetingDate && m.committee === draft.committeeId);
        const actions = meeting ? turn.view.actions.filter((a) => a.source.kind === 'meeting' && a.source.meeting === meeting.id) : [];
        return meeting
          ? renderMeetingSummaryCard({ meeting, committeeName: draft.committeeName, actions, people: turn.view.people })
          : renderMessageCard({ heading: 'These outcomes were already recorded.', paragraphs: [] });
      }
      const rows = rowsFrom(parsed.data, draft.proposals.length);
      const result = await recordOutcome(deps.plans, turn.view, {
        draft,
        meetingDate,
        rows,
        actor: turn.person ?? { id: 'unknown', name: 'Unknown', jobTitle: '', roles: [] },
        now: deps.clock().toISOString(),
        today: turn.today,
      });
      if (result.kind === 'invalid') {
        return previewFor(
          turn,
          { ...draft, meetingDate: meetingDate || draft.meetingDate },
          { text: 'Nothing was saved yet. Please fix these, then confirm again:', items: result.problems, tone: 'attention' },
        );
      }
      try {
        await deps.state.put(draftStateId(draft.id), 'outcomeDraft', { ...draft, confirmedAt: deps.clock().toISOString() }, { ifMatch: loaded.etag });
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'STALE')) throw error;
      }
      const allActions = [...turn.view.actions.filter((a) => a.source.kind === 'meeting' && a.source.meeting === result.meeting.id), ...result.created];
      const summary = renderMeetingSummaryCard({ meeting: result.meeting, committeeName: draft.committeeName, actions: allActions, people: turn.view.people });
      const notes = await announceOutcomes(context, deps, turn, summary, result.created, result.meeting.date);
      const done =
        result.created.length === 0
          ? 'Nothing new to record: every action was already there.'
          : `Recorded ${result.created.length} action${result.created.length === 1 ? '' : 's'}${result.updatedExisting ? ' on the meeting already recorded' : ''}.`;
      const confirmation = renderMessageCard({
        heading: done,
        paragraphs: notes,
        buttonsIntro: '',
        buttons: [{ title: 'View actions', question: `What came out of the committee meeting of ${formatDate(result.meeting.date)}?` }],
      });
      return { type: 'shared' as const, card: confirmation, forEveryone: summary };
    }),
  );

  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.cancelOutcomes, (context, _state, data) =>
    answerInvoke(context, deps, 'outcomes:cancel', async () => {
      const parsed = DraftDataSchema.safeParse(data);
      if (!parsed.success) return renderMessageCard({ heading: "That button didn't work: the card may be out of date.", paragraphs: ['Nothing was changed.'] });
      const loaded = await loadDraft(deps, parsed.data.draftId);
      if (!loaded) return renderMessageCard({ heading: 'These outcomes are no longer waiting to be confirmed.', paragraphs: ['Nothing was changed.'] });
      const turn = await loadTurnPlan(context, deps);
      // Only a clerk or admin, or whoever read the minutes in, may throw the draft away.
      const asker = turn.person?.id ?? context.activity.from?.aadObjectId;
      if (!canConfirmOutcomes(turn.person) && (asker === undefined || loaded.draft.createdBy !== asker)) {
        return previewFor(turn, loaded.draft, { text: 'Only a clerk or an admin can cancel these outcomes. Nothing was changed.', tone: 'attention' });
      }
      await deps.state.delete(draftStateId(parsed.data.draftId));
      return renderMessageCard({ heading: 'Cancelled: nothing was recorded.', paragraphs: [] });
    }),
  );

  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.setCommitteeChannel, (context, _state, data) =>
    answerInvoke(context, deps, 'outcomes:setChannel', async () => {
      const parsed = SetChannelDataSchema.safeParse(data);
      if (!parsed.success) return renderMessageCard({ heading: "That button didn't work: the card may be out of date.", paragraphs: [] });
      const turn = await loadTurnPlan(context, deps);
      if (!hasRole(turn.person, 'admin'))
        return renderMessageCard({ heading: "Only an admin can choose the committee's channel.", paragraphs: ['Nothing was changed.'] });
      const reference = TurnContext.getConversationReference(context.activity);
      await saveReference(deps.state, committeeChannelId(deps.planId), {
        ...reference,
        conversation: { ...reference.conversation, id: parsed.data.channelId, isGroup: true, conversationType: 'channel', name: parsed.data.channel ?? '' },
      });
      return renderMessageCard({ heading: `Committee summaries will be posted to ${parsed.data.channel ?? 'that channel'}.`, paragraphs: [] });
    }),
  );
}

/** On install in a team: remember the channel, and ask an admin once which channel is the committee's. */
export async function captureCommitteeChannel(context: TurnContext, deps: BotDeps): Promise<void> {
  const team = (context.activity.channelData as { team?: { id?: unknown } } | undefined)?.team;
  if (typeof team?.id !== 'string') return;
  // Installing the app in a team does not make it the committee's: only an admin's choice does.
  try {
    await deps.state.put(stateId('committee-channel-asked', team.id), 'asked', { at: deps.clock().toISOString() }, { ifNoneExists: true });
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return;
    throw error;
  }
  let channels: Array<{ id: string; name: string }> = [];
  try {
    channels = (await TeamsInfo.getTeamChannels(context, team.id)).flatMap((channel) =>
      channel.id ? [{ id: channel.id, name: channel.name ?? 'General' }] : [],
    );
  } catch {
    channels = [];
  }
  const here = context.activity.conversation?.id ?? '';
  const options = channels.length > 0 ? channels : [{ id: here, name: 'General' }];
  const chooser = renderChannelChooserCard(options);
  await context.sendActivity(cardActivity(chooser, "Which channel is the committee's?"));
}

/**
 * Minutes posted in words or as a file: the message that follows "post outcomes" when the bot
 * asked for the minutes, and "post outcomes" itself (with the minutes, a file, or neither yet).
 */
export function registerOutcomeMessageRoutes(app: TrackerApp, deps: BotDeps): void {
  app.message(
    (context) => Promise.resolve(isMessage(context) && isAwaitingMinutes(context) && messageTextOf(context) !== ''),
    guarded(deps, async (context, state) => {
      delete state.conversation.awaitingMinutesFrom;
      await previewOutcomes(context, deps, await loadTurnPlan(context, deps), messageTextWithLines(context) || messageTextOf(context));
    }),
  );

  app.message(
    (context) => Promise.resolve(isMessage(context) && afterPostOutcomes(messageTextOf(context)) !== undefined),
    guarded(deps, async (context, state) => handlePostOutcomes(context, state, deps, await loadTurnPlan(context, deps), messageTextOf(context))),
  );
}
