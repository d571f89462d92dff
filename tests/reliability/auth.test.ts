import { spawn } from 'node:child_process';
import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import { ConfigError, loadConfig } from '../../src/config';
import type { RunningTracker } from '../../src/index';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { executeActivity, messageActivity, PEOPLE, startTestTracker, TENANT_ID } from '../support/tracker';
import { ROOT } from './support/bot';
import { exportPlan, invokeCard, PLAN_ID, postActivity, readableText } from './support/probe';

/** A made-up Azure Bot: its id and secret exist nowhere but here. */
const BOT_ID = '3c5e0a57-8f0e-4a8a-9d1e-6f2b8c1d4e70';
const BOT_PASSWORD = 'made-up-secret-for-tests';
const OTHER_TENANT = '0b7e3f43-1d2c-4a5b-9e8f-7a6b5c4d3e2f';

const base64url = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
// A key nobody trusts: Teams' tokens are signed by Microsoft's keys, published by its OpenID metadata.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

function rs256(payload: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const signed = `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'made-up-kid-7f3a', ...header })}.${base64url(payload)}`;
  return `${signed}.${createSign('RSA-SHA256').update(signed).sign(privateKey).toString('base64url')}`;
}

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: 'https://api.botframework.com', aud: BOT_ID, serviceurl: 'http://127.0.0.1:9/', nbf: now - 60, exp: now + 3600, ...overrides };
}

