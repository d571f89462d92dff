import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-reset-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const env = () => ({ ...process.env, DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'info', DIGEST_ENABLED: 'false', COSMOS_ENDPOINT: '' });
const reset = () => spawnSync('npm', ['run', '-s', 'reset'], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 60_000 });

describe('npm run reset beside a running npm start', () => {
  it('refuses while the tracker runs, says why and changes nothing; works once it has stopped', async () => {
    const start = spawn('npm', ['start', '--', '--no-client'], { cwd: ROOT, env: env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain('Bot endpoint');
      const snapshot = join(dir, 'cosmos-snapshot.json');
      expect(existsSync(snapshot)).toBe(true);

      const refused = reset();
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain('The tracker is running');
      expect(refused.stderr).toContain('Nothing was changed');
      expect(existsSync(snapshot)).toBe(true);
    } finally {
      if (start.pid) process.kill(-start.pid, 'SIGTERM');
      await new Promise((resolve) => start.once('exit', resolve));
    }
    const done = reset();
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('The next npm start loads the demo plan');
    expect(existsSync(join(dir, 'cosmos-snapshot.json'))).toBe(false);
  }, 120_000);
});
