/**
 * Run inside a network namespace of its own (see loopbackOnly.test.ts): starts `npm start` as the
 * README says, finds every TCP port its processes listen on, and tries each on loopback and on
 * every other address the namespace has. Prints one JSON line with what it found.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import net from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { processTree } from '../../../scripts/support/processTree';

const ROOT = join(__dirname, '..', '..', '..');

type Listener = { address: string; port: number };

function socketInodes(pids: readonly number[]): Set<string> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode) inodes.add(inode);
      } catch {
        // Closed meanwhile.
      }
    }
  }
  return inodes;
}

function hexAddress(hex: string): string {
  if (hex.length === 8) return [3, 2, 1, 0].map((i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join('.');
  // IPv6: four 32-bit words, each little-endian.
  const words = [0, 1, 2, 3].map(
    (w) =>
      hex
        .slice(w * 8, w * 8 + 8)
        .match(/../g)
        ?.reverse()
        .join('') ?? '',
  );
  return words.join('').match(/.{4}/g)?.join(':') ?? hex;
}

function listeners(inodes: Set<string>): Listener[] {
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .flatMap((line) => {
        const cells = line.trim().split(/\s+/);
        const [local, state, inode] = [cells[1], cells[3], cells[9]];
        if (!local || state !== '0A' || !inode || !inodes.has(inode)) return [];
        const [address, port] = local.split(':');
        return [{ address: hexAddress(address ?? ''), port: parseInt(port ?? '0', 16) }];
      }),
  );
}

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function main(): Promise<void> {
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'tracker-loopback-')), LOG_LEVEL: 'info', COSMOS_ENDPOINT: '' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const started = Date.now();
    while (!output.includes('Local Teams client ready')) {
      if (child.exitCode !== null || Date.now() - started > 90_000) throw new Error(`npm start did not get ready:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const found = listeners(socketInodes(processTree(child.pid ?? -1)));
    // Outside a namespace of our own the machine's addresses are not ours to probe: bound addresses decide.
    const others =
      process.env.PROBE_OTHER_ADDRESSES === 'no'
        ? []
        : Object.values(networkInterfaces())
            .flat()
            .flatMap((entry) => (entry && !entry.internal && !entry.address.startsWith('fe80') ? [entry.address] : []));
    const ports = [...new Set(found.map((listener) => listener.port))];
    const probes = await Promise.all(
      ports.map(async (port) => ({
        port,
        loopback: await answers('127.0.0.1', port),
        elsewhere: (await Promise.all(others.map(async (address) => ({ address, answers: await answers(address, port) }))))
          .filter((probe) => probe.answers)
          .map((probe) => probe.address),
      })),
    );
    process.stdout.write(`${JSON.stringify({ listeners: found, others, probes })}\n`);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exitCode = 1;
});
