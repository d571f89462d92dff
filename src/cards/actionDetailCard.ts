import { randomUUID } from 'node:crypto';
import { canUpdateAction, ragInWords, STATUS_LABELS } from '../domain/rules';
import { formatDate, type IsoDate } from '../domain/dates';
import { ACTION_STATUSES, type Area, type Person } from '../domain/model';
import { areaLeadOf, canVerify, describeUpdate, isAwaitingVerification, slippage, undoneIds, whoMayUpdate } from '../domain/changes';
import { actionLine, type ActionView } from '../ask/answer';
import { UNDO_MINUTES } from '../domain/undo';
import { againstTarget, targetOf } from '../domain/measure';
import type { TemplateData } from './templateData';
import { AdaptiveCard, RAG_COLORS, clip, expand } from './cardKit';

export type DetailCardData = TemplateData<'actionDetail'>;

export type DetailCardOptions = Readonly<{
  viewer: Person | undefined;
  people: readonly Person[];
  areas: readonly Area[];
  today: IsoDate;
  back?: { question: string; page: number };
  banner?: { text: string; tone: 'good' | 'attention' };
  /** What the person had typed, kept when their save could not be made. */
  draft?: Partial<{
    status: string;
    note: string;
    due: string;
    reason: string;
    confidential: string;
    evidence: string;
    noEvidenceReason: string;
    figure: string;
    figureAsOf: string;
  }>;
  /** 'everyone': the copy in the message that all members see; 'viewer' (default): one person's copy. */
  audience?: 'viewer' | 'everyone';
  /** Teams user ids (`29:…`) of the owner and the area lead, who get their own copy by refresh. */
  refreshUserIds?: readonly string[];
  /** An entry of the history the viewer may still take back: the card offers Undo for it. */
  undo?: { updateId: string };
  /** The action's own address (`<base>/actions/<ref>`): the card links to its page. */
  address?: string;
}>;

const MAX_UPDATES_SHOWN = 5;
/** Teams refreshes a card automatically for at most 60 listed users. */
const MAX_REFRESH_USERS = 60;

