import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Person } from '../domain/model';

/** Who a page or API request is from, or why it is refused (said to the person, never the token's details). */
export type Identity = Readonly<{ kind: 'person'; aadObjectId: string; tenantId: string | undefined }> | Readonly<{ kind: 'demo' }>;
export type IdentityRefusal = Readonly<{ kind: 'refused'; status: 401 | 403; message: string }>;

export type IdentityOptions = Readonly<{
  /** The bot's Microsoft app id: the tab's Entra app (SSO tokens are issued to it). */
  appId: string | undefined;
  /** The public host name: the app's id URI is api://<domain>/botid-<appId>. */
  domain: string | undefined;
  allowedTenantIds: readonly string[] | undefined;
  /** The bot's own tenant, for a single-tenant app. */
  tenantId: string | undefined;
  /** Where Entra publishes its signing keys, and its authority (overridable for other clouds). */
  jwksUrl: string;
  authority: string;
  /** Bounds the fetch of signing keys. */
  timeoutMs?: number;
}>;

/** Keys are fetched once and kept; a token signed by an unknown key makes one fetch at most every 30 s. */
const KEY_CACHE_MS = 6 * 60 * 60 * 1000;
const KEY_COOLDOWN_MS = 30_000;
const CLOCK_TOLERANCE_S = 60;

const UNSIGNED = "Sign in to Teams to see the plan: this page couldn't tell who you are.";

/**
 * Identifies the person behind a request to the tabs' pages and APIs. In anonymous local mode (no
 * app id, loopback only) it is the demo user, as in the local client. Otherwise only a Teams single
 * sign-on token will do: signed by Entra (keys fetched and cached, bounded), issued for this app
 * (audience), by an allowed tenant (issuer and tid), and in date.
 */
export function createIdentityCheck(options: IdentityOptions): (authorization: string | undefined) => Promise<Identity | IdentityRefusal> {
  if (!options.appId) return () => Promise.resolve({ kind: 'demo' });
  const appId = options.appId;
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl), {
    timeoutDuration: options.timeoutMs ?? 5000,
    cacheMaxAge: KEY_CACHE_MS,
    cooldownDuration: KEY_COOLDOWN_MS,
  });
  const audiences = [appId, `api://botid-${appId}`, ...(options.domain ? [`api://${options.domain}/botid-${appId}`] : [])];
  const allowed = (options.allowedTenantIds ?? (options.tenantId ? [options.tenantId] : undefined))?.map((id) => id.toLowerCase());
  const authority = options.authority.replace(/\/+$/, '');
  return async (authorization) => {
    const token = /^Bearer\s+([A-Za-z0-9._-]{20,8192})$/.exec(authorization ?? '')?.[1];
    if (!token) return { kind: 'refused', status: 401, message: UNSIGNED };
    try {
      const { payload } = await jwtVerify(token, keys, {
        audience: audiences,
        algorithms: ['RS256'],
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['exp', 'iss', 'tid'],
      });
      const tenantId = typeof payload.tid === 'string' ? payload.tid.toLowerCase() : '';
      // Entra issues v1 and v2 tokens; either way the issuer names the token's own tenant.
      const issuers = [`${authority}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`].map((issuer) => issuer.toLowerCase());
      if (!payload.iss || !issuers.includes(payload.iss.toLowerCase())) return { kind: 'refused', status: 401, message: UNSIGNED };
      if (allowed && !allowed.includes(tenantId)) return { kind: 'refused', status: 403, message: 'Your organisation is not allowed to use this app.' };
      const oid = typeof payload.oid === 'string' ? payload.oid : '';
      if (!oid) return { kind: 'refused', status: 401, message: UNSIGNED };
      return { kind: 'person', aadObjectId: oid, tenantId };
    } catch (error) {
      const expired = error instanceof errors.JWTExpired;
      return { kind: 'refused', status: 401, message: expired ? 'Your sign-in has expired: reload the tab.' : UNSIGNED };
    }
  };
}

/** The person an identity is on the plan (undefined: signed in, but not on the people list). */
export function personOf(identity: Identity, people: readonly Person[], demoUser: string): Person | undefined {
  if (identity.kind === 'demo') return people.find((person) => person.id === demoUser);
  return people.find((person) => person.aadObjectId?.toLowerCase() === identity.aadObjectId.toLowerCase());
}
