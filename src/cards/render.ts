import { randomUUID } from 'node:crypto';
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
import minutesInputTemplate from './templates/minutesInput.json';
import { canUpdateAction, STATUS_LABELS, type Rag } from '../domain/rules';
import { formatDate, type IsoDate } from '../domain/dates';
import { ACTION_STATUSES, type Action, type Area, type Meeting, type Person } from '../domain/model';
import type { OutcomeDraft } from '../meetings/outcomeDraft';
import type { Digest, DigestItem } from '../domain/digest';
import { areaLeadOf, canVerify, describeUpdate, isAwaitingVerification, slippage, whoMayUpdate } from '../domain/changes';
import { MAX_QUESTION_LENGTH } from '../ask/parseQuestion';
import { actionLine, answerText, HELP_EXAMPLES, viewsOf, MORE_EXAMPLES, type ActionView, type Answer, type AreaSummary, type PlanFacts } from '../ask/answer';

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
} as const;
export type TemplateName = keyof typeof TEMPLATES;

// One compiled Template per card, reused for every expansion.
const compiled = new Map<TemplateName, ACData.Template>();

function expand<T extends object>(name: TemplateName, data: T): AdaptiveCard {
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
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

// Long texts are shown whole on an action's own card; lists show the start of them.
const LIST_TEXT_LIMIT = 300;
const CHOICE_TITLE_LIMIT = 60;
// A card's text fallback is read where the card cannot be drawn (and in notifications): a few lines.
const FALLBACK_LIMIT = 1500;
// What the bot sends beside a card (cardActivity keeps 200 characters of its summary).
const SUMMARY_ALLOWANCE = 'x'.repeat(200);

/**
 * The fullest drawing `draw(shown)`, for `shown` from `most` down to 0, that fits in one Teams
 * message: past the limit Teams refuses the whole message and the person sees nothing.
 */
function fitted(most: number, draw: (shown: number) => AdaptiveCard): AdaptiveCard {
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

const RAG_COLORS: Record<Rag, string> = { red: 'Attention', amber: 'Warning', green: 'Good', complete: 'Accent', cancelled: 'Default' };
const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete', cancelled: 'Cancelled' };

export type ListCardData = {
  heading: string;
  reading: string;
  question: string;
  page: number;
  pages: number;
  pageText: string;
  showAreaHeadings: boolean;
  empty: boolean;
  emptyText: string;
  fallbackText: string;
  speak: string;
  groups: Array<{
    heading: string;
    items: Array<{ id: string; ref: string; title: string; meta: string; ragText: string; ragColor: string }>;
  }>;
};

const HEADING_STATUS: Record<string, string> = {
  outstanding: 'outstanding',
  overdue: 'overdue',
  blocked: 'blocked',
  not_started: 'not started',
  in_progress: 'in progress',
  complete: 'completed',
  cancelled: 'cancelled',
  red: 'red-rated',
  amber: 'amber-rated',
  green: 'green-rated',
  any: '',
};

/** "4 outstanding actions", "No overdue actions". */
function listHeading(answer: Extract<Answer, { intent: 'list_actions' }>): string {
  const n = answer.matched.length;
  const statuses = answer.query.filter.statuses;
  const word = statuses.length === 1 ? (HEADING_STATUS[statuses[0] ?? 'any'] ?? '') : '';
  const noun = `${word ? `${word} ` : ''}action${n === 1 ? '' : 's'}`;
  return n === 0 ? `No ${word ? `${word} ` : ''}actions` : `${n} ${noun}`;
}

export function renderActionListCard(answer: Extract<Answer, { intent: 'list_actions' }>, question: string, requestedPage = 1): AdaptiveCard {
  const pages = Math.max(1, Math.ceil(answer.matched.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const shown = viewsOf(answer, (page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const groups: ListCardData['groups'] = [];
  for (const view of shown) {
    const heading = `${view.action.area} · ${view.areaTitle}`;
    let group = groups[groups.length - 1];
    if (!group || group.heading !== heading) {
      group = { heading, items: [] };
      groups.push(group);
    }
    group.items.push({
      id: view.action.id,
      ref: view.action.ref,
      title: clip(view.action.title, LIST_TEXT_LIMIT),
      meta: `${view.ownerName} · due ${formatDate(view.action.due)} · ${isAwaitingVerification(view.action) ? 'Complete, awaiting verification' : STATUS_LABELS[view.action.status]}`,
      ragText: view.ragReason ? `${RAG_LABELS[view.rag]}: ${view.ragReason}` : '',
      ragColor: RAG_COLORS[view.rag],
    });
  }
  const areaCount = new Set(answer.matched.map((action) => action.area)).size;
  const first = (page - 1) * PAGE_SIZE + 1;
  const data: ListCardData = {
    heading: listHeading(answer),
    reading: answer.reading,
    question,
    page,
    pages,
    pageText: `Showing ${first}–${first + shown.length - 1} of ${answer.matched.length}`,
    showAreaHeadings: areaCount > 1,
    empty: answer.matched.length === 0,
    emptyText: 'Nothing matches that just now. Try widening it, for example without the date or the status.',
    fallbackText: clip(answerText(answer), FALLBACK_LIMIT),
    speak: `${listHeading(answer)}. ${answer.reading}.`,
    groups,
  };
  return expand('actionList', data);
}

export type DetailCardData = {
  actionId: string;
  ref: string;
  title: string;
  ragLabel: string;
  ragColor: string;
  areaLabel: string;
  ownerName: string;
  dueText: string;
  statusText: string;
  sourceText: string;
  slippageText: string;
  measure: string;
  updates: Array<{ who: string; when: string; what: string }>;
  banner: string;
  bannerStyle: 'good' | 'attention' | 'default';
  canEdit: boolean;
  showComplete: boolean;
  canVerifyNow: boolean;
  notAllowedText: string;
  showOpenToUpdate: boolean;
  statusChoices: Array<{ title: string; value: string }>;
  draft: { status: string; note: string; due: string; reason: string };
  minDue: string;
  basis: { status: string; due: string; owner: string };
  /** New for every drawing of the card: a second press of the same button is the same request. */
  renderId: string;
  refreshUserIds: string[];
  question: string;
  page: number;
  fallbackText: string;
  speak: string;
};

export type DetailCardOptions = Readonly<{
  viewer: Person | undefined;
  people: readonly Person[];
  areas: readonly Area[];
  today: IsoDate;
  back?: { question: string; page: number };
  banner?: { text: string; tone: 'good' | 'attention' };
  /** What the person had typed, kept when their save could not be made. */
  draft?: Partial<{ status: string; note: string; due: string; reason: string }>;
  /** 'everyone': the copy in the message that all members see; 'viewer' (default): one person's copy. */
  audience?: 'viewer' | 'everyone';
  /** Teams user ids (`29:…`) of the owner and the area lead, who get their own copy by refresh. */
  refreshUserIds?: readonly string[];
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
  const updates = [...action.updates]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, MAX_UPDATES_SHOWN)
    .map((update) => ({ who: nameOf(update.by), when: formatDateTime(update.at), what: describeUpdate(update, people) || 'Updated.' }));
  const awaiting = isAwaitingVerification(action);
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
    ragLabel: view.ragReason ? `${RAG_LABELS[view.rag]}: ${view.ragReason}` : RAG_LABELS[view.rag],
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
    },
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

export function renderSummaryCard(answer: Extract<Answer, { intent: 'summary' }>, planName: string, asOf: string): AdaptiveCard {
  const label = (summary: AreaSummary): string => `${summary.area.number} · ${summary.area.shortTitle}`;
  return expand('summary', {
    planName,
    asOf: formatDate(asOf),
    // Numbers are bound as text: the renderer drops a TextBlock whose text is a number.
    totals: Object.fromEntries(Object.entries(answer.totals).map(([key, value]) => [key, String(value)])),
    totalsText: `${answer.totals.total} actions, ${answer.totals.overdue} overdue.`,
    areas: answer.areas.map((summary) => ({
      label: label(summary),
      question: `What's outstanding in area ${summary.area.number}?`,
      red: String(summary.red),
      amber: String(summary.amber),
      green: String(summary.green),
      complete: String(summary.complete),
    })),
    fallbackText: answerText(answer),
    speak: `${answer.totals.red} red, ${answer.totals.amber} amber, ${answer.totals.green} green.`,
  });
}

export type MessageCardData = {
  heading: string;
  paragraphs: string[];
  buttonsIntro?: string;
  buttons?: Array<{ title: string; question: string }>;
};

/** A short message with optional buttons that ask a question for the person. */
export function renderMessageCard(message: MessageCardData): AdaptiveCard {
  const text = clip([message.heading, ...message.paragraphs].join('\n'), FALLBACK_LIMIT);
  const paragraphs = message.paragraphs.map((paragraph) => ({ text: clip(paragraph, 1000) }));
  return fitted(paragraphs.length, (count) =>
    expand('message', {
      heading: message.heading,
      paragraphs: count < paragraphs.length ? [...paragraphs.slice(0, count), { text: `And ${paragraphs.length - count} more.` }] : paragraphs,
      buttonsIntro: message.buttonsIntro ?? '',
      buttons: message.buttons ?? [],
      fallbackText: text,
      speak: message.heading,
    }),
  );
}

export function renderHelpCard(heading = 'What I can answer'): AdaptiveCard {
  return renderMessageCard({
    heading,
    paragraphs: [
      'Ask about the improvement plan in your own words: an area, a topic, a person, a status, a date or a committee meeting.',
      'Every answer says how I read your question, so you can check it.',
      `You can also ask: ${MORE_EXAMPLES.map((question) => `"${question}"`).join(', ')}.`,
      'Update an action in words ("mark 7.2 complete", "move 7.2 to 30 April because the release slipped", "add a note to 9.1: ..."). Clerks can "post outcomes" of a meeting; managers can ask for their "digest".',
    ],
    buttonsIntro: 'Try one of these:',
    buttons: HELP_EXAMPLES.map((question) => ({ title: question, question })),
  });
}

export function renderAnswerCard(
  answer: Answer,
  context: { question: string; page?: number; facts: PlanFacts; planName: string; asOf: string; viewer: Person | undefined },
): AdaptiveCard {
  switch (answer.intent) {
    case 'list_actions':
      return renderActionListCard(answer, context.question, context.page);
    case 'action_detail':
      return renderActionDetailCard(answer.action, { viewer: context.viewer, people: context.facts.people, areas: context.facts.areas, today: context.asOf });
    case 'summary':
      return renderSummaryCard(answer, context.planName, context.asOf);
    case 'help':
      return renderHelpCard();
    case 'clarify_person':
      return renderMessageCard({
        heading: answer.reading,
        paragraphs: [],
        buttonsIntro: 'Choose one:',
        buttons: answer.candidates.map((candidate) => ({ title: `${candidate.name}, ${candidate.jobTitle}`, question: candidate.question })),
      });
    case 'unknown':
      return renderMessageCard({
        heading: answer.reading,
        paragraphs:
          answer.reason === 'no_topic_match'
            ? ["I haven't listed anything rather than guess."]
            : answer.reason === 'too_long'
              ? [
                  `Questions can be up to ${MAX_QUESTION_LENGTH.toLocaleString('en-GB')} characters. Ask me a short question about the plan, for example "what's overdue?".`,
                ]
              : answer.reason === 'no_words'
                ? ['Ask me a short question about the plan, for example "what\'s overdue?".']
                : [],
        buttonsIntro: answer.suggestedAreas.length > 0 ? 'The closest areas of the plan:' : 'You could try:',
        buttons: [
          ...answer.suggestedAreas.map((area) => ({ title: `${area.number} · ${area.shortTitle}`, question: `What's outstanding in area ${area.number}?` })),
          { title: 'Summary of the plan', question: 'Summary' },
          { title: 'Help', question: 'Help' },
        ].slice(0, 5),
      });
  }
}

/** Preview cards list at most this many actions; more are recorded afterwards, one by one. */
export const MAX_PREVIEW_ACTIONS = 25;
const MAX_SUMMARY_ACTIONS = 20;

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
const MAX_ITEMS_SHOWN = 20;
const ITEM_TEXT_LIMIT = 200;
const MAX_PREVIEW_RESOLUTIONS = 20;
const RESOLUTION_TEXT_LIMIT = 400;

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
      items: draft.items.slice(0, MAX_ITEMS_SHOWN).map((item) => ({ ref: item.ref, title: clip(item.title, ITEM_TEXT_LIMIT) })),
      moreItems: draft.items.length > MAX_ITEMS_SHOWN ? `And ${draft.items.length - MAX_ITEMS_SHOWN} more items.` : '',
      resolutions: draft.resolutions
        .slice(0, MAX_PREVIEW_RESOLUTIONS)
        .map((resolution) => ({ ref: resolution.ref, text: clip(resolution.text, RESOLUTION_TEXT_LIMIT) })),
      resolutionCount: String(draft.resolutions.length),
      moreResolutions: draft.resolutions.length > MAX_PREVIEW_RESOLUTIONS ? `And ${draft.resolutions.length - MAX_PREVIEW_RESOLUTIONS} more resolutions.` : '',
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

export type MinutesInputCardData = Readonly<{ heading: string; paragraphs: readonly string[]; banner?: string; minutes?: string }>;

/** A box to paste minutes into: a card's multi-line input keeps line breaks whatever the message box does. */
export function renderMinutesInputCard(input: MinutesInputCardData): AdaptiveCard {
  return expand('minutesInput', {
    heading: input.heading,
    paragraphs: input.paragraphs.map((text) => ({ text })),
    banner: input.banner ?? '',
    minutes: input.minutes ?? '',
    fallbackText: [input.banner, input.heading, ...input.paragraphs].filter(Boolean).join('\n'),
  });
}

/** Asks an admin which of the team's channels gets the committee's summaries. */
export function renderChannelChooserCard(channels: ReadonlyArray<{ id: string; name: string }>): AdaptiveCard {
  return expand('channelChooser', { channels: channels.slice(0, 5).map((channel) => ({ id: channel.id, name: clip(channel.name, CHOICE_TITLE_LIMIT) })) });
}

const DIGEST_SECTION_LIMIT = 8;
const DIGEST_CHANGES_LIMIT = 10;
const DIGEST_AREAS_LIMIT = 15;
const DIGEST_TEXT_LIMIT = 12;

/** A manager's weekly digest; long sections are summarised with a count and a question to see them all. */
export function renderDigestCard(digest: Digest, today: IsoDate, areas: readonly Area[]): AdaptiveCard {
  const led = areas.filter((area) => area.lead === digest.person.id);
  const scopeText =
    digest.scope === 'plan'
      ? 'The whole plan (you are an admin).'
      : led.length > 0
        ? `Areas you lead: ${led.map((area) => `${area.number} ${area.shortTitle}`).join(', ')}; and actions you own.`
        : 'Actions you own.';
  const section =
    (title: string, color: string, items: readonly DigestItem[], meta: (item: DigestItem) => string, moreQuestion: string) => (limit: number) => ({
      title: `${title} (${items.length})`,
      color,
      items: items.slice(0, limit).map((item) => ({ id: item.id, ref: item.ref, title: clip(item.title, LIST_TEXT_LIMIT), meta: meta(item) })),
      more: items.length > limit ? `And ${items.length - limit} more: ask "${moreQuestion}".` : '',
    });
  const sections = [
    digest.overdue.length > 0
      ? section(
          'Overdue',
          'Attention',
          digest.overdue,
          (item) => `${item.owner} · ${item.daysOverdue} day${item.daysOverdue === 1 ? '' : 's'} overdue (due ${formatDate(item.due)})`,
          "What's overdue?",
        )
      : undefined,
    digest.dueSoon.length > 0
      ? section(
          'Due in the next 14 days',
          'Warning',
          digest.dueSoon,
          (item) => `${item.owner} · due ${formatDate(item.due)}`,
          "What's due in the next two weeks?",
        )
      : undefined,
    digest.awaitingVerification.length > 0
      ? section(
          'Completed, waiting for you to verify',
          'Accent',
          digest.awaitingVerification,
          (item) => `${item.owner} marked this complete`,
          'What is complete?',
        )
      : undefined,
  ].filter((value) => value !== undefined);
  const heading = `Your weekly digest, ${formatDate(today)}`;
  const allOnTrack = digest.overdue.length + digest.dueSoon.length + digest.awaitingVerification.length === 0;
  // A busy whole-plan digest lists fewer actions per section rather than fail to arrive.
  return fitted(DIGEST_SECTION_LIMIT, (perSection) =>
    expand('digest', {
      heading,
      scopeText,
      allOnTrack,
      // A whole-plan digest can span many areas: the ones most in need come first, and the card stays small.
      areas: [...digest.areas]
        .sort((a, b) => b.red - a.red || b.amber - a.amber || a.area - b.area)
        .slice(0, DIGEST_AREAS_LIMIT)
        .sort((a, b) => a.area - b.area)
        .map((area) => ({
          label: `${area.area} · ${area.title}`,
          red: String(area.red),
          amber: String(area.amber),
          green: String(area.green),
          complete: String(area.complete),
        })),
      moreAreas: digest.areas.length > DIGEST_AREAS_LIMIT ? `And ${digest.areas.length - DIGEST_AREAS_LIMIT} more areas: ask "RAG by area".` : '',
      sections: sections.map((draw) => draw(perSection)),
      changes: digest.changes.slice(0, DIGEST_CHANGES_LIMIT).map((change) => ({ ref: change.ref, by: change.by, what: clip(change.what, LIST_TEXT_LIMIT) })),
      moreChanges: digest.changes.length > DIGEST_CHANGES_LIMIT ? `And ${digest.changes.length - DIGEST_CHANGES_LIMIT} more changes.` : '',
      nextMeeting: digest.nextMeeting ? formatDate(digest.nextMeeting.date) : '',
      fallbackText: digestText(digest, today),
    }),
  );
}

function someRefs(refs: readonly string[]): string {
  return refs.length > DIGEST_TEXT_LIMIT ? `${refs.slice(0, DIGEST_TEXT_LIMIT).join(', ')} and ${refs.length - DIGEST_TEXT_LIMIT} more` : refs.join(', ');
}

/** The digest as text: the card's fallback and the CLI's dry run. */
export function digestText(digest: Digest, today: IsoDate): string {
  const lines = [`Weekly digest for ${digest.person.name}, ${formatDate(today)}`];
  if (digest.overdue.length + digest.dueSoon.length + digest.awaitingVerification.length === 0) lines.push('All on track.');
  if (digest.overdue.length > 0)
    lines.push(`Overdue: ${someRefs(digest.overdue.map((item) => `${item.ref} (${item.daysOverdue} day${item.daysOverdue === 1 ? '' : 's'})`))}`);
  if (digest.dueSoon.length > 0) lines.push(`Due in the next 14 days: ${someRefs(digest.dueSoon.map((item) => `${item.ref} (${formatDate(item.due)})`))}`);
  if (digest.awaitingVerification.length > 0) lines.push(`Waiting for you to verify: ${someRefs(digest.awaitingVerification.map((item) => item.ref))}`);
  if (digest.changes.length > 0) lines.push(`Changed: ${someRefs(digest.changes.map((change) => `${change.ref} by ${change.by}`))}`);
  lines.push(`RAG: ${someRefs(digest.areas.map((area) => `${area.area} ${area.red}R/${area.amber}A/${area.green}G/${area.complete}done`))}`);
  if (digest.nextMeeting) lines.push(`Next committee meeting: ${formatDate(digest.nextMeeting.date)}`);
  return lines.join('\n');
}
