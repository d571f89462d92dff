import { ActivityTypes, INVOKE_RESPONSE_KEY, type Attachment, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { renderActionLogCard, renderClosuresCard, renderProgressReportCard, type Delivery } from '../../cards/reportCards';
import { renderMessageCard } from '../../cards/render';
import { CARD_VERBS, ConfirmClosuresDataSchema } from '../../cards/verbs';
import { canCloseActions } from '../../domain/closure';
import { formatDate, isIsoDate } from '../../domain/dates';
import { meetingIdFor } from '../../meetings/recordOutcome';
import { buildActionLog, ReportInputError } from '../../reports/actionLog';
import { buildReport, DOCX_TYPE, type BuiltReport } from '../../reports/render';
import { closeAction } from '../../updates/updateAction';
import { ReportRequestSchema, REPORT_LINK_HOURS, type ReportRequest } from '../../web/reportLinks';
import { toAppError } from '../../errors';
import { cardActivity } from '../activities';
import { isMessage, loadTurnPlan, logFailure, messageTextOf, type BotDeps, type TrackerApp, type TurnPlan } from '../turn';
import { setRoute } from '../turnLog';
import { OUTBOUND_TIMEOUT_MS } from '../outboundPace';
import { changeContextOf } from './actionCards';
import { answerInvoke, STALE_BUTTON } from './invokes';
import { guarded } from './guarded';

const ACTION_LOG = /\b(?:action log|actions log|matters arising|schedule of (?:outstanding )?actions|action tracker report)\b/i;
const PROGRESS_REPORT = /\b(?:progress report|improvement update|update report)\b/i;
const CLOSURES =
  /^(?:please\s+)?(?:record|recording|confirm)\s+(?:the\s+)?closures?\b|\b(?:which|what)\s+actions?\s+can\s+(?:we\s+)?(?:be\s+)?close[d]?\b|^close\s+(?:the\s+)?(?:completed\s+)?actions\b/i;

/** "action log for the next meeting", "public progress report for areas 7 and 11": which document, with which choices. */
export function reportAsked(text: string): ReportRequest | 'closures' | undefined {
  const said = text.replace(/\s+/g, ' ').trim().slice(0, 300);
  if (CLOSURES.test(said)) return 'closures';
  const isPublic = /\bpublic\b/i.test(said);
  if (ACTION_LOG.test(said)) return { kind: 'actionLog', public: isPublic };
  if (PROGRESS_REPORT.test(said)) {
    const areaWords = /\bareas?\s+((?:\d{1,2}(?:\s*(?:,|and|&)\s*)?)+)/i.exec(said)?.[1];
    const areas = areaWords ? [...areaWords.matchAll(/\d{1,2}/g)].map((match) => Number(match[0])) : undefined;
    return { kind: 'progressReport', public: isPublic, ...(areas && areas.length > 0 ? { areas } : {}) };
  }
  return undefined;
}

/** Teams' own way for a bot to give a file in a personal chat: the person accepts, and the bot uploads to their OneDrive. */
function fileConsentCard(built: BuiltReport, request: ReportRequest): Attachment {
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name: built.fileName,
    content: {
      description: built.kind === 'actionLog' ? "The committee's action log, to edit in Word" : 'The progress report, to edit in Word',
      sizeInBytes: built.bytes.length,
      acceptContext: { request },
      declineContext: { request },
    },
  };
}

