import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningTracker } from '../../src/index';
import { createIdentityCheck } from '../../src/web/identity';
import { PEOPLE, startTestTracker, TENANT_ID } from '../support/tracker';

const APP_ID = '3f6c1a52-8d7e-4b9a-a1c2-5e6f7a8b9c0d';
const DOMAIN = 'tracker.example.gov.uk';
const OTHER_TENANT = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
const AUTHORITY = 'https://login.microsoftonline.com';

let keys: { privateKey: CryptoKey; jwk: JWK };
let impostor: CryptoKey;
let jwks: Server;
let jwksUrl: string;
/** A server that takes the key request and never answers. */
let hung: Server;
let hungUrl: string;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  keys = { privateKey: pair.privateKey, jwk: { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' } };
  impostor = (await generateKeyPair('RS256')).privateKey;
  jwks = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [keys.jwk] }));
  });
  jwksUrl = await listen(jwks);
  hung = createServer(() => undefined);
  hungUrl = await listen(hung);
});
afterAll(() => {
  jwks.close();
  hung.closeAllConnections();
  hung.close();
});

type Claims = { aud?: string; tid?: string; iss?: string; oid?: string; expiresIn?: string | number; key?: CryptoKey };
/** A token shaped as Teams single sign-on gives a tab, signed by a key this test made. */
function token(claims: Claims = {}): Promise<string> {
  const tid = claims.tid ?? TENANT_ID;
  return new SignJWT({ tid, oid: claims.oid ?? PEOPLE.ruth, scp: 'access_as_user' })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
    .setIssuer(claims.iss ?? `${AUTHORITY}/${tid}/v2.0`)
    .setAudience(claims.aud ?? `api://${DOMAIN}/botid-${APP_ID}`)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '1h')
    .sign(claims.key ?? keys.privateKey);
}

const check = (url = jwksUrl, timeoutMs?: number) =>
  createIdentityCheck({
    appId: APP_ID,
    domain: DOMAIN,
    allowedTenantIds: [TENANT_ID],
    tenantId: TENANT_ID,
    jwksUrl: url,
    authority: AUTHORITY,
    ...(timeoutMs ? { timeoutMs } : {}),
  });

describe("the tabs' single sign-on check", () => {
  it('accepts a valid token for this app from an allowed tenant, and names the person by their object id', async () => {
    expect(await check()(`Bearer ${await token()}`)).toEqual({ kind: 'person', aadObjectId: PEOPLE.ruth, tenantId: TENANT_ID });
    // Teams may also give the app id itself as the audience.
    expect((await check()(`Bearer ${await token({ aud: APP_ID })}`)).kind).toBe('person');
  });

  it('refuses an expired token, and says to reload', async () => {
    const expired = await token({ expiresIn: Math.floor(Date.now() / 1000) - 3600 });
    expect(await check()(`Bearer ${expired}`)).toEqual({ kind: 'refused', status: 401, message: 'Your sign-in has expired: reload the tab.' });
  });

  it('refuses a token for another app', async () => {
    expect(await check()(`Bearer ${await token({ aud: 'api://elsewhere.example/botid-00000000-0000-4000-8000-000000000000' })}`)).toMatchObject({
      kind: 'refused',
      status: 401,
    });
  });

  it('refuses a tenant that is not allowed (403), and an issuer that is not its tenant (401)', async () => {
    expect(await check()(`Bearer ${await token({ tid: OTHER_TENANT })}`)).toMatchObject({ kind: 'refused', status: 403 });
    expect(await check()(`Bearer ${await token({ iss: `${AUTHORITY}/${OTHER_TENANT}/v2.0` })}`)).toMatchObject({ kind: 'refused', status: 401 });
  });

  it('refuses a token signed by another key, a tampered one, garbage and none', async () => {
    expect(await check()(`Bearer ${await token({ key: impostor })}`)).toMatchObject({ kind: 'refused', status: 401 });
    const [head, , signature] = (await token()).split('.');
    const forged = Buffer.from(
      JSON.stringify({ tid: TENANT_ID, oid: PEOPLE.morgan, aud: APP_ID, iss: `${AUTHORITY}/${TENANT_ID}/v2.0`, exp: 9_999_999_999 }),
    ).toString('base64url');
    expect(await check()(`Bearer ${head}.${forged}.${signature}`)).toMatchObject({ kind: 'refused', status: 401 });
    expect(await check()('Bearer not-a-token-at-all-but-long-enough')).toMatchObject({ kind: 'refused', status: 401 });
    expect(await check()(undefined)).toMatchObject({ kind: 'refused', status: 401 });
  });

  it('gives up on signing keys that never come, within its time-out, and refuses', async () => {
    const started = Date.now();
    expect(await check(hungUrl, 500)(`Bearer ${await token()}`)).toMatchObject({ kind: 'refused', status: 401 });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the tab APIs through HTTP, with bot credentials set', () => {
  let tracker: RunningTracker;
  beforeAll(async () => {
    tracker = await startTestTracker({
      BOT_ID: APP_ID,
      BOT_PASSWORD: 'test-secret',
      BOT_TENANT_ID: TENANT_ID,
      HOST: '127.0.0.1',
      BOT_DOMAIN: DOMAIN,
      ALLOWED_TENANT_IDS: TENANT_ID,
      ENTRA_JWKS_URL: jwksUrl,
    });
  });
  afterAll(() => tracker?.stop());

  const get = (path: string, authorization?: string) => fetch(`${tracker.url}${path}`, { headers: authorization ? { authorization } : {} });

  it('answers nothing without a sign-in, and the signed-in person their own plan', async () => {
    for (const path of ['/api/tabs/plan', '/api/tabs/log', '/api/tabs/actions/7.2', '/api/reports/anything.at-all']) {
      const refused = await get(path);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: string }).error).toContain('Sign in to Teams');
    }
    const mine = await get('/api/tabs/plan', `Bearer ${await token()}`);
    expect(mine.status).toBe(200);
    expect(((await mine.json()) as { viewer: { name: string } }).viewer.name).toBe('Ruth Okafor');
  });

  it('refuses a change from the page by someone not allowed to make it, whatever the page sent', async () => {
    // Grace Adeyemi is an officer who neither owns 6.1 nor leads its area.
    const response = await fetch(`${tracker.url}/api/tabs/actions/6.1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token({ oid: PEOPLE.grace })}` },
      body: JSON.stringify({
        requestId: crypto.randomUUID(),
        basis: { status: 'in_progress', due: '2022-03-31', owner: 'ruth-okafor' },
        note: 'Trying anyway',
      }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toContain('can update 6.1');
    const stored = await tracker.store.plans.getAction('children-first', 'act-6-1');
    expect(stored?.value.updates.some((update) => update.note === 'Trying anyway')).toBe(false);
  });
});
