import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startTracker, type RunningTracker } from '../../src/index';
import { demoData, uniqueName } from './store';
import type { PlanData } from '../../src/domain/model';

export const TENANT_ID = 'cc8e62c6-ac50-5768-afb3-feec6b8286af';
/** The demo data's own date: statuses and overdue markers are as the fixture describes them. */
export const DEMO_NOW = new Date('2022-02-01T09:30:00Z');

export const PEOPLE = {
  ruth: 'a9d8d167-8c69-5192-b24c-387185ad8fdb',
  grace: 'a1fdef36-c7ef-5b1f-bcad-5380c59e001f',
  helen: 'b8d5fe73-9c54-51c6-85a7-5e5f1ad7fc29',
  priya: '2facd17d-b650-51ce-81e7-8347b02abd5d',
  morgan: 'adeed9d4-cdc1-592c-87a0-d1c206a51d6c',
  chris: 'bc40bd51-ff1f-55d9-ae61-7ba487bfd9b5',
  jo: 'd10caa9b-095d-52b0-ae88-30def3dc82a5',
  stranger: '99999999-9999-4999-8999-999999999999',
} as const;

/** Starts the real server in-process on a free port, on its own database seeded with the demo data as is. */
export async function startTestTracker(env: Record<string, string> = {}, clock: () => Date = () => DEMO_NOW, data?: PlanData): Promise<RunningTracker> {
  const config = loadConfig({
    PORT: '0',
    COSMOS_ENDPOINT: inject('cosmosEndpoint'),
    COSMOS_KEY: inject('cosmosKey'),
    COSMOS_DATABASE: uniqueName('e2e'),
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startTracker({ config, seed: { kind: 'data', data: data ?? (await demoData()) }, clock, logger: createLogger(config.logLevel, { pretty: false }) });
}

export type ActivityOptions = {
  from?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  tenantId?: string | null;
  /** Where the bot's own calls to Teams go (a loopback connector in tests). */
  serviceUrl?: string;
  /** The message the card button was on. */
  replyToId?: string;
  id?: string;
};

export function baseActivity(options: ActivityOptions = {}) {
  const tenantId = options.tenantId === undefined ? TENANT_ID : options.tenantId;
  return {
    id: options.id ?? randomUUID(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl ?? 'http://127.0.0.1:9/',
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    deliveryMode: 'expectReplies',
    timestamp: new Date().toISOString(),
    conversation: {
      id: options.conversationId ?? `a:${options.from ?? PEOPLE.ruth}`,
      conversationType: options.conversationType ?? 'personal',
      ...(tenantId ? { tenantId } : {}),
    },
    from: { id: `29:${options.from ?? PEOPLE.ruth}`, aadObjectId: options.from ?? PEOPLE.ruth },
    recipient: { id: '28:improvement-tracker-bot', name: 'Improvement Tracker' },
    ...(tenantId ? { channelData: { tenant: { id: tenantId } } } : {}),
  };
}

export function messageActivity(text: string, options: ActivityOptions = {}) {
  return { ...baseActivity(options), type: 'message', text };
}

export function executeActivity(verb: string, data: unknown, options: ActivityOptions = {}) {
  // Invokes are answered in the HTTP response itself, never as expected replies.
  const { deliveryMode: _deliveryMode, ...base } = baseActivity(options);
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export async function post(tracker: RunningTracker, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${tracker.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

type ReplyActivity = { type: string; text?: string; attachments?: Array<{ contentType: string; content: unknown }> };

/** The bot's replies from an expectReplies POST. */
export async function ask(tracker: RunningTracker, text: string, options: ActivityOptions = {}): Promise<ReplyActivity[]> {
  const { status, body } = await post(tracker, messageActivity(text, options));
  if (status !== 200) throw new Error(`POST /api/messages answered ${status}: ${JSON.stringify(body)}`);
  return (body as { activities: ReplyActivity[] }).activities;
}

export function cardsOf(replies: ReplyActivity[]): unknown[] {
  return replies.flatMap((reply) => (reply.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content));
}

/** Every string in a card, in order: what a person could read on it. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.entries(node).forEach(([key, value]) => key !== 'fallbackText' && key !== 'speak' && walk(value));
  };
  walk(card);
  return parts.join('\n');
}

/** The "View / update" targets on a card: which actions it lists. */
export function listedActionIds(card: unknown): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute' && record.verb === 'viewAction' && record.data && typeof record.data === 'object') {
        ids.push(String((record.data as Record<string, unknown>).actionId));
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return ids;
}

export function invokeBody(body: unknown): { statusCode: number; type: string; value: unknown } {
  return body as { statusCode: number; type: string; value: unknown };
}

/** The values a card's inputs start with, as a person would see them. */
export function inputValues(card: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.') && typeof record.id === 'string') values[record.id] = record.value;
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return values;
}

/** The titles of the buttons on a card. */
export function buttonTitles(card: unknown): string[] {
  const titles: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Action.') && typeof record.title === 'string' && record.title !== 'Refresh')
        titles.push(record.title);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return titles;
}

/** The data a card's button would send. */
export function buttonData(card: unknown, title: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.title === title && record.data && typeof record.data === 'object') found = record.data as Record<string, unknown>;
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  if (!found) throw new Error(`no button "${title}" on the card`);
  return found;
}
