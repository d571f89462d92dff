import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://localhost:3978/api/messages */
  botEndpoint: string;
  port: number;
  /** Git-ignored folder for the config, the log and the playground's devTools/ output. */
  configDir: string;
  /** Contents for .m365agentsplayground.yml (see buildPlaygroundConfig). */
  yaml: string;
  log: (msg: string) => void;
}

export interface RunningPlayground {
  url: string;
  stop(): Promise<void>;
}

export const PLAYGROUND_CONFIG_FILE = '.m365agentsplayground.yml';
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 250;
const STOP_GRACE_MS = 5_000;
const TAIL_LINES = 20;

/** Path of the playground's CLI script, resolved from node_modules (no npx: it is slow and may go online). */
export function playgroundCliPath(): string {
  const pkgJsonPath = require.resolve('@microsoft/m365agentsplayground/package.json');
  const pkg: unknown = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
  let rel = 'cli.js';
  if (isRecord(pkg) && isRecord(pkg.bin) && typeof pkg.bin.agentsplayground === 'string') {
    rel = pkg.bin.agentsplayground;
  }
  return path.join(path.dirname(pkgJsonPath), rel);
}

export function playgroundLogPath(configDir: string): string {
  return path.join(path.resolve(configDir), 'devTools', 'm365agentsplayground.log');
}

export async function startPlayground(opts: PlaygroundOptions): Promise<RunningPlayground> {
  const configDir = path.resolve(opts.configDir);
  mkdirSync(configDir, { recursive: true });
  const configPath = path.join(configDir, PLAYGROUND_CONFIG_FILE);
  writeFileSync(configPath, opts.yaml, 'utf8');
  const logPath = playgroundLogPath(configDir);

  const args = [
    // It has no option for its address: this makes every server it opens listen on loopback only.
    '--require',
    path.join(__dirname, 'loopbackOnly.cjs'),
    playgroundCliPath(),
    'start',
    '--app-endpoint',
    opts.botEndpoint,
    '--channel-id',
    'msteams',
    '--port',
    String(opts.port),
    '--disable-telemetry',
  ];
  const child = spawn(process.execPath, args, {
    // cwd matters too: the playground writes devTools/ (log, event recordings) relative to it.
    cwd: configDir,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: logPath,
    },
    // Own process group, so stop() can take down anything it spawned.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const output: string[] = [];
  let listeningPort: number | undefined;
  const onOutput = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split(/\r?\n/)) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > TAIL_LINES) output.shift();
      // With a non-TTY stdout the playground prints only this line; it reports the port really used,
      // which differs from --port when that port is taken (it then silently picks a random one).
      const m = /^Listening on (\d+)/.exec(line.trim());
      if (m?.[1]) listeningPort = Number(m[1]);
    }
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((info) => {
    exitInfo = info;
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

  // Last resort if the parent exits without calling stop(): the detached child would outlive it.
  const killOnExit = (): void => killGroup(child, 'SIGTERM');
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.pid === undefined || exitInfo || child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const started = Date.now();
  const failure = (reason: string): Error => {
    const details = [reason];
    const logTail = readTail(logPath);
    if (logTail) details.push(`Last lines of ${logPath}:\n${logTail}`);
    if (output.length > 0) details.push(`Playground output:\n${output.join('\n')}`);
    return new Error(details.join('\n'));
  };

  try {
    while (true) {
      const early = await Promise.race([
        exited.then((info) => failure(`Agents Playground exited early (${describeExit(info)}).`)),
        spawnError.then((err) => failure(`Agents Playground could not be spawned: ${err.message}`)),
        delay(POLL_MS).then(() => undefined),
      ]);
      if (early) throw early;
      const port = listeningPort ?? opts.port;
      // /_debug/ping is mounted only after the config has loaded, unlike "/" which answers even with a bad config.
      if (await pingOk(port)) {
        if (port !== opts.port) opts.log(`Agents Playground: port ${opts.port} was busy, it is on ${port} instead`);
        opts.log(`Agents Playground ready in ${Date.now() - started} ms (config ${configPath}, log ${logPath})`);
        return { url: `http://127.0.0.1:${port}`, stop };
      }
      if (Date.now() - started > READY_TIMEOUT_MS) {
        throw failure(`Agents Playground did not answer on port ${port} within ${READY_TIMEOUT_MS / 1000} s.`);
      }
    }
  } catch (err) {
    await stop();
    throw err;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Group already gone, or not a group leader (e.g. Windows): fall back to the child alone.
    try {
      child.kill(signal);
    } catch {
      /* already exited */
    }
  }
}

function pingOk(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/_debug/ping', timeout: 1_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve(res.statusCode === 200 && body.trim() === 'pong'));
      res.on('error', () => resolve(false));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

function readTail(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const lines = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim().length > 0);
    return lines.slice(-TAIL_LINES).join('\n') || undefined;
  } catch {
    return undefined;
  }
}

function describeExit(info: { code: number | null; signal: NodeJS.Signals | null }): string {
  return info.signal ? `signal ${info.signal}` : `exit code ${String(info.code)}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
