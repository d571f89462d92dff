/**
 * Every card the bot sends, drawn through the real render functions with representative data:
 * empty, one item, the longest the product draws, very long texts, and text people type that
 * holds markdown, HTML and template syntax. The card tests and `npm run cards:gallery` share it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsOf } from '../../src/store/planRepository';
import { answerWithCard } from '../../src/cards/askCards';
import { viewAction, type Answer } from '../../src/ask/answer';
import {
  renderActionDetailCard,
  renderActionListCard,
  renderChannelChooserCard,
  renderDigestCard,
  renderHelpCard,
  renderMeetingSummaryCard,
  renderMessageCard,
  renderMinutesInputCard,
  renderNewActionCard,
  renderReminderCard,
  renderFollowCard,
  renderOutcomePreviewCard,
  MAX_PREVIEW_ACTIONS,
  type AdaptiveCard,
  type DetailCardOptions,
  type TemplateName,
} from '../../src/cards/render';
import { renderWelcomeCard } from '../../src/bot/routes/welcome';
import { renderActionLogCard, renderClosuresCard, renderProgressReportCard } from '../../src/cards/reportCards';
import { buildActionLog } from '../../src/reports/actionLog';
import { remindersDue } from '../../src/domain/reminders';
import { followedChanges } from '../../src/domain/following';
import { buildProgressReport } from '../../src/reports/progressReport';
import { applyChange } from '../../src/domain/changes';
import type { Action, Area, Meeting, Person, PlanData } from '../../src/domain/model';
import { composeDigests } from '../../src/domain/digest';
import { draftFromMinutes, type OutcomeDraft } from '../../src/meetings/outcomeDraft';
import { parseMinutes } from '../../src/minutes/parseMinutes';
import type { PlanView } from '../../src/store/planRepository';
import { readPlanDataFile } from '../../src/store/seed';
import { DEMO_DATA_FILE } from '../../src/store/bootstrap';

/** The demo plan is "as of" this day. */
export const TODAY = '2022-02-01';

export type CardSample = Readonly<{
  /** A file-name-safe name: `actionDetail-overdue`. */
  name: string;
  template: TemplateName;
  card: AdaptiveCard;
  /** What the bot sends beside the card (the activity's summary). */
  summary: string;
  /** The inputs a person must fill in before this action can be sent, by action title. */
  mustFill?: Readonly<Record<string, readonly string[]>>;
}>;

/** Template syntax, markdown and HTML as someone might type them; none of it may be interpreted. */
export const TYPED_TOKENS = ['${title}', '${$root.heading}'] as const;
export const MARKUP = `**bold** _it_ <b>html</b> <script>alert(1)</script> [link](https://example.com/x) ${TYPED_TOKENS.join(' ')} &amp; "quoted" back\\slash`;

/** Text of exactly `length` characters; with `typed`, it holds MARKUP whole (when it fits). */
function longText(length: number, start = 'Long text', typed = true): string {
  const filler = ' and the committee asked for a further report on progress with the revised framework';
  let text = typed && length >= start.length + MARKUP.length + 2 ? `${start}: ${MARKUP}` : start;
  while (text.length < length) text += filler;
  return text.slice(0, length);
}

export async function loadDemoView(): Promise<PlanView> {
  return viewOf(await readPlanDataFile(DEMO_DATA_FILE));
}

export function viewOf(data: PlanData): PlanView {
  return { plan: { ...data.plan, timeZone: data.timeZone }, people: data.people, committees: data.committees, meetings: data.meetings, actions: data.actions };
}

