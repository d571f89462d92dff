import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import {
  ask,
  baseActivity,
  buttonData,
  buttonTitles,
  cardsOf,
  cardText,
  executeActivity,
  invokeBody,
  PEOPLE,
  post,
  type ActivityOptions,
} from '../support/tracker';
import { trackerWithConnector } from '../support/harness';

const env = trackerWithConnector();
const CHANNEL: ActivityOptions = { conversationId: '19:committee@thread.tacv2', conversationType: 'channel' };

/** Stands in for the person's OneDrive upload session: keeps what the bot PUTs. */
let uploads: Server;
let uploadUrl: string;
const uploaded: Buffer[] = [];
beforeAll(async () => {
  uploads = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      uploaded.push(Buffer.concat(chunks));
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => uploads.listen(0, '127.0.0.1', resolve));
  uploadUrl = `http://127.0.0.1:${(uploads.address() as AddressInfo).port}/upload-session`;
});
afterAll(() => uploads.close());

type Reply = { type: string; attachments?: Array<{ contentType: string; name?: string; content: unknown }> };

async function docxText(bytes: ArrayBuffer | Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes as ArrayBuffer) })).value.replace(/\s+/g, ' ');
}

function linkOf(card: unknown): string {
  const found = /"url":"([^"]+\/reports\/[^"]+)"/.exec(JSON.stringify(card))?.[1];
  if (!found) throw new Error('no document link on the card');
  return found;
}

async function download(link: string): Promise<Response> {
  const { pathname } = new URL(link);
  return fetch(`${env.tracker.url}/api${pathname}`);
}

