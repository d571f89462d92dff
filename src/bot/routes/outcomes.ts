import { randomUUID } from 'node:crypto';
import { TeamsInfo, TurnContext, type Attachment } from 'botbuilder';
import mammoth from 'mammoth';
import { z } from 'zod';
import { hasRole } from '../../domain/rules';
import type { Person } from '../../domain/model';
import { formatDate } from '../../domain/dates';
import { AppError } from '../../errors';
import { stateId } from '../../store/stateRepository';
import { parseMinutes } from '../../minutes/parseMinutes';
import type { MinutesOutcome } from '../../minutes/outcome';
import { findPersonalData, findPersonalDataIn } from '../../domain/safeguarding';
import { parseChatAction } from '../../minutes/chatActions';
import { draftFromMinutes, OutcomeDraftSchema, type OutcomeDraft } from '../../meetings/outcomeDraft';
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
import { hasLostLineBreaks, textFromHtml } from '../../minutes/fromHtml';
import { loadTurnPlan, type BotDeps, type TrackerApp, type TrackerTurnState, type TurnPlan } from '../turn';
import { cardActivity } from '../activities';
import { committeeChannelId, loadReference, personalReferenceId, saveReference } from '../references';
import { sendProactive } from '../proactive';
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
const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
const draftStateId = (id: string): string => `draft-${id}`;
const meetingNotesId = (conversationId: string): string => stateId('meeting-notes', conversationId);

export function canConfirmOutcomes(person: Person | undefined): boolean {
  return hasRole(person, 'clerk') || hasRole(person, 'admin');
}

/** Text of a .txt or .docx attachment (a Teams file, or an inline text file). */
async function attachmentText(attachment: Attachment): Promise<string | undefined> {
  const content = attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
  const url = typeof content?.downloadUrl === 'string' ? content.downloadUrl : attachment.contentUrl;
  const kind = typeof content?.fileType === 'string' ? content.fileType.toLowerCase() : (attachment.name?.split('.').pop() ?? '').toLowerCase();
  if (!url || !/^https?:/.test(url) || !['txt', 'docx', 'text'].includes(kind === 'text/plain' ? 'txt' : kind)) return undefined;
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) return undefined;
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > MAX_ATTACHMENT_BYTES) return undefined;
  return kind === 'docx' ? (await mammoth.extractRawText({ buffer: bytes })).value : bytes.toString('utf8');
}

async function saveDraft(deps: BotDeps, draft: OutcomeDraft): Promise<void> {
  await deps.state.put(draftStateId(draft.id), 'outcomeDraft', draft);
}

async function loadDraft(deps: BotDeps, id: string): Promise<{ draft: OutcomeDraft; etag: string } | undefined> {
  const record = await deps.state.get(draftStateId(id));
  const parsed = OutcomeDraftSchema.safeParse(record?.value);
  return record && parsed.success ? { draft: parsed.data, etag: record.etag } : undefined;
}

