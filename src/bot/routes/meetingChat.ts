import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { findPersonalData } from '../../domain/safeguarding';
import { AppError } from '../../errors';
import { draftFromMinutes } from '../../meetings/outcomeDraft';
import { parseChatAction } from '../../minutes/chatActions';
import { stateId } from '../../store/stateRepository';
import { cardActivity } from '../activities';
import { isMessage, loadTurnPlan, messageTextOf, type BotDeps, type TrackerApp } from '../turn';
import { setRoute } from '../turnLog';
import { guarded } from './guarded';
import { planContextOf, previewFor, saveDraft } from './outcomes';

const meetingNotesId = (conversationId: string): string => stateId('meeting-notes', conversationId);

/** The "action: ..." lines of a message in a Teams meeting's chat (none outside a meeting). */
function meetingActionLines(context: TurnContext, text: string): string[] {
  const meeting = (context.activity.channelData as { meeting?: { id?: unknown } } | undefined)?.meeting;
  if (!meeting?.id) return [];
  return text
    .split(/\r?\n/)
    .map((line) => /^\s*action\s*[:\-–]\s*(.+)$/i.exec(line)?.[1]?.trim())
    .filter((line): line is string => Boolean(line));
}

/** In a meeting's chat, lines starting "action:" are kept as drafts until the meeting ends. */
async function captureMeetingChatActions(context: TurnContext, deps: BotDeps, noted: readonly string[]): Promise<void> {
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
    if (lines.length === 0) return;
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
}

/** "action:" lines in a meeting's chat are noted as drafts; when the meeting ends they are posted for the clerk. */
export function registerMeetingChatRoutes(app: TrackerApp, deps: BotDeps): void {
  app.message(
    (context) => Promise.resolve(isMessage(context) && meetingActionLines(context, messageTextOf(context)).length > 0),
    guarded(deps, (context) => captureMeetingChatActions(context, deps, meetingActionLines(context, messageTextOf(context)))),
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
    const draft = draftFromMinutes({ committee: null, meetingDate: turn.today, items: [], resolutions: [], actions }, planContextOf(deps, turn), {
      id: randomUUID(),
      createdBy: 'meeting-chat',
      createdAt: deps.clock().toISOString(),
      source: 'meeting_chat',
    });
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