function person(view: PlanView, id: string): Person {
  const found = view.people.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no person ${id} in the demo plan`);
  return found;
}

function action(view: PlanView, ref: string): Action {
  const found = view.actions.find((candidate) => candidate.ref === ref);
  if (!found) throw new Error(`no action ${ref} in the demo plan`);
  return found;
}

/**
 * The demo plan with every text at the longest the product takes or makes: titles and measures of
 * 1,500 characters (the longest sentence read from minutes), notes of 1,000 and reasons of 500
 * (the limits), long names and area titles, and eight updates on every action.
 */
export function longView(view: PlanView): PlanView {
  const people = view.people.map((p) => ({ ...p, name: `${p.name} ${'Longname-Surname '.repeat(5)}`.trim(), jobTitle: longText(150, p.jobTitle, false) }));
  const areas: Area[] = view.plan.areas.map((area) => ({
    ...area,
    shortTitle: longText(100, area.shortTitle, false),
    title: longText(300, area.title, false),
  }));
  const actions = view.actions.map((a, index) => ({
    ...a,
    title: longText(1500, a.title),
    measure: longText(1500, 'Measure'),
    updates: Array.from({ length: 8 }, (_, n) => ({
      id: `long-${index}-${n}`,
      at: `2022-01-${String(10 + n).padStart(2, '0')}T09:30:00Z`,
      by: view.people[(index + n) % view.people.length]?.id ?? a.owner,
      note: longText(1000, `Note ${n + 1}\nwith a new line`),
      changes: [
        { field: 'status' as const, from: 'not_started', to: 'in_progress' },
        { field: 'due' as const, from: '2021-12-31', to: '2022-03-31' },
        { field: 'owner' as const, from: view.people[0]?.id ?? a.owner, to: a.owner },
      ],
      reason: longText(500, 'Reason'),
    })),
  }));
  return { ...view, people, plan: { ...view.plan, name: longText(200, view.plan.name, false), areas }, actions };
}

function ask(view: PlanView, text: string, asker: Person | undefined, page?: number): { card: AdaptiveCard; summary: string; answer: Answer } {
  const result = answerWithCard(view, { text, asker, today: TODAY, ...(page ? { page } : {}) });
  if (!result.card) throw new Error(`"${text}" drew no card`);
  return { card: result.card, summary: result.text, answer: result.answer };
}

function listAnswer(view: PlanView, text: string, asker: Person | undefined): Extract<Answer, { intent: 'list_actions' }> {
  const { answer } = ask(view, text, asker);
  if (answer.intent !== 'list_actions') throw new Error(`"${text}" is not a list question`);
  return answer;
}

function detail(view: PlanView, a: Action, options: Partial<DetailCardOptions> & Pick<DetailCardOptions, 'viewer'>): AdaptiveCard {
  const facts = factsOf(view);
  return renderActionDetailCard(viewAction(a, facts, TODAY), { people: facts.people, areas: facts.areas, today: TODAY, ...options });
}

/** 7.4 after its owner saved a note and moved the due date, as the README shows it. */
function savedUpdate(view: PlanView): Action {
  const before = action(view, '7.4');
  const result = applyChange(
    before,
    {
      requestId: 'gallery-save',
      note: 'Life story training for all fostering social workers booked for March; the first cohort of 12 has started.',
      due: '2022-09-30',
      reason: 'The training provider could not start until March.',
      status: 'in_progress',
    },
    { actor: person(view, 'ruth-okafor'), people: view.people, areas: view.plan.areas, today: TODAY, now: '2022-02-01T10:15:00Z' },
  );
  if (result.kind !== 'applied')
    throw new Error(`the gallery's update to 7.4 was refused: ${result.kind === 'refused' ? result.refusal.message : result.kind}`);
  return result.action;
}

function draftFrom(view: PlanView, minutes: string, id: string): OutcomeDraft {
  const outcome = parseMinutes(minutes);
  return draftFromMinutes(
    outcome,
    {
      planId: view.plan.id,
      areas: view.plan.areas,
      people: view.people,
      committees: view.committees,
      meetings: view.meetings,
      actions: view.actions,
      today: TODAY,
    },
    { id, createdBy: 'chris-dunn', createdAt: '2022-02-01T10:00:00Z', source: 'pasted' },
  );
}

