import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

export type SpawnedBot = Readonly<{
  url: string;
  output(): string;
  /** Ends the whole process group with this signal and waits for it to go. */
  kill(signal: NodeJS.Signals): Promise<void>;
}>;

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** `npm start -- --no-client` as a person runs it, in its own process group, resolved once it serves. */
export async function spawnBot(env: Record<string, string>): Promise<SpawnedBot> {
  const child = spawn('npm', ['start', '--', '--no-client'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', DIGEST_ENABLED: 'false', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const groupAlive = (): boolean => {
    try {
      if (child.pid) process.kill(-child.pid, 0);
      return Boolean(child.pid);
    } catch {
      return false;
    }
  };
  process.once('exit', () => killGroup('SIGKILL'));
  const started = Date.now();
  for (;;) {
    const endpoint = /Bot endpoint: (\S+)\/api\/messages/.exec(output)?.[1];
    if (endpoint) {
      return {
        url: endpoint,
        output: () => output,
        async kill(signal) {
          killGroup(signal);
          await waitForExit(child);
          // npm goes first; wait for the rest of its group (node, under tsx) to be gone too.
          for (let tries = 0; tries < 100 && groupAlive(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
        },
      };
    }
    if (child.exitCode !== null || Date.now() - started > 90_000) throw new Error(`the bot did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An Action.Execute invoke as Teams sends it, from the person with this Entra object id. */
export function invoke(verb: string, data: unknown, aadObjectId: string, conversation = `a:${aadObjectId}`, serviceUrl = 'http://127.0.0.1:9/') {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    conversation: { id: conversation, conversationType: 'personal', tenantId: 'cc8e62c6-ac50-5768-afb3-feec6b8286af' },
    from: { id: `29:${aadObjectId}`, aadObjectId },
    recipient: { id: '28:improvement-tracker-bot', name: 'Improvement Tracker' },
    replyToId: 'card-message',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export async function postActivity(url: string, activity: unknown, timeoutMs = 20_000): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, text: await response.text() };
}