async function answerReport(context: TurnContext, deps: BotDeps, turn: TurnPlan, request: ReportRequest): Promise<void> {
  if (!turn.person) {
    const heading = "You're not on the plan's people list, so I can't give you the plan's documents. An administrator can add you.";
    await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs: [] }), heading));
    return;
  }
  let built: BuiltReport;
  try {
    built = await buildReport(turn.view, request, turn.today);
  } catch (error) {
    if (!(error instanceof ReportInputError)) throw error;
    await context.sendActivity(cardActivity(renderMessageCard({ heading: error.message, paragraphs: [] }), error.message));
    return;
  }
  const personal = context.activity.conversation?.conversationType === 'personal';
  // In a personal chat the file comes by Teams' file consent; elsewhere, a link that asks who is opening it and expires.
  const delivery: Delivery = personal
    ? { fileName: built.fileName, text: `Accept the file below to save ${built.fileName} to your OneDrive and open it in Word.` }
    : {
        fileName: built.fileName,
        link: `${turn.base}/reports/${deps.reportLinks.sign(request, deps.clock())}`,
        text: `The link works for ${REPORT_LINK_HOURS} hours, for people on the plan: it asks who you are before it gives the file.`,
      };
  const card =
    built.kind === 'actionLog' ? renderActionLogCard(built.log, delivery, canCloseActions(turn.person)) : renderProgressReportCard(built.report, delivery);
  const summary = built.kind === 'actionLog' ? `Action log for ${built.log.forMeeting}` : 'Progress report';
  await context.sendActivity(cardActivity(card, summary));
  if (personal) await context.sendActivity({ type: ActivityTypes.Message, attachments: [fileConsentCard(built, request)] });
}

const FileConsentSchema = z.object({
  type: z.literal('fileUpload'),
  action: z.enum(['accept', 'decline']),
  context: z.object({ request: ReportRequestSchema }).optional(),
  uploadInfo: z
    .object({
      uploadUrl: z.string().url(),
      contentUrl: z.string().url(),
      name: z.string().max(300),
      uniqueId: z.string().max(300).optional(),
      fileType: z.string().max(20).optional(),
    })
    .optional(),
});

/** Where Teams asks us to upload: its own HTTPS address (plain HTTP only to this machine, in local tests). */
function isUploadAddress(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname));
}

async function answerFileConsent(context: TurnContext, deps: BotDeps): Promise<void> {
  setRoute('report:fileConsent');
  const respond = (status: number): Promise<unknown> =>
    context.turnState.get(INVOKE_RESPONSE_KEY) ? Promise.resolve() : context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status } });
  const parsed = FileConsentSchema.safeParse(context.activity.value);
  if (!parsed.success) {
    await respond(400);
    return;
  }
  const consent = parsed.data;
  if (consent.action === 'decline' || !consent.context || !consent.uploadInfo) {
    await respond(200);
    if (consent.action === 'decline') await context.sendActivity('No file was saved. Ask again whenever you want it.');
    return;
  }
  const upload = consent.uploadInfo;
  try {
    const turn = await loadTurnPlan(context, deps);
    if (!turn.person || !isUploadAddress(upload.uploadUrl)) {
      await respond(200);
      await context.sendActivity("I couldn't save the file: that request didn't come through as expected. Ask for the document again.");
      return;
    }
    const built = await buildReport(turn.view, consent.context.request, turn.today);
    const response = await fetch(upload.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': DOCX_TYPE, 'content-range': `bytes 0-${built.bytes.length - 1}/${built.bytes.length}` },
      body: built.bytes,
      signal: AbortSignal.timeout(OUTBOUND_TIMEOUT_MS * 3),
    });
    await respond(200);
    if (!response.ok) {
      await context.sendActivity("I couldn't save the file to your OneDrive just now. Ask for the document again in a minute.");
      return;
    }
    await context.sendActivity({
      type: ActivityTypes.Message,
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.card.file.info',
          contentUrl: upload.contentUrl,
          name: upload.name,
          content: { uniqueId: upload.uniqueId, fileType: upload.fileType ?? 'docx' },
        },
      ],
    });
  } catch (error) {
    logFailure(deps, context, toAppError(error));
    await respond(200);
    await context.sendActivity("I couldn't save the file to your OneDrive just now. Ask for the document again in a minute.");
  }
}

/** The clerk's card for recording which proposed actions the committee closed. */
async function answerClosures(context: TurnContext, deps: BotDeps, turn: TurnPlan): Promise<void> {
  if (!canCloseActions(turn.person)) {
    const heading = 'Only clerks and admins can record which actions the committee closed.';
    await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs: [] }), heading));
    return;
  }
  const log = buildActionLog(turn.view, { today: turn.today, public: false });
  await context.sendActivity(
    cardActivity(renderClosuresCard(log, { meetingDate: turn.today, requestId: randomUUID() }), 'Which actions did the committee close?'),
  );
}

/** A request for a document is a short message: pasted minutes that mention "matters arising" are minutes. */
const MAX_REQUEST_LENGTH = 200;