/** A draft as long as the preview can be asked to show: more proposals than fit, each as long as the parser makes them. */
function longestDraft(view: PlanView): OutcomeDraft {
  const proposals = Array.from({ length: MAX_PREVIEW_ACTIONS + 5 }, (_, index) => ({
    text: longText(1500, `Proposal ${index + 1}`),
    ownerPhrase: longText(200, 'The Assistant Director'),
    ownerId: view.people[index % view.people.length]?.id,
    duePhrase: longText(100, 'by the end of'),
    due: index % 3 === 0 ? undefined : '2022-03-31',
    area: index % 4 === 0 ? undefined : (index % 12) + 1,
    minute: `${index + 1}.${index + 2}`,
    ...(index % 5 === 4 ? { alreadyRecordedAs: '7.2' } : {}),
  }));
  return {
    id: 'draft-longest-0001',
    planId: view.plan.id,
    createdBy: 'chris-dunn',
    createdAt: '2022-02-01T10:00:00Z',
    committeeId: 'cypssc',
    committeeName: longText(300, 'Committee'),
    meetingDate: '2022-01-26',
    items: Array.from({ length: 40 }, (_, index) => ({ ref: `${index + 1}`, title: longText(300, `Item ${index + 1}`) })),
    resolutions: Array.from({ length: 40 }, (_, index) => ({ ref: `${index + 1}.1`, text: longText(1500, `Resolution ${index + 1}`) })),
    proposals,
    source: 'pasted',
  };
}

function meetingOf(view: PlanView, id: string): Meeting {
  const found = view.meetings.find((meeting) => meeting.id === id);
  if (!found) throw new Error(`no meeting ${id}`);
  return found;
}

/** A plan of 600 actions across 40 areas led by one admin: every digest section overflows. */
function busyPlan(view: PlanView): PlanView {
  const admin = person(view, 'morgan-hale');
  const areas: Area[] = Array.from({ length: 40 }, (_, i) => ({
    number: i + 1,
    shortTitle: longText(100, `Area ${i + 1}`, false),
    title: `Area ${i + 1}`,
    lead: admin.id,
    keywords: [],
  }));
  const statuses: Action['status'][] = ['not_started', 'in_progress', 'blocked', 'complete', 'in_progress'];
  const actions: Action[] = Array.from({ length: 600 }, (_, i) => ({
    id: `busy-${i}`,
    ref: `${(i % 40) + 1}.${Math.floor(i / 40) + 1}`,
    area: (i % 40) + 1,
    title: longText(1500, `Busy action ${i}`),
    owner: view.people[i % view.people.length]?.id ?? admin.id,
    due: i % 2 === 0 ? '2021-11-30' : '2022-02-10',
    status: statuses[i % statuses.length] ?? 'in_progress',
    source: { kind: 'plan' },
    updates: [
      {
        at: '2022-01-28T09:00:00Z',
        by: view.people[(i + 1) % view.people.length]?.id ?? admin.id,
        note: longText(1000, 'Busy note'),
        reason: longText(500, 'Busy reason'),
        changes: [{ field: 'due', from: '2021-10-31', to: '2021-11-30' }],
      },
    ],
    ...(statuses[i % statuses.length] === 'complete'
      ? { completion: { by: view.people[i % view.people.length]?.id ?? admin.id, at: '2022-01-28T09:00:00Z' } }
      : {}),
  }));
  return { ...view, plan: { ...view.plan, areas }, actions };
}

function digestOf(view: PlanView, personId: string): AdaptiveCard {
  const [digest] = composeDigests({
    people: view.people,
    areas: view.plan.areas,
    meetings: view.meetings,
    actions: view.actions,
    today: TODAY,
    lastDigestAt: new Map(),
    only: new Set([personId]),
  });
  if (!digest) throw new Error(`no digest for ${personId}`);
  return renderDigestCard(digest, TODAY, view.plan.areas);
}

const MINUTES_NEW = readFileSync(join(__dirname, '..', 'e2e', 'fixtures', 'minutes-2022-01-26.txt'), 'utf8');
const MINUTES_RECORDED = readFileSync(join(__dirname, '..', 'minutes', 'fixtures', 'seed-003.txt'), 'utf8');

