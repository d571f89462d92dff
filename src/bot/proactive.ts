import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity, ConversationReference } from 'botbuilder';
import type { TrackerAdapter } from './adapter';
import { paceOutbound } from './outboundPace';

export type SendResult =
  | Readonly<{ ok: true; attempts: number }>
  /** 403: the person blocked or removed the app. Not retried. */
  | Readonly<{ ok: false; reason: 'blocked'; attempts: number }>
  | Readonly<{ ok: false; reason: 'failed'; status: number | undefined; attempts: number }>;

const RETRYABLE = new Set([412, 429, 502, 503, 504]);

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  for (const value of [record.statusCode, record.status, record.response?.status]) if (typeof value === 'number') return value;
  return undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | undefined } } }).response?.headers;
  const value = typeof headers?.get === 'function' ? headers.get('retry-after') : undefined;
  const seconds = value === undefined ? NaN : Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

export type ProactiveOptions = Readonly<{ maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number }>;

/**
 * Sends a message to a stored conversation, retrying throttling and transient failures with
 * exponential backoff and jitter (as Teams asks); a 403 means the app was blocked or removed.
 */
export async function sendProactive(
  adapter: TrackerAdapter,
  botAppId: string,
  reference: Partial<ConversationReference>,
  activity: Partial<Activity>,
  options: ProactiveOptions = {},
): Promise<SendResult> {
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.baseDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 8000;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await paceOutbound(reference.conversation?.id);
      // The adapter hands errors inside the callback to the bot's turn-error handler and swallows
      // them: catch the send's own failure here so that a 403 or 429 is seen for what it is.
      let failure: unknown;
      await adapter.continueConversationAsync(botAppId, reference, async (context) => {
        try {
          await context.sendActivity(activity);
        } catch (error) {
          failure = error ?? new Error('send failed');
        }
      });
      if (failure !== undefined) throw failure instanceof Error ? failure : new Error(typeof failure === 'string' ? failure : 'send failed');
      return { ok: true, attempts: attempt };
    } catch (error) {
      const status = statusOf(error);
      if (status === 403) return { ok: false, reason: 'blocked', attempts: attempt };
      const retryable = status === undefined || RETRYABLE.has(status);
      if (!retryable || attempt >= maxAttempts) return { ok: false, reason: 'failed', status, attempts: attempt };
      const backoff = Math.min(cap, base * 2 ** (attempt - 1));
      const jittered = backoff / 2 + Math.random() * (backoff / 2);
      // Teams' Retry-After is a floor, never a reason to retry sooner than the backoff.
      await sleep(Math.max(retryAfterMs(error) ?? 0, jittered));
    }
  }
}
