import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * Records every host this process opens a client connection to (node:http and fetch alike), by
 * watching Node's own diagnostics channels: the tracker runs in-process, so its calls show here.
 */
export function watchOutboundHosts(): { hosts: string[]; foreign(): string[]; stop(): void } {
  const hosts: string[] = [];
  const onSocket = (message: unknown): void => {
    const socket = (message as { socket?: Socket }).socket;
    socket?.on('lookup', (_error: Error | null, _address: string, _family: number | string, host: string) => hosts.push(host));
    socket?.on('connectionAttempt', (ip: string) => hosts.push(ip));
  };
  const onUndici = (message: unknown): void => {
    const hostname = (message as { connectParams?: { hostname?: unknown } }).connectParams?.hostname;
    if (typeof hostname === 'string') hosts.push(hostname);
  };
  subscribe('net.client.socket', onSocket);
  subscribe('undici:client:beforeConnect', onUndici);
  return {
    hosts,
    foreign: () => [...new Set(hosts.filter((host) => !isLoopbackHost(host)))],
    stop() {
      unsubscribe('net.client.socket', onSocket);
      unsubscribe('undici:client:beforeConnect', onUndici);
    },
  };
}