export function cardSamples(view: PlanView): CardSample[] {
  const ruth = person(view, 'ruth-okafor');
  const grace = person(view, 'grace-adeyemi');
  const long = longView(view);
  const longRuth = person(long, 'ruth-okafor');
  const samples: CardSample[] = [];
  const add = (name: string, template: TemplateName, card: AdaptiveCard, summary: string, mustFill?: CardSample['mustFill']): void => {
    samples.push({ name, template, card, summary, ...(mustFill ? { mustFill } : {}) });
  };

  // The action list: one, several areas, every page, nothing, and the longest texts.
  const lifeStory = ask(view, "What's outstanding on life story work?", ruth);
  add('actionList-life-story', 'actionList', lifeStory.card, lifeStory.summary);
  const one = ask(view, 'anything on Mosaic?', ruth);
  add('actionList-one', 'actionList', one.card, one.summary);
  const all = ask(view, 'show all actions', ruth);
  add('actionList-all-page-1', 'actionList', all.card, all.summary);
  const last = ask(view, 'show all actions', ruth, 5);
  add('actionList-all-page-5', 'actionList', last.card, last.summary);
  const overdue = listAnswer(view, "what's overdue?", ruth);
  add('actionList-empty', 'actionList', renderActionListCard({ ...overdue, matched: [] }, "what's overdue?"), 'No overdue actions');
  const longAll = ask(long, 'show all actions', longRuth);
  add('actionList-longest', 'actionList', longAll.card, longAll.summary);
  const typed = `show all actions ${MARKUP} ${'x'.repeat(800)}`;
  const typedAnswer = ask(view, 'show all actions', ruth).answer;
  if (typedAnswer.intent === 'list_actions') add('actionList-typed-markup', 'actionList', renderActionListCard(typedAnswer, typed, 2), 'typed');

  // The action detail: overdue (its due date is before today), the update form after a save, read-only copies, verification, the longest.
  add(
    'actionDetail-overdue',
    'actionDetail',
    detail(view, action(view, '7.2'), { viewer: ruth, back: { question: "What's outstanding on life story work?", page: 1 } }),
    'Action 7.2',
  );
  const saved = savedUpdate(view);
  add(
    'actionDetail-update-form',
    'actionDetail',
    detail({ ...view, actions: view.actions.map((a) => (a.id === saved.id ? saved : a)) }, saved, {
      viewer: ruth,
      banner: { text: 'Saved. 7.4 is up to date.', tone: 'good' },
    }),
    'Saved: 7.4.',
  );
  add(
    'actionDetail-undo',
    'actionDetail',
    detail({ ...view, actions: view.actions.map((a) => (a.id === saved.id ? saved : a)) }, saved, {
      viewer: ruth,
      banner: { text: 'Saved. 7.4 is up to date. Due date: 30 Jun 2022 → 30 Sep 2022 (The training provider could not start until March.).', tone: 'good' },
      undo: { updateId: 'gallery-save' },
    }),
    'Saved 7.4.',
  );
  // As shared into a chat from the message extension: the copy everyone sees, live, with the link to its page.
  add(
    'actionDetail-everyone',
    'actionDetail',
    detail(view, saved, { viewer: undefined, audience: 'everyone', address: 'https://tracker.example.gov.uk/actions/7.4' }),
    'Saved: 7.4.',
  );
  add('actionDetail-not-on-list', 'actionDetail', detail(view, action(view, '9.1'), { viewer: undefined }), 'Action 9.1');
  add('actionDetail-read-only-officer', 'actionDetail', detail(view, action(view, '9.1'), { viewer: grace }), 'Action 9.1');
  const awaiting: Action = { ...action(view, '7.1'), status: 'complete', completion: { by: grace.id, at: '2022-01-31T16:00:00Z' } };
  add(
    'actionDetail-awaiting-verification',
    'actionDetail',
    detail({ ...view, actions: view.actions.map((a) => (a.id === awaiting.id ? awaiting : a)) }, awaiting, { viewer: ruth }),
    'Action 7.1',
  );
  const verified: Action = { ...awaiting, completion: { by: grace.id, at: '2022-01-31T16:00:00Z', verifiedBy: ruth.id, verifiedAt: '2022-02-01T09:00:00Z' } };
  add('actionDetail-complete-verified', 'actionDetail', detail(view, verified, { viewer: ruth }), 'Action 7.1');
  add(
    'actionDetail-refused-past-date',
    'actionDetail',
    detail(view, action(view, '7.2'), {
      viewer: ruth,
      banner: { text: 'The new due date 15 Jan 2022 is in the past. Choose today or later. Nothing was saved.', tone: 'attention' },
      draft: { status: 'in_progress', note: MARKUP, due: '2022-01-15', reason: 'Typed "reason" with <b>markup</b>' },
    }),
    'refused',
  );
  const longAction = action(long, '7.2');
  add(
    'actionDetail-longest',
    'actionDetail',
    detail(long, longAction, {
      viewer: longRuth,
      back: { question: longText(1000, 'question'), page: 3 },
      banner: { text: longText(400, 'Banner'), tone: 'attention' },
      draft: { status: 'blocked', note: longText(1000, 'Draft'), due: '2022-03-31', reason: longText(500, 'Draft reason') },
    }),
    'Action 7.2',
  );

  // The plan summary.
  const summary = ask(view, 'summary', ruth);
  add('summary', 'summary', summary.card, summary.summary);
  const longSummary = ask(long, 'summary', longRuth);
  add('summary-longest', 'summary', longSummary.card, longSummary.summary);

  // Short messages, with and without buttons.
  add('message-welcome', 'message', renderWelcomeCard(), 'Welcome to Improvement Tracker');
  add('message-help', 'message', renderHelpCard(), 'What I can answer');
  for (const [name, question] of [
    ['message-clarify-person', 'what does the assistant director own?'],
    ['message-no-match', "what's outstanding on school transport?"],
    ['message-too-long', 'x'.repeat(2000)],
    ['message-typed-markup', MARKUP],
  ] as const) {
    const answer = ask(view, question, ruth);
    add(name, 'message', answer.card, answer.summary);
  }
  add('message-no-buttons', 'message', renderMessageCard({ heading: `I couldn't read "${MARKUP}" as a date. Nothing was changed.`, paragraphs: [] }), 'date');
  add(
    'message-new-actions-notice',
    'message',
    renderMessageCard({
      heading: 'You have 20 new actions from the committee meeting of 26 Jan 2022',
      paragraphs: long.actions.slice(0, 20).map((a) => `${a.ref} ${a.title} (due 31 Mar 2022)`),
      buttonsIntro: '',
      buttons: [{ title: 'My actions', question: 'My actions' }],
    }),
    'You have a new action',
  );

  // The outcome preview: new minutes, minutes already recorded, nothing found, no date, not a clerk, confirm checks, the longest.
  const fresh = draftFrom(view, MINUTES_NEW, 'draft-new-meeting-0001');
  const preview = (draft: OutcomeDraft, canConfirm: boolean, banner?: { text: string; tone: 'good' | 'attention' }) =>
    renderOutcomePreviewCard({ draft, actions: view.actions, people: view.people, areas: view.plan.areas, canConfirm, ...(banner ? { banner } : {}) });
  const previewSummary = (draft: OutcomeDraft) => `Outcomes to confirm: ${draft.resolutions.length} resolutions, ${draft.proposals.length} actions.`;
  add('outcomePreview-new-meeting', 'outcomePreview', preview(fresh, true), previewSummary(fresh));
  const recorded = draftFrom(view, MINUTES_RECORDED, 'draft-recorded-0001');
  add('outcomePreview-already-recorded', 'outcomePreview', preview(recorded, true), previewSummary(recorded));
  const nothing: OutcomeDraft = { ...fresh, id: 'draft-empty-0001', proposals: [], resolutions: [], items: [] };
  add('outcomePreview-empty', 'outcomePreview', preview(nothing, true), previewSummary(nothing));
  const undated: OutcomeDraft = { ...fresh, id: 'draft-undated-0001', meetingDate: undefined };
  const confirmTitle = 'Confirm and post';
  add('outcomePreview-no-date', 'outcomePreview', preview(undated, true), previewSummary(undated), { [confirmTitle]: ['meetingDate'] });
  add(
    'outcomePreview-not-clerk',
    'outcomePreview',
    preview(fresh, false, { text: 'Only clerks and admins can confirm meeting outcomes: ask your clerk to post these.', tone: 'attention' }),
    previewSummary(fresh),
  );
  const problems = fresh.proposals.flatMap((proposal, index) => {
    const label = `Action ${index + 1} ("${proposal.text.slice(0, 60)}${proposal.text.length > 60 ? '…' : ''}")`;
    return [
      ...(proposal.ownerId ? [] : [`${label}: choose an owner.`]),
      ...(proposal.due ? [] : [`${label}: choose a due date.`]),
      ...(proposal.area ? [] : [`${label}: choose an area.`]),
      `${label}: shorten the wording to 500 characters.`,
    ];
  });
  add(
    'outcomePreview-confirm-checks',
    'outcomePreview',
    renderOutcomePreviewCard({
      draft: fresh,
      actions: view.actions,
      people: view.people,
      areas: view.plan.areas,
      canConfirm: true,
      banner: { text: 'Nothing was saved yet.', items: ['Choose the date of the meeting.', ...problems], tone: 'attention' },
    }),
    'Nothing was saved yet.',
  );
  add(
    'outcomePreview-longest',
    'outcomePreview',
    renderOutcomePreviewCard({ draft: longestDraft(long), actions: long.actions, people: long.people, areas: long.plan.areas, canConfirm: true }),
    'longest',
  );

  // The box a clerk pastes minutes into: empty, and given back with what they pasted when it could not be read.
  add(
    'minutesInput',
    'minutesInput',
    renderMinutesInputCard({
      heading: 'Paste the minutes into the box below, then press Read the minutes.',
      paragraphs: ['I will show you the resolutions and actions I find before anything is saved.'],
    }),
    'Paste the minutes into the box.',
    { 'Read the minutes': ['minutes'] },
  );
  add(
    'minutesInput-given-back',
    'minutesInput',
    renderMinutesInputCard({
      heading: 'Paste the minutes into the box below, then press Read the minutes.',
      paragraphs: [],
      banner: "I couldn't find any resolutions or actions in that.",
      minutes: `${MINUTES_NEW}\n${MARKUP}`,
    }),
    "I couldn't find any resolutions or actions in that.",
  );

  // The committee's summary card.
  const january = meetingOf(view, 'cypssc-2022-01-12');
  const januaryActions = view.actions.filter((a) => a.source.kind === 'meeting' && a.source.meeting === january.id);
  const committeeName = view.committees[0]?.name ?? 'Committee';
  add(
    'meetingSummary',
    'meetingSummary',
    renderMeetingSummaryCard({ meeting: january, committeeName, actions: januaryActions, people: view.people }),
    'Committee outcomes of 12 Jan 2022',
  );
  add(
    'meetingSummary-no-actions',
    'meetingSummary',
    renderMeetingSummaryCard({ meeting: january, committeeName, actions: [], people: view.people }),
    'Committee outcomes of 12 Jan 2022',
  );
  const longMeeting: Meeting = {
    ...january,
    items: Array.from({ length: 40 }, (_, i) => ({ ref: `${i + 1}`, title: longText(300, 'Item') })),
    resolutions: Array.from({ length: 40 }, (_, i) => ({ ref: `${i + 1}.1`, text: longText(1500, 'Resolution') })),
  };
  add(
    'meetingSummary-longest',
    'meetingSummary',
    renderMeetingSummaryCard({ meeting: longMeeting, committeeName: longText(300, 'Committee'), actions: long.actions.slice(0, 30), people: long.people }),
    'Committee outcomes',
  );

  // "Add as action" on a message: the form as it opens, and again with what to fix and the longest texts.
  add(
    'newAction-from-message',
    'newAction',
    renderNewActionCard(
      { title: 'Chase health colleagues on initial health assessments', area: 11, requestId: 'activity:sample', today: TODAY },
      view.people,
      view.plan.areas,
    ),
    'Add an action to the plan',
    { 'Add to the plan': ['owner', 'due'] },
  );
  add(
    'newAction-refused-longest',
    'newAction',
    renderNewActionCard(
      {
        title: longText(1000, MARKUP),
        owner: 'ruth-okafor',
        due: '2022-01-15',
        problems: [longText(300, 'Problem'), 'Nothing was added.'],
        requestId: 'activity:sample',
        today: TODAY,
      },
      long.people,
      long.plan.areas,
    ),
    'Add an action to the plan',
    { 'Add to the plan': ['area'] },
  );
  // The action log and progress report in brief: with a link (a channel), by file consent (a personal chat); the closures card.
  const log = buildActionLog(view, { today: TODAY, public: false });
  add(
    'report-action-log-link',
    'report',
    renderActionLogCard(
      log,
      { fileName: 'action-log-cypssc-2022-02-01.docx', link: 'https://tracker.example.gov.uk/reports/abc.def', text: 'The link works for 24 hours.' },
      true,
    ),
    'Action log for the next meeting',
  );
  add(
    'report-progress-consent',
    'report',
    renderProgressReportCard(buildProgressReport(view, { today: TODAY, public: true }), {
      fileName: 'progress-report-2022-02-01-public.docx',
      text: 'Accept the file below.',
    }),
    'Progress report',
  );
  add(
    'closures-proposed',
    'closures',
    renderClosuresCard(log, { meetingDate: TODAY, requestId: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5' }),
    'Which actions did the committee close?',
  );
  add(
    'closures-none',
    'closures',
    renderClosuresCard(
      { ...log, groups: [] },
      { meetingDate: TODAY, requestId: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5', banner: { text: MARKUP, tone: 'attention' } },
    ),
    'No actions are proposed for closure.',
  );
  // An owner's reminders: one, and the day's several (with a lead's blocked one).
  const reminders = remindersDue(view.actions, view.plan.areas, TODAY, () => ({ enabled: true, daysBefore: 7 }));
  const ruthsReminders = reminders.filter((reminder) => reminder.to === 'ruth-okafor');
  add('reminder-several', 'reminder', renderReminderCard(ruthsReminders, view.people, TODAY), 'Reminders');
  add('reminder-one', 'reminder', renderReminderCard(reminders.slice(0, 1), view.people, TODAY), 'A reminder');
  // A follower's hourly card.
  const changes = followedChanges({ areas: [7, 9], actionIds: [] }, view.actions, view.people, 'morgan-hale', '2021-01-01T00:00:00Z', '2022-02-01T09:00:00Z');
  add('follow-changes', 'follow', renderFollowCard(changes), 'Changes to what you follow');
  add('follow-one', 'follow', renderFollowCard(changes.slice(0, 1)), 'Changes to what you follow');
  // An action's card with the link to its page.
  add(
    'actionDetail-with-address',
    'actionDetail',
    detail(view, action(view, '7.2'), { viewer: ruth, address: 'https://tracker.example.gov.uk/actions/7.2' }),
    'Action 7.2',
  );

  // Asking an admin for the committee's channel.
  add(
    'channelChooser-one',
    'channelChooser',
    renderChannelChooserCard([{ id: '19:general@thread.tacv2', name: 'General' }]),
    "Which channel is the committee's?",
  );
  add(
    'channelChooser-many',
    'channelChooser',
    renderChannelChooserCard(
      Array.from({ length: 8 }, (_, i) => ({ id: `19:channel-${i}@thread.tacv2`, name: i === 1 ? MARKUP : longText(50, `Channel ${i}`) })),
    ),
    "Which channel is the committee's?",
  );

  // Weekly digests: a manager, an admin (the whole plan), someone with nothing to do, and a plan where every section overflows.
  add('digest', 'digest', digestOf(view, 'ruth-okafor'), 'Weekly digest for Ruth Okafor, 1 Feb 2022');
  add('digest-admin', 'digest', digestOf(view, 'morgan-hale'), 'Weekly digest for Morgan Hale, 1 Feb 2022');
  const quiet: PlanView = { ...view, actions: view.actions.filter((a) => a.status === 'complete') };
  add('digest-all-on-track', 'digest', digestOf(quiet, 'tom-brennan'), 'Weekly digest for Tom Brennan, 1 Feb 2022');
  const busy = busyPlan(long);
  add('digest-longest', 'digest', digestOf(busy, 'morgan-hale'), 'Weekly digest');

  return samples;
}