function previewFor(turn: TurnPlan, draft: OutcomeDraft, banner?: { text: string; tone: 'good' | 'attention'; items?: readonly string[] }): AdaptiveCard {
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
  const draft = draftFromMinutes(
    outcome,
    {
      planId: deps.planId,
      areas: turn.view.plan.areas,
      people: turn.view.people,
      committees: turn.view.committees,
      meetings: turn.view.meetings,
      actions: turn.view.actions,
      today: turn.today,
    },
    {
      id: randomUUID(),
      createdBy: turn.person?.id ?? context.activity.from?.aadObjectId ?? 'unknown',
      createdAt: deps.clock().toISOString(),
      source: 'pasted',
    },
  );
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

/**
 * A message's text with its line breaks: Teams keeps them in the message's HTML when the plain
 * text has lost them; the bot's own @mention is left out.
 */
export function messageTextWithLines(context: TurnContext): string {
  const plain = (context.activity.text ?? '').trim();
  const html = (context.activity.attachments ?? []).find((attachment) => attachment.contentType === 'text/html' && typeof attachment.content === 'string');
  if (!html || typeof html.content !== 'string') return plain;
  const botId = context.activity.recipient?.id;
  const mentions = (context.activity.entities ?? []).flatMap((entity) => {
    const mention = entity as { type?: unknown; mentioned?: { id?: unknown }; text?: unknown };
    return mention.type === 'mention' && mention.mentioned?.id === botId && typeof mention.text === 'string' ? [mention.text] : [];
  });
  const fromHtml = textFromHtml(mentions.reduce((content, mention) => content.split(mention).join(''), html.content));
  return fromHtml.includes('\n') ? fromHtml : plain;
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

async function announce(
  context: TurnContext,
  deps: BotDeps,
  turn: TurnPlan,
  summary: AdaptiveCard,
  created: readonly { owner: string; ref: string; title: string; due: string }[],
  meetingDate: string,
): Promise<string[]> {
  const notes: string[] = [];
  const channel = await loadReference(deps.state, committeeChannelId(deps.planId));
  if (channel) {
    const sent = await sendProactive(deps.adapter, deps.botAppId, channel, cardActivity(summary, `Committee outcomes of ${formatDate(meetingDate)}`));
    notes.push(sent.ok ? "Posted the summary to the committee's channel." : "Couldn't post to the committee's channel; the summary is here instead.");
  } else {
    notes.push("No committee channel is set up yet (install the app in the committee's team), so the summary is only here.");
  }
  const unreachable: string[] = [];
  for (const owner of new Set(created.map((action) => action.owner))) {
    const person = turn.view.people.find((candidate) => candidate.id === owner);
    const reference = person?.aadObjectId ? await loadReference(deps.state, personalReferenceId(person.aadObjectId)) : undefined;
    const theirs = created.filter((action) => action.owner === owner);
    const card = renderMessageCard({
      heading: `You have ${theirs.length === 1 ? 'a new action' : `${theirs.length} new actions`} from the committee meeting of ${formatDate(meetingDate)}`,
      paragraphs: theirs.map((action) => `${action.ref} ${action.title} (due ${formatDate(action.due)})`),
      buttonsIntro: '',
      buttons: [{ title: 'My actions', question: 'My actions' }],
    });
    const sent = reference ? await sendProactive(deps.adapter, deps.botAppId, reference, cardActivity(card, 'You have a new action')) : undefined;
    if (!sent?.ok) unreachable.push(person?.name ?? owner);
  }
  notes.push(
    unreachable.length === 0
      ? created.length > 0
        ? 'Told each new owner in their personal chat.'
        : ''
      : `Couldn't reach ${unreachable.join(', ')} in Teams yet (they need to open the app once); please let them know.`,
  );
  return notes.filter(Boolean);
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
      const notes = await announce(context, deps, turn, summary, result.created, result.meeting.date);
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

  // During a Teams meeting, "action: Helen Marsh to circulate the audit by 28 Feb" is noted as a draft.
  app.meetings.end(async (context) => {
    setRoute('meeting:end');
    const conversationId = context.activity.conversation?.id ?? '';
    const record = await deps.state.get(meetingNotesId(conversationId));
    const lines = z.array(z.string()).safeParse(record?.value);
    if (!record || !lines.success || lines.data.length === 0) return;
    const turn = await loadTurnPlan(context, deps);
    const actions = lines.data.map((line) => parseChatAction(line));
    const draft = draftFromMinutes(
      { committee: null, meetingDate: turn.today, items: [], resolutions: [], actions },
      {
        planId: deps.planId,
        areas: turn.view.plan.areas,
        people: turn.view.people,
        committees: turn.view.committees,
        meetings: turn.view.meetings,
        actions: turn.view.actions,
        today: turn.today,
      },
      {
        id: randomUUID(),
        createdBy: 'meeting-chat',
        createdAt: deps.clock().toISOString(),
        source: 'meeting_chat',
      },
    );
    await saveDraft(deps, draft);
    await deps.state.delete(meetingNotesId(conversationId));
    await context.sendActivity(
      cardActivity(
        previewFor(turn, draft, {
          text: `The meeting has ended. ${actions.length} action${actions.length === 1 ? ' was' : 's were'} noted: a clerk can check and confirm them.`,
          tone: 'good',
        }),
        'Actions noted in the meeting',
      ),
    );
  });
}

/** In a meeting's chat, lines starting "action:" are kept as drafts until the meeting ends. */
export async function captureMeetingChatActions(context: TurnContext, deps: BotDeps, text: string): Promise<boolean> {
  const meeting = (context.activity.channelData as { meeting?: { id?: unknown } } | undefined)?.meeting;
  if (!meeting?.id) return false;
  const noted = text
    .split(/\r?\n/)
    .map((line) => /^\s*action\s*[:\-–]\s*(.+)$/i.exec(line)?.[1]?.trim())
    .filter((line): line is string => Boolean(line));
  if (noted.length === 0) return false;
  setRoute('meeting:note');
  // A line naming a child is not kept, not even as a draft.
  const view = await deps.planCache.view(deps.planId);
  const staffNames = view?.people.map((person) => person.name) ?? [];
  const year = Number(deps.clock().toISOString().slice(0, 4));
  const checked = noted.map((line) => ({ line, finding: findPersonalData(line, year, { staffNames }) }));
  const refused = checked.find((entry) => entry.finding)?.finding;
  const lines = checked.filter((entry) => !entry.finding).map((entry) => entry.line);
  if (refused) {
    await context.sendActivity(
      `I didn't note ${lines.length === 0 ? 'that action' : 'one of those actions'}: it looks like it contains ${refused.what}. The tracker is not a case record; please put the action without the child's details.`,
    );
    if (lines.length === 0) return true;
  }
  const id = meetingNotesId(context.activity.conversation?.id ?? '');
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const record = await deps.state.get(id);
    const existing = z.array(z.string()).safeParse(record?.value);
    const next = [...(existing.success ? existing.data : []), ...lines];
    try {
      await deps.state.put(id, 'meetingNotes', next, record ? { ifMatch: record.etag } : { ifNoneExists: true });
      break;
    } catch (error) {
      if (!(error instanceof AppError && (error.code === 'STALE' || error.code === 'CONFLICT'))) throw error;
    }
  }
  const heading = `Noted ${lines.length === 1 ? 'a draft action' : `${lines.length} draft actions`}. When the meeting ends I will post them for the clerk to confirm.`;
  await context.sendActivity(heading);
  return true;
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
