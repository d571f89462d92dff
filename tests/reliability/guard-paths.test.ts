import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import type { PlanData } from '../../src/domain/model';
import { openStore } from '../../src/store/cosmosClient';
import { trackerWithConnector } from '../support/harness';
import { demoData, uniqueName } from '../support/store';
import {
  ask,
  baseActivity,
  buttonData,
  buttonTitles,
  cardsOf,
  cardText,
  executeActivity,
  inputValues,
  invokeBody,
  PEOPLE,
  post,
  TENANT_ID,
  type ActivityOptions,
} from '../support/tracker';
import { documentsHolding, storedDocuments } from './support/storedDocuments';

const ROOT = join(__dirname, '..', '..');
const CHILD = 'Jake Smith, born 3 March 2016, NHS number 943 476 5919, case ref CH-2019-0034';
/** Any one of these in a stored document means the child's details were kept. */
const MARKERS = ['Jake Smith', '943 476 5919', '9434765919', 'CH-2019-0034', '3 March 2016'];
/** How the tracker tells a person it will not keep a child's details. */
const REFUSED = /not a case record/i;

const NEW_MEETING = readFileSync(join(__dirname, '..', 'e2e', 'fixtures', 'minutes-2022-01-26.txt'), 'utf8');
const RESOLUTION_NAMES_CHILD = `${NEW_MEETING.trimEnd()}\n\n\n3.   Asks for a report on the care plan of ${CHILD}.\n`;
const ACTION_NAMES_CHILD = NEW_MEETING.replace(
  'Action: The Head of Quality Assurance and Performance agreed to share the latest learning briefing with Committee members.',
  `Action: The Head of Quality Assurance and Performance agreed to review the plan for ${CHILD} with the family.`,
);
/** Whatever the preview leaves for the clerk to choose, for up to four actions. */
const ALL_CHOICES = Object.fromEntries(
  [0, 1, 2, 3].flatMap((index) => [
    [`include_${index}`, 'true'],
    [`owner_${index}`, 'helen-marsh'],
    [`due_${index}`, '2022-04-30'],
    [`area_${index}`, '9'],
  ]),
);

const env = trackerWithConnector();
const personal = (aad: string = PEOPLE.helen): ActivityOptions => ({ from: aad, conversationId: `a:personal-${aad}`, serviceUrl: env.connector.serviceUrl });

async function say(text: string, options: ActivityOptions): Promise<{ text: string; cards: unknown[] }> {
  const replies = await ask(env.tracker, text, options);
  const cards = cardsOf(replies);
  return { text: [...replies.map((reply) => reply.text ?? ''), ...cards.map(cardText)].join('\n'), cards };
}

async function press(verb: string, data: unknown, options: ActivityOptions): Promise<{ text: string; card: unknown }> {
  const { status, body } = await post(env.tracker, executeActivity(verb, data, options));
  expect(status).toBe(200);
  const card = invokeBody(body).value;
  return { text: cardText(card), card };
}

/** Nothing anywhere in the database holds the child's details. */
async function expectNothingStored(): Promise<void> {
  expect(documentsHolding(await storedDocuments(env.tracker), MARKERS)).toEqual([]);
}

/**
 * Nothing in the plan, nor anywhere else, holds the child's details; only a draft waiting on
 * the preview may, when the preview flags it for the clerk to take out.
 */
async function expectNothingKeptBeyondTheDraft(): Promise<void> {
  const documents = await storedDocuments(env.tracker);
  expect(
    documentsHolding(
      documents.filter((document) => document.kind !== 'outcomeDraft'),
      MARKERS,
    ),
  ).toEqual([]);
}

async function saveOn91(fields: Record<string, string>) {
  const found = await env.tracker.store.plans.getAction('children-first', 'act-9-1');
  if (!found) throw new Error('9.1 is not in the plan');
  const { status, due, owner } = found.value;
  return press(CARD_VERBS.saveAction, { actionId: 'act-9-1', basis: { status, due, owner }, renderId: randomUUID(), ...fields }, personal());
}

