import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('runs locally with nothing set: embedded database, anonymous, loopback only', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.host).toBe('127.0.0.1');
    expect(config.cosmos).toEqual({ kind: 'embedded', database: 'improvement-tracker' });
    expect(config.bot).toBeUndefined();
    expect(config.timeZone).toBe('Europe/London');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('listens on all interfaces only when requests are authenticated', () => {
    const config = loadConfig({ BOT_ID: '5f0b3c1e-7a0d-4c8e-9d35-2b7a51e1c0aa', BOT_PASSWORD: 'x', BOT_TENANT_ID: 'cc8e62c6-ac50-5768-afb3-feec6b8286af' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.bot?.appId).toBe('5f0b3c1e-7a0d-4c8e-9d35-2b7a51e1c0aa');
    expect(problems({ HOST: '0.0.0.0' })).toEqual(['HOST must be a loopback address while the bot runs without BOT_ID/BOT_PASSWORD (anonymous mode)']);
  });

  it('uses Azure Cosmos DB when an endpoint is given, with a key or with managed identity', () => {
    expect(loadConfig({ COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/' }).cosmos).toEqual({
      kind: 'azure',
      endpoint: 'https://acct.documents.azure.com:443/',
      key: undefined,
      database: 'improvement-tracker',
    });
  });

  it('gives one readable line per bad variable', () => {
    const lines = problems({ PORT: 'eighty', COSMOS_ENDPOINT: 'not a url', TZ: 'Mars/Olympus', LOG_LEVEL: 'loud', ALLOWED_TENANT_IDS: 'abc,def' });
    expect(lines).toHaveLength(5);
    expect(lines).toContain('PORT must be a port number (got "eighty")');
    expect(lines.find((line) => line.startsWith('COSMOS_ENDPOINT'))).toMatch(/must be a URL/);
    expect(lines.find((line) => line.startsWith('TZ'))).toMatch(/IANA time zone/);
    expect(lines.find((line) => line.startsWith('LOG_LEVEL'))).toMatch(/fatal.*silent/);
    expect(lines.find((line) => line.startsWith('ALLOWED_TENANT_IDS'))).toMatch(/tenant ids/);
  });

  it('explains missing bot credentials', () => {
    expect(problems({ BOT_ID: '5f0b3c1e-7a0d-4c8e-9d35-2b7a51e1c0aa' })).toEqual([
      'BOT_PASSWORD is required when BOT_ID is set (or set BOT_TYPE=UserAssignedMSI)',
      'BOT_TENANT_ID is required for a single-tenant bot',
    ]);
    expect(problems({ BOT_ID: 'my-bot' })[0]).toMatch(/^BOT_ID must be the bot's Microsoft app id/);
  });

  it('fails the process with exit code 1 and the lines on stderr', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--no-client'], {
      env: { ...process.env, PORT: 'eighty', TZ: 'Mars/Olympus', DOTENV_CONFIG_QUIET: 'true' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain('  - PORT must be a port number');
    expect(result.stderr).toContain('  - TZ must be an IANA time zone');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
