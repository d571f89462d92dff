import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The repository root, where `npm start` runs. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 8_000;

export type LogLine = { level: number; msg: string; raw: string; type?: string; route?: string };

export interface RunningProduct {
  /** The Agents Playground's address, as `npm start` printed it. */
  clientUrl: string;
  botEndpoint: string;
  demoUser: string;
  dataDir: string;
  /** Every line the product has written so far, in order. */
  log: LogLine[];
  /** Lines that mean a turn went wrong: "turn failed", or anything logged at error level or above. */
  failures(since?: number): LogLine[];
  /** Resolves once the bot has logged a finished turn of each of these activity types since `since`. */
  waitForTurns(since: number, types: readonly string[], timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A port nobody is using now (the product is told it; the playground moves on if it is taken meanwhile). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function parseLine(raw: string): LogLine {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      return {
        level: typeof record.level === 'number' ? record.level : 0,
        msg: typeof record.msg === 'string' ? record.msg : '',
        raw,
        ...(typeof record.type === 'string' ? { type: record.type } : {}),
        ...(typeof record.route === 'string' ? { route: record.route } : {}),
      };
    }
  } catch {
    // npm's own banner and anything else that is not a pino line.
  }
  return { level: 0, msg: raw, raw };
}

/**
 * Starts the product the way a person does, `npm start`, with its own fresh data folder and ports,
 * and resolves once it prints that the local Teams client is ready.
 */
export async function startProduct(demoUser: string): Promise<RunningProduct> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `tracker-browser-${demoUser}-`));
  const playgroundPort = await freePort();
  const child = spawn('npm', ['start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      PLAYGROUND_PORT: String(playgroundPort),
      DATA_DIR: dataDir,
      DEMO_USER: demoUser,
      // info is where "turn failed" is logged for a person's mistake; errors are above it.
      LOG_LEVEL: 'info',
      // A scheduled digest arriving mid-journey would be an unexpected message in the chat.
      DIGEST_ENABLED: 'false',
      NODE_ENV: 'test',
    },
    // Its own process group, so that stop() ends npm, tsx and node together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const log: LogLine[] = [];
  let clientUrl: string | undefined;
  let botEndpoint: string | undefined;
  let pending = '';
  const onData = (chunk: Buffer): void => {
    pending += chunk.toString('utf8');
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const raw of lines) {
      if (!raw.trim()) continue;
      const line = parseLine(raw);
      log.push(line);
      const ready = /^Local Teams client ready: open (\S+)/.exec(line.msg);
      if (ready?.[1]) clientUrl = ready[1];
      const endpoint = /^Bot endpoint: (\S+)/.exec(line.msg);
      if (endpoint?.[1]) botEndpoint = endpoint[1];
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  // Last resort if the test process ends without stop(): the detached group would outlive it.
  const killOnExit = (): void => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (!hasExited) signalGroup(child, 'SIGTERM');
    // npm may exit before the node process under it has finished stopping the playground: wait for the whole group.
    if (!(await until(() => !groupAlive(child), STOP_GRACE_MS))) signalGroup(child, 'SIGKILL');
    await exited;
    // The playground runs in a process group of its own; if the product died without stopping it, end it here.
    if (!(await until(() => processesIn(dataDir).length === 0, STOP_GRACE_MS))) for (const pid of processesIn(dataDir)) killQuietly(pid);
    await until(() => processesIn(dataDir).length === 0, STOP_GRACE_MS);
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };

  const started = Date.now();
  while (!clientUrl) {
    if (hasExited || Date.now() - started > READY_TIMEOUT_MS) {
      await stop();
      const tail = log
        .slice(-30)
        .map((line) => line.raw)
        .join('\n');
      throw new Error(`npm start (DEMO_USER=${demoUser}) ${hasExited ? 'exited' : 'was not ready'} before "Local Teams client ready". Output:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const failures = (since = 0): LogLine[] => log.slice(since).filter((line) => line.msg === 'turn failed' || line.level >= 50 || /turn failed/.test(line.raw));
  const waitForTurns = async (since: number, types: readonly string[], timeoutMs = 20_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    const missing = (): string[] => types.filter((type) => !log.slice(since).some((line) => line.msg === 'turn' && line.type === type));
    while (missing().length > 0) {
      if (Date.now() > deadline) throw new Error(`The bot logged no ${missing().join(' or ')} turn within ${timeoutMs / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { clientUrl, botEndpoint: botEndpoint ?? '', demoUser, dataDir, log, failures, waitForTurns, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Processes whose working directory is inside this run's data folder: only the playground this run started. */
function processesIn(dataDir: string): number[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      return cwd === dataDir || cwd.startsWith(`${dataDir}${path.sep}`) ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}