/** The answer to minutes naming the child refuses them or flags them; a Confirm, if offered, records nothing of them. */
async function expectMinutesRefused(answer: { text: string; cards: readonly unknown[] }, confirmFrom: ActivityOptions): Promise<void> {
  expect(answer.text).toMatch(REFUSED);
  await expectNothingKeptBeyondTheDraft();
  for (const card of answer.cards) {
    const confirm = buttonTitles(card).find((title) => title === 'Confirm and post' || title === 'Update the recorded meeting');
    if (!confirm) continue;
    const pressed = await press(
      CARD_VERBS.confirmOutcomes,
      { ...buttonData(card, confirm), ...(inputValues(card) as Record<string, string>), ...ALL_CHOICES },
      { ...confirmFrom, replyToId: 'preview-message' },
    );
    expect(pressed.text).toMatch(REFUSED);
    expect(pressed.text).not.toMatch(/Recorded \d+ actions?/);
  }
  await expectNothingKeptBeyondTheDraft();
  const view = await env.tracker.store.plans.loadPlanView('children-first');
  expect(view?.meetings.some((meeting) => meeting.date === '2022-01-26')).toBe(false);
}

describe("a child's details are refused on every way text comes in, and nothing is stored", () => {
  it('a progress note on the action card', async () => {
    const answer = await saveOn91({ note: `Reviewed the plan for ${CHILD}` });
    expect(answer.text).toMatch(REFUSED);
    expect(answer.text).not.toContain('Saved.');
    await expectNothingStored();
  });

  it('a note in words ("add a note to 9.1: …")', async () => {
    const answer = await say(`add a note to 9.1: reviewed the plan for ${CHILD}`, personal());
    expect(answer.text).toMatch(REFUSED);
    await expectNothingStored();
  });

  it('the note after a status in words ("9.1 is blocked - …")', async () => {
    const answer = await say(`9.1 is blocked - waiting on the plan for ${CHILD}`, personal());
    expect(answer.text).toMatch(REFUSED);
    await expectNothingStored();
    expect((await env.tracker.store.plans.getAction('children-first', 'act-9-1'))?.value.status).toBe('in_progress');
  });

  it('the reason for moving the due date, on the card', async () => {
    const answer = await saveOn91({ due: '2022-05-31', reason: `Court hearing for ${CHILD}` });
    expect(answer.text).toMatch(REFUSED);
    await expectNothingStored();
    expect((await env.tracker.store.plans.getAction('children-first', 'act-9-1'))?.value.due).toBe('2021-12-31');
  });

  it('the reason for moving the due date, in words ("move 9.1 to 30 April because …")', async () => {
    const answer = await say(`move 9.1 to 30 April because of the court hearing for ${CHILD}`, personal());
    expect(answer.text).toMatch(REFUSED);
    await expectNothingStored();
    expect((await env.tracker.store.plans.getAction('children-first', 'act-9-1'))?.value.due).toBe('2021-12-31');
  });

  it("an action's wording edited on the outcome preview (text_N)", async () => {
    const clerk = personal(PEOPLE.chris);
    const { cards } = await say(`post outcomes\n${NEW_MEETING}`, clerk);
    const preview = cards[0];
    const edited = { ...ALL_CHOICES, text_0: `Review the plan for ${CHILD}` };
    const pressed = await press(
      CARD_VERBS.confirmOutcomes,
      { ...buttonData(preview, 'Confirm and post'), ...(inputValues(preview) as Record<string, string>), ...edited },
      { ...clerk, replyToId: 'preview-message' },
    );
    expect(pressed.text).toMatch(REFUSED);
    await expectNothingStored();
  });

  it('pasted minutes whose resolution names the child', async () => {
    const clerk = personal(PEOPLE.chris);
    await expectMinutesRefused(await say(`post outcomes\n${RESOLUTION_NAMES_CHILD}`, clerk), clerk);
  });

  it('pasted minutes whose action names the child', async () => {
    const clerk = personal(PEOPLE.chris);
    await expectMinutesRefused(await say(`post outcomes\n${ACTION_NAMES_CHILD}`, clerk), clerk);
  });

  it('minutes pasted into the "post outcomes" card box (readMinutes)', async () => {
    const clerk = personal(PEOPLE.chris);
    const [prompt] = (await say('post outcomes', clerk)).cards;
    const read = await press(
      CARD_VERBS.readMinutes,
      { ...buttonData(prompt, 'Read the minutes'), minutes: RESOLUTION_NAMES_CHILD },
      { ...clerk, replyToId: 'prompt-message' },
    );
    await expectMinutesRefused({ text: read.text, cards: [read.card] }, clerk);
  });

  it('minutes sent as the next message after "post outcomes"', async () => {
    const clerk = personal(PEOPLE.chris);
    await say('post outcomes', clerk);
    await expectMinutesRefused(await say(ACTION_NAMES_CHILD, clerk), clerk);
  });

  it('minutes attached as a .txt file', async () => {
    // The file is served on loopback, as Teams serves a download URL.
    const server = createServer((_req, res) => res.end(RESOLUTION_NAMES_CHILD));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/minutes.txt`;
      const clerk = personal(PEOPLE.chris);
      const { body } = await post(env.tracker, {
        ...baseActivity(clerk),
        type: 'message',
        text: 'post outcomes',
        attachments: [
          { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'minutes.txt', content: { downloadUrl: url, fileType: 'txt' } },
        ],
      });
      const replies = (body as { activities: Array<{ type: string; text?: string; attachments?: Array<{ contentType: string; content: unknown }> }> })
        .activities;
      const cards = cardsOf(replies);
      await expectMinutesRefused({ text: [...replies.map((reply) => reply.text ?? ''), ...cards.map(cardText)].join('\n'), cards }, clerk);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('an "action: …" line in a meeting chat, then the end of the meeting', async () => {
    const meetingChat: ActivityOptions = {
      from: PEOPLE.chris,
      conversationId: '19:meeting_guard@thread.v2',
      conversationType: 'groupChat',
      serviceUrl: env.connector.serviceUrl,
    };
    const channelData = { tenant: { id: TENANT_ID }, meeting: { id: 'meeting-guard' } };
    const noted = await post(env.tracker, {
      ...baseActivity(meetingChat),
      type: 'message',
      text: `action: Helen Marsh to review the plan for ${CHILD} by 28 Feb`,
      channelData,
    });
    const said = JSON.stringify(noted.body);
    expect(said).toMatch(REFUSED);
    expect(said).not.toContain('Noted a draft action');
    await expectNothingStored();

    const ended = await post(env.tracker, {
      ...baseActivity(meetingChat),
      type: 'event',
      name: 'application/vnd.microsoft.meetingEnd',
      value: {
        Id: 'meeting-guard',
        MeetingType: 'Scheduled',
        JoinUrl: 'https://teams.example/meet',
        Title: 'Select Committee',
        EndTime: '2022-02-01T12:00:00Z',
      },
      channelData,
    });
    const endCards = cardsOf((ended.body as { activities: [] } | undefined)?.activities ?? []);
    for (const card of endCards) {
      if (!buttonTitles(card).includes('Confirm and post')) continue;
      await press(
        CARD_VERBS.confirmOutcomes,
        { ...buttonData(card, 'Confirm and post'), ...(inputValues(card) as Record<string, string>), ...ALL_CHOICES },
        { ...meetingChat, replyToId: 'preview-message' },
      );
    }
    await expectNothingStored();
  });
});

type Run = Readonly<{ code: number | null; output: string }>;

/** `npm run load-plan` as a person runs it, against a fresh database on the shared test server. */
function loadPlan(file: string, database: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'load-plan', '--', file], {
      cwd: ROOT,
      env: { ...process.env, COSMOS_ENDPOINT: inject('cosmosEndpoint'), COSMOS_KEY: inject('cosmosKey'), COSMOS_DATABASE: database, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

async function documentCount(database: string): Promise<number> {
  const store = await openStore({ endpoint: inject('cosmosEndpoint'), key: inject('cosmosKey'), database, embedded: true });
  try {
    const { resources } = await store.containers.plan.items.readAll().fetchAll();
    return resources.length;
  } finally {
    await store.database.delete();
    store.client.dispose();
  }
}

describe('npm run load-plan', () => {
  it('refuses a plan file with an action naming a child, and stores nothing', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'guard-load-plan-'));
    try {
      const demo = await demoData();
      const named: PlanData = {
        ...demo,
        actions: demo.actions.map((action) => (action.id === 'act-9-1' ? { ...action, title: `Review the plan for ${CHILD}` } : action)),
      };
      await writeFile(join(directory, 'clean.json'), JSON.stringify(demo));
      await writeFile(join(directory, 'named.json'), JSON.stringify(named));
      const [clean, refused] = [uniqueName('guard-clean'), uniqueName('guard-named')];
      const [cleanRun, namedRun] = await Promise.all([loadPlan(join(directory, 'clean.json'), clean), loadPlan(join(directory, 'named.json'), refused)]);

      // The same command with the same file, less the child, loads: the refusal is the guard's.
      expect(cleanRun.code, cleanRun.output).toBe(0);
      expect(await documentCount(clean)).toBeGreaterThan(50);

      expect(namedRun.code, namedRun.output).not.toBe(0);
      expect(namedRun.output).toMatch(REFUSED);
      expect(await documentCount(refused)).toBe(0);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
