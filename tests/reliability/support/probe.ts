import { request } from 'node:http';
import type { RunningTracker } from '../../../src/index';
import type { PlanView } from '../../../src/store/planRepository';

export const PLAN_ID = 'children-first';

/** What the bot answered to one request; status 0 when it did not answer in time or the connection failed. */
export type Answer = Readonly<{ status: number; text: string; ms: number; json: unknown }>;

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** POSTs a body exactly as given, timing the answer; a request that outlives `timeoutMs` is abandoned (status 0). */
export async function postBody(
  url: string,
  body: string,
  options: { timeoutMs?: number; headers?: Record<string, string>; path?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  try {
    const response = await fetch(`${url}${options.path ?? '/api/messages'}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status, text, ms: performance.now() - started, json: parseJson(text) };
  } catch (error) {
    const reason =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
        ? `no answer within ${timeoutMs} ms`
        : `request failed: ${describe(error)}`;
    return { status: 0, text: reason, ms: performance.now() - started, json: undefined };
  }
}

export function postActivity(url: string, activity: unknown, options: { timeoutMs?: number; headers?: Record<string, string> } = {}): Promise<Answer> {
  return postBody(url, JSON.stringify(activity), options);
}

export async function getHealth(url: string, timeoutMs = 10_000): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return { status: response.status, text, ms: performance.now() - started, json: parseJson(text) };
  } catch (error) {
    return { status: 0, text: `no answer: ${describe(error)}`, ms: performance.now() - started, json: undefined };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  return code ?? error.name;
}

/**
 * Sends a body with a declared Content-Length but stops after `sendBytes` and waits: an answer
 * that arrives now was given before the body was read in full, so before it was parsed.
 */
export function postStalled(url: string, declaredBytes: number, sendBytes: number, waitMs: number): Promise<{ status: number; ms: number; text: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const target = new URL(`${url}/api/messages`);
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(declaredBytes) },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ status: 0, ms: performance.now() - started, text: `no answer within ${waitMs} ms while the body was incomplete` });
    }, waitMs);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', () => {
      // The server may close the connection once it has answered; the answer (or the timer) decides.
    });
    req.write(`{"type":"message","text":"${'x'.repeat(Math.max(0, sendBytes - 30))}`);
  });
}

/**
 * What must never reach a person: internals (stack frames, error names, unexpanded templates,
 * stringified nothings) and the catch-all apology that means a crash. A marker that the request
 * itself contained may be an honest echo of it, so it only counts when the request lacked it.
 */
const LEAK_MARKERS: ReadonlyArray<Readonly<{ what: string; pattern: RegExp }>> = [
  { what: 'a stack frame', pattern: /at [\w$.<>[\]]+ \((?:file:\/\/|\/|node:)[^)]*:\d+:\d+\)/ },
  { what: 'a source position', pattern: /\.(?:ts|js|mjs|cjs):\d+:\d+/ },
  { what: '"Error:"', pattern: /Error:/ },
  { what: '"at Object."', pattern: /at Object\./ },
  { what: 'an unexpanded "${"', pattern: /\$\{/ },
  { what: '"undefined"', pattern: /undefined/ },
  { what: '"[object Object]"', pattern: /\[object Object\]/ },
  { what: '"Something went wrong" (an unhandled failure)', pattern: /Something went wrong/ },
];

export function leaksIn(answer: string, requestBody: string): string[] {
  return LEAK_MARKERS.filter(({ pattern }) => pattern.test(answer) && !new RegExp(pattern.source, 'i').test(requestBody)).map(({ what }) => what);
}

/** Every string a person could read in a reply (cards included), joined. */
export function readableText(node: unknown): string {
  const parts: string[] = [];
  // Iterative: an answer may echo JSON nested deeper than the stack allows.
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) stack.push(...[...value].reverse());
    else if (value && typeof value === 'object') stack.push(...Object.values(value).reverse());
  }
  return parts.join('\n');
}

/** The card in an Action.Execute invoke's answer, or undefined when the answer is not one. */
export function invokeCard(json: unknown): Record<string, unknown> | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const body = json as { statusCode?: unknown; type?: unknown; value?: unknown };
  if (body.statusCode !== 200 || body.type !== 'application/vnd.microsoft.card.adaptive') return undefined;
  const card = body.value;
  return typeof card === 'object' && card !== null && (card as { type?: unknown }).type === 'AdaptiveCard' ? (card as Record<string, unknown>) : undefined;
}