describe('documents from Teams', () => {
  it('in a personal chat, "action log for the next meeting" answers with a summary and offers the .docx by file consent; accepting uploads it', async () => {
    const replies = (await ask(env.tracker, 'action log for the next meeting', { from: PEOPLE.ruth, serviceUrl: env.connector.serviceUrl })) as Reply[];
    const [summary] = cardsOf(replies);
    expect(cardText(summary)).toContain('Action log for the next meeting');
    expect(cardText(summary)).toMatch(/\d+ proposed for closure/);
    const consent = replies.flatMap((reply) => reply.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
    expect(consent?.name).toMatch(/^action-log-cypssc-2022-02-01\.docx$/);
    const content = consent?.content as { sizeInBytes: number; acceptContext: unknown };
    expect(content.sizeInBytes).toBeGreaterThan(5000);

    const { deliveryMode: _deliveryMode, ...base } = baseActivity({ from: PEOPLE.ruth, serviceUrl: env.connector.serviceUrl });
    const accept = {
      ...base,
      type: 'invoke',
      name: 'fileConsent/invoke',
      value: {
        type: 'fileUpload',
        action: 'accept',
        context: content.acceptContext,
        uploadInfo: {
          uploadUrl,
          contentUrl: 'https://contoso.sharepoint.com/personal/ruth/action-log.docx',
          name: consent?.name,
          uniqueId: 'file-1',
          fileType: 'docx',
        },
      },
    };
    const { status } = await post(env.tracker, accept);
    expect(status).toBe(200);
    const text = await docxText(uploaded.at(-1) ?? Buffer.alloc(0));
    expect(text).toContain("Children and Young People's Services Select Committee: action log for the next meeting");
    const sent = JSON.stringify(env.connector.calls);
    expect(sent).toContain('application/vnd.microsoft.teams.card.file.info');
  });

  it('in a channel, "progress report for areas 7 and 11" gives a link that asks who you are and expires', async () => {
    const [card] = cardsOf(await ask(env.tracker, 'progress report for areas 7 and 11', { from: PEOPLE.ruth, ...CHANNEL }));
    expect(cardText(card)).toContain('7 Life story work:');
    expect(cardText(card)).toContain('11 Corporate parenting:');
    const link = linkOf(card);
    expect(link).toMatch(/^http:\/\/localhost:\d+\/reports\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const response = await download(link);
    if (response.status !== 200) throw new Error(`${response.status} ${await response.text()} ${link}`);
    expect(response.headers.get('content-disposition')).toContain('progress-report-2022-02-01.docx');
    const text = await docxText(await response.arrayBuffer());
    expect(text).toContain('7. Life story work');
    expect(text).not.toContain('1. Practice infrastructure');
    const tampered = await download(link.replace(/\.[^.]+$/, '.forged'));
    expect(tampered.status).toBe(404);
  });

  it('someone not on the plan gets no document', async () => {
    const [card] = cardsOf(await ask(env.tracker, 'action log', { from: PEOPLE.stranger, ...CHANNEL }));
    expect(cardText(card)).toContain("You're not on the plan's people list");
  });
});

describe('closing actions at the meeting', () => {
  async function closuresCard(from: string): Promise<unknown> {
    return cardsOf(await ask(env.tracker, 'record closures', { from, ...CHANNEL }))[0];
  }
  async function confirm(card: unknown, from: string, inputs: Record<string, string>): Promise<unknown> {
    const { status, body } = await post(
      env.tracker,
      executeActivity(
        CARD_VERBS.confirmClosures,
        { ...buttonData(card, 'Confirm closures'), ...inputs },
        { from, serviceUrl: env.connector.serviceUrl, ...CHANNEL },
      ),
    );
    expect(status).toBe(200);
    return invokeBody(body).value;
  }
  const stored = async (id: string) => (await env.tracker.store.plans.getAction('children-first', id))?.value;

  it('the clerk records the closures the committee agreed; a closed action leaves the next log and keeps its history', async () => {
    const card = await closuresCard(PEOPLE.chris);
    expect(cardText(card)).toContain('Which of these did the committee agree to close?');
    expect(cardText(card)).toContain('11.3 (minute 23.2)');
    const answer = await confirm(card, PEOPLE.chris, { 'close_act-11-3': 'true', 'close_act-7-5': 'false', meetingDate: '2022-02-01', minute: '45.2' });
    expect(cardText(answer)).toContain('Closed at the meeting of 1 Feb 2022, minute 45.2: 11.3.');
    const action = await stored('act-11-3');
    expect(action?.closed).toMatchObject({ meeting: 'cypssc-2022-02-01', minute: '45.2' });
    expect(action?.updates.at(-1)?.changes).toEqual([{ field: 'closed', from: null, to: 'meeting of 1 Feb 2022, minute 45.2' }]);
    expect((await stored('act-7-5'))?.closed).toBeUndefined();

    const [next] = cardsOf(await ask(env.tracker, 'action log', { from: PEOPLE.chris, ...CHANNEL }));
    const text = await docxText(await (await download(linkOf(next))).arrayBuffer());
    expect(text).not.toContain(action?.title ?? '?');
    expect(text).toContain('Invite Committee members to observe the foster carer life story training');

    // Reopened in words, with a reason: back on the log.
    const [reopened] = cardsOf(await ask(env.tracker, 'reopen 11.3 because the audit found gaps', { from: PEOPLE.chris, ...CHANNEL }));
    expect(cardText(reopened)).toContain('Reopened (the audit found gaps).');
    expect(buttonTitles(reopened)).not.toContain('Undo');
    expect((await stored('act-11-3'))?.closed).toBeUndefined();
    expect((await stored('act-11-3'))?.status).toBe('in_progress');
  });

  it('an officer gets no closures card, and a forged confirm from them closes nothing', async () => {
    const refused = await closuresCard(PEOPLE.grace);
    expect(cardText(refused)).toContain('Only clerks and admins can record which actions the committee closed.');
    const clerkCard = await closuresCard(PEOPLE.chris);
    const answer = await confirm(clerkCard, PEOPLE.grace, { 'close_act-7-5': 'true', meetingDate: '2022-02-01' });
    expect(cardText(answer)).toContain('Only clerks and admins can record which actions the committee closed. Nothing was changed.');
    expect((await stored('act-7-5'))?.closed).toBeUndefined();
    const [reopen] = cardsOf(await ask(env.tracker, 'reopen 7.5 because reasons', { from: PEOPLE.grace, ...CHANNEL }));
    expect(cardText(reopen)).toMatch(/Only clerks and admins can reopen|isn't closed/);
  });

  it('an action not proposed for closure is refused, and nothing changes', async () => {
    const card = await closuresCard(PEOPLE.chris);
    const answer = await confirm(card, PEOPLE.chris, { 'close_act-7-2': 'true', meetingDate: '2022-02-01' });
    expect(cardText(answer)).toContain("7.2 isn't complete and verified, so it can't be closed. Nothing was changed.");
    expect((await stored('act-7-2'))?.closed).toBeUndefined();
  });
});
