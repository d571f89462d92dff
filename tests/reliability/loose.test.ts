import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import type { RunningTracker } from '../../src/index';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { executeActivity, messageActivity, PEOPLE, startTestTracker } from '../support/tracker';
import { watchOutboundHosts } from './support/outbound';
import {
  expectedReplies,
  exportPlan,
  getHealth,
  invokeCard,
  leaksIn,
  postActivity,
  postChunked,
  postStalled,
  postTracked,
  readableText,
} from './support/probe';

const MINUTES = readFileSync(join(__dirname, '..', 'e2e', 'fixtures', 'minutes-2022-01-26.txt'), 'utf8');

let connector: LoopbackConnector;
let tracker: RunningTracker;
beforeAll(async () => {
  connector = await startLoopbackConnector();
});
afterAll(() => connector.stop());
beforeEach(async () => {
  connector.calls.length = 0;
  tracker = await startTestTracker();
});
afterEach(() => tracker.stop());

/** An activity as Teams would send it, but delivered normally (replies go to serviceUrl), with fields replaced or removed. */
function normalDelivery(text: unknown, changes: Record<string, unknown> = {}, remove: readonly string[] = []): Record<string, unknown> {
  const { deliveryMode: _deliveryMode, ...activity } = messageActivity('x', { from: PEOPLE.ruth, serviceUrl: connector.serviceUrl });
  const result: Record<string, unknown> = { ...activity, text, ...changes };
  for (const key of remove) delete result[key];
  return result;
}

describe('loose input at the edge', () => {
  it.each<[string, unknown]>([
    ['a number', 42],
    ['zero', 0],
    ['true', true],
    ['null', null],
    ['an object', { text: "what's overdue?" }],
    ['an array', ['what', 'is', 'overdue']],
  ])('a message whose text is %s gets a 400 or a polite reply, never "Something went wrong"', async (_what, text) => {
    const activity = { ...messageActivity('x', { from: PEOPLE.ruth }), text };
    const answer = await postActivity(tracker.url, activity);
    if (answer.status === 200) {
      const words = readableText(expectedReplies(answer.json));
      expect(words.trim()).not.toBe('');
      expect(words).not.toMatch(/Something went wrong/);
    } else expect(answer.status).toBe(400);
    expect(leaksIn(answer.text, JSON.stringify(activity))).toEqual([]);
  });

  it('a body declared over the size limit is refused with 413 or 400 at once, before the bot has read it', async () => {
    // Declared as 2 MB but only 64 KB sent: an answer now cannot have come from parsing the body.
    const stalled = await postStalled(tracker.url, 2 * 1024 * 1024, 64 * 1024, 3000);
    expect([413, 400], `${stalled.status} after ${Math.round(stalled.ms)} ms: ${stalled.text.slice(0, 200)}`).toContain(stalled.status);
    expect(stalled.ms).toBeLessThan(1000);
    expect((await getHealth(tracker.url)).status).toBe(200);
  });

  it('a body streamed with no length is refused with 413 or 400 once it passes the limit, long before it ends', async () => {
    const streamed = await postChunked(tracker.url, 8 * 1024 * 1024, 64 * 1024);
    // 411 Length Required: a body of unknown size is refused before any of it is read.
    expect([413, 411, 400], `${streamed.status} after ${Math.round(streamed.ms)} ms and ${streamed.sentBytes} bytes: ${streamed.text.slice(0, 200)}`).toContain(
      streamed.status,
    );
    expect(streamed.sentBytes).toBeLessThan(8 * 1024 * 1024);
    expect(streamed.ms).toBeLessThan(3000);
    expect((await getHealth(tracker.url)).status).toBe(200);
  });

  it('a stranger\'s 880 KB "post outcomes" does not stall other users: another user\'s question is answered within 1 s while it is handled', async () => {
    let minutes = 'post outcomes\n';
    for (let item = 51; Buffer.byteLength(minutes) < 880 * 1024; item += 1) minutes += `${MINUTES.replace(/51\./g, `${item}.`)}\n\n`;
    const before = await exportPlan(tracker);
    const big = postTracked(tracker.url, JSON.stringify(messageActivity(minutes, { from: PEOPLE.stranger })));
    const ask = async (): Promise<{ ms: number; status: number; words: string }> => {
      const answer = await postActivity(tracker.url, messageActivity("what's overdue?", { from: PEOPLE.grace }));
      return { ms: answer.ms, status: answer.status, words: readableText(expectedReplies(answer.json)) };
    };
    // One question while the minutes are still uploading, one just after the last byte has left.
    const during = await ask();
    await big.uploaded;
    const after = await ask();
    for (const answer of [during, after]) {
      expect(answer.status).toBe(200);
      expect(answer.words).toMatch(/overdue/i);
      expect(answer.ms).toBeLessThan(1000);
    }
    const outcome = await big.answered;
    expect([200, 400, 413], `${outcome.status}: ${outcome.text.slice(0, 200)}`).toContain(outcome.status);
    if (outcome.status === 200) expect(outcome.text).not.toMatch(/Something went wrong/);
    expect(await exportPlan(tracker)).toEqual(before);
  });

  it('an activity with no serviceUrl gets 400, unless its replies come back in the response; the bot calls no host but loopback', async () => {
    const outbound = watchOutboundHosts();
    try {
      const missing = await postActivity(tracker.url, normalDelivery("what's overdue?", {}, ['serviceUrl']), { timeoutMs: 10_000 });
      expect({ status: missing.status, fast: missing.ms < 2000 }, `${missing.status} in ${Math.round(missing.ms)} ms: ${missing.text}`).toEqual({
        status: 400,
        fast: true,
      });
      const empty = await postActivity(tracker.url, normalDelivery("what's overdue?", { serviceUrl: '' }), { timeoutMs: 10_000 });
      expect(empty.status).toBe(400);

      const { serviceUrl: _serviceUrl, ...inBody } = messageActivity("what's overdue?", { from: PEOPLE.ruth });
      const answered = await postActivity(tracker.url, inBody);
      expect(answered.status).toBe(200);
      expect(readableText(expectedReplies(answered.json))).toMatch(/overdue/i);

      const { serviceUrl: _invokeServiceUrl, ...button } = executeActivity(
        CARD_VERBS.viewAction,
        { actionId: 'act-7-4' },
        { from: PEOPLE.ruth, replyToId: 'card-1' },
      );
      const pressed = await postActivity(tracker.url, button, { timeoutMs: 10_000 });
      if (pressed.status === 200) expect(readableText(invokeCard(pressed.json))).toContain('7.4');
      else expect(pressed.status).toBe(400);
      expect(pressed.ms).toBeLessThan(2000);
    } finally {
      outbound.stop();
    }
    expect(outbound.foreign()).toEqual([]);
    expect(connector.calls).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'urn:x:y', 'ftp://127.0.0.1/'])(
    'an activity whose serviceUrl is %s (not an http address) gets 400, and nothing is sent',
    async (serviceUrl) => {
      const outbound = watchOutboundHosts();
      let answer;
      try {
        answer = await postActivity(tracker.url, normalDelivery("what's overdue?", { serviceUrl }), { timeoutMs: 10_000 });
      } finally {
        outbound.stop();
      }
      expect({ status: answer.status, fast: answer.ms < 2000 }, `${answer.status} in ${Math.round(answer.ms)} ms: ${answer.text}`).toEqual({
        status: 400,
        fast: true,
      });
      expect(outbound.foreign()).toEqual([]);
    },
  );
});