export function renderActionDetailCard(view: ActionView, options: DetailCardOptions): AdaptiveCard {
  const { action } = view;
  const { people, areas, viewer } = options;
  const nameOf = (id: string): string => people.find((person) => person.id === id)?.name ?? id;
  const sourceText =
    action.source.kind === 'plan'
      ? 'In the improvement plan'
      : view.meeting
        ? `Committee meeting, ${formatDate(view.meeting.date)}${action.source.minute ? `, minute ${action.source.minute}` : ''}`
        : `Committee meeting${action.source.minute ? `, minute ${action.source.minute}` : ''}`;
  const undone = undoneIds(action);
  const updates = [...action.updates]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, MAX_UPDATES_SHOWN)
    .map((update) => ({
      who: nameOf(update.by),
      when: formatDateTime(update.at),
      what: describeUpdate(update, people, { undone: update.id !== undefined && undone.has(update.id) }) || 'Updated.',
    }));
  const awaiting = isAwaitingVerification(action);
  const target = targetOf(action.measure);
  const canEdit = canUpdateAction(viewer, action, areas);
  const slip = slippage(action);
  const lead = areaLeadOf(action, areas);
  const refreshUserIds = [...new Set(options.refreshUserIds ?? [])].slice(0, MAX_REFRESH_USERS);
  const statusText = awaiting
    ? `Complete, awaiting verification by ${lead && lead !== action.completion?.by ? `${nameOf(lead)} or ` : ''}a manager`
    : action.status === 'complete' && action.completion?.verifiedBy
      ? `Complete, verified by ${nameOf(action.completion.verifiedBy)}`
      : STATUS_LABELS[action.status];
  const data: DetailCardData = {
    actionId: action.id,
    ref: action.ref,
    title: action.title,
    ragLabel: ragInWords(view.rag, view.ragReason),
    ragColor: RAG_COLORS[view.rag],
    areaLabel: `${action.area} · ${view.areaTitle}`,
    ownerName: view.ownerName,
    dueText: `${formatDate(action.due)}${view.overdue ? ` (overdue by ${view.daysOverdue} day${view.daysOverdue === 1 ? '' : 's'})` : ''}`,
    statusText,
    sourceText,
    slippageText:
      slip.moves > 0
        ? `Due date moved ${slip.moves === 1 ? 'once' : `${slip.moves} times`}: first planned for ${formatDate(slip.originalDue)}, now ${Math.abs(slip.daysLater)} day${Math.abs(slip.daysLater) === 1 ? '' : 's'} ${slip.daysLater >= 0 ? 'later' : 'earlier'}.`
        : '',
    measure: action.measure ?? '',
    updates,
    banner: options.banner?.text ?? '',
    undoUpdateId: options.undo?.updateId ?? '',
    address: options.address ?? '',
    undoText: options.undo ? `Undo is here for ${UNDO_MINUTES} minutes after the change, for you only.` : '',
    bannerStyle: options.banner?.tone ?? 'default',
    canEdit,
    showComplete: action.status !== 'complete',
    canVerifyNow: awaiting && canVerify(viewer, action, areas),
    notAllowedText: canEdit
      ? ''
      : options.audience === 'everyone'
        ? `${whoMayUpdate(action, people, areas).replace(/^./, (first) => first.toUpperCase())} can update ${action.ref}: press Update ${action.ref} to open your own copy.`
        : viewer
          ? `Only ${whoMayUpdate(action, people, areas)} can update ${action.ref}.`
          : "You're not on the plan's people list, so you can read this action but not update it.",
    // The copy everyone sees has no inputs; whoever may update opens their own (clients without refresh too).
    showOpenToUpdate: options.audience === 'everyone',
    statusChoices: ACTION_STATUSES.map((status) => ({ title: STATUS_LABELS[status], value: status })),
    draft: {
      status: options.draft?.status || action.status,
      note: options.draft?.note ?? '',
      due: options.draft?.due || action.due,
      reason: options.draft?.reason ?? '',
      confidential: options.draft?.confidential === 'true' ? 'true' : 'false',
      evidence: options.draft?.evidence ?? '',
      noEvidenceReason: options.draft?.noEvidenceReason ?? '',
      figure: options.draft?.figure ?? '',
      figureAsOf: options.draft?.figureAsOf || options.today,
    },
    // The measure's target, and the latest figure against it.
    targetText: target && canEdit && options.audience !== 'everyone' ? target.text : '',
    figureText: target ? (action.figure ? `${againstTarget(target, action.figure)}.` : `none recorded yet (target: ${target.text}).`) : '',
    today: options.today,
    // The evidence the owner gave when they marked it complete: what the verifier checks.
    evidenceLabel: action.completion?.evidence ? 'Evidence: ' : action.completion?.noEvidenceReason ? 'No evidence yet: ' : '',
    evidenceText: action.status === 'complete' ? (action.completion?.evidence ?? action.completion?.noEvidenceReason ?? '') : '',
    evidencePrompt: clip(areas.find((area) => area.number === action.area)?.evidence ?? 'What shows it is done?', 200),
    // Never later than the date the card is drawn with: an overdue action's own date must stay valid, or Teams sends nothing.
    minDue: [options.today, action.due, options.draft?.due ?? ''].filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)).sort()[0] ?? options.today,
    basis: { status: action.status, due: action.due, owner: action.owner },
    renderId: randomUUID(),
    refreshUserIds,
    question: options.back?.question ?? '',
    page: options.back?.page ?? 1,
    fallbackText: `${options.banner ? `${options.banner.text}\n` : ''}${actionLine(view)}`,
    speak: `Action ${action.ref}: ${action.title}. ${statusText}.`,
  };
  return expand('actionDetail', data);
}

function formatDateTime(timestamp: string): string {
  return new Date(timestamp).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
}