/** "action log", "progress report", "record closures". */
export function registerReportMessageRoutes(app: TrackerApp, deps: BotDeps): void {
  app.message(
    (context) => {
      const text = isMessage(context) ? messageTextOf(context) : '';
      return Promise.resolve(text.length > 0 && text.length <= MAX_REQUEST_LENGTH && reportAsked(text) !== undefined);
    },
    guarded(deps, async (context) => {
      const asked = reportAsked(messageTextOf(context));
      const turn = await loadTurnPlan(context, deps);
      setRoute(asked === 'closures' ? 'report:closures' : `report:${asked?.kind ?? ''}`);
      if (asked === 'closures') await answerClosures(context, deps, turn);
      else if (asked) await answerReport(context, deps, turn, asked);
    }),
  );
}

/** Confirming closures, and Teams' file consent for a document. */
export function registerReportRoutes(app: TrackerApp, deps: BotDeps): void {
  app.activity(
    (context) => Promise.resolve(context.activity.type === (ActivityTypes.Invoke as string) && context.activity.name === 'fileConsent/invoke'),
    (context) => answerFileConsent(context, deps),
  );

  app.adaptiveCards.actionExecute<unknown>(CARD_VERBS.confirmClosures, (context, _state, data) =>
    answerInvoke(context, deps, 'card:confirmClosures', async () => {
      const parsed = ConfirmClosuresDataSchema.safeParse(data);
      if (!parsed.success) return STALE_BUTTON;
      const turn = await loadTurnPlan(context, deps);
      const log = buildActionLog(turn.view, { committeeId: parsed.data.committeeId, today: turn.today, public: false });
      const again = (text: string, tone: 'good' | 'attention' = 'attention') =>
        renderClosuresCard(log, { meetingDate: parsed.data.meetingDate || turn.today, requestId: parsed.data.requestId, banner: { text, tone } });
      // Checked here, whatever the card showed.
      if (!canCloseActions(turn.person)) return again('Only clerks and admins can record which actions the committee closed. Nothing was changed.');
      const date = parsed.data.meetingDate || turn.today;
      if (!isIsoDate(date)) return again('Choose the date of the meeting. Nothing was changed.');
      const minute = parsed.data.minute?.trim().slice(0, 30) || undefined;
      const chosen = Object.entries(parsed.data)
        .filter(([key, value]) => key.startsWith('close_') && value === 'true')
        .map(([key]) => key.slice('close_'.length));
      if (chosen.length === 0) return again('Turn on each action the committee agreed to close, then press Confirm. Nothing was changed.');
      const label = `meeting of ${formatDate(date)}${minute ? `, minute ${minute}` : ''}`;
      const results = await Promise.all(
        chosen.map(async (actionId) => {
          const action = turn.view.actions.find((one) => one.id === actionId);
          if (!action) return `An action on this card is no longer in the plan.`;
          const outcome = await closeAction(
            deps.plans,
            deps.planId,
            actionId,
            {
              requestId: `close:${parsed.data.requestId}:${actionId}`,
              meeting: meetingIdFor(parsed.data.committeeId, date),
              label,
              ...(minute ? { minute } : {}),
            },
            changeContextOf(deps, turn),
          );
          return outcome.kind === 'refused'
            ? outcome.refusal.message
            : outcome.kind === 'not_found'
              ? `${action.ref} is no longer in the plan.`
              : `closed:${action.ref}`;
        }),
      );
      const closed = results.filter((result) => result.startsWith('closed:')).map((result) => result.slice('closed:'.length));
      const problems = results.filter((result) => !result.startsWith('closed:'));
      const after = await deps.planCache.view(deps.planId);
      const fresh = after ? buildActionLog(after, { committeeId: parsed.data.committeeId, today: turn.today, public: false }) : log;
      const text = `${closed.length > 0 ? `Closed at the ${label}: ${closed.join(', ')}. They leave the next action log and keep their history.` : 'Nothing was closed.'}${problems.length > 0 ? ` ${problems.join(' ')}` : ''}`;
      return renderClosuresCard(fresh, { meetingDate: date, requestId: randomUUID(), banner: { text, tone: problems.length > 0 ? 'attention' : 'good' } });
    }),
  );
}
