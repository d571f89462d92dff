import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
// A network namespace of the test's own, with one more address besides loopback (a veth pair):
// nothing leaves the machine, and there is always a non-loopback address to try.
const NAMESPACE_SETUP = [
  'ip link set lo up',
  'ip link add tracker0 type veth peer name tracker1',
  'ip addr add 10.203.0.1/24 dev tracker0',
  'ip -6 addr add fd00:203::1/64 dev tracker0 nodad',
  'ip link set tracker0 up',
  'ip link set tracker1 up',
].join(' && ');

type Probe = { port: number; loopback: boolean; elsewhere: string[] };
type Result = { listeners?: Array<{ address: string; port: number }>; others?: string[]; probes?: Probe[]; error?: string };

describe('npm start in anonymous local mode', () => {
  it('listens on loopback only: every port it opens (bot, database, local client) answers on 127.0.0.1 and on no other address', () => {
    const probe = `${join(ROOT, 'node_modules', '.bin', 'tsx')} ${join(__dirname, 'support', 'loopbackProbe.ts')}`;
    let run = spawnSync('unshare', ['--net', 'bash', '-c', `${NAMESPACE_SETUP} && exec ${probe}`], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
    // Where namespaces cannot be made, the addresses the ports are bound to still decide.
    const namespaced = !/^unshare:|Operation not permitted/m.test(run.stderr);
    if (!namespaced)
      run = spawnSync('bash', ['-c', probe], { cwd: ROOT, encoding: 'utf8', timeout: 150_000, env: { ...process.env, PROBE_OTHER_ADDRESSES: 'no' } });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    const result = JSON.parse(line || '{}') as Result;
    expect(result.error, run.stderr).toBeUndefined();
    if (namespaced) expect(result.others).toEqual(expect.arrayContaining(['10.203.0.1', 'fd00:203::1']));
    // The bot, the embedded database and the local client at least.
    expect(result.probes?.length ?? 0).toBeGreaterThanOrEqual(3);
    for (const probe of result.probes ?? []) {
      expect(probe.loopback, `port ${probe.port} answers on 127.0.0.1`).toBe(true);
      expect(probe.elsewhere, `port ${probe.port} answers only on loopback`).toEqual([]);
    }
    for (const listener of result.listeners ?? []) expect(['127.0.0.1', '0000:0000:0000:0000:0000:0000:0000:0001']).toContain(listener.address);
  }, 180_000);
});