/** The replies in an expectReplies answer, or undefined when the body is not that shape. */
export function expectedReplies(json: unknown): unknown[] | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const activities = (json as { activities?: unknown }).activities;
  return Array.isArray(activities) ? activities : undefined;
}

/** Every document's version in the tracker's plan container: any write at all changes one. */
export async function planVersions(tracker: RunningTracker): Promise<string[]> {
  const { resources } = await tracker.store.store.containers.plan.items.query<{ id: string; _etag: string }>('SELECT * FROM c').fetchAll();
  return resources.map((document) => `${document.id} ${document._etag}`).sort();
}

export type PlanExport = Readonly<{ view: PlanView | null; versions: string[] }>;

/** The whole plan as the bot reads it (actions with their updates, meetings, people) and every document's version. */
export async function exportPlan(tracker: RunningTracker): Promise<PlanExport> {
  const [view, versions] = await Promise.all([tracker.store.plans.loadPlanView(PLAN_ID), planVersions(tracker)]);
  return { view, versions };
}

export type HealthRecord = Readonly<{ checks: number; failures: string[]; slowestMs: number }>;

/** Asks /healthz every `everyMs` until stopped, keeping every answer that was not a prompt 200. */
export function watchHealth(url: string, everyMs = 250, slowMs = 3000): { stop(): Promise<HealthRecord> } {
  let running = true;
  let checks = 0;
  let slowestMs = 0;
  const failures: string[] = [];
  const loop = (async () => {
    while (running) {
      const health = await getHealth(url, 10_000);
      checks += 1;
      slowestMs = Math.max(slowestMs, health.ms);
      if (health.status !== 200 || health.ms > slowMs) failures.push(`${health.status} in ${Math.round(health.ms)} ms: ${health.text.slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { checks, failures, slowestMs };
    },
  };
}

/**
 * Streams a body of unknown length (chunked) in `chunkBytes` pieces until the server answers or
 * `totalBytes` are sent: an answer before the end means the server stopped reading at its limit.
 */
export function postChunked(
  url: string,
  totalBytes: number,
  chunkBytes: number,
  timeoutMs = 10_000,
): Promise<{ status: number; ms: number; sentBytes: number; text: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const target = new URL(`${url}/api/messages`);
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    let sentBytes = 0;
    let answered = false;
    const finish = (status: number, text: string): void => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      req.destroy();
      resolve({ status, ms: performance.now() - started, sentBytes, text });
    };
    const timer = setTimeout(() => finish(0, `no answer within ${timeoutMs} ms`), timeoutMs);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', () => {
      // The server may cut the upload once it has answered; the answer (or the timer) decides.
    });
    const chunk = Buffer.from(`"${'x'.repeat(Math.max(1, chunkBytes - 2))}",`);
    req.write('{"type":"message","value":[');
    const pump = (): void => {
      if (answered || req.destroyed) return;
      if (sentBytes >= totalBytes) {
        req.end('"end"]}');
        return;
      }
      sentBytes += chunk.length;
      // A pause between pieces gives the server its chance to answer mid-upload, as a slow client would.
      if (req.write(chunk)) setTimeout(pump, 2);
      else req.once('drain', () => setTimeout(pump, 2));
    };
    pump();
  });
}

/** Uploads a body in full and reports when the last byte has left, and when (and how) the server answered. */
export function postTracked(url: string, body: string): { uploaded: Promise<number>; answered: Promise<{ status: number; ms: number; text: string }> } {
  const started = performance.now();
  const target = new URL(`${url}/api/messages`);
  const req = request({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
  });
  const uploaded = new Promise<number>((resolve) => {
    req.once('finish', () => resolve(performance.now() - started));
    req.once('close', () => resolve(performance.now() - started));
  });
  const answered = new Promise<{ status: number; ms: number; text: string }>((resolve) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text: Buffer.concat(chunks).toString('utf8') }));
    });
    // A server that answers early may cut the upload: its answer, if any, still wins.
    req.on('error', (error) => setTimeout(() => resolve({ status: 0, ms: performance.now() - started, text: `request failed: ${error.message}` }), 1000));
  });
  req.end(body);
  return { uploaded, answered };
}