/** Authorization headers that must all be refused: none carries a token signed by a key the bot trusts. */
function refusedHeaders(): Array<[string, Record<string, string>]> {
  const now = Math.floor(Date.now() / 1000);
  const hs256 = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims())}`;
  return [
    ['no Authorization header', {}],
    ['an empty bearer token', { authorization: 'Bearer ' }],
    ['a bearer that is not a JWT', { authorization: 'Bearer not-a-token' }],
    ['Basic credentials', { authorization: `Basic ${Buffer.from(`${BOT_ID}:${BOT_PASSWORD}`).toString('base64')}` }],
    ['three parts of garbage', { authorization: 'Bearer e30.e30.e30' }],
    ['an unsigned token (alg none)', { authorization: `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.` }],
    [
      "a token signed with the bot's own password (HS256)",
      { authorization: `Bearer ${hs256}.${createHmac('sha256', BOT_PASSWORD).update(hs256).digest('base64url')}` },
    ],
    ['an expired token', { authorization: `Bearer ${rs256(claims({ nbf: now - 7200, exp: now - 3600 }))}` }],
    ['a token not valid yet', { authorization: `Bearer ${rs256(claims({ nbf: now + 3600, exp: now + 7200 }))}` }],
    ['a token for another bot', { authorization: `Bearer ${rs256(claims({ aud: '11111111-2222-4333-8444-555555555555' }))}` }],
    ['a foreign-signed token from the Bot Framework issuer', { authorization: `Bearer ${rs256(claims())}` }],
    [
      'a foreign-signed token from the emulator issuer',
      { authorization: `Bearer ${rs256(claims({ iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', appid: BOT_ID, ver: '1.0' }))}` },
    ],
    [
      "a foreign-signed token from the bot's own tenant",
      { authorization: `Bearer ${rs256(claims({ iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`, azp: BOT_ID, ver: '2.0' }))}` },
    ],
    ['an 8 KB foreign-signed token', { authorization: `Bearer ${rs256(claims({ padding: 'x'.repeat(6000) }))}` }],
  ];
}

let connector: LoopbackConnector;
let tracker: RunningTracker | undefined;
beforeAll(async () => {
  connector = await startLoopbackConnector();
});
afterAll(() => connector.stop());
afterEach(async () => {
  await tracker?.stop();
  tracker = undefined;
  connector.calls.length = 0;
});

describe('with bot credentials configured, every request needs a valid Bot Framework token', () => {
  it('refuses no token, malformed, expired and foreign-signed tokens with 401 within 3 s each, and changes nothing', async () => {
    // The bot listens on loopback only here: these credentials are made up.
    const running = await startTestTracker({ BOT_ID, BOT_PASSWORD, BOT_TENANT_ID: TENANT_ID, HOST: '127.0.0.1' });
    tracker = running;
    const before = await exportPlan(running);
    const action = await running.store.plans.getAction(PLAN_ID, 'act-7-4');
    if (!action) throw new Error('act-7-4 missing from the demo plan');
    const basis = { status: action.value.status, due: action.value.due, owner: action.value.owner };
    const changes = [
      [
        '"mark 7.4 complete" in words',
        (() => {
          const { deliveryMode: _deliveryMode, ...activity } = messageActivity('mark 7.4 complete', { from: PEOPLE.ruth, serviceUrl: connector.serviceUrl });
          return activity;
        })(),
      ],
      [
        'Save on 7.4',
        executeActivity(
          CARD_VERBS.saveAction,
          { actionId: 'act-7-4', basis, note: 'A note nobody authenticated', status: 'blocked' },
          { from: PEOPLE.ruth, serviceUrl: connector.serviceUrl, replyToId: 'card-1' },
        ),
      ],
    ] as const;
    const refused: string[] = [];
    for (const [token, headers] of refusedHeaders()) {
      for (const [what, activity] of changes) {
        const answer = await postActivity(running.url, activity, { headers, timeoutMs: 10_000 });
        if (answer.status !== 401 || answer.ms > 3000)
          refused.push(`${token}, ${what}: ${answer.status} in ${Math.round(answer.ms)} ms ${answer.text.slice(0, 120)}`);
      }
    }
    expect(refused).toEqual([]);
    expect(await exportPlan(running)).toEqual(before);
    expect(connector.calls).toEqual([]);
  }, 90_000);
});

describe('anonymous mode (no bot credentials) listens on loopback only', () => {
  it.each(['0.0.0.0', '::', '192.168.1.20', 'improvement-tracker.example.org'])(
    'HOST=%s without credentials is a configuration error that says why',
    (host) => {
      let problem: unknown;
      try {
        loadConfig({ HOST: host });
      } catch (error) {
        problem = error;
      }
      expect(problem).toBeInstanceOf(ConfigError);
      expect(problem instanceof ConfigError ? problem.problems.join('\n') : '').toMatch(/HOST.*loopback/);
    },
  );

  it('loopback hosts are allowed anonymously, and any host with credentials', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost']) expect(loadConfig({ HOST: host }).host).toBe(host);
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0', BOT_ID, BOT_PASSWORD, BOT_TENANT_ID: TENANT_ID }).host).toBe('0.0.0.0');
  });

  it('npm start with HOST=0.0.0.0 and no credentials stops with one clear line, and never serves', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tracker-anon-'));
    try {
      // Empty values override env/.env.local, so no credentials can come from it.
      const child = spawn('npm', ['start', '--', '--no-client'], {
        cwd: ROOT,
        env: {
          ...process.env,
          HOST: '0.0.0.0',
          PORT: '0',
          BOT_ID: '',
          BOT_PASSWORD: '',
          BOT_TENANT_ID: '',
          COSMOS_ENDPOINT: '',
          DATA_DIR: dataDir,
          DIGEST_ENABLED: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
          resolve(null);
        }, 30_000);
        child.once('exit', (exitCode) => {
          clearTimeout(timer);
          resolve(exitCode);
        });
      });
      expect(output).not.toMatch(/Bot endpoint/);
      expect(code, output).not.toBe(0);
      expect(code, output).not.toBeNull();
      expect(output).toMatch(/HOST.*loopback/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 40_000);
});

describe('ALLOWED_TENANT_IDS', () => {
  const fromTenants = (conversationTenant: string | undefined, channelTenant: string | undefined, text = "what's overdue?") => {
    const activity = messageActivity(text, { from: PEOPLE.ruth, tenantId: null, serviceUrl: connector.serviceUrl });
    return {
      ...activity,
      conversation: { ...activity.conversation, ...(conversationTenant ? { tenantId: conversationTenant } : {}) },
      ...(channelTenant ? { channelData: { tenant: { id: channelTenant } } } : {}),
    };
  };

  it('refuses another tenant with 403, and a tenant the two tenant fields disagree on even when one is allowed', async () => {
    const running = await startTestTracker({ ALLOWED_TENANT_IDS: TENANT_ID });
    tracker = running;
    const before = await exportPlan(running);
    const cases: Array<[string, unknown]> = [
      ['another tenant', fromTenants(OTHER_TENANT, OTHER_TENANT)],
      ['no tenant at all', fromTenants(undefined, undefined)],
      ['conversation.tenantId allowed, channelData.tenant.id another', fromTenants(TENANT_ID, OTHER_TENANT)],
      ['channelData.tenant.id allowed, conversation.tenantId another', fromTenants(OTHER_TENANT, TENANT_ID)],
      ['another tenant, a change in words', fromTenants(OTHER_TENANT, OTHER_TENANT, 'mark 7.4 complete')],
      ['disagreeing tenants, a change in words', fromTenants(TENANT_ID, OTHER_TENANT, 'mark 7.4 complete')],
    ];
    const wrong: string[] = [];
    for (const [what, activity] of cases) {
      const answer = await postActivity(running.url, activity);
      if (answer.status !== 403 || answer.ms > 3000) wrong.push(`${what}: ${answer.status} in ${Math.round(answer.ms)} ms ${answer.text.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    expect(await exportPlan(running)).toEqual(before);
  });

  it('admits the allowed tenant however either side writes its case, from either tenant field', async () => {
    const running = await startTestTracker({ ALLOWED_TENANT_IDS: `${OTHER_TENANT},${TENANT_ID.toUpperCase()}` });
    tracker = running;
    const cases: Array<[string, unknown]> = [
      ['lower case in both fields', fromTenants(TENANT_ID, TENANT_ID)],
      ['only conversation.tenantId', fromTenants(TENANT_ID, undefined)],
      ['only channelData.tenant.id', fromTenants(undefined, TENANT_ID)],
      ['upper case in the activity too', fromTenants(TENANT_ID.toUpperCase(), TENANT_ID)],
    ];
    const wrong: string[] = [];
    for (const [what, activity] of cases) {
      const answer = await postActivity(running.url, activity);
      const text = readableText(answer.json);
      if (answer.status !== 200 || !/overdue/i.test(text)) wrong.push(`${what}: ${answer.status} ${answer.text.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    // A card button from the allowed tenant works too.
    const card = invokeCard((await postActivity(running.url, executeActivity(CARD_VERBS.viewAction, { actionId: 'act-7-4' }, { from: PEOPLE.ruth }))).json);
    expect(readableText(card)).toContain('7.4');
  });
});
