import { z } from 'zod';
import { IANAZone } from 'luxon';
import { Cron } from 'croner';

const emptyToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const EnvSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, z.coerce.number({ invalid_type_error: 'must be a port number' }).int().min(0).max(65535).default(3978)),
    HOST: optionalString,
    COSMOS_ENDPOINT: z.preprocess(emptyToUndefined, z.string().url('must be a URL such as https://myaccount.documents.azure.com:443/').optional()),
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,255}$/, 'must be letters, digits, - or _')
        .default('improvement-tracker'),
    ),
    PLAN_ID: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]{1,100}$/, 'must be lower-case letters, digits or -')
        .default('children-first'),
    ),
    BOT_ID: z.preprocess(emptyToUndefined, z.string().regex(guid, "must be the bot's Microsoft app id (a GUID)").optional()),
    BOT_PASSWORD: optionalString,
    BOT_TENANT_ID: z.preprocess(emptyToUndefined, z.string().regex(guid, 'must be a tenant id (a GUID)').optional()),
    BOT_TYPE: z.preprocess(emptyToUndefined, z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant')),
    ALLOWED_TENANT_IDS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((value) =>
          value
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        )
        .refine((ids) => ids.every((id) => guid.test(id)), 'must be a comma-separated list of tenant ids (GUIDs)')
        .optional(),
    ),
    TZ: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default('Europe/London')
        .refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone such as Europe/London'),
    ),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),
    DEMO_USER: z.preprocess(emptyToUndefined, z.string().default('ruth-okafor')),
    // When the digest sender runs: each working day at 08:00; a manager's digest goes on their day (Monday unless they chose another).
    DIGEST_CRON: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default('0 8 * * 1-5')
        .refine((pattern) => isValidCron(pattern), 'must be a cron pattern such as "0 8 * * 1-5"'),
    ),
    // When owners' reminders go: each working day at 08:00 (bank holidays are skipped by the job itself).
    REMINDER_CRON: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default('0 8 * * 1-5')
        .refine((pattern) => isValidCron(pattern), 'must be a cron pattern such as "0 8 * * 1-5"'),
    ),
    REMINDERS_ENABLED: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
    APPLICATIONINSIGHTS_CONNECTION_STRING: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/InstrumentationKey=/i, 'must be an Application Insights connection string')
        .optional(),
    ),
    DIGEST_ENABLED: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
    // The bot's public host name (App Service's default host name when deployed): action addresses and tabs are served there.
    BOT_DOMAIN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$/, 'must be a host name such as tracker.example.gov.uk, without https:// or a path')
        .optional(),
    ),
    // Where Entra publishes the keys that sign Teams single sign-on tokens, and its authority (other clouds differ).
    ENTRA_JWKS_URL: z.preprocess(emptyToUndefined, z.string().url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys')),
    ENTRA_AUTHORITY: z.preprocess(emptyToUndefined, z.string().url().default('https://login.microsoftonline.com')),
    PLAYGROUND_PORT: z.preprocess(emptyToUndefined, z.coerce.number({ invalid_type_error: 'must be a port number' }).int().min(1).max(65535).default(56150)),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_ID && !env.BOT_PASSWORD && env.BOT_TYPE !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['BOT_PASSWORD'], message: 'is required when BOT_ID is set (or set BOT_TYPE=UserAssignedMSI)' });
    }
    if (env.BOT_PASSWORD && !env.BOT_ID) {
      ctx.addIssue({ code: 'custom', path: ['BOT_ID'], message: 'is required when BOT_PASSWORD is set' });
    }
    if (!env.BOT_ID && env.HOST && !['127.0.0.1', 'localhost', '::1'].includes(env.HOST)) {
      ctx.addIssue({ code: 'custom', path: ['HOST'], message: 'must be a loopback address while the bot runs without BOT_ID/BOT_PASSWORD (anonymous mode)' });
    }
    if (env.BOT_ID && env.BOT_TYPE === 'SingleTenant' && !env.BOT_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['BOT_TENANT_ID'], message: 'is required for a single-tenant bot' });
    }
  });

export type Config = Readonly<{
  port: number;
  /** Loopback unless the bot authenticates requests. */
  host: string;
  cosmos: Readonly<{ kind: 'embedded'; database: string } | { kind: 'azure'; endpoint: string; key: string | undefined; database: string }>;
  planId: string;
  bot: Readonly<{ appId: string; password: string | undefined; tenantId: string | undefined; appType: string }> | undefined;
  allowedTenantIds: readonly string[] | undefined;
  timeZone: string;
  logLevel: string;
  dataDir: string;
  demoUser: string;
  playgroundPort: number;
  /** The public host name, when deployed; locally the addresses are http://localhost:PORT. */
  botDomain: string | undefined;
  /** Checking the tabs' single sign-on tokens. */
  entra: Readonly<{ jwksUrl: string; authority: string }>;
  digest: Readonly<{ cron: string; enabled: boolean }>;
  reminders: Readonly<{ cron: string; enabled: boolean }>;
  appInsightsConnectionString: string | undefined;
}>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }
}

/** Parses the environment once; every bad variable becomes one readable line. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || 'environment';
      const given = typeof env[name] === 'string' ? ` (got "${truncate(env[name] ?? '')}")` : '';
      return `${name} ${issue.message}${issue.code === 'custom' ? '' : given}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  // App Service names its own host in WEBSITE_HOSTNAME: the default when BOT_DOMAIN is not set.
  const botDomain = e.BOT_DOMAIN ?? (env.WEBSITE_HOSTNAME && /^[A-Za-z0-9.-]{1,253}$/.test(env.WEBSITE_HOSTNAME) ? env.WEBSITE_HOSTNAME : undefined);
  const bot = e.BOT_ID ? { appId: e.BOT_ID, password: e.BOT_PASSWORD, tenantId: e.BOT_TENANT_ID, appType: e.BOT_TYPE } : undefined;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST ?? (bot ? '0.0.0.0' : '127.0.0.1'),
    cosmos: e.COSMOS_ENDPOINT
      ? { kind: 'azure' as const, endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE }
      : { kind: 'embedded' as const, database: e.COSMOS_DATABASE },
    planId: e.PLAN_ID,
    bot,
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    timeZone: e.TZ,
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    demoUser: e.DEMO_USER,
    playgroundPort: e.PLAYGROUND_PORT,
    botDomain,
    entra: { jwksUrl: e.ENTRA_JWKS_URL, authority: e.ENTRA_AUTHORITY },
    digest: { cron: e.DIGEST_CRON, enabled: e.DIGEST_ENABLED === 'true' },
    reminders: { cron: e.REMINDER_CRON, enabled: e.REMINDERS_ENABLED === 'true' },
    appInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING,
  });
}

function isValidCron(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}
